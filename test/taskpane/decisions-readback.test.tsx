/**
 * Issue 11 item 10: the guide's saved answers on Beslutsunderlag are read back, and "Spara" never replaces them
 * by blanks without asking. Services over the Excel fake (the port's read and write) and the pane in jsdom.
 */
import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { App } from "../../src/taskpane/shell/App";
import { emptyDecisionRecord, type DecisionRecord } from "../../src/taskpane/guide/questions";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { GuideView } from "../../src/taskpane/guide/GuideView";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import { FakeServices } from "./support/fake-services";
import { renderInPane, renderView } from "./support/render";

function servicesOn(fake: ExcelFake) {
  return createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
}

/** Go/no-go all yes with a note on the first; suitability: 1 yes, 2 no; the chosen N from "Före upphandling". */
function answered(): DecisionRecord {
  const empty = emptyDecisionRecord();
  return {
    goNoGo: empty.goNoGo.map((_, i) => ({ answer: "yes", note: i === 0 ? "- ej aktuellt" : "" })),
    suitability: empty.suitability.map((a, i) => (i === 0 ? { answer: "yes", note: "=inte en formel" } : i === 1 ? { answer: "no", note: "" } : a)),
    commitment: { N: 96, basis: "4 platser × 24 mån" },
  };
}

describe("Beslutsunderlag read back (issue 11 item 10)", () => {
  afterEach(cleanup);

  describe("services over the Excel fake", () => {
    it("reads the saved answers, notes and chosen N back, in a new pane and across languages", async () => {
      const fake = createExcelFake();
      expect(await servicesOn(fake).saveDecisions(answered(), "en")).to.deep.equal({ kind: "saved", sheet: "Beslutsunderlag" });
      expect(await servicesOn(fake).loadDecisions()).to.deep.equal(answered());
    });

    it("has nothing to read without the sheet", async () => {
      expect(await servicesOn(createExcelFake()).loadDecisions()).to.equal(null);
    });

    it("does not blank saved answers without asking; confirmed, it writes in place", async () => {
      const fake = createExcelFake();
      await servicesOn(fake).saveDecisions(answered(), "sv");
      const pane = servicesOn(fake);
      const before = fake.snapshot().sheets.find((s) => s.name === "Beslutsunderlag");
      // 4 go answers + 1 note, 2 fit answers + 1 note, and N.
      expect(await pane.saveDecisions(emptyDecisionRecord(), "sv")).to.deep.equal({ kind: "confirmBlanks", blanked: 9 });
      expect(fake.snapshot().sheets.find((s) => s.name === "Beslutsunderlag"), "nothing written").to.deep.equal(before);
      await pane.loadDecisions();
      expect(await pane.saveDecisions(emptyDecisionRecord(), "sv", true)).to.deep.equal({ kind: "saved", sheet: "Beslutsunderlag" });
      expect(await pane.loadDecisions()).to.equal(null);
    });

    it("asks when a note typed on the sheet would be blanked", async () => {
      const fake = createExcelFake();
      const pane = servicesOn(fake);
      await pane.saveDecisions(answered(), "sv");
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Beslutsunderlag").getRange("C6").values = [["skrivet i Excel"]];
        await context.sync();
      });
      expect(await pane.saveDecisions(answered(), "sv")).to.deep.equal({ kind: "confirmBlanks", blanked: 1 });
    });

    it("leaves the sheet alone when a user edited it after the pane read it: the answers go to a new sheet", async () => {
      const fake = createExcelFake();
      const pane = servicesOn(fake);
      await pane.saveDecisions(answered(), "sv");
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Beslutsunderlag").getRange("B6").values = [["Nej"]];
        await context.sync();
      });
      const next = { ...answered(), suitability: answered().suitability.map((a) => ({ ...a, answer: "yes" as const })) };
      expect(await pane.saveDecisions(next, "sv")).to.deep.equal({ kind: "saved", sheet: "Beslutsunderlag (2)" });
      expect(fake.cell("Beslutsunderlag!B6")?.value).to.equal("Nej");
    });
  });

  describe("the pane", () => {
    it("opens the guide with the saved answers", async () => {
      const services = new FakeServices();
      services.savedDecisions = answered();
      renderInPane(<App services={services} lang="sv" theme={webLightTheme} />);
      const first = screen.getByRole("radiogroup", { name: /politiskt beslut/ });
      await waitFor(() => expect((first.querySelector('input[value="yes"]') as HTMLInputElement).checked).to.equal(true));
      expect((screen.getAllByLabelText("Anteckning")[0] as HTMLInputElement).value).to.equal("- ej aktuellt");
      expect(services.callsOf("loadDecisions")).to.have.length(1);
    });

    function Harness({ services }: { services: FakeServices }) {
      const [record, setRecord] = useState<DecisionRecord>(answered);
      return <GuideView services={services} record={record} onRecordChange={setRecord} onNavigate={() => undefined} />;
    }

    it("asks before blanking saved answers, and saves only on 'Spara ändå'", async () => {
      const services = new FakeServices();
      services.blanksOnSave = 3;
      renderView(<Harness services={services} />);
      await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara i Beslutsunderlag" })));
      await waitFor(() => expect(screen.getByTestId("guide-confirm-blanks").textContent).to.match(/skulle bli tomma \(3 st/));
      expect(screen.queryByText(/sparade på bladet Beslutsunderlag/)).to.equal(null);
      await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara ändå" })));
      await waitFor(() => expect(screen.getByText(/sparade på bladet Beslutsunderlag/)).to.exist);
      expect(services.callsOf("saveDecisions").map((call) => call.confirmed)).to.deep.equal([false, true]);
      expect(screen.queryByTestId("guide-confirm-blanks")).to.equal(null);
    });

    it("keeps the saved answers on 'Avbryt'", async () => {
      const services = new FakeServices();
      services.blanksOnSave = 1;
      renderView(<Harness services={services} />);
      await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara i Beslutsunderlag" })));
      await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Avbryt" })));
      expect(screen.queryByTestId("guide-confirm-blanks")).to.equal(null);
      expect(services.callsOf("saveDecisions")).to.have.length(1);
    });
  });
});
