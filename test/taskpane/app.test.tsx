import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/shell/App";
import { FakeServices } from "./support/fake-services";
import { renderInPane } from "./support/render";

describe("App (task-pane shell)", () => {
  afterEach(cleanup);

  it("has a banner with the add-in's name, a navigation of eight tabs and the guide open", () => {
    renderInPane(<App services={new FakeServices()} lang="sv" theme={webLightTheme} />);
    expect(screen.getByRole("heading", { level: 1, name: /SYSS/ })).to.exist;
    expect(screen.getByRole("navigation", { name: "Delar av tillägget" })).to.exist;
    const tabs = screen.getAllByRole("tab");
    const names = ["Processguide", "Före upphandling", "Uppföljningsmall", "Validera", "Portfölj", "Kalkyl", "Parametrar", "Matchning"];
    expect(tabs).to.have.length(8);
    names.forEach((name, index) => expect(screen.getByRole("tab", { name })).to.equal(tabs[index]));
    expect(screen.getByRole("tab", { name: "Processguide" }).getAttribute("aria-selected")).to.equal("true");
    expect(screen.getByRole("main")).to.exist;
    expect(screen.getByRole("heading", { name: "Processguide: sex steg" })).to.exist;
  });

  for (const lang of ["sv", "en"] as const) {
    it(`${lang}: every tab and "Om SYSS" show their own texts once loaded, never a raw text key (the tabs add their tables as they load)`, async () => {
      renderInPane(<App services={new FakeServices()} lang={lang} theme={webLightTheme} />);
      const rawKey = /\b(?:app|tab|common|work|error|guide|choice|template|validate|calc|params|about|matching)\.[a-zA-Z][\w.-]*/;
      for (const tab of screen.getAllByRole("tab")) {
        await act(async () => fireEvent.click(tab));
        const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "") ?? document.body;
        await waitFor(() => expect(panel.querySelector("h2"), tab.textContent ?? "").to.not.equal(null));
        expect(document.body.textContent ?? "", tab.textContent ?? "").to.not.match(rawKey);
      }
      await act(async () => fireEvent.click(screen.getByRole("button", { name: lang === "sv" ? "Om SYSS" : "About SYSS" })));
      await waitFor(() => expect(screen.getByRole("region", { name: lang === "sv" ? "Om SYSS" : "About SYSS" }).querySelector("dl")).to.not.equal(null));
      expect(document.body.textContent ?? "").to.not.match(rawKey);
    });
  }

  it("opens and closes the Om SYSS section from the header", async () => {
    const services = new FakeServices();
    renderInPane(<App services={services} lang="sv" theme={webLightTheme} />);
    const button = screen.getByRole("button", { name: "Om SYSS" });
    expect(button.getAttribute("aria-expanded")).to.equal("false");
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(screen.getByText("SYSS-version")).to.exist);
    expect(screen.getByRole("region", { name: "Om SYSS" })).to.exist;
    expect(button.getAttribute("aria-expanded")).to.equal("true");
    expect(services.callsOf("about")).to.have.length(1);
    await act(async () => fireEvent.click(button));
    expect(screen.queryByRole("region", { name: "Om SYSS" })).to.equal(null);
  });

  it("loads a view when its tab is chosen and keeps a half-filled form when switching back", async () => {
    renderInPane(<App services={new FakeServices()} lang="sv" theme={webLightTheme} />);
    // jsdom has no layout, so Fluent's Overflow cannot measure the tab line and may hide any tab but the open
    // one (and a hidden tab has no accessible name): tabs are found by id. The "Mer ▾" menu is tested where
    // there is layout (test/browser).
    const tab = (view: string) => document.getElementById(`tab-${view}`)!;
    await act(async () => {
      fireEvent.click(tab("calculator"));
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Samhällsekonomisk kalkyl" })).to.exist);
    fireEvent.change(screen.getByLabelText("Antal månader"), { target: { value: "9" } });
    await act(async () => {
      fireEvent.click(tab("parameters"));
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Parametrar", level: 2 })).to.exist);
    await act(async () => {
      fireEvent.click(tab("calculator"));
    });
    expect((screen.getByLabelText("Antal månader") as HTMLInputElement).value).to.equal("9");
  });

  it("navigates from a guide step to the view that carries out its action", async () => {
    renderInPane(<App services={new FakeServices()} lang="en" theme={webLightTheme} />);
    fireEvent.click(screen.getByRole("button", { name: /Step 3/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Open Calculator" }));
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Socio-economic calculation" })).to.exist);
    expect(screen.getByRole("tab", { name: "Calculator" }).getAttribute("aria-selected")).to.equal("true");
  });
});
