import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import type { FindingView, ValidationView } from "../../src/taskpane/services/types";
import { ValidateView } from "../../src/taskpane/validate/ValidateView";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

function finding(code: string, severity: FindingView["severity"], address: string, sv: string): FindingView {
  return {
    code,
    severity,
    sheet: "Placeringar",
    address,
    column: "",
    rowId: "P-001",
    message: { sv, en: `${sv} (en)` },
    fix: { sv: "Rätta värdet.", en: "Correct the value." },
    correctable: false,
    proposal: null,
    removes: false,
    correction: null,
  };
}

/** A near list value the validation found correctable, with the exact list value. */
const NEAR: FindingView = {
  ...finding("LIST_NOT_EXACT", "warning", "F5", "Anställningsform skiljer sig från listan"),
  correctable: true,
  proposal: "Anställning",
  correction: { sheet: "Placeringar", address: "F5", from: "anstallning", to: "Anställning", shown: "Anställning" },
};

/** Personal data in a comment: "Ta bort" empties the cell after the user confirms. */
const PERSONAL: FindingView = {
  ...finding("PERSONAL_IDENTITY_NUMBER", "error", "V5", "Personnummer i Kommentar"),
  correctable: true,
  removes: true,
  correction: { sheet: "Placeringar", address: "V5", from: "18:0badf00d", fingerprint: true, to: "", shown: "", clear: true },
};

/** What the fake services hand back for "Ångra" (the inverse correction). */
const UNDO = { sheet: "Placeringar", address: "F5", from: "Anställning", to: "anstallning", shown: "anstallning" };

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
    expect(screen.getByText("2 fel, 1 varning, 1 upplysning.")).to.exist;
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

  it("offers Rätta only on correctable findings, named by the value, and drops the fixed finding after it", async () => {
    const services = new FakeServices();
    services.validation = { ...REPORT, findings: [...REPORT.findings, NEAR] };
    services.correction = { outcome: "corrected", undo: UNDO };
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    const button = await screen.findByRole("button", { name: "Rätta till 'Anställning'" });
    expect(button.textContent).to.equal("Rätta");
    // The other findings have no Rätta button.
    expect(screen.getAllByRole("button", { name: /^Rätta/ })).to.have.length(1);
    await act(async () => {
      fireEvent.click(button);
    });
    expect(services.callsOf("correctFinding")).to.deep.equal([{ method: "correctFinding", finding: NEAR }]);
    await waitFor(() => expect(screen.getByText("Placeringar!F5 är nu 'Anställning'.")).to.exist);
    expect(screen.queryByText("Anställningsform skiljer sig från listan")).to.equal(null);
    expect(screen.queryByRole("button", { name: /^Rätta/ })).to.equal(null);
    // The other findings stay; nothing was validated again.
    expect(screen.getByText("Personnummer i Ärende-ID")).to.exist;
    expect(services.callsOf("validate")).to.have.length(1);
  });

  it("Ångra after Rätta puts the value back through the services and shows the finding again", async () => {
    const services = new FakeServices();
    services.validation = { ...REPORT, findings: [NEAR] };
    services.correction = { outcome: "corrected", undo: UNDO };
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Rätta till 'Anställning'" }));
    });
    const undo = await screen.findByRole("button", { name: "Ångra ändringen i Placeringar!F5" });
    expect(undo.textContent).to.equal("Ångra");
    await act(async () => {
      fireEvent.click(undo);
    });
    expect(services.callsOf("undoCorrection")).to.deep.equal([{ method: "undoCorrection", undo: UNDO }]);
    await waitFor(() => expect(screen.getByText("Placeringar!F5 har fått tillbaka sitt tidigare innehåll.")).to.exist);
    expect(screen.getByText("Anställningsform skiljer sig från listan")).to.exist;
    expect(screen.queryByRole("button", { name: /^Ångra/ })).to.equal(null);
  });

  it("Ångra writes nothing over a cell changed since the fix, and says so (in English too)", async () => {
    const services = new FakeServices();
    services.validation = { ...REPORT, findings: [NEAR] };
    services.correction = { outcome: "corrected", undo: UNDO };
    services.undoResult = "changedMeanwhile";
    renderView(<ValidateView services={services} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate the workbook" }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Correct to 'Anställning'" }));
    });
    await waitFor(() => expect(screen.getByText("Placeringar!F5 is now 'Anställning'.")).to.exist);
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Undo the change in Placeringar!F5" }));
    });
    await waitFor(() => expect(screen.getByText("The cell has changed since the correction, so nothing was undone.")).to.exist);
    expect(screen.queryByText("Anställningsform skiljer sig från listan (en)")).to.equal(null);
  });

  it("Ta bort asks first; Avbryt writes nothing, confirming empties the cell and offers Ångra", async () => {
    const services = new FakeServices();
    services.validation = { ...REPORT, findings: [PERSONAL] };
    services.correction = { outcome: "corrected", undo: { ...PERSONAL.correction!, from: "", to: "Ring 19850101-1236", shown: "" } };
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    // No Rätta on personal data: the fix is to remove it.
    expect(screen.queryByRole("button", { name: /^Rätta/ })).to.equal(null);
    fireEvent.click(await screen.findByRole("button", { name: "Ta bort innehållet i Placeringar!V5" }));
    const question = screen.getByRole("group", { name: "Ta bort innehållet i Placeringar!V5" });
    expect(within(question).getByText("Ta bort innehållet i Placeringar!V5? Du kan ångra det här i fönstret.")).to.exist;
    fireEvent.click(within(question).getByRole("button", { name: "Avbryt" }));
    expect(services.callsOf("correctFinding")).to.have.length(0);

    fireEvent.click(screen.getByRole("button", { name: "Ta bort innehållet i Placeringar!V5" }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole("group", { name: "Ta bort innehållet i Placeringar!V5" })).getByRole("button", { name: "Ta bort" }));
    });
    expect(services.callsOf("correctFinding")).to.deep.equal([{ method: "correctFinding", finding: PERSONAL }]);
    await waitFor(() => expect(screen.getByText("Innehållet i Placeringar!V5 är borttaget.")).to.exist);
    expect(screen.queryByText("Personnummer i Kommentar")).to.equal(null);
    // The removed text is never shown in the pane.
    expect(document.body.textContent).not.to.contain("1236");
    expect(screen.getByRole("button", { name: "Ångra ändringen i Placeringar!V5" })).to.exist;
  });

  it("says the cell changed meanwhile (in English too) and keeps the findings when nothing was written", async () => {
    const services = new FakeServices();
    services.validation = { ...REPORT, findings: [NEAR] };
    services.correction = { outcome: "changedMeanwhile" };
    renderView(<ValidateView services={services} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate the workbook" }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Correct to 'Anställning'" }));
    });
    await waitFor(() => expect(screen.getByText("The cell has changed since the validation, so nothing was written. Validate again.")).to.exist);
    expect(screen.getByText("Anställningsform skiljer sig från listan (en)")).to.exist;
    // Validating again clears the notice.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate the workbook" }));
    });
    await waitFor(() => expect(screen.queryByText(/The cell has changed since the validation/)).to.equal(null));
  });

  it("shows a failed correction as an explained error, not a raw one", async () => {
    const services = new FakeServices();
    services.validation = { ...REPORT, findings: [NEAR] };
    services.failures.set("correctFinding", new TaskpaneError("error.excelBusy"));
    renderView(<ValidateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Rätta till 'Anställning'" }));
    });
    await waitFor(() => expect(screen.getByText("Det gick inte")).to.exist);
    expect(screen.getByText(/Excel kunde inte ta emot ändringen just nu/)).to.exist;
    expect(screen.queryByText(/TaskpaneError|error\.excelBusy/)).to.equal(null);
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

  describe("cards and status in plain language (issue 14)", () => {
    const validated = async (view: ValidationView, lang: "sv" | "en" = "sv") => {
      const services = new FakeServices();
      services.validation = view;
      renderView(<ValidateView services={services} />, lang);
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: lang === "sv" ? "Validera arbetsboken" : "Validate the workbook" }));
      });
      await waitFor(() => expect(screen.getByRole("status")).to.exist);
      return services;
    };
    /** A card's text without its folded details line. */
    const cardText = (card: Element) => {
      const copy = card.cloneNode(true) as Element;
      copy.querySelector("[data-finding-details]")?.remove();
      return copy.textContent ?? "";
    };

    it("keeps the finding code out of the card's sentence and puts it in a details line", async () => {
      await validated(REPORT);
      const cards = [...document.querySelectorAll("[data-finding-card]")];
      expect(cards).to.have.length(4);
      for (const [index, card] of cards.entries()) {
        const code = REPORT.findings[index]!.code;
        expect(cardText(card)).to.not.contain(code);
        expect(card.querySelector("details")!.textContent).to.contain(`Kod för supporten: ${code}`);
      }
    });

    it("counts in the right number in both languages", async () => {
      const one = { ...REPORT, findings: REPORT.findings.slice(1) };
      await validated(one);
      expect(screen.getByText("1 fel, 1 varning, 1 upplysning.")).to.exist;
      cleanup();
      await validated(one, "en");
      expect(screen.getByText("1 error, 1 warning, 1 note.")).to.exist;
      cleanup();
      await validated({ ...REPORT, findings: [...REPORT.findings, ...REPORT.findings] }, "en");
      expect(screen.getByText("4 errors, 2 warnings, 2 notes.")).to.exist;
    });

    it("shows no 'Åtgärd:' line when a finding has nothing to do", async () => {
      const progress = { ...finding("COMMITMENT_PROGRESS", "info", "", "Åtagandet: 3 av 24"), fix: { sv: "", en: "" } };
      await validated({ ...REPORT, findings: [progress] });
      expect(screen.getByText("Åtagandet: 3 av 24")).to.exist;
      expect(screen.queryByText(/Åtgärd:/)).to.equal(null);
    });

    it("says next to the status what is not counted and why, and that errors come first", async () => {
      await validated({ ...REPORT, status: "Uppfyllt", notCounted: { total: 2, requirementType: 1, values: 1 } });
      const status = screen.getByRole("status").textContent ?? "";
      expect(status).to.contain("Räknas inte i statusen: 2 placeringar");
      expect(status).to.contain("1 med en sysselsättningsform som avtalets Kravtyp inte godtar");
      expect(status).to.contain("1 med fel, text eller tomt i startdatum");
      expect(status).to.contain("rätta felen och validera igen innan du litar på den");
      expect(status).to.match(/Validerad kl\. \d\d[.:]\d\d/);
      cleanup();
      await validated({ ...REPORT, status: "Uppfyllt", notCounted: { total: 1, requirementType: 0, values: 1 } }, "en");
      expect(screen.getByRole("status").textContent).to.contain("Not counted in the status: 1 placement");
    });

    it("marks the result stale after an edit until validated again", async () => {
      const services = await validated(REPORT);
      await waitFor(() => expect(services.editCallback).to.not.equal(null));
      expect(screen.queryByText(/Arbetsboken har ändrats sedan valideringen/)).to.equal(null);
      await act(async () => services.editCallback!());
      expect(screen.getByText(/Arbetsboken har ändrats sedan valideringen/)).to.exist;
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
      });
      await waitFor(() => expect(screen.queryByText(/Arbetsboken har ändrats sedan valideringen/)).to.equal(null));
    });
  });
});
