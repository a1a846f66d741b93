/**
 * The explicit "Rätta" (fix) actions: the value to put in one cell. The validation itself never changes a
 * cell; the task pane offers these and writes one only when the user asks.
 * - LIST_NOT_EXACT: the exact list value for a near match (case, accents, spaces, dashes).
 * - NUMBER_AS_TEXT / DATE_AS_TEXT: the real number or date a text cell stands for ("0,75" → 0,75;
 *   "75 %" → 0,75 in a percentage column; "2027-3-1" → the date 2027-03-01, written as its serial so the
 *   column's date format shows it). A row whose month values are text counts only after this.
 * - ROWS_BELOW_TABLE: the table grows to take in the rows typed directly below it.
 */
import { serialToIso } from "../common/dates";
import { PLACEMENT_HEADERS as P, TARGET_GROUP_HEADERS, TABLES } from "../followup/names";
import { cellText, numberText, percentText, readDate, readListValue, readNumber, readShare } from "./cells";
import type { Finding } from "./findings";
import { columnLetter } from "../common/a1";
import { TableView, findTable, parseCellAddress, userTables, type InputCell, type ValidationInput } from "./input";
import { listColumnsOf } from "./listColumns";

export interface Correction {
  readonly sheet: string;
  /** A1 address of the cell, no sheet. */
  readonly address: string;
  /** What the cell holds now (as text, see cellText): the write happens only if it still does. */
  readonly from: string;
  /** What the cell should hold: text for a list value, a number for a number or a date (Excel serial). */
  readonly to: string | number;
  /** `to` as a user reads it, for the button ("Kvinna", "75 %", "2027-03-01"). */
  readonly shown: string;
  /**
   * ROWS_BELOW_TABLE: instead of a cell value, the table grows from range `from` to `to` (A1, no sheet) so
   * it takes in the rows typed below it; no cell changes.
   */
  readonly resizeTable?: { readonly name: string; readonly from: string; readonly to: string };
}

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

/** The cell a finding points at, with the header of its table column (or the Avtal field key). */
function locate(input: ValidationInput, item: Finding): { value: InputCell; table: string | null; header: string } | null {
  const cell = parseCellAddress(item.address);
  if (cell === null) return null;
  if (item.sheet === input.contract.sheet) {
    for (const [key, field] of Object.entries(input.contract.fields)) {
      if (field !== undefined && field.address === item.address) return { value: field.value, table: null, header: key };
    }
  }
  for (const table of userTables(input)) {
    if (table.sheet !== item.sheet) continue;
    const row = cell.row - table.firstDataRow;
    const column = cell.column - table.firstColumn;
    if (row < 0 || row >= table.rows.length || column < 0 || column >= table.headers.length) continue;
    return { value: table.rows[row]![column] ?? null, table: table.name, header: table.headers[column]!.trim() };
  }
  return null;
}

/** The correction a finding proposes, read again from the data; null when it has none (or no longer applies). */
export function correctionFor(input: ValidationInput, item: Finding): Correction | null {
  if (item.code === "ROWS_BELOW_TABLE") return extendTable(input, item);
  if (item.code !== "LIST_NOT_EXACT" && item.code !== "NUMBER_AS_TEXT" && item.code !== "DATE_AS_TEXT") return null;
  const found = locate(input, item);
  if (found === null) return null;
  const { value, table, header } = found;
  const place = { sheet: item.sheet, address: item.address, from: cellText(value) };
  if (item.code === "LIST_NOT_EXACT") {
    const options = table === null ? undefined : listColumnsOf(table, targetGroups(input)).get(header);
    if (options === undefined) return null;
    const read = readListValue(value, options);
    return read.kind === "near" ? { ...place, to: read.proposal, shown: read.proposal } : null;
  }
  if (typeof value !== "string") return null;
  if (item.code === "DATE_AS_TEXT") {
    const read = readDate(value);
    return read.kind === "date" && read.asText ? { ...place, to: read.serial, shown: serialToIso(read.serial) } : null;
  }
  const share = table === null ? SHARE_FIELDS.has(header) : SHARE_COLUMNS.has(header);
  const read = share ? readShare(value) : readNumber(value);
  if (read.kind !== "number" || !read.asText) return null;
  return { ...place, to: read.value, shown: share ? percentText(read.value).sv : numberText(read.value, 4).sv };
}
