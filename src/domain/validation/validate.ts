/**
 * Runs every rule over a workbook's data and returns the findings in a fixed order plus the contract
 * status. Deterministic: the same input and `today` give the same output, byte for byte.
 *
 * Order of work: personal data first (so no other finding quotes it), then the Avtal form, each placement
 * row, duplicate case IDs, the reports, and last the contract-level status built from the typed rows.
 */
import { isIsoDate, isoToSerial } from "../common/dates";
import { PARAMETER_HEADERS, PLACEMENT_HEADERS as P, SHEETS, TABLES, TARGET_GROUP_HEADERS } from "../followup/names";
import { resolveParameters } from "../model/overrides";
import { defaultParameters, type ParameterValues, type ParameterYear } from "../model/parameters";
import { cellText } from "./cells";
import { contractLabelAt, readContractTerms, retentionFindings, type ContractTerms } from "./contractForm";
import { contractFindings, contractStatus, placementMonths, type ContractStatus, type PlacementMonths } from "./contractStatus";
import { withCorrections } from "./corrections";
import { countBySeverity, type Finding, type FindingCode, type Severity } from "./findings";
import { columnLetter } from "../common/a1";
import { TableView, cellAt, findTable, parseCellAddress, userTables, type TableInput, type ValidationInput, type ValidationOptions } from "./input";
import { PLACEMENTS_TABLE, REPORTS_TABLE } from "../followup/template";
import { FRAGMENTS } from "../i18n/validation";
import { finding } from "./findings";
import { calendarDate, scanContract, scanLooseCells, scanTable, sensitiveId, type TableScan } from "./personalDataRules";
import {
  caseIdKey,
  checkPlacementRow,
  duplicateCaseIdFindings,
  isEmptyPlacementRow,
  readPlacementRow,
  type PlacementContext,
  type PlacementRow,
} from "./placementRules";
import { countOverdueReports, validateReports } from "./reportRules";
import { matchingFindings } from "./matchingRules";

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly status: ContractStatus;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** A `today` that is not yyyy-mm-dd is a programming error of the caller, not a finding. */
function todaySerial(today: string): number {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date yyyy-mm-dd, got ${JSON.stringify(today)}`);
  return isoToSerial(today);
}

const EMPTY_PLACEMENTS: TableInput = {
  name: TABLES.placements,
  sheet: SHEETS.placements,
  headers: Object.values(P),
  firstDataRow: 2,
  firstColumn: 0,
  rows: [],
};

function targetGroupNames(input: ValidationInput): string[] {
  const table = findTable(input, TABLES.targetGroups);
  if (table === undefined) return [...(input.targetGroupNames ?? [])];
  const view = new TableView(table);
  const names: string[] = [];
  for (let row = 0; row < view.rowCount; row++) {
    const name = cellText(view.cell(row, TARGET_GROUP_HEADERS.name));
    if (name !== "") names.push(name);
  }
  return names;
}

/**
 * The model's parameters for the contract year, with the workbook's own Parametrar values for the
 * subsidy keys applied where the model accepts them (a user may have changed a maximum length).
 */
function workbookParameters(input: ValidationInput, year: ParameterYear): ParameterValues {
  const table = findTable(input, TABLES.parameters);
  if (table === undefined) return defaultParameters(year);
  const view = new TableView(table);
  const overrides: Record<string, unknown> = {};
  for (let row = 0; row < view.rowCount; row++) {
    const key = cellText(view.cell(row, PARAMETER_HEADERS.key));
    const value = view.cell(row, PARAMETER_HEADERS.value);
    if (key.startsWith("subsidy.") && typeof value === "number") overrides[key] = value;
  }
  try {
    return resolveParameters(year, overrides);
  } catch {
    // An override the model rejects is reported where the model runs (SYSS.EFFECTS); keep the defaults here.
    return defaultParameters(year);
  }
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SHEET_ORDER: readonly string[] = [SHEETS.contract, SHEETS.placements, SHEETS.reports, SHEETS.summary, SHEETS.economy, SHEETS.parameters, SHEETS.lists];

function sheetRank(sheet: string): number {
  const rank = SHEET_ORDER.indexOf(sheet);
  return rank === -1 ? SHEET_ORDER.length : rank;
}

interface SortKey {
  readonly severity: number;
  readonly sheetRank: number;
  readonly row: number;
  readonly column: number;
}

function sortKey(item: Finding): SortKey {
  const cell = parseCellAddress(item.address);
  return { severity: SEVERITY_ORDER[item.severity], sheetRank: sheetRank(item.sheet), row: cell?.row ?? 0, column: cell?.column ?? 0 };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareKeyed(a: Finding, keyA: SortKey, b: Finding, keyB: SortKey): number {
  return (
    keyA.severity - keyB.severity ||
    keyA.sheetRank - keyB.sheetRank ||
    byText(a.sheet, b.sheet) ||
    keyA.row - keyB.row ||
    keyA.column - keyB.column ||
    byText(a.code, b.code) ||
    byText(a.message.en, b.message.en)
  );
}

/** Errors first, then warnings, then information; within each by sheet, row, column and code. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareKeyed(a, sortKey(a), b, sortKey(b));
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Keys computed once per finding, not once per comparison (addresses are parsed with a regex).
  const keyed = findings.map((item) => ({ item, key: sortKey(item) }));
  keyed.sort((a, b) => compareKeyed(a.item, a.key, b.item, b.key));
  return keyed.map(({ item }) => item);
}

/** What every part of a validation shares: dates, views, the contract terms and the personal-data scans. */
interface Prepared {
  readonly today: number;
  readonly placements: TableView;
  readonly reports: TableView | null;
  readonly terms: ContractTerms;
  readonly termFindings: readonly Finding[];
  readonly context: PlacementContext;
}

function prepare(input: ValidationInput, options: ValidationOptions, placementScan: TableScan, contractSensitive: ReadonlySet<string>): Prepared {
  const today = todaySerial(options.today);
  const placements = new TableView(findTable(input, TABLES.placements) ?? EMPTY_PLACEMENTS);
  const reportsTable = findTable(input, TABLES.reports);
  const { terms, findings: termFindings } = readContractTerms(input.contract, contractSensitive);
  const context: PlacementContext = {
    today,
    todayIso: options.today,
    contractStart: terms.start,
    contractEnd: terms.end,
    targetGroups: targetGroupNames(input),
    parameters: workbookParameters(input, terms.parameterYear),
    sensitive: placementScan.sensitive,
    requirementType: terms.requirementType,
  };
  return { today, placements, reports: reportsTable ? new TableView(reportsTable) : null, terms, termFindings, context };
}

function placementView(input: ValidationInput): TableView {
  return new TableView(findTable(input, TABLES.placements) ?? EMPTY_PLACEMENTS);
}

function caseIdOf(view: TableView): (row: number) => string {
  return (row) => cellText(view.cell(row, P.caseId));
}

/** Every row's typed values and findings (rows limited to `only` when given). */
function checkRows(prepared: Prepared, only?: readonly number[]): { rows: PlacementRow[]; findings: Finding[] } {
  const rows: PlacementRow[] = [];
  const findings: Finding[] = [];
  const indices = only ?? prepared.placements.table.rows.map((_row, index) => index);
  for (const index of indices) {
    const row = checkPlacementRow(prepared.placements, index, prepared.context, findings);
    if (row !== null) rows.push(row);
  }
  return { rows, findings };
}

/** Placeringar columns the months depend on: without one of them the status cannot be assessed. */
const MONTH_COLUMNS: readonly string[] = [P.startDate, P.plannedEndDate, P.actualEndDate, P.scope, P.form];

/** Template columns a table lacks (compared trimmed, as TableView reads headers). */
function missingColumns(view: TableView, expected: readonly string[]): string[] {
  return expected.filter((header) => !view.has(header));
}

/**
 * One COLUMN_MISSING per template column a Placeringar or Rapporter table lacks (a renamed header is
 * missing too), pointing at the table's header row, instead of one finding per row (amendment 4).
 */
function columnFindings(prepared: Prepared): Finding[] {
  const findings: Finding[] = [];
  const tables: [TableView | null, readonly string[]][] = [
    [prepared.placements, PLACEMENTS_TABLE.columns.map((column) => column.header)],
    [prepared.reports, REPORTS_TABLE.columns.map((column) => column.header)],
  ];
  for (const [view, expected] of tables) {
    if (view === null || view.table === EMPTY_PLACEMENTS) continue;
    const headerRow = view.table.firstDataRow - 1;
    for (const header of missingColumns(view, expected)) {
      const consequence = view === prepared.placements && MONTH_COLUMNS.includes(header) ? FRAGMENTS.columnMissingStatus : "";
      const place = { sheet: view.table.sheet, address: `${columnLetter(view.table.firstColumn)}${headerRow}`, column: header, rowId: "" };
      findings.push(finding("COLUMN_MISSING", place, { table: view.table.name, consequence }));
    }
  }
  return findings;
}

/** The tables whose rows a user types: rows typed just below them are reported (amendment 4). */
const GROWING_TABLES: readonly string[] = [TABLES.placements, TABLES.reports];

/**
 * One ROWS_BELOW_TABLE per table with filled rows directly below it, and the personal-data scan of those
 * cells (a personnummer typed outside the table is still found).
 */
function rowsBelowFindings(input: ValidationInput, reference: ReturnType<typeof calendarDate>): Finding[] {
  const findings: Finding[] = [];
  for (const table of userTables(input)) {
    const below = table.below ?? [];
    if (below.length === 0 || !GROWING_TABLES.includes(table.name)) continue;
    const firstRow = table.firstDataRow + table.rows.length;
    const blockTable: TableInput = { ...table, name: `${table.name} (under)`, firstDataRow: firstRow, rows: below, below: [] };
    const view = new TableView(blockTable);
    const lastColumn = columnLetter(table.firstColumn + table.headers.length - 1);
    const range = `${columnLetter(table.firstColumn)}${firstRow}:${lastColumn}${firstRow + below.length - 1}`;
    const place = { sheet: table.sheet, address: `${columnLetter(table.firstColumn)}${firstRow}`, column: "", rowId: "" };
    findings.push(finding("ROWS_BELOW_TABLE", place, { count: String(below.length), range, table: table.name }));
    findings.push(...scanTable(view, reference, () => "").findings);
  }
  return findings;
}

/** Row findings about a column the table lacks are left out: COLUMN_MISSING says it once. */
function withoutMissingColumns(view: TableView, findings: readonly Finding[]): Finding[] {
  return findings.filter((item) => item.column === "" || view.has(item.column));
}

function statusOf(
  input: ValidationInput,
  prepared: Prepared,
  rows: readonly PlacementRow[],
  knownMonths?: readonly PlacementMonths[],
): { status: ContractStatus; findings: Finding[] } {
  const overdue = prepared.reports === null ? 0 : countOverdueReports(prepared.reports, prepared.today);
  const monthColumnsMissing = prepared.placements.table !== EMPTY_PLACEMENTS && missingColumns(prepared.placements, MONTH_COLUMNS).length > 0;
  const status = contractStatus(prepared.terms, rows, overdue, prepared.today, monthColumnsMissing, knownMonths);
  return {
    status,
    findings: [...contractFindings(input.contract, prepared.terms, status, prepared.today), ...retentionFindings(input.contract, prepared.terms, rows.length, prepared.today)],
  };
}

/** Validates a whole workbook. */
export function validateWorkbook(input: ValidationInput, options: ValidationOptions): ValidationResult {
  const reference = calendarDate(options.today);
  const contractScan = scanContract(input.contract, reference, (address) => contractLabelAt(input.contract, address));
  const placements = placementView(input);
  const scans = new Map<TableInput, TableScan>();
  for (const table of userTables(input)) {
    const view = table === placements.table ? placements : new TableView(table);
    scans.set(table, scanTable(view, reference, view === placements ? caseIdOf(view) : () => ""));
  }
  const placementScan = scans.get(placements.table) ?? { findings: [], sensitive: new Set<string>() };
  const prepared = prepare(input, options, placementScan, contractScan.sensitive);

  const checked = checkRows(prepared);
  const looseScan = scanLooseCells(input.looseCells ?? [], reference);
  const findings: Finding[] = [
    ...contractScan.findings,
    ...looseScan.findings,
    ...prepared.termFindings,
    ...columnFindings(prepared),
    ...withoutMissingColumns(prepared.placements, checked.findings),
  ];
  for (const scan of scans.values()) findings.push(...scan.findings);
  findings.push(...rowsBelowFindings(input, reference));
  findings.push(...duplicateCaseIdFindings(prepared.placements, placementScan.sensitive));
  if (prepared.reports !== null) {
    const reportScan = scans.get(prepared.reports.table);
    findings.push(...validateReports(prepared.reports, prepared.today, reportScan?.sensitive ?? new Set()));
  }
  findings.push(...matchingFindings(input, options.today)); // issue 16: Matchning and Platser
  const { status, findings: statusFindings } = statusOf(input, prepared, checked.rows);
  findings.push(...statusFindings);
  // Each finding with its one-click fix, from this same input: nobody reads the workbook again for it.
  const sorted = withCorrections(input, sortFindings(findings));
  return { findings: sorted, status, counts: countBySeverity(sorted) };
}

/**
 * Each Placeringar data row's calculated columns as the code computes them (null for an empty row): what
 * the workbook's Heltidsmånader, Planerade, Prognos and 75 %-columns must show, row by row.
 */
export function placementMonthsByRow(input: ValidationInput, options: ValidationOptions): (PlacementMonths | null)[] {
  const prepared = prepare(input, options, { findings: [], sensitive: new Set<string>() }, new Set<string>());
  return prepared.placements.table.rows.map((_row, index) =>
    isEmptyPlacementRow(prepared.placements, index) ? null : placementMonths(readPlacementRow(prepared.placements, index, prepared.context).row, prepared.today),
  );
}

/** Codes whose findings depend on all placement rows together, recomputed on every live update. */
export const WHOLE_TABLE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "DUPLICATE_CASE_ID",
  "START_RULE_BROKEN",
  "START_RULE_PENDING",
  "COMMITMENT_PROGRESS",
  "ROWS_NOT_COUNTED",
  "COMMITMENT_AT_RISK",
  "COMMITMENT_NOT_MET",
  "RULE_75_MET",
  "RULE_75_NOT_MET",
  "RETENTION_PASSED",
]);

/** The result of re-validating some placement rows (live mode). */
export interface RowRevalidation {
  /** Sheet row numbers of the re-validated rows. */
  readonly sheetRows: readonly number[];
  /** Findings of those rows (type checks, rules and personal data). */
  readonly rowFindings: readonly Finding[];
  /** Findings that depend on every row: duplicate case IDs and the contract-level results. */
  readonly wholeTableFindings: readonly Finding[];
  readonly status: ContractStatus;
  /** What the next re-validation of the same table can reuse (live mode keeps it between edits). */
  readonly memo: RevalidationMemo;
}

/**
 * Every placement row's typed values and whether its Ärende-ID is personal data, as the last
 * re-validation read them. The next re-validation reads only its changed rows again and reuses the rest,
 * as long as the rows were read under the same conditions (`key`: the day, the contract terms, the
 * Målgrupp list, the table's headers and position) and the table has as many rows.
 */
export interface RevalidationMemo {
  readonly key: string;
  /** Per data row: its typed values, or null for an empty row. */
  readonly rows: readonly (PlacementRow | null)[];
  /** Per data row: whether its Ärende-ID holds personal data. */
  readonly sensitiveIds: readonly boolean[];
  /** Per data row: its Ärende-ID as duplicates are found by (caseIdKey). */
  readonly caseIdKeys: readonly string[];
  /** Per data row: its months for the status, once computed (undefined for an empty row or not yet computed). */
  readonly months: readonly (PlacementMonths | undefined)[];
}

function memoKey(options: ValidationOptions, prepared: Prepared): string {
  const { context, placements } = prepared;
  return JSON.stringify([
    options.today,
    context.contractStart,
    context.contractEnd,
    context.requirementType,
    context.targetGroups,
    placements.table.headers,
    placements.table.firstDataRow,
    placements.table.firstColumn,
  ]);
}

/**
 * Re-validates the placement rows `dataRows` (0-based data-row indices) after an edit. The whole table is
 * still needed for duplicates and the status, but only the changed rows run the row rules and the scan;
 * with the previous call's `memo`, only the changed rows are read again for the status too.
 */
export function revalidatePlacementRows(
  input: ValidationInput,
  options: ValidationOptions,
  dataRows: readonly number[],
  memo?: RevalidationMemo,
): RowRevalidation {
  const reference = calendarDate(options.today);
  const contractScan = scanContract(input.contract, reference, (address) => contractLabelAt(input.contract, address));
  const placements = placementView(input);
  const changed = [...new Set(dataRows)].filter((row) => row >= 0 && row < placements.rowCount).sort((a, b) => a - b);
  const scan = scanTable(placements, reference, caseIdOf(placements), changed);
  const prepared = prepare(input, options, scan, contractScan.sensitive);
  const rowFindings = withCorrections(input, [...scan.findings, ...withoutMissingColumns(placements, checkRows(prepared, changed).findings)]);

  // The status needs every row's typed values, and duplicates must not name a row whose Ärende-ID is
  // personal data: both are kept per row and read again only for the changed rows.
  const key = memoKey(options, prepared);
  const reuse = memo !== undefined && memo.key === key && memo.rows.length === placements.rowCount;
  const typed: (PlacementRow | null)[] = reuse ? [...memo.rows] : new Array<PlacementRow | null>(placements.rowCount).fill(null);
  const sensitiveIdRows: boolean[] = reuse ? [...memo.sensitiveIds] : new Array<boolean>(placements.rowCount).fill(false);
  const caseIdKeys: string[] = reuse ? [...memo.caseIdKeys] : new Array<string>(placements.rowCount).fill("");
  const months: (PlacementMonths | undefined)[] = reuse ? [...memo.months] : new Array<PlacementMonths | undefined>(placements.rowCount);
  const toRead = reuse ? changed : placements.table.rows.map((_row, index) => index);
  const caseIdColumn = placements.position(P.caseId);
  for (const index of toRead) {
    typed[index] = isEmptyPlacementRow(placements, index) ? null : readPlacementRow(placements, index, prepared.context).row;
    sensitiveIdRows[index] = sensitiveId(cellText(cellAt(placements.cells(index), caseIdColumn)), reference);
    caseIdKeys[index] = caseIdKey(placements, index, caseIdColumn);
    months[index] = undefined;
  }
  const allRows: PlacementRow[] = [];
  const allMonths: PlacementMonths[] = [];
  typed.forEach((row, index) => {
    if (row === null) return;
    allRows.push(row);
    allMonths.push((months[index] ??= placementMonths(row, prepared.today)));
  });
  const { status, findings: statusFindings } = statusOf(input, prepared, allRows, allMonths);
  const sensitiveIds = new Set(scan.sensitive);
  sensitiveIdRows.forEach((sensitive, index) => {
    if (sensitive) sensitiveIds.add(placements.address(index, P.caseId));
  });
  return {
    sheetRows: changed.map((row) => placements.sheetRow(row)),
    rowFindings,
    wholeTableFindings: [...duplicateCaseIdFindings(placements, sensitiveIds, caseIdKeys), ...statusFindings],
    status,
    memo: { key, rows: typed, sensitiveIds: sensitiveIdRows, caseIdKeys, months },
  };
}

/** Replaces, in a previous full result, the findings a row re-validation recomputed. */
export function mergeRevalidation(previous: readonly Finding[], update: RowRevalidation): Finding[] {
  const changedRows = new Set(update.sheetRows);
  const kept = previous.filter((item) => {
    if (WHOLE_TABLE_CODES.has(item.code)) return false;
    if (item.sheet !== SHEETS.placements) return true;
    const cell = parseCellAddress(item.address);
    return cell === null || !changedRows.has(cell.row);
  });
  return sortFindings([...kept, ...update.rowFindings, ...update.wholeTableFindings]);
}
