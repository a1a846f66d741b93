/**
 * Merge and portfolio files through a real spreadsheet engine (LibreOffice, headless):
 * 1. a supplier's file re-saved by LibreOffice (shared strings, its own styles: a "messy" file as a
 *    supplier may send it) still merges into the full workbook;
 * 2. the merged workbook, recalculated, computes the new rows' Heltidsmånader as the code does;
 * 3. the Årsrapport, recalculated, gives the same numbers the portfolio wrote.
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PLACEMENT_HEADERS as P } from "../../src/domain/followup/names";
import { portfolioTable, portfolioTotals } from "../../src/domain/portfolio/portfolio";
import { REPORT_SHEET, annualReport } from "../../src/domain/portfolio/report";
import { fromFollowupRead } from "../../src/domain/validation/fromRead";
import { placementMonthsByRow } from "../../src/domain/validation/validate";
import { applyMergePlan, prepareMerge } from "../../src/xlsx/merge";
import { summarizeFile, writePortfolioXlsx } from "../../src/xlsx/portfolio";
import { readFollowupWorkbook } from "../../src/xlsx/read";
import { recalculateInLibreOffice } from "../support/libreoffice";
import { ROW, followupFile } from "../support/portfolio-files";

/** LibreOffice's TODAY() is the local calendar date. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const BENEFITS = { unemployedMonths: 14, newArrival: "Nej", aKassa: "Ja", housingBenefit: "Nej" };

/** What a cell shows: a formula's cached result through .result (.value drops a falsy one, 0). */
function shownValue(cell: ExcelJS.Cell): unknown {
  return cell.formula ? cell.result : cell.value;
}

describe("merge and portfolio recalculated by LibreOffice", function () {
  this.timeout(900_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "syss-portfolio-lo-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("merges a LibreOffice-saved supplier file; the merged rows and the report recalculate to the code's numbers", async () => {
    const today = localToday();
    const first = join(dir, "first");
    mkdirSync(first);
    writeFileSync(
      join(first, "supplier.xlsx"),
      await followupFile(
        [
          { ...ROW, actualEndDate: "2025-08-31", endReason: "Egen uppsägning" },
          { ...ROW, caseId: "P-002", startDate: "2025-05-01", gender: "Man" },
          { ...ROW, caseId: "P-003", startDate: "2025-06-15", scope: 0.5 },
        ],
        { supplier: true },
      ),
    );
    const resaved = await recalculateInLibreOffice(first, [join(first, "supplier.xlsx")], 600_000);
    const supplierBytes = new Uint8Array(readFileSync(join(resaved, "supplier.xlsx")));
    const fullBytes = await followupFile([{ ...ROW, ...BENEFITS }]);

    const prepared = await prepareMerge(supplierBytes, "supplier.xlsx", fullBytes, "full.xlsx", { today });
    expect(prepared.plan.added.map((row) => row.key)).to.deep.equal(["P-002", "P-003"]);
    expect(prepared.plan.updated.map((cell) => cell.column)).to.deep.equal([P.actualEndDate]);
    const second = join(dir, "second");
    mkdirSync(second);
    const merged = join(second, "merged.xlsx");
    writeFileSync(merged, await applyMergePlan(fullBytes, "full.xlsx", prepared));

    const summaries = [await summarizeFile(new Uint8Array(readFileSync(merged)), merged, today), await summarizeFile(supplierBytes, "supplier.xlsx", today)];
    const portfolio = { contracts: summaries, unreadable: [] };
    const totals = portfolioTotals(portfolio);
    const report = annualReport(totals, { year: 2025, today, suppress: false, files: ["merged.xlsx", "supplier.xlsx"] });
    const reportFile = join(second, "report.xlsx");
    writeFileSync(reportFile, await writePortfolioXlsx({ portfolio, table: portfolioTable(portfolio, { suppress: false, importedOn: today }), report }));

    const out = await recalculateInLibreOffice(second, [merged, reportFile], 600_000);

    // The merged workbook: every row's Heltidsmånader as LibreOffice computed it equals the code's.
    const recalculated = await readFollowupWorkbook(new Uint8Array(readFileSync(join(out, "merged.xlsx"))), "merged.xlsx");
    const served = recalculated.placements.headers.indexOf(P.fullTimeMonths);
    const expected = placementMonthsByRow(fromFollowupRead(recalculated), { today });
    expect(recalculated.placements.rows).to.have.length(3);
    recalculated.placements.rows.forEach((row, index) => {
      const months = expected[index]?.served ?? null;
      if (months === null) expect(row.values[served]).to.be.oneOf(["", null]);
      else expect(row.values[served] as number).to.be.closeTo(months, 1e-9);
    });

    // The report: each formula figure recalculates to the value the portfolio wrote.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, "report.xlsx"));
    const sheet = workbook.getWorksheet(REPORT_SHEET)!;
    let checked = 0;
    report.forEach((line, index) => {
      if (line.kind !== "figure" || line.formula === undefined) return;
      const value = shownValue(sheet.getCell(index + 1, 2));
      if (typeof line.value === "number") expect(value as number, line.label).to.be.closeTo(line.value, 1e-6);
      else expect(value ?? "", line.label).to.equal(line.value);
      checked++;
    });
    expect(checked).to.be.greaterThan(10);
    // The three bar charts (status, months, actors) survive LibreOffice's reading and writing: valid parts.
    const { readZip } = await import("../../src/xlsx/zip");
    const parts = await readZip(new Uint8Array(readFileSync(join(out, "report.xlsx"))));
    const charts = [...parts.keys()].filter((name) => name.startsWith("xl/charts/chart"));
    expect(charts).to.have.length(3);
    const chartText = charts.map((name) => new TextDecoder().decode(parts.get(name))).join("");
    expect(chartText).to.contain("Avtal per status").and.to.contain("Samhällsekonomiskt resultat per aktör");
    expect(totals.placements).to.equal(6);
  });
});
