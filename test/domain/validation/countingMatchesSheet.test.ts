/**
 * What counts towards the commitment, in code and in the workbook's own formulas, on messy rows as real
 * suppliers type them (followup.md amendments 1–3). Workbooks are written through the template code path
 * with raw cells (numbers and dates typed as text, out-of-range values, blanks, forms the Kravtyp does
 * not accept), LibreOffice (headless) recalculates them in one conversion, and for every row the code's
 * Heltidsmånader, Planerade, Prognos and 75 %-flag must equal the sheet's, as must the totals, the
 * status and the count of rows that do not count; no Sammanställning figure may be an error.
 *
 * The defect scenarios are issue #11's items 1–4; the generated ones are a property test over messy
 * rows (fast-check with a fixed seed, sampled up front because one LibreOffice run serves all of them).
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recalculateInLibreOffice } from "../../support/libreoffice";
import { parseContract } from "../../../src/domain/followup/contract";
import { addDays, isoToSerial } from "../../../src/domain/followup/dates";
import { PLACEMENT_HEADERS as P, SUMMARY_NAMES, SHEETS, type PlacementColumnKey } from "../../../src/domain/followup/names";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import { PLACEMENTS_TABLE, REPORTS_TABLE } from "../../../src/domain/followup/template";
import type { CellValue, TemplatePlan } from "../../../src/domain/followup/types";
import { validateWorkbook, type ValidationResult } from "../../../src/domain/validation";
import { fromFollowupRead } from "../../../src/domain/validation/fromRead";
import { placementMonthsByRow } from "../../../src/domain/validation/validate";
import type { PlacementMonths } from "../../../src/domain/validation/contractStatus";
import { readFollowupWorkbook } from "../../../src/xlsx/read";
import { writeTemplateXlsx } from "../../../src/xlsx/write";


function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type RawRow = Partial<Record<PlacementColumnKey, CellValue>>;

interface Scenario {
  readonly name: string;
  readonly contract: Record<string, unknown>;
  readonly rows: readonly RawRow[];
  /** What the status must be (for the defect scenarios). */
  readonly status?: string;
  readonly check?: (result: ValidationResult) => void;
  /** Changes to the plan before it is written (report rows), and what the sheet must then show. */
  readonly adjust?: (plan: TemplatePlan) => TemplatePlan;
  readonly checkSheet?: (sheet: ExcelJS.Workbook) => void;
}

/** Sets Inkom datum of the first two Rapporter rows: a date typed as text after the due date, and a real late date. */
function lateReports(plan: TemplatePlan): TemplatePlan {
  const received = REPORTS_TABLE.columns.findIndex((column) => column.key === "receivedDate");
  const due = REPORTS_TABLE.columns.findIndex((column) => column.key === "dueDate");
  return {
    ...plan,
    tables: plan.tables.map((table) =>
      table.spec.name !== "Rapporter"
        ? table
        : {
            ...table,
            rows: table.rows.map((row, index) => {
              if (index > 1) return row;
              const copy = [...row];
              const dueDate = (row[due] as { date: string }).date;
              copy[received] = index === 0 ? addDays(dueDate, 10) : { date: addDays(dueDate, 10) };
              return copy;
            }),
          },
    ),
  };
}

/** A row in Placeringar column order; a date given as a serial number is a real date, text stays text. */
function rowCells(row: RawRow): CellValue[] {
  return PLACEMENTS_TABLE.columns.map((column) => (column.formula ? null : (row[column.key as PlacementColumnKey] ?? null)));
}

function defectScenarios(today: string): Scenario[] {
  const d = (days: number) => isoToSerial(addDays(today, days));
  const job = { form: "anställning", scope: 1, salary: 24_000 };
  const contract = (commitmentMonths: number, requirementType = "anställning") => ({
    name: "Räknekontroll", start: addDays(today, -400), end: addDays(today, 400), requirementType, commitmentMonths, reportingInterval: "kvartal",
  });
  return [
    {
      // Item 1: Omfattning 75 (7 500 %) is rejected, so it must not decide the status.
      name: "omfattning75", status: "Risk", contract: contract(24),
      rows: [
        { caseId: "P-1", ...job, startDate: d(-300), plannedEndDate: d(30) },
        { caseId: "P-2", ...job, scope: 75, startDate: d(-300), plannedEndDate: d(30) },
      ],
      check: (result) => {
        expect(result.findings.map((item) => item.code)).to.include.members(["SCOPE_OUT_OF_RANGE", "ROWS_NOT_COUNTED"]);
        expect(result.status.notCounted).to.deep.equal({ total: 1, requirementType: 0, values: 1 });
      },
    },
    {
      // Item 2: Kravtyp anställning — six months of praktik do not count towards N.
      name: "kravtyp", status: "På väg", contract: contract(12),
      rows: [
        { caseId: "P-1", ...job, startDate: d(-390), plannedEndDate: d(-100), actualEndDate: d(-100), endReason: "Avtalad tid fullgjord" },
        { caseId: "P-2", form: "praktik", scope: 1, startDate: d(-190), plannedEndDate: d(-10), actualEndDate: d(-10), endReason: "Avtalad tid fullgjord" },
        { caseId: "P-3", form: "Lärlingsanställning", scope: 0.5, salary: 15_000, startDate: d(-100), plannedEndDate: d(100) },
      ],
      check: (result) => {
        const notCounted = result.findings.filter((item) => item.code === "FORM_NOT_COUNTED");
        expect(notCounted.map((item) => item.rowId)).to.deep.equal(["P-2"]);
        expect(result.status.notCounted).to.deep.equal({ total: 1, requirementType: 1, values: 0 });
      },
    },
    {
      // Item 3: a move to another job is an early end under the 75 % rule, like Egen uppsägning.
      name: "overgang", status: "Uppfyllt enligt 75 %-regeln", contract: contract(12),
      rows: [{ caseId: "P-1", ...job, startDate: d(-380), plannedEndDate: d(-15), actualEndDate: d(-75), endReason: "Övergång till annan anställning" }],
      check: (result) => {
        expect(result.findings.map((item) => item.code)).to.include("RULE_75_MET").and.not.include("COMMITMENT_NOT_MET");
      },
    },
    {
      // Item 4: numbers and dates typed as text — the totals stay numbers, code and sheet agree.
      name: "text", contract: contract(24), adjust: lateReports,
      // Item 8: a received date typed as text is not counted as late; only the real late date is.
      checkSheet: (sheet) => expect(named(sheet, SUMMARY_NAMES.lateReports)).to.equal(1),
      rows: [
        { caseId: "P-1", ...job, startDate: d(-300), plannedEndDate: d(30) },
        { caseId: "P-2", ...job, scope: "0,75", startDate: d(-200), plannedEndDate: d(30) },
        { caseId: "P-3", ...job, scope: "75 %", startDate: d(-200), plannedEndDate: d(30) },
        { caseId: "P-4", ...job, startDate: addDays(today, -100), plannedEndDate: d(30) },
        { caseId: "P-5", ...job, startDate: d(-100), plannedEndDate: "2027-3-1" },
      ],
      check: (result) => {
        expect(result.status.notCounted).to.deep.equal({ total: 4, requirementType: 0, values: 4 });
        const asText = result.findings.filter((item) => item.sheet === "Placeringar" && (item.code === "NUMBER_AS_TEXT" || item.code === "DATE_AS_TEXT"));
        expect(asText.map((item) => item.rowId)).to.deep.equal(["P-2", "P-3", "P-4", "P-5"]);
      },
    },
  ];
}

/** Messy cells as suppliers type them: real values, text look-alikes, out-of-range values and blanks. */
function messyRows(today: string): fc.Arbitrary<RawRow[]> {
  const d = (days: number) => isoToSerial(addDays(today, days));
  const date = (from: number, to: number) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: from, max: to }).map(d) },
      { weight: 1, arbitrary: fc.integer({ min: from, max: to }).map((days) => addDays(today, days)) },
      { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "", " ", "okänt", "2026-02-30", 12) },
    );
  const scope = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<CellValue>(1, 0.5, 0.75, 0.25) },
    { weight: 2, arbitrary: fc.constantFrom<CellValue>(75, 0, -0.5, 1.01, "0,75", "75 %", "0.5", null, "heltid") },
  );
  const form = fc.constantFrom<CellValue>("anställning", "anställning", "lärlingsanställning", "praktik", "Praktik", "ANSTÄLLNING", "anstallning", "", "sommarjobb");
  const reason = fc.constantFrom<CellValue>(null, "Pågår", "Egen uppsägning", "Övergång till annan anställning", "Saklig grund", "Avsked", "Annat", "egen uppsägning", "Avtalad tid fullgjord");
  const row = fc.record({
    form,
    scope,
    startDate: date(-500, 60),
    plannedEndDate: date(-300, 400),
    actualEndDate: fc.oneof({ weight: 2, arbitrary: fc.constant<CellValue>(null) }, { weight: 1, arbitrary: date(-450, 0) }),
    endReason: reason,
    offeredDate: fc.oneof(fc.constant<CellValue>(null), date(-500, 0)),
  });
  return fc.array(row, { minLength: 4, maxLength: 14 }).map((rows) => rows.map((fields, index) => ({ caseId: index % 5 === 3 ? null : `P-${index + 1}`, salary: 24_000, ...fields })));
}

function generatedScenarios(today: string): Scenario[] {
  const kravtyp = ["anställning", "praktik", "lärlingsanställning", "valfri", ""];
  const samples = fc.sample(messyRows(today), { seed: 20261130, numRuns: 8 });
  return samples.map((rows, index) => ({
    name: `genererad-${index + 1}`,
    contract: {
      name: "Egenskapstest", start: addDays(today, -420), end: addDays(today, 300 + index * 30), commitmentMonths: 6 + index * 7,
      reportingInterval: "kvartal", ...(kravtyp[index % kravtyp.length] ? { requirementType: kravtyp[index % kravtyp.length] } : {}),
    },
    rows,
  }));
}

// ---- reading the recalculated sheet

type SheetValue = number | string | boolean | null | { error: string };

function cached(cell: ExcelJS.Cell): SheetValue {
  const value = cell.formula ? cell.result : cell.value;
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "error" in value) return { error: String(value.error) };
  if (value instanceof Date) return value.toISOString();
  return value as number | string | boolean;
}

function named(workbook: ExcelJS.Workbook, name: string): SheetValue {
  const range = workbook.definedNames.getRanges(name).ranges[0];
  const match = range ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!match) throw new Error(`no defined name ${name}`);
  return cached(workbook.getWorksheet(match[1]!)!.getCell(`${match[2]}${match[3]}`));
}

/** A calculated cell as the code's value: a blank cell ("" from the formula) is null. */
function asMonths(value: SheetValue): number | null | { error: string } {
  if (value === "" || value === null) return null;
  if (typeof value === "number") return value;
  return { error: `not a number: ${JSON.stringify(value)}` };
}

interface Recalculated {
  readonly result: ValidationResult;
  readonly byRow: readonly (PlacementMonths | null)[];
  readonly sheet: ExcelJS.Workbook;
}

describe("counting: code and the recalculated workbook agree row by row on messy rows (LibreOffice)", function () {
  let dir: string;
  const today = localToday();
  const all = [...defectScenarios(today), ...generatedScenarios(today)];
  const results = new Map<string, Recalculated>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "syss-counting-"));
    for (const scenario of all) {
      const built = buildTemplatePlan(parseContract(scenario.contract), { placements: scenario.rows.map(rowCells) });
      const plan = scenario.adjust ? scenario.adjust(built) : built;
      writeFileSync(join(dir, `${scenario.name}.xlsx`), await writeTemplateXlsx(plan));
    }
    const outDir = await recalculateInLibreOffice(dir, all.map((s) => join(dir, `${s.name}.xlsx`)));
    if (localToday() !== today) throw new Error("the date changed while LibreOffice ran; run the test again");
    for (const scenario of all) {
      const path = join(outDir, `${scenario.name}.xlsx`);
      const bytes = new Uint8Array(readFileSync(path));
      const input = fromFollowupRead(await readFollowupWorkbook(bytes, path));
      const sheet = new ExcelJS.Workbook();
      await sheet.xlsx.load(bytes.buffer as ArrayBuffer);
      results.set(scenario.name, { result: validateWorkbook(input, { today }), byRow: placementMonthsByRow(input, { today }), sheet });
    }
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const scenario of all) {
    it(`${scenario.name}: every row's months, the totals, the status and the rows not counted as on the sheet`, () => {
      const { result, byRow, sheet } = results.get(scenario.name)!;
      const placements = sheet.getWorksheet(SHEETS.placements)!;
      const headers = (placements.getRow(1).values as unknown[]).slice(1).map(String);
      const col = (header: string) => headers.indexOf(header) + 1;
      byRow.forEach((months, index) => {
        const row = placements.getRow(index + 2);
        const where = `${scenario.name} row ${index + 2}`;
        expect(asMonths(cached(row.getCell(col(P.fullTimeMonths)))), `${where} Heltidsmånader`).to.satisfy((value: unknown) => closeOrBoth(value, months?.served ?? null));
        expect(asMonths(cached(row.getCell(col(P.plannedFullTimeMonths)))), `${where} Planerade`).to.satisfy((value: unknown) => closeOrBoth(value, months?.planned ?? null));
        expect(asMonths(cached(row.getCell(col(P.forecastFullTimeMonths)))), `${where} Prognos`).to.satisfy((value: unknown) => closeOrBoth(value, months?.forecast ?? null));
        expect(cached(row.getCell(col(P.earlyEnd75))), `${where} 75 %`).to.equal(months?.earlyEnd75 ?? false);
      });
      const status = result.status;
      expect(named(sheet, SUMMARY_NAMES.status)).to.equal(status.status ?? "");
      expect(named(sheet, SUMMARY_NAMES.served) as number).to.be.closeTo(status.servedMonths, 1e-9);
      expect(named(sheet, SUMMARY_NAMES.planned) as number).to.be.closeTo(status.plannedMonths, 1e-9);
      expect(named(sheet, SUMMARY_NAMES.forecast) as number).to.be.closeTo(status.forecastMonths, 1e-9);
      expect(named(sheet, SUMMARY_NAMES.earlyEnds)).to.equal(status.earlyEnds);
      expect(named(sheet, SUMMARY_NAMES.rule75)).to.equal(status.rule75);
      expect(named(sheet, SUMMARY_NAMES.startRule)).to.equal(status.startRule);
      expect(named(sheet, SUMMARY_NAMES.notCounted)).to.equal(status.notCounted.total);
      expect(named(sheet, SUMMARY_NAMES.notCountedRequirement)).to.equal(status.notCounted.requirementType);
      expect(named(sheet, SUMMARY_NAMES.notCountedValues)).to.equal(status.notCounted.values);
      expect(named(sheet, SUMMARY_NAMES.ongoing)).to.equal(status.ongoing);
      expect(named(sheet, SUMMARY_NAMES.ended)).to.equal(status.ended);
      expect(named(sheet, SUMMARY_NAMES.placementCount)).to.equal(status.placements);
      // No single bad cell turns a Sammanställning figure into an error.
      const summary = sheet.getWorksheet(SHEETS.summary)!;
      summary.eachRow((row) => {
        const value = cached(row.getCell(2));
        expect(value !== null && typeof value === "object" && "error" in value, `${scenario.name} Sammanställning!B${row.number}`).to.equal(false);
      });
      if (scenario.status !== undefined) expect(status.status).to.equal(scenario.status);
      scenario.checkSheet?.(sheet);
      scenario.check?.(result);
    });
  }
});

function closeOrBoth(sheet: unknown, code: number | null): boolean {
  if (code === null) return sheet === null;
  return typeof sheet === "number" && Math.abs(sheet - code) < 1e-9;
}
