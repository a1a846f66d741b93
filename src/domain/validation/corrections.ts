/**
 * The explicit "Rätta" (fix) actions: the value to put in one cell. The validation itself never changes a
 * cell; the task pane offers these and writes one only when the user asks.
 * - LIST_NOT_EXACT: the exact list value for a near match (case, accents, spaces, dashes).
 * - NUMBER_AS_TEXT / DATE_AS_TEXT: the real number or date a text cell stands for ("0,75" → 0,75;
 *   "75 %" → 0,75 in a percentage column; "2027-3-1" → the date 2027-03-01, written as its serial so the
 *   column's date format shows it). A row whose month values are text counts only after this.
 * - SCOPE_OUT_OF_RANGE / SUPERVISION_OUT_OF_RANGE: a share typed as a whole percentage (75 where 75 % is
 *   meant, shown as 7 500 %) becomes that share (0,75).
 * - ROWS_BELOW_TABLE: the table grows to take in the rows typed directly below it.
 * - Personal data (identity and coordination numbers, e-mail, phone, names, special categories): "Ta bort"
 *   empties the cell, after the user confirms.
 *
 * Each finding gets its correction when the validation creates it (withCorrections), from the same read, so
 * the task pane never reads the workbook again to offer one.
 */
import { serialToIso } from "../common/dates";
import { PLACEMENT_HEADERS as P, TARGET_GROUP_HEADERS, TABLES } from "../followup/names";
import { cellText, numberText, percentText, readDate, readListValue, readNumber, readShare } from "./cells";
import type { Correction, Finding } from "./findings";
import { columnLetter } from "../common/a1";
import { TableView, findTable, parseCellAddress, userTables, type InputCell, type ValidationInput } from "./input";
import { listColumnsOf } from "./listColumns";

export type { Correction } from "./findings";

/** Codes whose finding asks to remove personal data from its cell. */
const PERSONAL_DATA_CODES: ReadonlySet<Finding["code"]> = new Set<Finding["code"]>([
  "PERSONAL_IDENTITY_NUMBER",
  "COORDINATION_NUMBER",
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "PERSON_NAME",
  "SPECIAL_CATEGORY_DATA",
  "CRIMINAL_RECORD_DATA",
]);

/** Codes of a share outside its range, where a whole percentage typed as a number is the likely cause. */
const SHARE_RANGE_CODES: ReadonlySet<Finding["code"]> = new Set<Finding["code"]>(["SCOPE_OUT_OF_RANGE", "SUPERVISION_OUT_OF_RANGE"]);

/** The codes that can carry a correction; every other finding has none. */
export const CORRECTABLE_CODES: ReadonlySet<Finding["code"]> = new Set<Finding["code"]>([
  "LIST_NOT_EXACT",
  "NUMBER_AS_TEXT",
  "DATE_AS_TEXT",
  "ROWS_BELOW_TABLE",
  ...SHARE_RANGE_CODES,
  ...PERSONAL_DATA_CODES,
]);

/**
 * A whole percentage typed where a share belongs: whole numbers from 10 to 100 (7 500 % is 75 % typed without
 * the per cent sign). Smaller numbers (2 = 200 %) and fractions (1,5 = 150 %) are too ambiguous to propose.
 */
const MIN_WHOLE_PERCENT = 10;
const MAX_WHOLE_PERCENT = 100;

/** The table's new range taking in the rows typed below it; null when there are none (any more). */
function extendTable(input: ValidationInput, item: Finding): Correction | null {
  const cell = parseCellAddress(item.address);
  if (cell === null) return null;
  for (const table of userTables(input)) {
    const below = table.below ?? [];
    if (table.sheet !== item.sheet || below.length === 0 || table.firstDataRow + table.rows.length !== cell.row) continue;
    const left = columnLetter(table.firstColumn);
    const right = columnLetter(table.firstColumn + table.headers.length - 1);
    const header = table.firstDataRow - 1;
    const lastNow = Math.max(header + 1, table.firstDataRow + table.rows.length - 1);
    const from = `${left}${header}:${right}${lastNow}`;
    const to = `${left}${header}:${right}${table.firstDataRow + table.rows.length + below.length - 1}`;
    return { sheet: item.sheet, address: item.address, from: "", to, shown: to, resizeTable: { name: table.name, from, to } };
  }
  return null;
}

/** Columns whose numbers are shares shown as percentages: "75 %" typed as text means 0,75. */
const SHARE_COLUMNS: ReadonlySet<string> = new Set([P.scope, P.supervisionShare]);
/** The Avtal field holding a share. */
const SHARE_FIELDS: ReadonlySet<string> = new Set(["approvedShare"]);

function targetGroups(input: ValidationInput): string[] {
  const table = findTable(input, TABLES.targetGroups);
  if (table === undefined) return [...(input.targetGroupNames ?? [])];
  const view = new TableView(table);
  return table.rows.map((_row, index) => cellText(view.cell(index, TARGET_GROUP_HEADERS.name))).filter((name) => name !== "");
}

/** A cell a finding can point at: its value, its table (null outside tables) and its column header or Avtal field key. */
interface LocatedCell {
  readonly value: InputCell;
  readonly table: string | null;
  readonly header: string;
}

/**
 * Where the input's cells are, indexed once per withCorrections call: a workbook with thousands of
 * findings and thousands of cells outside tables must not search the loose cells once per finding.
 */
export class CellIndex {
  private readonly contractSheet: string;
  private readonly contractCells = new Map<string, LocatedCell>();
  private readonly looseCells = new Map<string, LocatedCell>();
  private readonly tablesBySheet = new Map<string, ValidationInput["tables"][number][]>();
  /** List columns by table name (a workbook may have thousands of near values). */
  private readonly listsByTable = new Map<string, ReadonlyMap<string, readonly string[]>>();
  private readonly input: ValidationInput;

  constructor(input: ValidationInput) {
    this.input = input;
    this.contractSheet = input.contract.sheet;
    // The first form field at an address wins over another Avtal cell there, as a search in this order would.
    for (const [key, field] of Object.entries(input.contract.fields)) {
      if (field !== undefined && !this.contractCells.has(field.address)) this.contractCells.set(field.address, { value: field.value, table: null, header: key });
    }
    for (const other of input.contract.otherCells) {
      if (!this.contractCells.has(other.address)) this.contractCells.set(other.address, { value: other.value, table: null, header: "" });
    }
    for (const loose of input.looseCells ?? []) {
      const key = `${loose.sheet}!${loose.address}`;
      if (!this.looseCells.has(key)) this.looseCells.set(key, { value: loose.value, table: null, header: "" });
    }
    for (const table of userTables(input)) {
      const tables = this.tablesBySheet.get(table.sheet) ?? [];
      tables.push(table);
      this.tablesBySheet.set(table.sheet, tables);
    }
  }

  /** The cell a finding points at (the Avtal form, a loose cell, then the tables, in that order); null when none. */
  locate(item: Finding): LocatedCell | null {
    const cell = parseCellAddress(item.address);
    if (cell === null) return null;
    if (item.sheet === this.contractSheet) {
      const onForm = this.contractCells.get(item.address);
      if (onForm !== undefined) return onForm;
    }
    const loose = this.looseCells.get(`${item.sheet}!${item.address}`);
    if (loose !== undefined) return loose;
    for (const table of this.tablesBySheet.get(item.sheet) ?? []) {
      const row = cell.row - table.firstDataRow;
      const column = cell.column - table.firstColumn;
      if (row < 0 || row >= table.rows.length || column < 0 || column >= table.headers.length) continue;
      return { value: table.rows[row]![column] ?? null, table: table.name, header: table.headers[column]!.trim() };
    }
    return null;
  }

  listOptions(table: string, header: string): readonly string[] | undefined {
    let columns = this.listsByTable.get(table);
    if (columns === undefined) {
      columns = listColumnsOf(table, targetGroups(this.input));
      this.listsByTable.set(table, columns);
    }
    return columns.get(header);
  }
}

/** The correction a finding proposes, read from the data; null when it has none (or no longer applies). */
export function correctionFor(input: ValidationInput, item: Finding, cells: CellIndex = new CellIndex(input)): Correction | null {
  if (!CORRECTABLE_CODES.has(item.code)) return null;
  if (item.code === "ROWS_BELOW_TABLE") return extendTable(input, item);
  const found = cells.locate(item);
  if (found === null) return null;
  const { value, table, header } = found;
  const from = cellText(value);
  // Built field by field, not spread from a shared part: thousands of findings can carry one.
  const write = (to: string | number, shown: string): Correction => ({ sheet: item.sheet, address: item.address, from, to, shown });
  if (PERSONAL_DATA_CODES.has(item.code)) return value === null ? null : { sheet: item.sheet, address: item.address, from, to: "", shown: "", clear: true };
  if (SHARE_RANGE_CODES.has(item.code)) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < MIN_WHOLE_PERCENT || value > MAX_WHOLE_PERCENT) return null;
    return write(value / 100, percentText(value / 100).sv);
  }
  if (item.code === "LIST_NOT_EXACT") {
    const options = table === null ? undefined : cells.listOptions(table, header);
    if (options === undefined) return null;
    const read = readListValue(value, options);
    return read.kind === "near" ? write(read.proposal, read.proposal) : null;
  }
  if (typeof value !== "string") return null;
  if (item.code === "DATE_AS_TEXT") {
    const read = readDate(value);
    return read.kind === "date" && read.asText ? write(read.serial, serialToIso(read.serial)) : null;
  }
  const share = table === null ? SHARE_FIELDS.has(header) : SHARE_COLUMNS.has(header);
  const read = share ? readShare(value) : readNumber(value);
  if (read.kind !== "number" || !read.asText) return null;
  return write(read.value, share ? percentText(read.value).sv : numberText(read.value, 4).sv);
}

/**
 * A check value for a cell's text that does not repeat it: its length and a 32-bit FNV-1a hash. Used as
 * `from` for cells with personal data, so the fix can still tell whether the cell changed since.
 */
export function cellFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16).padStart(8, "0")}`;
}

/** The correction with `from` as the fingerprint (for a cell that holds personal data). */
function fingerprinted(correction: Correction): Correction {
  return correction.fingerprint ? correction : { ...correction, from: cellFingerprint(correction.from), fingerprint: true };
}

/**
 * The finding with its correction, built field by field (a spread of every finding was a visible cost);
 * `Required` makes a field added to Finding later a compile error here instead of a field silently lost.
 */
function withCorrection(item: Finding, correction: Correction): Finding {
  const corrected: Required<Finding> = {
    code: item.code,
    severity: item.severity,
    sheet: item.sheet,
    address: item.address,
    column: item.column,
    rowId: item.rowId,
    message: item.message,
    fix: item.fix,
    correction,
  };
  return corrected;
}

/**
 * The findings with their corrections attached, computed once from the input they were found in. Lookups
 * (list values, target groups) happen only for the few codes that can carry one.
 */
export function withCorrections(input: ValidationInput, findings: readonly Finding[]): Finding[] {
  const cells = new CellIndex(input);
  // Cells with personal data: no correction of theirs may carry the cell's text.
  const sensitive = new Set(findings.filter((item) => PERSONAL_DATA_CODES.has(item.code)).map((item) => `${item.sheet}!${item.address}`));
  return findings.map((item) => {
    if (!CORRECTABLE_CODES.has(item.code)) return item;
    const correction = correctionFor(input, item, cells);
    if (correction === null) return item;
    const holdsPersonalData = sensitive.size > 0 && sensitive.has(`${item.sheet}!${item.address}`);
    return withCorrection(item, holdsPersonalData ? fingerprinted(correction) : correction);
  });
}
