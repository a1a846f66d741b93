import "../support/dom";
import { expect } from "chai";
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/shell/App";
import { createPaneRequests, type PaneRequests } from "../../src/taskpane/shell/paneRequests";
import { RIBBON_COMMANDS, registerRibbonCommands, type RibbonHost } from "../../src/taskpane/ribbonCommands";
import { FakeServices } from "./support/fake-services";
import { renderInPane } from "./support/render";

/** Office's part of the ribbon, faked: the associated handlers by name, and how often the pane was shown. */
class FakeRibbonHost implements RibbonHost {
  readonly handlers = new Map<string, (event: { completed(): void }) => void>();
  shown = 0;
  showFails = false;
  associate(name: string, handler: (event: { completed(): void }) => void): void {
    this.handlers.set(name, handler);
  }
  async showTaskpane(): Promise<void> {
    this.shown++;
    if (this.showFails) throw new Error("SharedRuntime not supported");
  }
  /** Clicks the button whose FunctionName is `name`; resolves when Office would be told it completed. */
  click(name: string): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`${name} is not associated`);
    return new Promise((resolve) => handler({ completed: resolve }));
  }
}

function setup(): { host: FakeRibbonHost; requests: PaneRequests } {
  const host = new FakeRibbonHost();
  const requests = createPaneRequests();
  registerRibbonCommands(host, requests);
  return { host, requests };
}

const countOf = (services: FakeServices, method: string) => services.calls.filter((call) => call.method === method).length;

describe("ribbon commands (shared runtime)", () => {
  afterEach(cleanup);

  it("associates every FunctionName of RIBBON_COMMANDS, shows the pane and completes the event", async () => {
    const { host, requests } = setup();
    expect([...host.handlers.keys()].sort()).to.deep.equal(Object.keys(RIBBON_COMMANDS).sort());
    await host.click("validateWorkbook");
    expect(host.shown).to.equal(1);
    expect(requests.latest()).to.deep.include({ view: "validate", action: "validate" });
  });

  it("completes the event even where the pane cannot be shown, so the button is not stuck", async () => {
    const { host } = setup();
    host.showFails = true;
    await host.click("openTemplate"); // resolves only through event.completed()
    expect(host.shown).to.equal(1);
  });

  it("opens the pane at the tab a click before rendering asked for", async () => {
    const { host, requests } = setup();
    await host.click("openCalculator");
    renderInPane(<App services={new FakeServices()} lang="sv" theme={webLightTheme} requests={requests} />);
    expect(screen.getByRole("tab", { name: "Kalkyl" }).getAttribute("aria-selected")).to.equal("true");
    await waitFor(() => expect(screen.getByRole("heading", { name: "Samhällsekonomisk kalkyl" })).to.exist);
  });

  it("switches a rendered pane to Validera and validates once per click", async () => {
    const { host, requests } = setup();
    const services = new FakeServices();
    renderInPane(<App services={services} lang="sv" theme={webLightTheme} requests={requests} />);
    expect(screen.getByRole("tab", { name: "Processguide" }).getAttribute("aria-selected")).to.equal("true");
    expect(countOf(services, "validate")).to.equal(0);
    await act(() => host.click("validateWorkbook"));
    await waitFor(() => expect(countOf(services, "validate")).to.equal(1));
    expect(screen.getByRole("tab", { name: "Validera" }).getAttribute("aria-selected")).to.equal("true");
    await act(() => host.click("validateWorkbook"));
    await waitFor(() => expect(countOf(services, "validate")).to.equal(2));
  });

  it("opening a tab from the ribbon starts nothing; the supplier-version button creates the file", async () => {
    const { host, requests } = setup();
    const services = new FakeServices();
    renderInPane(<App services={services} lang="sv" theme={webLightTheme} requests={requests} />);
    await act(() => host.click("openTemplate"));
    await waitFor(() => expect(screen.getByRole("tab", { name: "Uppföljningsmall" }).getAttribute("aria-selected")).to.equal("true"));
    await waitFor(() => expect(countOf(services, "templateStatus")).to.be.greaterThan(0));
    expect(countOf(services, "supplierVersion")).to.equal(0);
    await act(() => host.click("createSupplierVersion"));
    await waitFor(() => expect(countOf(services, "openWorkbook")).to.equal(1));
    expect(countOf(services, "supplierVersion")).to.equal(1);
    expect(countOf(services, "applyTemplate")).to.equal(0);
  });
});
