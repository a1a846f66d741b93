import "../support/dom";
import { expect } from "chai";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { parseContract } from "../../src/domain/followup/contract";
import { clausePlainText, clauseText } from "../../src/domain/exante/clause";
import { ExanteView } from "../../src/taskpane/exante/ExanteView";
import { COMPLETE_CONTRACT, INCOMPLETE_CONTRACT } from "../support/exante-contracts";
import { FakeServices } from "./support/fake-services";
import { emptyDecisionRecord, type DecisionRecord } from "../../src/taskpane/guide/questions";
import { decisionSheetContent } from "../../src/taskpane/guide/decisionSheet";
import { renderView } from "./support/render";

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("ExanteView (Före upphandling)", () => {
  afterEach(cleanup);

  it("computes N with every step and the people per placement length", () => {
    renderView(<ExanteView services={new FakeServices()} />);
    type("Kontraktsvärde för hela avtalstiden (kr)", "10 000 000");
    type("Lönekostnadsandel (t.ex. 40 %)", "40 %");
    fireEvent.click(screen.getByRole("button", { name: "Beräkna N" }));
    expect(screen.getByText("Åtagande N = 7 heltidsmånader")).to.exist;
    expect(screen.getByText(/10 000 000 × 40 % = 4 000 000/)).to.exist;
    expect(screen.getByText("Personer vid placeringar på 6 / 12 / 24 månader: 2 / 1 / 1")).to.exist;
  });

  it("shows a bad value as a message on its field, nothing computed", () => {
    renderView(<ExanteView services={new FakeServices()} />);
    type("Kontraktsvärde för hela avtalstiden (kr)", "-5");
    type("Lönekostnadsandel (t.ex. 40 %)", "0,4");
    fireEvent.click(screen.getByRole("button", { name: "Beräkna N" }));
    const field = screen.getByLabelText("Kontraktsvärde för hela avtalstiden (kr)").closest(".fui-Field");
    expect(field?.textContent).to.contain("Ange ett belopp större än 0");
    expect(screen.queryByText(/Åtagande N =/)).to.equal(null);
  });

  it("writes the Förhandskalkyl sheet from N through the services", async () => {
    const services = new FakeServices();
    renderView(<ExanteView services={services} />);
    type("Kontraktsvärde för hela avtalstiden (kr)", "50000000");
    type("Lönekostnadsandel (t.ex. 40 %)", "0.6");
    type("Andel av lönekostnaden till kravet (vanlig norm 5 %, ett val – inte en regel)", "10 %");
    type("Månadslön för en placering (kr)", "25000");
    fireEvent.click(screen.getByRole("button", { name: "Beräkna N" }));
    fireEvent.click(screen.getByRole("button", { name: "Skriv bladet Förhandskalkyl" }));
    await waitFor(() => expect(screen.getByText("Skrev bladet Förhandskalkyl.")).to.exist);
    const call = services.calls.find((entry) => entry.method === "writeExanteSheet");
    if (call?.method !== "writeExanteSheet") throw new Error("no write");
    expect(call.content.sheetName).to.equal("Förhandskalkyl");
    // 91 full-time months at 12 months each: 8 positions.
    expect(call.content.cells.find((cell) => cell.address === "C4")?.value).to.equal(8);
  });

  it("creates the clause from the Avtal sheet, names missing fields, copies and writes it", async () => {
    const services = new FakeServices();
    services.contractInWorkbook = parseContract(INCOMPLETE_CONTRACT);
    const copied: string[] = [];
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    renderView(<ExanteView services={services} />);
    fireEvent.click(screen.getByRole("button", { name: "Skapa villkoret från bladet Avtal" }));
    await waitFor(() => expect(screen.getByText(/Fyll i på bladet Avtal: .*Vite per saknad heltidsmånad/)).to.exist);
    const expected = clausePlainText(clauseText(parseContract(INCOMPLETE_CONTRACT), "sv"));
    expect((screen.getByRole("textbox", { name: "Avtalsvillkor" }) as HTMLTextAreaElement).value).to.equal(expected);
    fireEvent.click(screen.getByRole("button", { name: "Kopiera texten" }));
    await waitFor(() => expect(screen.getByText("Texten är kopierad.")).to.exist);
    expect(copied).to.deep.equal([expected]);
    fireEvent.click(screen.getByRole("button", { name: "Skriv bladet Avtalsvillkor" }));
    await waitFor(() => expect(screen.getByText("Skrev bladet Avtalsvillkor.")).to.exist);
  });

  it("says so when the workbook has no Avtal sheet", async () => {
    const services = new FakeServices();
    services.contractInWorkbook = null;
    renderView(<ExanteView services={services} />);
    fireEvent.click(screen.getByRole("button", { name: "Skapa villkoret från bladet Avtal" }));
    await waitFor(() => expect(screen.getByText(/ingen uppföljningsmall med bladet Avtal/)).to.exist);
    expect(COMPLETE_CONTRACT.name).to.be.a("string");
  });
});

describe("the chosen N in Beslutsunderlag", () => {
  afterEach(cleanup);

  it("'Välj N' puts N and its steps into the shared decision record, keeping the answers", () => {
    const answered: DecisionRecord = { ...emptyDecisionRecord(), goNoGo: emptyDecisionRecord().goNoGo.map(() => ({ answer: "yes" as const, note: "ok" })) };
    const changes: DecisionRecord[] = [];
    renderView(<ExanteView services={new FakeServices()} record={answered} onRecordChange={(next) => changes.push(next)} />);
    type("Kontraktsvärde för hela avtalstiden (kr)", "10000000");
    type("Lönekostnadsandel (t.ex. 40 %)", "0.4");
    fireEvent.click(screen.getByRole("button", { name: "Beräkna N" }));
    fireEvent.click(screen.getByRole("button", { name: "Välj N för Beslutsunderlag" }));
    expect(changes).to.have.length(1);
    expect(changes[0]?.commitment?.N).to.equal(7);
    expect(changes[0]?.commitment?.basis).to.contain("10 000 000 × 40 % = 4 000 000");
    expect(changes[0]?.goNoGo).to.deep.equal(answered.goNoGo);
  });

  it("the Beslutsunderlag content gets a row for N only when one is chosen", () => {
    const without = decisionSheetContent(emptyDecisionRecord(), "sv", "2026-03-01");
    const withN = decisionSheetContent({ ...emptyDecisionRecord(), commitment: { N: 7, basis: "⌊7,42⌋ = 7" } }, "sv", "2026-03-01");
    expect(withN.rows).to.have.length(without.rows.length + 1);
    expect(withN.rows.at(-1)).to.deep.equal({ step: 3, question: "Valt åtagande N (heltidsmånader)", answer: "7", note: "⌊7,42⌋ = 7" });
  });
});
