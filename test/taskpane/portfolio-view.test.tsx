import "../support/dom";
import { expect } from "chai";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { PortfolioView } from "../../src/taskpane/portfolio/PortfolioView";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

function pick(testId: string, names: string[]): void {
  const files = names.map((name) => new File([new Uint8Array([80, 75, 3, 4])], name));
  fireEvent.change(screen.getByTestId(testId), { target: { files } });
}

describe("PortfolioView", () => {
  afterEach(cleanup);

  it("shows the dry run with its conflicts, and imports only when asked", async () => {
    const services = new FakeServices();
    services.importPreview = {
      fileName: "retur.xlsx",
      counts: { added: 1, updated: 1, kept: 3, conflicts: 1 },
      added: [{ table: "Placeringar", key: "P-900" }],
      updated: [{ table: "Placeringar", key: "P-001", column: "Faktiskt slutdatum", value: "2026-05-31" }],
      conflicts: [{ table: "Placeringar", key: "P-002", column: "Kommentar", full: "A", supplier: "B" }],
      issues: [],
    };
    services.importResult = { added: 1, updated: 1, skipped: 0, conflicts: 1 };
    renderView(<PortfolioView services={services} />);
    pick("import-file", ["retur.xlsx"]);
    await waitFor(() => expect(screen.getByTestId("import-preview")).to.exist);
    expect(screen.getByText("1 nya rader, 1 uppdaterade rader, 3 oförändrade, 1 konflikter.")).to.exist;
    expect(screen.getByText("P-002, Kommentar: arbetsboken A, leverantören B")).to.exist;
    expect(services.callsOf("applySupplierImport")).to.have.length(0);
    fireEvent.click(screen.getByRole("button", { name: "Importera" }));
    await waitFor(() => expect(screen.getByText(/Importerat: 1 nya rader, 1 celler ifyllda. 1 konflikter lämnades orörda./)).to.exist);
    expect(services.callsOf("applySupplierImport")[0]!.file.fileName).to.equal("retur.xlsx");
  });

  it("says why a file is refused, and offers no import", async () => {
    const services = new FakeServices();
    services.failures.set("previewSupplierImport", new TaskpaneError("error.import", { sv: "fel.xlsx hör till ett annat avtal.", en: "other contract" }));
    renderView(<PortfolioView services={services} />);
    pick("import-file", ["fel.xlsx"]);
    await waitFor(() => expect(screen.getByText(/hör till ett annat avtal/)).to.exist);
    expect(screen.queryByRole("button", { name: "Importera" })).to.equal(null);
  });

  it("lists each file's progress and the contracts, with unreadable files", async () => {
    const services = new FakeServices();
    services.portfolioProgress = [
      { index: 1, total: 2, file: "a.xlsx", state: "done" },
      { index: 2, total: 2, file: "b.xlsx", state: "failed", message: { sv: "b.xlsx är inte en Excel-arbetsbok (.xlsx).", en: "not a workbook" } },
    ];
    services.portfolio = {
      contracts: [{ file: "a.xlsx", contractId: "AV-1", name: "Städ", status: "Risk", servedMonths: 10.5, commitment: 24, errors: 0, warnings: 2 }],
      unreadable: [{ file: "b.xlsx", message: { sv: "b.xlsx är inte en Excel-arbetsbok (.xlsx).", en: "not a workbook" } }],
      workbook: { fileName: "Portfölj.xlsx", bytes: new Uint8Array([80, 75, 3, 4]) },
      sheets: services.portfolio.sheets,
    };
    renderView(<PortfolioView services={services} />);
    pick("portfolio-files", ["a.xlsx", "b.xlsx"]);
    await waitFor(() => expect(screen.getByText("1 avtal, 1 filer kunde inte läsas.")).to.exist);
    expect(screen.getByText("Fil 1 av 2: a.xlsx: läst")).to.exist;
    expect(screen.getByText(/Fil 2 av 2: b.xlsx: kunde inte läsas. b.xlsx är inte en Excel-arbetsbok/)).to.exist;
    expect(screen.getByText("AV-1 Städ: Risk, 10,5 av 24 heltidsmånader, 0 fel, 2 varningar")).to.exist;
    expect(services.callsOf("buildPortfolio")[0]!.files.map((file) => file.fileName)).to.deep.equal(["a.xlsx", "b.xlsx"]);
    expect(screen.getByRole("button", { name: /Ladda ner portföljen/ })).to.exist;
  });

  it("adds the portfolio's sheets to the workbook only when asked, and says which sheets it added", async () => {
    const services = new FakeServices();
    services.portfolioSheetNames = { report: "Årsrapport (2)", portfolio: "Portfölj (2)", unreadable: "Ej inlästa (2)" };
    renderView(<PortfolioView services={services} />);
    pick("portfolio-files", ["a.xlsx"]);
    const add = await screen.findByRole("button", { name: "Lägg till årsrapporten i arbetsboken" });
    expect(services.callsOf("writePortfolioSheets")).to.have.length(0);
    fireEvent.click(add);
    await waitFor(() => expect(screen.getByText(/Bladen Årsrapport \(2\), Portfölj \(2\) och Ej inlästa \(2\) lades till/)).to.exist);
    expect(services.callsOf("writePortfolioSheets")[0]!.sheets).to.equal(services.portfolio.sheets);
  });

  it("says why the sheets could not be added, and keeps the download", async () => {
    const services = new FakeServices();
    services.failures.set("writePortfolioSheets", new TaskpaneError("error.import", { sv: "Arbetsboken är skrivskyddad.", en: "The workbook is read-only." }));
    renderView(<PortfolioView services={services} />);
    pick("portfolio-files", ["a.xlsx"]);
    fireEvent.click(await screen.findByRole("button", { name: "Lägg till årsrapporten i arbetsboken" }));
    await waitFor(() => expect(screen.getByText(/Arbetsboken är skrivskyddad/)).to.exist);
    expect(screen.getByRole("button", { name: /Ladda ner portföljen/ })).to.exist;
  });
});
