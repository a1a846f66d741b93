/**
 * The streaming follow-up reader (src/xlsx/read.ts, issue 19) reads every file exactly as the ExcelJS
 * reader it replaced (kept as the oracle in test/support/excelJsFollowupRead.ts): the same contract,
 * tables, formulas, rows below tables, loose cells and errors, on the template (full and supplier, clean
 * and messy rows) and on a workbook written the way other programs write them (rich text, hyperlinks,
 * spreadsheet errors, shared formulas, cached results of every type, the 1904 date system).
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import { parseContract } from "../../src/domain/followup/contract";
import { CONTRACT_FIELDS } from "../../src/domain/followup/contract";
import { parsePlacements } from "../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import type { CellValue, TemplatePlan } from "../../src/domain/followup/types";
import { formatRect, parseRect } from "../../src/domain/common/a1";
import { MAX_ROWS } from "../../src/xlsx/limits";
import { readFollowupWorkbook, WorkbookReadError } from "../../src/xlsx/read";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { readFollowupWorkbookWithExcelJs } from "../support/excelJsFollowupRead";
import { manyRows, tableClaimingRows, validationsOver, zipBomb } from "../support/hostile-files";

type Outcome = { read: unknown } | { error: string };

async function outcome(read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { read: await read() };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { error: `${error.code}: ${error.message}` };
    throw error;
  }
}

async function expectSameReading(bytes: Uint8Array): Promise<void> {
  const streamed = await outcome(() => readFollowupWorkbook(bytes, "fil.xlsx"));
  const loaded = await outcome(() => readFollowupWorkbookWithExcelJs(bytes, "fil.xlsx"));
  expect(streamed).to.deep.equal(loaded);
}

const CONTRACT = parseContract({ name: "Läsning", start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24, supplierOrgNumber: "556016-0680", targetGroups: ["Nyanländ"] });

function placements(count: number): CellValue[][] {
  return parsePlacements(
    Array.from({ length: count }, (_, i) => ({
      caseId: `P-${String(i + 1).padStart(3, "0")}`,
      gender: i % 2 === 0 ? "Kvinna" : "Man",
      form: "anställning",
      startDate: `2026-${String(1 + (i % 12)).padStart(2, "0")}-01`,
      plannedEndDate: "2027-06-30",
      scope: 1,
      salary: 22_000,
      comment: i === 3 ? "rad1\nrad2 & <b>" : undefined,
    })),
  );
}

function withPlacementRows(plan: TemplatePlan, rows: readonly (readonly CellValue[])[]): TemplatePlan {
  return {
    ...plan,
    tables: plan.tables.map((table) => (table.spec.name === "Placeringar" ? { ...table, rows, range: formatRect({ ...parseRect(table.range), rows: rows.length + 1 }) } : table)),
  };
}

/** A workbook as another program might write it: not from the template, every kind of cell value. */
async function foreignWorkbook(date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const contract = workbook.addWorksheet("Avtal");
  CONTRACT_FIELDS.forEach((field, index) => {
    contract.getCell(index + 1, 1).value = field.label;
    contract.getCell(index + 1, 2).value = index % 3 === 0 ? new Date(Date.UTC(2026, index % 12, 1)) : index % 3 === 1 ? index * 10 : `värde ${index}`;
  });
  contract.getCell("D2").value = "en anteckning";
  contract.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  workbook.definedNames.add(`'Avtal'!$B$2`, CONTRACT_FIELDS[1]!.name);

  const placementsSheet = workbook.addWorksheet("Placeringar");
  placementsSheet.addTable({
    name: "Placeringar",
    ref: "A1",
    columns: [{ name: "Ärende-ID" }, { name: "Startdatum" }, { name: "Omfattning (%)" }, { name: "Kommentar" }, { name: "Dubbel" }],
    rows: [
      ["P-1", new Date(Date.UTC(2026, 2, 1)), 1, { richText: [{ text: "fet " , font: { bold: true } }, { text: "text" }] }, { formula: "C2*2", result: 2 }],
      ["P-2", 46_100, 0.5, { text: "länk", hyperlink: "https://example.se" }, { formula: "C3*2", result: 1 }],
      ["P-3", { formula: "DATE(2026,5,1)", result: new Date(Date.UTC(2026, 4, 1)) }, true, { formula: "\"x\"", result: "x" }, { formula: "C4=1", result: false }],
      ["P-4", null, { error: "#N/A" }, { formula: "\"\"", result: "" }, { formula: "C5*2" }],
      [19_000_000, 5e6, -0, "", { formula: "C6*2", result: 0 }],
    ] as unknown as ExcelJS.CellValue[][],
  });
  placementsSheet.getColumn(2).numFmt = "yyyy-mm-dd";
  placementsSheet.getCell("B6").numFmt = "yyyy-mm-dd";
  placementsSheet.getCell("A7").value = "nedanför";
  placementsSheet.getCell("D8").value = "efter en tom rad";
  placementsSheet.getCell("H2").value = "bredvid tabellen";

  const reports = workbook.addWorksheet("Rapporter");
  reports.addTable({ name: "Rapporter", ref: "B2", columns: [{ name: "Period" }, { name: "Inlämnad" }], rows: [["2026-01", new Date(Date.UTC(2026, 1, 5))]] });
  reports.getCell("B3").numFmt = "d mmm yyyy";
  reports.getCell("C3").numFmt = "[$-41D]d mmmm yyyy;@";

  const notes = workbook.addWorksheet("Anteckningar");
  notes.getCell("A1").value = "Kontakt: anna@example.se";
  notes.getCell("B2").value = 42;
  notes.getCell("C3").value = { formula: "B2+1", result: 43 } as ExcelJS.CellFormulaValue;
  notes.getCell("C4").value = { sharedFormula: "C3", result: 1 } as unknown as ExcelJS.CellValue;
  notes.getCell("D5").value = { richText: [{ text: "a" }, { text: "b" }] };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("xlsx/read: the streaming reader reads every file as the ExcelJS reader did", () => {
  it("the template, full and supplier version, blank and with placements", async () => {
    await expectSameReading(await writeTemplateXlsx(buildTemplatePlan(CONTRACT)));
    await expectSameReading(await writeTemplateXlsx(buildTemplatePlan(CONTRACT, { supplierVersion: true })));
    await expectSameReading(await writeTemplateXlsx(buildTemplatePlan(CONTRACT, { placements: placements(40) }), { today: "2026-11-30" }));
  });

  it("messy placement rows: text where numbers go, booleans, errors, huge and negative numbers", async () => {
    const plan = buildTemplatePlan(CONTRACT, { placements: placements(1) });
    const table = plan.tables.find((item) => item.spec.name === "Placeringar")!;
    const odd: readonly CellValue[] = ["  ", "ett", 0, -3.25, 1e21, 2_958_466, true, false, null, { date: "2026-02-29" }, { date: "1899-12-31" }];
    const rows = Array.from({ length: 30 }, (_, r) => table.spec.columns.map((column, c) => (column.formula ? null : odd[(r * 7 + c) % odd.length]!)));
    await expectSameReading(await writeTemplateXlsx(withPlacementRows(plan, rows)));
  });

  it("a workbook from another program: rich text, hyperlinks, errors, shared formulas, cached results, rows below and beside tables", async () => {
    await expectSameReading(await foreignWorkbook(false));
  });

  it("the same workbook in the 1904 date system", async () => {
    await expectSameReading(await foreignWorkbook(true));
  });

  it("files it refuses, with the same code and message", async () => {
    await expectSameReading(await tableClaimingRows(MAX_ROWS + 5));
    await expectSameReading(await zipBomb(80));
    await expectSameReading(await validationsOver("A1:C1048576"));
    await expectSameReading(await manyRows(2_000));
    const noReports = await foreignWorkbook(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(noReports as unknown as ArrayBuffer);
    workbook.removeWorksheet(workbook.getWorksheet("Rapporter")!.id);
    await expectSameReading(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  });
});
