/**
 * The template recalculated by a real spreadsheet engine: example workbooks are written through the CLI
 * code path, LibreOffice (headless) opens and recalculates them in one conversion, and the computed
 * figures are compared with what this test computes on its own in plain TypeScript, for the same "today"
 * (LibreOffice's TODAY() is the machine's local date, so the test builds its dates around it).
 *
 * SYSS.EFFECTS is an Excel add-in function LibreOffice cannot run; it is covered here by checking that
 * the recalculated Placeringar rows, read back with their headers, are inputs the model engine accepts,
 * and that the contract-level rows of Samhällsekonomi compute.
 */
import { expect } from "chai";
import { suppressSmallCount } from "../../src/domain/followup/formulas";
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { main } from "../../src/cli/main";
import { addDays, daysBetween, isoToSerial, serialToIso } from "../../src/domain/common/dates";
import { DEFAULT_TARGET_GROUPS } from "../../src/domain/followup/lists";
import { SUMMARY_NAMES, type SummaryKey } from "../../src/domain/followup/names";
import { reportRows } from "../../src/domain/followup/reports";
import { TEMPLATE_VERSION } from "../../src/domain/followup/template";
import { isDateValue } from "../../src/domain/followup/types";
import { computeEffect, fromHeaderRow } from "../../src/domain/model";
import { readFollowupWorkbook, type FollowupWorkbook, type ReadValue } from "../../src/xlsx/read";
import { readZip, writeZip } from "../../src/xlsx/zip";
import { readPart, sheetParts } from "../../src/xlsx/patch";
import { effectsMatrix } from "../../src/functions/effect";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { useCustomFunctionsShim } from "../support/custom-functions-shim";
import { EFFECTS_FIRST_ROW } from "../../src/domain/followup/template";
import { memoryIo } from "../support/memory-io";

const run = promisify(execFile);
const SOFFICE_CANDIDATES = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];
const INSTALL_HINT = "LibreOffice behövs för detta test / is needed for this test: apt-get install -y libreoffice-calc-nogui";

/** LibreOffice's TODAY() is the local calendar date. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---------------------------------------------------------------- the test's own model of the rules

interface Placement {
  caseId: string;
  targetGroup?: string;
  gender?: string;
  form?: string;
  offeredDate?: string;
  startDate?: string;
  plannedEndDate?: string;
  actualEndDate?: string;
  endReason?: string;
  scope?: number;
  salary?: number;
  subsidy?: string;
  age?: number;
}

interface ContractTerms {
  start: string;
  end: string;
  commitment: number;
  startMonths: number;
  share: number;
  bonusPerPlace: number;
  maxBonusPlaces: number;
}

/**
 * The team-wide calendar-month rule, written here on its own (not the model's months.ts: the point is an
 * independent check of both the formulas and the add-in). Excel's EDATE: the same day n months later,
 * clamped to the month's end.
 */
function shiftMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Excel's DATEDIF(from, to, "m"): months between, less one when to's day of month is before from's. */
function completeMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** Months from `from` to `to`, both days included: whole months plus the started month's share. */
function monthsInclusive(from: string, to: string): number {
  const end = addDays(to, 1);
  if (end <= from) return 0;
  const whole = completeMonths(from, end);
  const monthStart = shiftMonths(from, whole);
  return whole + daysBetween(monthStart, end) / daysBetween(monthStart, shiftMonths(from, whole + 1));
}

function expectedRow(p: Placement, today: string) {
  const scope = p.scope ?? 0;
  const served = p.startDate ? monthsInclusive(p.startDate, p.actualEndDate ?? today) * scope : null;
  const planned = p.startDate && p.plannedEndDate ? monthsInclusive(p.startDate, p.plannedEndDate) * scope : null;
  const early =
    ["Egen uppsägning", "Saklig grund", "Avsked"].includes(p.endReason ?? "") &&
    p.actualEndDate !== undefined && p.plannedEndDate !== undefined && p.actualEndDate < p.plannedEndDate;
  const forecast = served === null ? null : p.actualEndDate ? served : Math.max(served, planned ?? 0);
  return { served, planned, early, forecast };
}

function expectedSummary(terms: ContractTerms, placements: Placement[], today: string) {
  const rows = placements.map((p) => ({ p, ...expectedRow(p, today) }));
  const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
  const served = sum(rows.map((r) => r.served));
  const planned = sum(rows.map((r) => r.planned));
  const forecast = sum(rows.map((r) => r.forecast));
  const deadline = terms.start ? shiftMonths(terms.start, terms.startMonths) : "";
  const startedOrOffered = placements.some((p) => (p.startDate && p.startDate <= deadline) || (p.offeredDate && p.offeredDate <= deadline));
  const startRule = startedOrOffered ? "Uppfylld" : today > deadline ? "Ej uppfylld" : "Ej avgjord";
  const earlyEnds = rows.filter((r) => r.early).length;
  const threshold = terms.share * terms.commitment;
  const rule75 = earlyEnds === 0 ? "Ej tillämplig" : served >= threshold ? "Uppfylld" : "Ej uppfylld";
  let status: string;
  if (terms.commitment <= 0) status = "";
  else if (served >= terms.commitment) status = "Uppfyllt";
  else if (earlyEnds > 0 && served >= threshold) status = "Uppfyllt enligt 75 %-regeln";
  else if (startRule === "Ej uppfylld" || today > terms.end) status = "Ej uppfyllt";
  else if (forecast < terms.commitment) status = "Risk";
  else status = "På väg";
  // An extra place starts when placements started strictly earlier already cover N by forecast.
  const extra = rows.filter(
    (r) => r.p.startDate !== undefined && terms.commitment > 0 &&
      sum(rows.filter((o) => o.p.startDate !== undefined && o.p.startDate < r.p.startDate!).map((o) => o.forecast)) >= terms.commitment,
  ).length;
  const bonusPlaces = Math.min(extra, terms.maxBonusPlaces);
  const starts = placements.flatMap((p) => (p.startDate ? [p.startDate] : [])).sort();
  const offers = placements.flatMap((p) => (p.offeredDate ? [p.offeredDate] : [])).sort();
  const dueReports = terms.start ? reportRows(terms.start, terms.end, "kvartal").filter((row) => row.dueDate < today).length : 0;
  return {
    rows,
    figures: {
      commitment: terms.commitment,
      served,
      planned,
      forecast,
      share: terms.commitment > 0 ? served / terms.commitment : "",
      firstStart: starts[0] ?? "",
      firstOffer: offers[0] ?? "",
      startDeadline: terms.start ? deadline : "",
      startRule: terms.start ? startRule : "Ej avgjord",
      earlyEnds,
      threshold75: threshold,
      rule75,
      status,
      placementCount: placements.length,
      ongoing: placements.filter((p) => p.startDate && !p.actualEndDate).length,
      ended: placements.filter((p) => p.actualEndDate).length,
      offeredNotStarted: placements.filter((p) => p.offeredDate && !p.startDate).length,
      overdueReports: dueReports,
      lateReports: 0,
      deficientReports: 0,
      extraPlaces: extra,
      bonusPlaces,
      bonusAmount: bonusPlaces * terms.bonusPerPlace,
    } as Partial<Record<SummaryKey, number | string>>,
  };
}

// ---------------------------------------------------------------- reading the recalculated files

function plain(value: ReadValue): number | string | boolean | null {
  if (value === null) return null;
  if (isDateValue(value)) return value.date;
  if (typeof value === "object") return `#ERROR ${value.error}`;
  return value;
}

/** A recalculated cell's value: numbers for numbers, ISO text for date-formatted results. */
function cellResult(cell: ExcelJS.Cell): number | string | boolean | null {
  // cell.result, not cell.value.result: ExcelJS's value copy drops falsy results (0, FALSE).
  const raw = cell.formula ? ((cell.result as unknown) ?? "") : cell.value;
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "number") return /yy/.test(cell.numFmt ?? "") ? serialToIso(raw) : raw + 0; // + 0 turns -0 into 0
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === "object") return `#ERROR ${JSON.stringify(raw)}`;
  return raw as string | boolean;
}

function namedCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const range = workbook.definedNames.getRanges(name).ranges[0];
  const match = range ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!match) throw new Error(`no defined name ${name} in the recalculated file`);
  return workbook.getWorksheet(match[1])!.getCell(`${match[2]}${match[3]}`);
}

function expectClose(actual: unknown, expected: number | string | boolean | null, label: string): void {
  if (typeof expected === "number") {
    expect(typeof actual, `${label}: ${String(actual)}`).to.equal("number");
    expect(actual as number, label).to.be.closeTo(expected, 1e-9);
  } else {
    expect(actual === null ? "" : actual, label).to.equal(expected === null ? "" : expected);
  }
}

// ---------------------------------------------------------------- Excel's add-in, played by the test

/**
 * The sheet XML with the SYSS.EFFECTS spill replaced by plain numbers, as Excel with the add-in loaded
 * would show them: the formula cell loses its formula, the values go into B13:G(12+n). Everything else,
 * including the AGGREGATE totals that read the spill, stays a formula for LibreOffice to recalculate.
 */
function withEffectValues(xml: string, values: readonly (readonly unknown[])[]): string {
  let out = xml.replace(new RegExp(`<c r="B${EFFECTS_FIRST_ROW}"[^>]*>[\\s\\S]*?</c>`), "");
  values.forEach((row, index) => {
    const rowNumber = EFFECTS_FIRST_ROW + index;
    const cells = row
      .map((value, column) => (typeof value === "number" ? `<c r="${String.fromCharCode(66 + column)}${rowNumber}"><v>${value}</v></c>` : ""))
      .join("");
    const existing = new RegExp(`(<row r="${rowNumber}"[^>]*>)([\\s\\S]*?)</row>`).exec(out);
    if (existing) {
      // Column A (the case ID formula) stays first; the numbers follow it.
      const kept = existing[2]!.replace(/<c r="[B-G]\d+"[^>]*\/>/g, "");
      out = out.replace(existing[0], `${existing[1]}${kept}${cells}</row>`);
    } else {
      const next = [...out.matchAll(/<row r="(\d+)"/g)].find((match) => Number(match[1]) > rowNumber);
      const block = `<row r="${rowNumber}">${cells}</row>`;
      out = next ? out.replace(next[0], `${block}${next[0]}`) : out.replace("</sheetData>", `${block}</sheetData>`);
    }
  });
  return out;
}

// ---------------------------------------------------------------- the scenarios

interface Scenario {
  name: string;
  args: string[];
  terms?: ContractTerms;
  placements: Placement[];
}

function filledScenario(today: string): { contract: Record<string, unknown>; terms: ContractTerms; placements: Placement[] } {
  const start = addDays(today, -300);
  const terms: ContractTerms = {
    start, end: addDays(start, 729), commitment: 12, startMonths: 6, share: 0.75, bonusPerPlace: 10_000, maxBonusPlaces: 2,
  };
  const employment = { form: "anställning", salary: 24_000, subsidy: "ingen", age: 34 };
  const placements: Placement[] = [
    { caseId: "P-001", targetGroup: "Långtidsarbetslös", gender: "Kvinna", ...employment, startDate: addDays(start, 30), plannedEndDate: addDays(start, 394), endReason: "Pågår", scope: 1 },
    { caseId: "P-002", targetGroup: "Nyanländ", gender: "Man", ...employment, startDate: addDays(start, 60), plannedEndDate: addDays(start, 424), actualEndDate: addDays(today, -20), endReason: "Egen uppsägning", scope: 0.75 },
    { caseId: "P-003", targetGroup: "Långtidsarbetslös", gender: "Kvinna", form: "praktik", offeredDate: addDays(today, -10) },
    { caseId: "P-004", targetGroup: "Ung vuxen 18–24 år", gender: "Annat", form: "lärlingsanställning", salary: 18_000, subsidy: "ingen", age: 21, startDate: addDays(today, -100), plannedEndDate: addDays(today, 200), actualEndDate: addDays(today, -5), endReason: "Avtalad tid fullgjord", scope: 0.5 },
    { caseId: "P-005", targetGroup: "Försörjningsstöd", gender: "Man", ...employment, startDate: addDays(today, 10), plannedEndDate: addDays(today, 100), scope: 1 },
    { caseId: "P-006", targetGroup: "Nyanländ", gender: "Ej angivet", ...employment, startDate: addDays(start, 45), plannedEndDate: addDays(start, 225), actualEndDate: addDays(start, 225), endReason: "Avsked", scope: 1 },
  ];
  const contract = {
    name: "Lokalvård 2025–2027", contractId: "KS 2025/0042", procurer: "Exempelstads kommun", organisationType: "kommun",
    supplier: "Städbolaget AB", supplierOrgNumber: "556016-0680", start: terms.start, end: terms.end, requirementType: "anställning",
    commitmentMonths: terms.commitment, startDeadlineMonths: terms.startMonths, approvedShare: terms.share, reportingInterval: "kvartal",
    matchingOrganisation: "Arbetsmarknadsenheten", procurementCost: 40_000, bonusPerPlace: terms.bonusPerPlace, maxBonusPlaces: terms.maxBonusPlaces,
    placements,
  };
  return { contract, terms, placements };
}

function lateStartScenario(today: string): { contract: Record<string, unknown>; terms: ContractTerms; placements: Placement[] } {
  const start = addDays(today, -400);
  const terms: ContractTerms = { start, end: addDays(start, 1000), commitment: 6, startMonths: 6, share: 0.75, bonusPerPlace: 0, maxBonusPlaces: 0 };
  const placements: Placement[] = [
    { caseId: "S-1", form: "anställning", startDate: addDays(start, 250), plannedEndDate: addDays(start, 500), scope: 1 },
  ];
  const contract = { start, end: terms.end, commitmentMonths: 6, reportingInterval: "kvartal", placements };
  return { contract, terms, placements };
}

/**
 * Fixed past dates at month ends and across leap days, all ended, so TODAY() does not enter: the rows
 * where a rule of thumb (days / 30.4375) and calendar months part ways. Expected months by the rule.
 */
const CALENDAR_ROWS: readonly (readonly [start: string, end: string, months: number])[] = [
  ["2025-01-01", "2025-12-31", 12],
  ["2024-01-01", "2024-12-31", 12],
  ["2025-01-01", "2025-06-30", 6],
  ["2025-01-15", "2025-03-14", 2],
  ["2025-01-01", "2025-01-15", 15 / 31],
  ["2025-01-10", "2025-01-10", 1 / 31],
  ["2025-02-10", "2025-02-10", 1 / 28],
  ["2025-01-31", "2025-02-27", 1],
  ["2025-01-31", "2025-02-28", 1 + 1 / 31],
  ["2024-01-31", "2024-02-29", 1 + 1 / 31],
  ["2025-02-28", "2025-03-30", 1 + 3 / 31],
  ["2024-02-29", "2025-02-27", 12],
  ["2024-02-29", "2025-02-28", 12 + 1 / 29],
  ["2023-03-31", "2025-04-28", 24 + 29 / 30],
  ["2023-03-31", "2025-04-29", 25],
];

function calendarScenario(today: string): { contract: Record<string, unknown>; terms: ContractTerms; placements: Placement[] } {
  const terms: ContractTerms = { start: "2023-03-01", end: addDays(today, 500), commitment: 120, startMonths: 6, share: 0.75, bonusPerPlace: 0, maxBonusPlaces: 0 };
  const placements: Placement[] = CALENDAR_ROWS.map(([startDate, endDate], index) => ({
    caseId: `K-${index + 1}`, form: "anställning", startDate, plannedEndDate: endDate, actualEndDate: endDate, endReason: "Avtalad tid fullgjord", scope: 1,
  }));
  const contract = { start: terms.start, end: terms.end, commitmentMonths: terms.commitment, reportingInterval: "kvartal", placements };
  return { contract, terms, placements };
}

/** A 12-month commitment met by exactly one calendar year of full-time work: Uppfyllt, not Risk. */
function calendarYearScenario(today: string): { contract: Record<string, unknown>; terms: ContractTerms; placements: Placement[] } {
  const terms: ContractTerms = { start: "2024-12-01", end: addDays(today, 500), commitment: 12, startMonths: 6, share: 0.75, bonusPerPlace: 0, maxBonusPlaces: 0 };
  const placements: Placement[] = [
    { caseId: "Y-1", form: "anställning", startDate: "2025-01-01", plannedEndDate: "2025-12-31", actualEndDate: "2025-12-31", endReason: "Avtalad tid fullgjord", scope: 1 },
  ];
  const contract = { start: terms.start, end: terms.end, commitmentMonths: terms.commitment, reportingInterval: "kvartal", placements };
  return { contract, terms, placements };
}

describe("LibreOffice recalculates the follow-up workbook", function () {
  // effectsMatrix answers bad rows with CustomFunctions.Error values: the runtime's, or in tests the shim.
  useCustomFunctionsShim();
  // Two LibreOffice conversions (all scenarios, then the one with SYSS.EFFECTS filled in) on a shared machine.
  let dir: string;
  let today: string;
  const scenarios: Scenario[] = [];
  let effects: unknown[][] = [];
  const recalculated = new Map<string, { workbook: ExcelJS.Workbook; followup: FollowupWorkbook; parts: Map<string, string> }>();

  before(async function () {
    const soffice = SOFFICE_CANDIDATES.find((path) => existsSync(path));
    if (!soffice) throw new Error(INSTALL_HINT);
    dir = mkdtempSync(join(tmpdir(), "syss-lo-"));
    today = localToday();

    const filled = filledScenario(today);
    const late = lateStartScenario(today);
    const calendar = calendarScenario(today);
    const calendarYear = calendarYearScenario(today);
    writeFileSync(join(dir, "filled.json"), JSON.stringify(filled.contract));
    writeFileSync(join(dir, "late.json"), JSON.stringify(late.contract));
    writeFileSync(join(dir, "calendar.json"), JSON.stringify(calendar.contract));
    writeFileSync(join(dir, "year.json"), JSON.stringify(calendarYear.contract));
    scenarios.push(
      { name: "filled", args: ["--contract", join(dir, "filled.json")], terms: filled.terms, placements: filled.placements },
      { name: "supplier", args: ["--contract", join(dir, "filled.json"), "--supplier"], terms: filled.terms, placements: filled.placements },
      { name: "late", args: ["--contract", join(dir, "late.json")], terms: late.terms, placements: late.placements },
      { name: "empty", args: [], placements: [] },
      { name: "calendar", args: ["--contract", join(dir, "calendar.json")], terms: calendar.terms, placements: calendar.placements },
      { name: "year", args: ["--contract", join(dir, "year.json")], terms: calendarYear.terms, placements: calendarYear.placements },
    );
    for (const scenario of scenarios) {
      const io = memoryIo();
      const code = await main(["template", "--out", join(dir, `${scenario.name}.xlsx`), ...scenario.args], io);
      if (code !== 0) throw new Error(`syss template failed for ${scenario.name}: ${io.stderr}`);
    }

    // Its own profile (so no user settings leak in), told to recalculate every formula on load.
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(
      join(profile, "user", "registrymodifications.xcu"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
    );
    const outDir = join(dir, "out");
    await run(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...scenarios.map((s) => join(dir, `${s.name}.xlsx`))],
      { timeout: 600_000 },
    );
    if (localToday() !== today) throw new Error("the date changed while LibreOffice ran; run the test again");

    for (const scenario of scenarios) {
      const path = join(outDir, `${scenario.name}.xlsx`);
      if (!existsSync(path)) throw new Error(`LibreOffice did not write ${path}`);
      const bytes = new Uint8Array(readFileSync(path));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
      const decoder = new TextDecoder();
      const parts = new Map([...(await readZip(bytes))].map(([name, data]) => [name, decoder.decode(data)]));
      recalculated.set(scenario.name, { workbook, followup: await readFollowupWorkbook(bytes, path), parts });
    }

    // Second pass: the full workbook with SYSS.EFFECTS computed by the add-in's own code over the rows and
    // parameters LibreOffice computed, so Samhällsekonomi's totals can be compared with the code's.
    const first = recalculated.get("filled")!.followup;
    const parameters = first.otherTables.find((table) => table.name === "Parametrar")!;
    const matrix = (table: typeof parameters) => table.rows.map((row) => row.values.map((value) => (isDateValue(value) ? isoToSerial(value.date) : value === null ? "" : value)));
    effects = effectsMatrix(matrix(first.placements), [first.placements.headers as string[]], matrix(parameters)) as unknown[][];
    const pkg = await readZip(new Uint8Array(readFileSync(join(dir, "filled.xlsx"))));
    const economyPart = sheetParts(pkg).get("Samhällsekonomi")!;
    pkg.set(economyPart, new TextEncoder().encode(withEffectValues(readPart(pkg, economyPart), effects)));
    writeFileSync(join(dir, "effects.xlsx"), await writeZip(pkg));
    await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, join(dir, "effects.xlsx")], { timeout: 600_000 });
    const effectsBytes = new Uint8Array(readFileSync(join(outDir, "effects.xlsx")));
    const effectsWorkbook = new ExcelJS.Workbook();
    await effectsWorkbook.xlsx.load(effectsBytes.buffer as ArrayBuffer);
    recalculated.set("effects", { workbook: effectsWorkbook, followup: await readFollowupWorkbook(effectsBytes, "effects.xlsx"), parts: new Map() });
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (name: string) => {
    const found = recalculated.get(name);
    if (!found) throw new Error(`scenario ${name} was not recalculated`);
    return found;
  };

  it("keeps every sheet, table, named range and validation through LibreOffice", () => {
    const { workbook, followup, parts } = get("filled");
    // The full template's sheets in tab order: the follow-up sheets, then (1.3.0) the matching workspace.
    expect(workbook.worksheets.map((sheet) => sheet.name)).to.deep.equal(buildTemplatePlan().sheets.map((sheet) => sheet.name));
    expect(workbook.getWorksheet("Listor")?.state).to.equal("hidden");
    const tables = [...parts.entries()].filter(([name]) => name.startsWith("xl/tables/")).map(([, xml]) => /name="([^"]+)"/.exec(xml)?.[1]);
    expect(tables.sort()).to.deep.equal(buildTemplatePlan().tables.map((table) => table.spec.name).sort());
    const workbookXml = parts.get("xl/workbook.xml") ?? "";
    for (const name of ["Avtal_Start", "Avtal_StartManader", "Lista_Kon", "Lista_Malgrupp", "Sam_Status", "SYSS_Mallversion"]) {
      expect(workbookXml, name).to.contain(`name="${name}"`);
    }
    const placementSheet = [...parts.entries()].find(([name, xml]) => name.startsWith("xl/worksheets/") && xml.includes("Lista_Sysselsattningsform"));
    expect(placementSheet, "the Placeringar validations").to.not.equal(undefined);
    expect(placementSheet![1]).to.match(/sqref="B2:B1000"[^>]*>\s*<formula1>Lista_Malgrupp<\/formula1>|<formula1>Lista_Malgrupp<\/formula1>/);
    expect(followup.templateVersion).to.equal(TEMPLATE_VERSION);
    expect(followup.targetGroups).to.deep.equal(DEFAULT_TARGET_GROUPS.map((group) => group.name));
  });

  /** The recalculated calculated columns of a scenario against the test's own rules, row by row. */
  function expectRowsAsTheRulesSay(name: string) {
    const { followup } = get(name);
    const scenario = scenarios.find((s) => s.name === name)!;
    const { rows } = expectedSummary(scenario.terms!, scenario.placements, today);
    const table = followup.placements;
    const column = (header: string) => table.headers.indexOf(header);
    expect(table.rows).to.have.length(rows.length);
    rows.forEach((expected, index) => {
      const values = table.rows[index].values;
      const id = expected.p.caseId;
      expect(plain(values[column("Ärende-ID")])).to.equal(id);
      expectClose(plain(values[column("Heltidsmånader")]), expected.served ?? "", `${id} Heltidsmånader`);
      expectClose(plain(values[column("Planerade heltidsmånader")]), expected.planned ?? "", `${id} Planerade heltidsmånader`);
      expect(plain(values[column("Förtida avslut enligt 75 %-regeln")]), `${id} 75 %`).to.equal(expected.early);
      expectClose(plain(values[column("Prognos heltidsmånader")]), expected.forecast ?? "", `${id} Prognos`);
    });
    return { table, rows, column };
  }

  it("computes Heltidsmånader, Planerade, the 75 % flag and the forecast per row as the rules say", () => {
    const { table, rows, column } = expectRowsAsTheRulesSay("filled");
    // The offered-but-not-started row is blank, not 0; the not-yet-started row serves 0.
    expect(plain(table.rows[2].values[column("Heltidsmånader")])).to.equal("");
    expect(plain(table.rows[4].values[column("Heltidsmånader")])).to.equal(0);
    expect(rows.filter((r) => r.early).map((r) => r.p.caseId)).to.deep.equal(["P-002"]);
  });

  it("counts calendar months at month ends and across leap days as DATEDIF and EDATE do", () => {
    const { table, column } = expectRowsAsTheRulesSay("calendar");
    CALENDAR_ROWS.forEach(([start, end, months], index) => {
      const label = `${start}..${end}`;
      // The test's own rule against the table of expectations, then LibreOffice against both.
      expect(monthsInclusive(start, end), label).to.be.closeTo(months, 1e-12);
      expectClose(plain(table.rows[index]!.values[column("Heltidsmånader")]), months, label);
    });
    expect(plain(table.rows[0]!.values[column("Heltidsmånader")]), "a calendar year is exactly 12").to.equal(12);
  });

  for (const name of ["filled", "supplier", "late", "empty", "calendar", "year"]) {
    it(`computes every Sammanställning figure (${name})`, () => {
      const { workbook } = get(name);
      const scenario = scenarios.find((s) => s.name === name)!;
      const terms = scenario.terms ?? { start: "", end: "", commitment: 0, startMonths: 6, share: 0.75, bonusPerPlace: 0, maxBonusPlaces: 0 };
      const { figures } = expectedSummary(terms, scenario.placements, today);
      for (const [key, expected] of Object.entries(figures) as [SummaryKey, number | string][]) {
        expectClose(cellResult(namedCell(workbook, SUMMARY_NAMES[key])), expected, `${name}: ${key}`);
      }
    });
  }

  it("the scenarios reach the interesting outcomes", () => {
    const status = (name: string) => cellResult(namedCell(get(name).workbook, SUMMARY_NAMES.status));
    const startRule = (name: string) => cellResult(namedCell(get(name).workbook, SUMMARY_NAMES.startRule));
    expect(startRule("filled")).to.equal("Uppfylld");
    expect(startRule("late")).to.equal("Ej uppfylld");
    expect(status("late")).to.equal("Ej uppfyllt");
    expect(startRule("empty")).to.equal("Ej avgjord");
    expect(status("empty")).to.equal("");
    expect(status("year"), "12 months met by one calendar year").to.equal("Uppfyllt");
    expect(cellResult(namedCell(get("filled").workbook, SUMMARY_NAMES.extraPlaces))).to.be.greaterThan(0);
    expect(cellResult(namedCell(get("filled").workbook, SUMMARY_NAMES.overdueReports))).to.be.greaterThan(0);
  });

  it("counts per form, gender and target group", () => {
    const sheet = get("filled").workbook.getWorksheet("Sammanställning")!;
    const byLabel = new Map<string, number | string | boolean | null>();
    const sharedByLabel = new Map<string, number | string | boolean | null>();
    sheet.eachRow((row) => {
      const label = cellResult(row.getCell(1));
      if (typeof label === "string" && label !== "") byLabel.set(label, cellResult(row.getCell(2)));
      if (typeof label === "string" && label !== "") sharedByLabel.set(label, cellResult(row.getCell(3)));
    });
    const placements = scenarios.find((s) => s.name === "filled")!.placements;
    const count = (predicate: (p: Placement) => boolean) => placements.filter(predicate).length;
    for (const form of ["anställning", "lärlingsanställning", "praktik"]) expect(byLabel.get(form), form).to.equal(count((p) => p.form === form));
    for (const gender of ["Kvinna", "Man", "Annat", "Ej angivet"]) expect(byLabel.get(gender), gender).to.equal(count((p) => p.gender === gender));
    for (const group of DEFAULT_TARGET_GROUPS) expect(byLabel.get(group.name), group.name).to.equal(count((p) => p.targetGroup === group.name));
    // Small-count suppression: the shared column agrees with the code's rule ("< 5" for 1–4) row by row.
    const shared: (number | string | null)[] = [];
    for (const gender of ["Kvinna", "Man", "Annat", "Ej angivet"]) {
      expect(sharedByLabel.get(gender), gender).to.equal(suppressSmallCount(count((p) => p.gender === gender)));
      shared.push(sharedByLabel.get(gender) as number | string);
    }
    for (const group of DEFAULT_TARGET_GROUPS) {
      expect(sharedByLabel.get(group.name), group.name).to.equal(suppressSmallCount(count((p) => p.targetGroup === group.name)));
    }
    expect(shared, "the scenario has a small group that is suppressed").to.include("< 5");
  });

  it("Samhällsekonomi: the contract-level cost and bonus rows compute; the rows are inputs the model accepts", () => {
    const { workbook, followup } = get("filled");
    const sheet = workbook.getWorksheet("Samhällsekonomi")!;
    const bonus = Math.min(expectedSummary(scenarios[0].terms!, scenarios[0].placements, today).figures.extraPlaces as number, 2) * 10_000;
    // Row 6: procurement cost borne by the municipality (Kommun = C) and by society (G); row 7: the bonus is a transfer.
    expect(["B6", "C6", "D6", "E6", "F6", "G6"].map((a) => cellResult(sheet.getCell(a)))).to.deep.equal([0, -40_000, 0, 0, 0, -40_000]);
    expect(["B7", "C7", "D7", "E7", "F7", "G7"].map((a) => cellResult(sheet.getCell(a)))).to.deep.equal([0, -bonus, 0, 0, bonus, 0]);
    // LibreOffice has no SYSS.EFFECTS; the engine gets the same rows and headers Excel would pass it.
    const table = followup.placements;
    const started = table.rows.filter((row) => isDateValue(row.values[table.headers.indexOf("Startdatum")]));
    expect(started.length).to.equal(5);
    for (const row of started) {
      const excelValues = row.values.map((value) => (isDateValue(value) ? isoToSerial(value.date) : typeof value === "object" && value !== null ? null : value));
      const result = computeEffect({ ...fromHeaderRow(table.headers, excelValues), organisation: "kommun" }, { year: 2026 });
      for (const amount of Object.values(result.actors)) expect(Number.isFinite(amount)).to.equal(true);
    }
  });

  /** A formula result as a plain value: dates (however ExcelJS hands them over) as serial numbers. */
  function comparable(result: unknown): number | string | boolean | null {
    if (result === undefined || result === null) return null;
    if (result instanceof Date) return isoToSerial(result.toISOString().slice(0, 10));
    if (typeof result === "object") return `#ERROR ${JSON.stringify(result)}`;
    return result as number | string | boolean;
  }

  /** Formula cells with a cached value in a file as SYSS wrote it (read from the XML: ExcelJS cannot load calculated columns). */
  async function cachedResults(file: string): Promise<{ sheet: string; address: string; value: number | string | boolean }[]> {
    const pkg = await readZip(new Uint8Array(readFileSync(file)));
    const found: { sheet: string; address: string; value: number | string | boolean }[] = [];
    for (const [sheet, part] of sheetParts(pkg)) {
      for (const cell of readPart(pkg, part).matchAll(/<c r="([A-Z]+\d+)"([^>/]*)>(?:<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>([^<]*)<\/v>/g)) {
        const type = /\st="([^"]+)"/.exec(cell[2]!)?.[1];
        const raw = cell[3]!;
        found.push({ sheet, address: cell[1]!, value: type === "str" ? raw.replace(/&amp;/g, "&") : type === "b" ? raw === "1" : Number(raw) });
      }
    }
    return found;
  }

  for (const name of ["filled", "supplier", "late", "empty", "calendar", "year"]) {
    it(`the cached values SYSS writes equal LibreOffice's recalculation (${name})`, async () => {
      const cached = await cachedResults(join(dir, `${name}.xlsx`));
      const lo = get(name).workbook;
      for (const { sheet, address, value } of cached) {
        const expected = comparable(lo.getWorksheet(sheet)!.getCell(address).result);
        const label = `${sheet}!${address}`;
        if (typeof expected === "number") expect(value as number, label).to.be.closeTo(expected, 1e-9);
        else expect(value, label).to.equal(expected === null ? "" : expected);
      }
      expect(cached.length, "formula cells with a cached value").to.be.at.least(15);
    });
  }

  it("recalculates every formula of the full workbook without #NAME? outside the SYSS.* cells", () => {
    const { workbook } = get("filled");
    let formulas = 0;
    const nameErrors: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const result = cell.formula ? (cell.result as unknown) : cell.value;
          if (cell.formula) formulas++;
          const error = typeof result === "object" && result !== null && "error" in result ? String((result as { error: unknown }).error) : "";
          // The SYSS.EFFECTS spill (Samhällsekonomi B13:G…) needs the add-in; LibreOffice has no SYSS.* functions.
          const isSyssSpill = sheet.name === "Samhällsekonomi" && Number(row.number) >= EFFECTS_FIRST_ROW && Number(cell.col) >= 2 && Number(cell.col) <= 7;
          if (error === "#NAME?" && !isSyssSpill) nameErrors.push(`${sheet.name}!${cell.address}`);
        }),
      );
    }
    expect(formulas, "formula cells recalculated").to.be.greaterThan(100);
    expect(nameErrors).to.deep.equal([]);
    const sheet = workbook.getWorksheet("Samhällsekonomi")!;
    // Without the add-in every placement's row is an error: AGGREGATE skips them (0) and row 9 counts them.
    expect(["B5", "C5", "D5", "E5", "F5", "G5"].map((a) => cellResult(sheet.getCell(a)))).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(cellResult(sheet.getCell("B9"))).to.equal(get("filled").followup.placements.rows.length);
  });

  it("Samhällsekonomi totals equal the code's when SYSS.EFFECTS has computed (the whole sheet recalculated)", () => {
    const sheet = get("effects").workbook.getWorksheet("Samhällsekonomi")!;
    const letters = ["B", "C", "D", "E", "F", "G"];
    const started = effects.filter((row) => typeof row[0] === "number");
    expect(started.length, "placements the engine valued").to.equal(5);
    const bonus = Math.min(expectedSummary(scenarios[0].terms!, scenarios[0].placements, today).figures.extraPlaces as number, 2) * 10_000;
    const procurement = [0, -40_000, 0, 0, 0, -40_000];
    const transfer = [0, -bonus, 0, 0, bonus, 0];
    letters.forEach((letter, column) => {
      const placements = started.reduce((sum, row) => sum + (row[column] as number), 0);
      expectClose(cellResult(sheet.getCell(`${letter}5`)), placements, `${letter}5`);
      expectClose(cellResult(sheet.getCell(`${letter}8`)), placements + procurement[column]! + transfer[column]!, `${letter}8`);
    });
    // Samhället is the sum of the actors, row by row, as in the code.
    expect(cellResult(sheet.getCell("G5")) as number).to.be.closeTo(letters.slice(0, 5).reduce((sum, letter) => sum + (cellResult(sheet.getCell(`${letter}5`)) as number), 0), 1e-6);
    expect(cellResult(sheet.getCell("B9")), "no placement left uncomputed").to.equal(0);
  });

  it("the supplier version opens without Samhällsekonomi and without any custom function", () => {
    const { workbook, parts } = get("supplier");
    expect(workbook.worksheets.map((sheet) => sheet.name)).to.not.include("Samhällsekonomi");
    for (const [name, xml] of parts) expect(xml.toLowerCase(), name).to.not.contain("xldudf");
  });
});
