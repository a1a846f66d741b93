/**
 * The portfolio's sheets written into the open workbook through Office.js (issue 18: "Årsrapport … written by
 * the pane through Office.js"), over the Excel fake: the Portfölj table holds the portfolio's rows, the
 * report's formulas over it compute the portfolio's own figures (evaluated by HyperFormula after their
 * structured references are resolved to the table's cells), the charts read the report's rows, and a second
 * run adds new sheets and a new table instead of touching the first ones.
 */
import { expect } from "chai";
import { HyperFormula } from "hyperformula";
import { formatRect, parseRect, quoteSheetName } from "../../src/domain/common/a1";
import { annualReport } from "../../src/domain/portfolio/report";
import { reportCharts } from "../../src/domain/portfolio/layout";
import { createExcelFake } from "../../src/excel/fake";
import type { WorkbookSnapshot } from "../../src/excel/fake/snapshot";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import type { PortfolioResult } from "../../src/taskpane/services/portfolioTypes";
import { ROW, followupFile } from "../support/portfolio-files";

const TODAY = "2026-11-30";

async function builtPortfolio(services: ReturnType<typeof createExcelServices>): Promise<PortfolioResult> {
  const met = await followupFile([ROW, { ...ROW, caseId: "P-002", gender: "Man", startDate: "2025-04-01" }], { contract: { contractId: "AV-1", name: "Städ Norra", commitmentMonths: 12 } });
  // A contract name a formula would take over, and an ID with leading zeros: both must stay text.
  const odd = await followupFile([{ ...ROW, caseId: "P-010" }], { contract: { contractId: "007", name: "=1+1 Park", commitmentMonths: 30 } });
  const broken = new TextEncoder().encode("inte en arbetsbok");
  return services.buildPortfolio(
    [
      { fileName: "a.xlsx", bytes: met },
      { fileName: "b.xlsx", bytes: odd },
      { fileName: "c.xlsx", bytes: broken },
    ],
    () => undefined,
  );
}

function setUp(options: { excelApi19?: boolean } = {}) {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const services = createExcelServices({
    run: fake.run,
    isSetSupported: (_set, version) => options.excelApi19 !== false || Number(version) < 1.9,
    lang: "sv",
    today: () => TODAY,
  });
  return { fake, services };
}

/** The workbook's cells as HyperFormula takes them, with `Table[Column]` turned into the column's data cells. */
function evaluate(snapshot: WorkbookSnapshot): HyperFormula {
  const columnRange = (table: string, header: string): string => {
    const found = snapshot.tables.find((candidate) => candidate.name.toLowerCase() === table.toLowerCase());
    if (found === undefined) throw new Error(`no table ${table}`);
    const rect = parseRect(found.address);
    const index = found.columns.indexOf(header);
    if (index < 0) throw new Error(`no column ${header} in ${table}`);
    return `${quoteSheetName(found.sheet)}!${formatRect({ top: rect.top + 1, left: rect.left + index, rows: rect.rows - 1, columns: 1 }, true)}`;
  };
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of snapshot.sheets) {
    const matrix: (string | number | boolean | null)[][] = [];
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const { top, left } = parseRect(address);
      const row = (matrix[top] ??= []);
      if (cell.formula !== undefined) row[left] = cell.formula.replace(/(\w+)\[([^\]]+)\]/g, (_match, table: string, header: string) => columnRange(table, header));
      else row[left] = typeof cell.value === "string" && cell.value.startsWith("=") ? `'${cell.value}` : cell.value;
    }
    sheets[sheet.name] = Array.from({ length: matrix.length }, (_, index) => Array.from(matrix[index] ?? [], (value) => value ?? null));
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
}

describe("portfolio sheets written through Office.js (over the Excel fake)", function () {
  it("adds Årsrapport, Portfölj and Ej inlästa in two round trips with events off, and activates the report", async () => {
    const { fake, services } = setUp();
    const result = await builtPortfolio(services);
    const syncsBefore = fake.syncCount;
    const names = await services.writePortfolioSheets(result.sheets);
    expect(names).to.deep.equal({ report: "Årsrapport", portfolio: "Portfölj", unreadable: "Ej inlästa" });
    expect(fake.syncCount - syncsBefore).to.equal(2);
    expect(fake.syncLog[fake.syncLog.length - 1]).to.include({ writesWithEventsEnabled: 0, writesWithoutCalculationSuspended: 0 });
    const snapshot = fake.snapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).to.deep.equal(["Blad1", "Årsrapport", "Portfölj", "Ej inlästa"]);
    expect(snapshot).to.deep.include({ activeSheet: "Årsrapport", eventsEnabled: true });
    expect(fake.cell("Ej inlästa!A2")?.value).to.equal("c.xlsx");
    expect(String(fake.cell("Ej inlästa!B2")?.value)).to.contain("inte en Excel-arbetsbok");
  });

  it("the Portfölj table holds the portfolio's rows, text kept as text, and its header row repeats on every printed page", async () => {
    const { fake, services } = setUp();
    const result = await builtPortfolio(services);
    await services.writePortfolioSheets(result.sheets);
    const snapshot = fake.snapshot();
    const table = snapshot.tables.find((candidate) => candidate.name === "Portfolj")!;
    expect(table).to.include({ sheet: "Portfölj", style: "TableStyleMedium2" });
    expect(table.columns).to.deep.equal(result.sheets.table.headers);
    expect(parseRect(table.address).rows).to.equal(result.sheets.table.rows.length + 1);
    const id = table.columns.indexOf("Avtals-ID");
    const name = table.columns.indexOf("Avtalsnamn");
    const rowOf = (contractId: string) => 2 + result.sheets.table.rows.findIndex((row) => row[id] === contractId);
    const letter = (index: number) => formatRect({ top: 0, left: index, rows: 1, columns: 1 }).replace(/\d+/, "");
    const oddRow = rowOf("007");
    expect(fake.cell(`Portfölj!${letter(id)}${oddRow}`)).to.deep.include({ value: "007", numberFormat: "@" });
    expect(fake.cell(`Portfölj!${letter(name)}${oddRow}`)).to.deep.include({ value: "=1+1 Park", numberFormat: "@" });
    expect(fake.cell(`Portfölj!${letter(name)}${oddRow}`)?.formula).to.equal(undefined);
    const sheet = snapshot.sheets.find((candidate) => candidate.name === "Portfölj")!;
    expect(sheet.pageLayout).to.deep.include({ orientation: "Landscape", paperSize: "A4", horizontalFitToPages: 1, printTitleRows: "$1:$1" });
    expect([sheet.frozenRows, sheet.frozenColumns]).to.deep.equal([1, 2]);
  });

  it("the report's formulas over the table compute the portfolio's own figures", async () => {
    const { fake, services } = setUp();
    const result = await builtPortfolio(services);
    await services.writePortfolioSheets(result.sheets);
    const lines = annualReport(result.sheets.totals, { ...result.sheets.report, table: "Portfolj" });
    const hf = evaluate(fake.snapshot());
    const report = hf.getSheetId("Årsrapport")!;
    let formulas = 0;
    lines.forEach((line, index) => {
      if (line.kind !== "figure") return;
      expect(fake.cell(`Årsrapport!A${index + 1}`)?.value, `label on row ${index + 1}`).to.equal(line.label);
      const computed = hf.getCellValue({ sheet: report, row: index, col: 1 });
      if (line.formula !== undefined) {
        formulas++;
        expect(fake.cell(`Årsrapport!B${index + 1}`)?.formula).to.equal(line.formula);
        if (typeof line.value === "number") expect(computed, line.label).to.be.closeTo(line.value, 1e-9);
        else expect(computed, line.label).to.equal(line.value);
      } else {
        expect(computed, line.label).to.equal(line.value);
      }
    });
    // Contracts, months, share, statuses (and kronor when a file has the calculation's inputs) are formulas.
    expect(formulas).to.be.greaterThan(5);
    expect(hf.getCellValue({ sheet: report, row: lines.findIndex((line) => line.kind === "figure" && line.label === "Avtal i portföljen"), col: 1 })).to.equal(2);
    hf.destroy();
  });

  it("draws one bar chart per group beside the figures, reading the report's rows, inside the print area", async () => {
    const { fake, services } = setUp();
    const result = await builtPortfolio(services);
    await services.writePortfolioSheets(result.sheets);
    const lines = annualReport(result.sheets.totals, { ...result.sheets.report, table: "Portfolj" });
    const expected = reportCharts(lines);
    const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Årsrapport")!;
    expect(sheet.charts.map((chart) => chart.title)).to.deep.equal(expected.map((chart) => chart.title));
    sheet.charts.forEach((chart, index) => {
      const spec = expected[index]!;
      expect(chart.type).to.equal("BarClustered");
      expect(chart.source).to.equal(`B${spec.firstRow}:B${spec.lastRow}`);
      expect(chart.series.map((series) => series.xValues)).to.deep.equal([`A${spec.firstRow}:A${spec.lastRow}`]);
      expect(parseRect(chart.position).left).to.equal(3); // column D, beside the figures
      expect(chart.categoriesReversed, "bars top to bottom in the rows' order").to.equal(true);
    });
    expect(sheet.pageLayout).to.deep.include({ orientation: "Landscape", paperSize: "A4", horizontalFitToPages: 1, leftFooter: "&A", rightFooter: "Sida &P av &N" });
    expect(fake.cell("Årsrapport!A1")).to.deep.include({ bold: true, fontSize: 14 });
    expect(sheet.pageLayout.printArea).to.match(/^\$A\$1:\$K\$\d+$/);
  });

  it("a second run keeps the first sheets and a user's edit in them: new sheets, a new table its report refers to", async () => {
    const { fake, services } = setUp();
    const result = await builtPortfolio(services);
    await services.writePortfolioSheets(result.sheets);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Årsrapport").getRange("A3").values = [["Min kommentar till nämnden"]];
      await context.sync();
    });
    const first = JSON.stringify(fake.snapshot().sheets.filter((sheet) => sheet.name !== "Blad1"));
    const names = await services.writePortfolioSheets(result.sheets);
    expect(names).to.deep.equal({ report: "Årsrapport (2)", portfolio: "Portfölj (2)", unreadable: "Ej inlästa (2)" });
    const snapshot = fake.snapshot();
    expect(JSON.stringify(snapshot.sheets.filter((sheet) => ["Årsrapport", "Portfölj", "Ej inlästa"].includes(sheet.name)))).to.equal(first);
    expect(fake.cell("Årsrapport!A3")?.value).to.equal("Min kommentar till nämnden");
    expect(snapshot.tables.map((table) => `${table.name}@${table.sheet}`)).to.include.members(["Portfolj@Portfölj", "Portfolj2@Portfölj (2)"]);
    const formulas = Object.values(snapshot.sheets.find((sheet) => sheet.name === "Årsrapport (2)")!.cells).flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas.length).to.be.greaterThan(0);
    for (const formula of formulas) expect(formula).to.not.match(/Portfolj\[/);
    expect(formulas.some((formula) => formula.includes("Portfolj2["))).to.equal(true);
  });

  it("without ExcelApi 1.9 the sheets are written and the print setup is left to the user", async () => {
    const { fake, services } = setUp({ excelApi19: false });
    const result = await builtPortfolio(services);
    await services.writePortfolioSheets(result.sheets);
    const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Årsrapport")!;
    expect(sheet.pageLayout).to.deep.include({ printArea: null, paperSize: "Letter" });
    expect(sheet.charts.length).to.be.greaterThan(0);
  });

  it("an empty portfolio (no file could be read) still gets a table with one empty row and a report without charts", async () => {
    const { fake, services } = setUp();
    const result = await services.buildPortfolio([{ fileName: "x.xlsx", bytes: new Uint8Array([1, 2, 3]) }], () => undefined);
    await services.writePortfolioSheets(result.sheets);
    const snapshot = fake.snapshot();
    const table = snapshot.tables.find((candidate) => candidate.name === "Portfolj")!;
    expect(parseRect(table.address).rows).to.equal(2);
    expect(snapshot.sheets.find((sheet) => sheet.name === "Årsrapport")!.charts.map((chart) => chart.title)).to.deep.equal(reportCharts(annualReport(result.sheets.totals, result.sheets.report)).map((chart) => chart.title));
  });
});
