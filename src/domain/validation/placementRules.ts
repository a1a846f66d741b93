/**
 * The rules over the Placeringar table, one row at a time (plus the duplicate Ärende-ID check across
 * rows). Reading a row first checks each cell's type (date, number, list value) and turns it into a
 * typed PlacementRow; the rules then work on typed values only, so a bad cell is reported once, as a
 * type problem, and not again by every rule that reads it.
 */
import { PLACEMENT_FORMULAS, PLACEMENT_KEY_COLUMNS } from "../followup/formulas";
import { serialToIso as isoOf } from "../common/dates";
import { PLACEMENT_HEADERS as P, type PlacementColumnKey } from "../followup/names";
import { calendarMonths } from "../model/months";
import { isLikelyEligibleForIntroductionJob, isLikelyEligibleForNewStartJob } from "../model/subsidies";
import type { ParameterValues } from "../model/parameters";
import { FRAGMENTS, type BilingualText, type TextValue, type TextValues } from "../i18n/validation";
import { fillText } from "../common/text";
import { cellText, numberText, percentText, isBlankCell, plainDate, readDate, readListValue, readNumber, readShare, showCell } from "./cells";
import { finding, type Finding, type FindingCode } from "./findings";
import { cellAt, type InputCell, type TableView } from "./input";
import { countingOf, numericSerial, type PlacementPositions, type RowCounting } from "./counting";
import type { RequirementType } from "../followup/lists";
import { placementListColumns } from "./listColumns";

/** The spec's low-pay line, the same as the model's LOW_SALARY warning: 60 % of 20 000 kr × scope. */
export const LOW_SALARY_SHARE = 0.6;
export const LOW_SALARY_BASE = 20_000;
export const MIN_AGE = 16;
export const MAX_AGE = 80;
/** The end reason that means "not ended": it goes with an empty Faktiskt slutdatum. */
export const ONGOING_REASON = "Pågår";
/** Forms that are employment and so need a gross pay (praktik has none). */
const PAID_FORMS: readonly string[] = ["anställning", "lärlingsanställning"];

/** What the placement rules need to know beyond the row. */
export interface PlacementContext {
  /** Excel serial of today. */
  readonly today: number;
  readonly todayIso: string;
  readonly contractStart: { readonly serial: number; readonly iso: string } | null;
  readonly contractEnd: { readonly serial: number; readonly iso: string } | null;
  /** Målgrupp names from the Avtal sheet; empty means "not set up", and the column is not checked. */
  readonly targetGroups: readonly string[];
  /** The model's parameters for the contract's year (subsidy maximum lengths). */
  readonly parameters: ParameterValues;
  /** Addresses of Placeringar cells holding personal data: their content is never quoted. */
  readonly sensitive: ReadonlySet<string>;
  /** The contract's Kravtyp as the formulas read it (counting.ts); null = not a Kravtyp, nothing counts. */
  readonly requirementType: RequirementType | null;
}

/** What a message shows for personal data it must not repeat. */
export const HIDDEN_VALUE = FRAGMENTS.hiddenPersonalData;

/** Columns whose values come from the template's formulas, not from the user. */
export const CALCULATED_PLACEMENT_COLUMNS: ReadonlySet<string> = new Set(
  (Object.keys(PLACEMENT_FORMULAS) as PlacementColumnKey[]).map((key) => P[key]),
);

/** A placement row with its cells read as the types the rules use (null = blank or unusable). */
export interface PlacementRow {
  readonly index: number;
  readonly caseId: string;
  readonly form: string | null;
  readonly subsidy: string | null;
  readonly endReason: string | null;
  /** True when the Avslutsorsak cell holds anything (even a value not in the list). */
  readonly endReasonGiven: boolean;
  readonly newArrival: boolean | null;
  readonly offered: number | null;
  readonly start: number | null;
  readonly plannedEnd: number | null;
  readonly actualEnd: number | null;
  /** True when Faktiskt slutdatum holds anything (even an unusable value). */
  readonly actualEndGiven: boolean;
  readonly scope: number | null;
  readonly age: number | null;
  readonly salary: number | null;
  readonly unemployedMonths: number | null;
  readonly supervisionShare: number | null;
  /** Whether and how the row's months count towards N, exactly as the workbook's formulas decide. */
  readonly counting: RowCounting;
  /** Startdatum, Datum för erbjudande and Faktiskt slutdatum only when they are numbers (not text), as MIN and COUNT see them. */
  readonly realStart: number | null;
  readonly realOffered: number | null;
  readonly realActualEnd: number | null;
  /** True when Startdatum holds anything (even an unusable value). */
  readonly startGiven: boolean;
  /** True when a key cell is filled (PLACEMENT_KEY_COLUMNS): the row is counted in Antal placeringar. */
  readonly keyFilled: boolean;
}

/**
 * Builds findings for one row, into `findings` (the caller's list: most rows have none, so no list or label
 * is made per row). The row's label ("P-001", or "Rad 7"/"Row 7" without an Ärende-ID) is made at its first
 * finding.
 */
export class RowReporter {
  readonly findings: Finding[];
  private readonly view: TableView;
  private readonly index: number;
  readonly caseId: string;
  private label: BilingualText | null = null;
  private readonly sensitive: ReadonlySet<string>;

  constructor(view: TableView, index: number, caseId: string, sensitive: ReadonlySet<string>, findings: Finding[] = []) {
    this.view = view;
    this.index = index;
    this.caseId = caseId;
    this.sensitive = sensitive;
    this.findings = findings;
  }

  /** The cell's content for a message, unless it holds personal data. */
  show(header: string): TextValue {
    return this.sensitive.has(this.view.address(this.index, header)) ? HIDDEN_VALUE : showCell(this.view.cell(this.index, header));
  }

  report(code: FindingCode, header: string, values: TextValues = {}): void {
    const place = { sheet: this.view.table.sheet, address: this.view.address(this.index, header), column: header, rowId: this.caseId };
    this.label ??= rowLabel(this.caseId, this.view.sheetRow(this.index));
    this.findings.push(finding(code, place, { rowId: this.label, ...values }));
  }
}

/** The row's Ärende-ID, or "" when it is blank or itself personal data (never repeated then). */
export function safeCaseId(view: TableView, index: number, sensitive: ReadonlySet<string>): string {
  // Most workbooks hold no personal data: then no address needs to be built to look it up.
  if (sensitive.size > 0 && sensitive.has(view.address(index, P.caseId))) return "";
  return cellText(view.cell(index, P.caseId));
}

export function rowLabel(caseId: string, sheetRow: number): BilingualText {
  return caseId !== "" ? { sv: caseId, en: caseId } : fillText(FRAGMENTS.rowLabel, { row: String(sheetRow) });
}

/** True when no user column of the row holds anything (Excel tables often end with such a row). */
export function isEmptyPlacementRow(view: TableView, index: number): boolean {
  const row = view.cells(index);
  const columns = userColumnsOf(view);
  for (let at = 0; at < columns.length; at++) if (!isBlankCell(row[columns[at]!] ?? null)) return false;
  return true;
}

// ---- a table's layout, resolved once per table ----

const USER_COLUMNS = new WeakMap<TableView, readonly number[]>();

/** Positions of the columns a user fills (all but the template's calculated ones). */
function userColumnsOf(view: TableView): readonly number[] {
  let columns = USER_COLUMNS.get(view);
  if (columns === undefined) {
    columns = view.table.headers.flatMap((header, column) => (CALCULATED_PLACEMENT_COLUMNS.has(header.trim()) ? [] : [column]));
    USER_COLUMNS.set(view, columns);
  }
  return columns;
}

/** A list column: its header, position and allowed values. */
interface ListColumn {
  readonly header: string;
  readonly position: number;
  readonly options: readonly string[];
}

/** What reading a row needs of its table, resolved once per table and Målgrupp list. */
interface PlacementLayout {
  readonly at: PlacementPositions;
  /** The list columns in the order their findings are produced (listColumns.ts). */
  readonly lists: readonly ListColumn[];
  readonly keyColumns: readonly number[];
  /** Index into `lists` of the columns the typed row keeps. */
  readonly formList: number;
  readonly endReasonList: number;
  readonly subsidyList: number;
  readonly newArrivalList: number;
}

const LAYOUTS = new WeakMap<TableView, { readonly targetGroups: readonly string[]; readonly layout: PlacementLayout }>();

function placementLayout(view: TableView, targetGroups: readonly string[]): PlacementLayout {
  const cached = LAYOUTS.get(view);
  if (cached !== undefined && cached.targetGroups === targetGroups) return cached.layout;
  const lists = [...placementListColumns(targetGroups)].map(([header, options]) => ({ header, position: view.position(header), options }));
  const listIndex = (header: string): number => lists.findIndex((list) => list.header === header);
  const layout: PlacementLayout = {
    at: view.positionsOf(P),
    lists,
    keyColumns: PLACEMENT_KEY_COLUMNS.map((header) => view.position(header)),
    formList: listIndex(P.form),
    endReasonList: listIndex(P.endReason),
    subsidyList: listIndex(P.subsidy),
    newArrivalList: listIndex(P.newArrival),
  };
  LAYOUTS.set(view, { targetGroups, layout });
  return layout;
}

// ---- reading a row ----

/** Columns the months depend on: a value typed as text there takes the row out of the count (counting.ts). */
const MONTH_COLUMNS: ReadonlySet<string> = new Set([P.startDate, P.plannedEndDate, P.actualEndDate, P.scope]);

function asTextConsequence(header: string): BilingualText {
  return MONTH_COLUMNS.has(header) ? FRAGMENTS.notCountedUntilFixed : FRAGMENTS.textDiffersByLocale;
}

function dateCell(cell: InputCell, header: string, out: RowReporter): number | null {
  if (cell === null) return null;
  const serial = plainDate(cell);
  if (serial !== null) return serial;
  const read = readDate(cell);
  if (read.kind === "invalid") out.report("NOT_A_DATE", header, { value: out.show(header) });
  if (read.kind !== "date") return null;
  if (read.asText) out.report("DATE_AS_TEXT", header, { value: out.show(header), proposal: isoOf(read.serial), consequence: asTextConsequence(header) });
  return read.serial;
}

function numberCell(cell: InputCell, header: string, out: RowReporter, share = false): number | null {
  if (cell === null) return null;
  // A number typed as a number: nothing to report, no read result to build.
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const read = share ? readShare(cell) : readNumber(cell);
  if (read.kind === "invalid") out.report("NOT_A_NUMBER", header, { value: out.show(header) });
  if (read.kind !== "number") return null;
  if (read.asText) {
    const proposal = share ? percentText(read.value) : numberText(read.value, 2);
    out.report("NUMBER_AS_TEXT", header, { value: out.show(header), proposal, consequence: asTextConsequence(header) });
  }
  return read.value;
}

/** A list cell; a near match is reported with the exact value as fix and then used as that value. */
function listCell(cell: InputCell, header: string, options: readonly string[], out: RowReporter): string | null {
  if (options.length === 0) return null;
  // The usual cell holds a list value exactly, or nothing: no read result to build.
  if (cell === null) return null;
  if (typeof cell === "string" && options.includes(cell)) return cell;
  const read = readListValue(cell, options);
  switch (read.kind) {
    case "blank":
      return null;
    case "exact":
      return read.value;
    case "near":
      out.report("LIST_NOT_EXACT", header, { value: out.show(header), proposal: `"${read.proposal}"` });
      return read.proposal;
    case "unknown":
      out.report("LIST_UNKNOWN", header, { value: out.show(header), allowed: options.join(", ") });
      return null;
  }
}

/**
 * Reads row `index`: the typed row, and the type findings of its cells. Cells are read by position, the
 * table's columns resolved once (placementLayout), not looked up by header name per row.
 */
export function readPlacementRow(view: TableView, index: number, context: PlacementContext): { row: PlacementRow; findings: Finding[] } {
  const out = new RowReporter(view, index, safeCaseId(view, index, context.sensitive), context.sensitive);
  return { row: readRowInto(view, index, context, out), findings: out.findings };
}

/** readPlacementRow with the type findings added to `out` (checkPlacementRow's rules then add theirs). */
function readRowInto(view: TableView, index: number, context: PlacementContext, out: RowReporter): PlacementRow {
  const layout = placementLayout(view, context.targetGroups);
  const at = layout.at;
  const cells = view.cells(index);
  const caseId = out.caseId;
  let form: string | null = null;
  let subsidy: string | null = null;
  let endReason: string | null = null;
  let newArrival: string | null = null;
  const lists = layout.lists;
  for (let list = 0; list < lists.length; list++) {
    const column = lists[list]!;
    const value = listCell(cellAt(cells, column.position), column.header, column.options, out);
    if (list === layout.formList) form = value;
    else if (list === layout.subsidyList) subsidy = value;
    else if (list === layout.endReasonList) endReason = value;
    else if (list === layout.newArrivalList) newArrival = value;
  }
  const startCell = cellAt(cells, at.startDate);
  const offeredCell = cellAt(cells, at.offeredDate);
  const actualEndCell = cellAt(cells, at.actualEndDate);
  let keyFilled = false;
  for (const position of layout.keyColumns) if (!isBlankCell(cellAt(cells, position))) keyFilled = true;
  const row: PlacementRow = {
    index,
    caseId,
    form,
    subsidy,
    endReason,
    endReasonGiven: !isBlankCell(cellAt(cells, at.endReason)),
    newArrival: newArrival === null ? null : newArrival === "Ja",
    offered: dateCell(offeredCell, P.offeredDate, out),
    start: dateCell(startCell, P.startDate, out),
    plannedEnd: dateCell(cellAt(cells, at.plannedEndDate), P.plannedEndDate, out),
    actualEnd: dateCell(actualEndCell, P.actualEndDate, out),
    actualEndGiven: !isBlankCell(actualEndCell),
    scope: numberCell(cellAt(cells, at.scope), P.scope, out, true),
    age: numberCell(cellAt(cells, at.age), P.age, out),
    salary: numberCell(cellAt(cells, at.salary), P.salary, out),
    unemployedMonths: numberCell(cellAt(cells, at.unemployedMonths), P.unemployedMonths, out),
    supervisionShare: numberCell(cellAt(cells, at.supervisionShare), P.supervisionShare, out, true),
    counting: countingOf(cells, at, context.requirementType),
    realStart: numericSerial(startCell),
    realOffered: numericSerial(offeredCell),
    realActualEnd: numericSerial(actualEndCell),
    startGiven: !isBlankCell(startCell),
    keyFilled,
  };
  numberCell(cellAt(cells, at.supervisorSalary), P.supervisorSalary, out);
  return row;
}

// ---- the rules ----

export type PlacementRule = (row: PlacementRow, view: TableView, context: PlacementContext, out: RowReporter) => void;

const requiredFields: PlacementRule = (row, view, _context, out) => {
  const cells = view.cells(row.index);
  const at = view.positionsOf(P);
  if (isBlankCell(cellAt(cells, at.caseId))) out.report("REQUIRED_MISSING", P.caseId);
  if (isBlankCell(cellAt(cells, at.form))) out.report("REQUIRED_MISSING", P.form);
  if (isBlankCell(cellAt(cells, at.startDate)) && isBlankCell(cellAt(cells, at.offeredDate))) {
    out.report("REQUIRED_MISSING", P.startDate, { hint: fillText(FRAGMENTS.orOffered, { column: P.offeredDate }) });
  }
  if (isBlankCell(cellAt(cells, at.scope))) out.report("REQUIRED_MISSING", P.scope);
  if (row.form !== null && PAID_FORMS.includes(row.form) && isBlankCell(cellAt(cells, at.salary))) {
    out.report("REQUIRED_MISSING", P.salary, { hint: fillText(FRAGMENTS.requiredFor, { form: row.form }) });
  }
};

const endsNotBeforeStart: PlacementRule = (row, _view, _context, out) => {
  if (row.start === null) return;
  if (row.plannedEnd !== null && row.plannedEnd < row.start) {
    out.report("PLANNED_END_BEFORE_START", P.plannedEndDate, { start: isoOf(row.start), end: isoOf(row.plannedEnd) });
  }
  if (row.actualEnd !== null && row.actualEnd < row.start) {
    out.report("ACTUAL_END_BEFORE_START", P.actualEndDate, { start: isoOf(row.start), end: isoOf(row.actualEnd) });
  }
};

const actualEndNotInFuture: PlacementRule = (row, _view, context, out) => {
  if (row.actualEnd !== null && row.actualEnd > context.today) {
    out.report("ACTUAL_END_IN_FUTURE", P.actualEndDate, { end: isoOf(row.actualEnd), today: context.todayIso });
  }
};

const startWithinContract: PlacementRule = (row, _view, context, out) => {
  if (row.start === null) return;
  if (context.contractStart !== null && row.start < context.contractStart.serial) {
    out.report("START_BEFORE_CONTRACT", P.startDate, { start: isoOf(row.start), contractStart: context.contractStart.iso });
  }
  if (context.contractEnd !== null && row.start > context.contractEnd.serial) {
    out.report("START_AFTER_CONTRACT", P.startDate, { start: isoOf(row.start), contractEnd: context.contractEnd.iso });
  }
};

/**
 * " (menade du 50 %?)" when a share looks typed as a whole percentage into a cell not formatted as percent:
 * a whole number 2–100. 150 % (1,5) is no such slip, so it gets no "menade du 1,5 %?".
 */
function percentHint(value: number): TextValues {
  if (!Number.isInteger(value) || value <= 1 || value > 100) return {};
  const meant = percentText(value / 100);
  return { hint: fillText(FRAGMENTS.didYouMean, { value: meant }) };
}

const scopeInRange: PlacementRule = (row, _view, _context, out) => {
  if (row.scope === null) return;
  if (row.scope <= 0 || row.scope > 1) out.report("SCOPE_OUT_OF_RANGE", P.scope, { value: percentText(row.scope), ...percentHint(row.scope) });
};

const ageInRange: PlacementRule = (row, _view, _context, out) => {
  if (row.age === null) return;
  if (row.age < MIN_AGE || row.age > MAX_AGE) {
    // A year of birth is no age: shown without a thousands space ("1987", not "1 987") and named as such.
    const birthYear = Number.isInteger(row.age) && row.age >= 1900 && row.age <= 2100;
    const value = birthYear ? String(row.age) : numberText(row.age);
    out.report("AGE_OUT_OF_RANGE", P.age, { value, ...(birthYear ? { hint: FRAGMENTS.birthYear } : {}) });
  }
};

const salaryPlausible: PlacementRule = (row, _view, _context, out) => {
  if (row.salary === null) return;
  if (row.salary <= 0) {
    out.report("SALARY_NOT_POSITIVE", P.salary, { value: numberText(row.salary) });
    return;
  }
  if (row.form === null || !PAID_FORMS.includes(row.form) || row.scope === null || row.scope <= 0 || row.scope > 1) return;
  const limit = LOW_SALARY_SHARE * LOW_SALARY_BASE * row.scope;
  if (row.salary < limit) out.report("SALARY_LOW", P.salary, { value: numberText(row.salary, 0), limit: numberText(limit, 0) });
};

const supervisionInRange: PlacementRule = (row, _view, _context, out) => {
  const share = row.supervisionShare;
  if (share === null) return;
  if (share < 0 || share > 1) out.report("SUPERVISION_OUT_OF_RANGE", P.supervisionShare, { value: percentText(share), ...percentHint(share) });
};

const endReasonMatchesEnd: PlacementRule = (row, _view, _context, out) => {
  // A reason outside the list is already reported; whether it means "ended" cannot be told.
  if (row.endReasonGiven && row.endReason === null) return;
  const reasonMeansEnded = row.endReasonGiven && row.endReason !== ONGOING_REASON;
  if (row.actualEndGiven && !reasonMeansEnded) out.report("END_REASON_MISSING", P.endReason);
  if (!row.actualEndGiven && reasonMeansEnded) out.report("END_DATE_MISSING", P.actualEndDate, { value: out.show(P.endReason) });
};

/** Months of a placement by the team-wide rule, from start to the actual end, else the planned end. */
function placementMonths(row: PlacementRow): number | null {
  const end = row.actualEnd ?? row.plannedEnd;
  if (row.start === null || end === null || end < row.start) return null;
  return calendarMonths(row.start, end);
}

/** The most months a subsidy is paid, as the model caps it (unknown age: the longer limit, to avoid false alarms). */
export function subsidyMaxMonths(subsidy: string, age: number | null, parameters: ParameterValues): number | null {
  if (subsidy === "nystartsjobb") return age !== null && age < 25 ? parameters["subsidy.nsj.maxMonthsYoung"] : parameters["subsidy.nsj.maxMonths"];
  if (subsidy === "introduktionsjobb") return parameters["subsidy.intro.maxMonths"];
  return null;
}

const subsidyPlausible: PlacementRule = (row, _view, context, out) => {
  const subsidy = row.subsidy;
  if (subsidy === null || subsidy === "ingen") return;
  if (row.form === "praktik") {
    out.report("SUBSIDY_FOR_INTERNSHIP", P.subsidy, { value: subsidy });
    return;
  }
  if (subsidy === "nystartsjobb" && row.age !== null) {
    // Unknown unemployment length: only the age limit can be judged, so assume it is long enough.
    const eligible = isLikelyEligibleForNewStartJob({
      newArrival: row.newArrival === true,
      age: row.age,
      unemployedMonths: row.unemployedMonths ?? Number.POSITIVE_INFINITY,
    });
    if (!eligible) {
      const months = row.unemployedMonths === null ? FRAGMENTS.unknownMonths : numberText(row.unemployedMonths);
      const arrival = row.newArrival === true ? FRAGMENTS.newArrivalUnder20 : FRAGMENTS.notNewArrival;
      out.report("NSJ_NOT_ELIGIBLE", P.subsidy, { age: numberText(row.age, 0), months, arrival });
    }
  }
  if (subsidy === "introduktionsjobb" && row.age !== null && !isLikelyEligibleForIntroductionJob({ age: row.age })) {
    out.report("INTRO_NOT_ELIGIBLE", P.subsidy, { age: numberText(row.age, 0) });
  }
  const maxMonths = subsidyMaxMonths(subsidy, row.age, context.parameters);
  const months = placementMonths(row);
  if (maxMonths !== null && months !== null && months > maxMonths) {
    out.report("SUBSIDY_TOO_LONG", P.subsidy, { value: subsidy, maxMonths: numberText(maxMonths, 0), months: numberText(months) });
  }
};

/** A form the contract's Kravtyp does not accept: the row is valid but its months do not count (amendment 2). */
const formCountsForRequirement: PlacementRule = (row, _view, context, out) => {
  // An unknown Kravtyp is reported once on Avtal, not on every row.
  if (row.counting.kind !== "notCounted" || row.counting.reason !== "requirementType" || context.requirementType === null) return;
  out.report("FORM_NOT_COUNTED", P.form, { value: out.show(P.form), requirement: context.requirementType ?? "" });
};

/** Every per-row rule, in the order their findings are produced. */
/**
 * Praktik has no pay, so the model only counts its production when Produktionsvärde per månad is given;
 * without it society's result for the row is negative (supervision and admin only). Said, not guessed.
 */
const internshipValueGiven: PlacementRule = (row, view, _context, out) => {
  if (row.form !== "praktik") return;
  const value = readNumber(cellAt(view.cells(row.index), view.positionsOf(P).internValue));
  if (value.kind === "blank" || (value.kind === "number" && value.value === 0)) out.report("INTERN_VALUE_MISSING", P.internValue, {});
};

export const PLACEMENT_RULES: readonly PlacementRule[] = [
  requiredFields,
  endsNotBeforeStart,
  actualEndNotInFuture,
  startWithinContract,
  scopeInRange,
  ageInRange,
  salaryPlausible,
  supervisionInRange,
  endReasonMatchesEnd,
  subsidyPlausible,
  internshipValueGiven,
  formCountsForRequirement,
];

/**
 * One placement row checked: its typed values (for the contract status), its findings added to `findings`;
 * null for an empty row.
 */
export function checkPlacementRow(view: TableView, index: number, context: PlacementContext, findings: Finding[]): PlacementRow | null {
  if (isEmptyPlacementRow(view, index)) return null;
  // One reporter for the type findings and the rules' findings, in that order.
  const out = new RowReporter(view, index, safeCaseId(view, index, context.sensitive), context.sensitive, findings);
  const row = readRowInto(view, index, context, out);
  for (const rule of PLACEMENT_RULES) rule(row, view, context, out);
  return row;
}

/** Later rows that repeat an earlier row's Ärende-ID (compared trimmed, ignoring case). */
/** The key two Ärende-IDs are duplicates by (case does not matter); "" for none. */
export function caseIdKey(view: TableView, index: number, column = view.position(P.caseId)): string {
  return column < 0 ? "" : cellText(view.table.rows[index]?.[column] ?? null).toUpperCase();
}

/**
 * DUPLICATE_CASE_ID for every row whose Ärende-ID an earlier row has. `knownKeys` are the rows' caseIdKey
 * values when the caller kept them (live re-validation reads only the changed rows again).
 */
export function duplicateCaseIdFindings(view: TableView, sensitive: ReadonlySet<string>, knownKeys?: readonly string[]): Finding[] {
  const firstRowById = new Map<string, number>();
  const findings: Finding[] = [];
  const column = view.position(P.caseId);
  if (column < 0) return findings;
  const rows = view.table.rows;
  for (let index = 0; index < rows.length; index++) {
    const key = knownKeys?.[index] ?? caseIdKey(view, index, column);
    if (key === "") continue;
    const first = firstRowById.get(key);
    if (first === undefined) {
      firstRowById.set(key, view.sheetRow(index));
      continue;
    }
    const rowId = safeCaseId(view, index, sensitive);
    const place = { sheet: view.table.sheet, address: view.address(index, P.caseId), column: P.caseId, rowId };
    findings.push(finding("DUPLICATE_CASE_ID", place, { rowId: rowLabel(rowId, view.sheetRow(index)), firstRow: String(first) }));
  }
  return findings;
}
