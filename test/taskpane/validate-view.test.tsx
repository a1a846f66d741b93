import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TaskpaneError } from "../../src/taskpane/errors";
import type { FindingView, ValidationView } from "../../src/taskpane/taskpaneServices";
import { ValidateView } from "../../src/taskpane/views/ValidateView";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

function finding(code: string, severity: FindingView["severity"], address: string, sv: string): FindingView {
  return { code, severity, sheet: "Placeringar", address, column: "", rowId: "P-001", message: { sv, en: `${sv} (en)` }, fix: { sv: "Rätta värdet.", en: "Correct the value." } };
}

const REPORT: ValidationView = {
  status: "Risk",
  servedMonths: 10.5,
  commitmentMonths: 24,
  findings: [
    finding("PERSONAL_ID", "error", "A5", "Personnummer i Ärende-ID"),
    finding("DATE_ORDER", "error", "I6", "Slutdatum före startdatum"),
    finding("LOW_SALARY", "warning", "M7", "Låg lön"),
    finding("PROGRESS", "info", "", "Prognos under åtagandet"),
  ],
};

describe("ValidateView", () => {
  afterEach(cleanup);

  it("runs validation and shows the contract status, counts and findings grouped by severity", async () => {
    const services = new FakeServices();
    services.validation = REPORT;
    renderView(<ValidateView services={services} />);
    expect(screen.getByText("Ingen validering har körts ännu.")).to.exist;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).to.contain("Risk"));
    expect(screen.getByRole("status").textContent?.replace(/\s/g, " ")).to.contain("Utförda heltidsmånader: 10,5 av 24");
    expect(screen.getByText("2 fel, 1 varningar, 1 upplysningar.")).to.exist;
    const errors = screen.getByRole("region", { name: /Fel/ });
    expect(within(errors).getAllByRole("listitem")).to.have.length(2);
    expect(within(screen.getByRole("region", { name: /Varningar/ })).getByText("Låg lön")).to.exist;
  });

  it("selects a finding's cell when it is clicked", async () => {
    const services = new FakeServices();
    services.validation = REPORT;
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Gå till Placeringar!I6" }));
    });
    expect(services.callsOf("selectCell")).to.deep.equal([{ method: "selectCell", sheet: "Placeringar", address: "I6" }]);
  });

  it("live mode subscribes, shows results pushed after an edit, and unsubscribes when switched off", async () => {
    const services = new FakeServices();
    renderView(<ValidateView services={services} />, "en");
    const toggle = screen.getByRole("switch", { name: /Validate automatically/ });
    await act(async () => {
      fireEvent.click(toggle);
    });
    await waitFor(() => expect(services.liveCallback).not.to.equal(null));
    await act(async () => services.liveCallback!(REPORT));
    expect(screen.getByText("Personnummer i Ärende-ID (en)")).to.exist;
    await act(async () => {
      fireEvent.click(toggle);
    });
    await waitFor(() => expect(services.callsOf("stopWatching")).to.have.length(1));
  });

  it("tells the user to create the template first when it is missing", async () => {
    const services = new FakeServices();
    services.failures.set("validate", new TaskpaneError("error.templateMissing"));
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    await waitFor(() => expect(screen.getByText(/Skapa den under fliken Uppföljningsmall först/)).to.exist);
  });

  it("says so when nothing was found", async () => {
    const services = new FakeServices();
    services.validation = { status: "På väg", servedMonths: 3, commitmentMonths: 12, findings: [] };
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    await waitFor(() => expect(screen.getByText("Inga avvikelser hittades.")).to.exist);
  });
});
