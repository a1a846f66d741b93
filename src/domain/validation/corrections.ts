/**
 * The explicit "Rätta" (fix) action for a near list match: the exact list value to put in the cell. The
 * validation itself never changes a cell; the task pane offers this for a LIST_NOT_EXACT finding and
 * writes it only when the user asks.
 */
import { TARGET_GROUP_HEADERS, TABLES } from "../followup/names";
import { cellText, readListValue } from "./cells";
import type { Finding } from "./findings";
import { TableView, findTable, parseCellAddress, userTables, type ValidationInput } from "./input";
import { listColumnsOf } from "./listColumns";

export interface Correction {
  readonly sheet: string;
  /** A1 address of the cell, no sheet. */
  readonly address: string;
  /** What the cell holds now (as text) and what it should hold. */
  readonly from: string;
  readonly to: string;
}

function targetGroups(input: ValidationInput): string[] {
  const table = findTable(input, TABLES.targetGroups);
  if (table === undefined) return [...(input.targetGroupNames ?? [])];
  const view = new TableView(table);
  return table.rows.map((_row, index) => cellText(view.cell(index, TARGET_GROUP_HEADERS.name))).filter((name) => name !== "");
}

/** The correction a LIST_NOT_EXACT finding proposes, read again from the data; null for any other finding. */
export function correctionFor(input: ValidationInput, item: Finding): Correction | null {
  if (item.code !== "LIST_NOT_EXACT") return null;
  const cell = parseCellAddress(item.address);
  if (cell === null) return null;
  for (const table of userTables(input)) {
    if (table.sheet !== item.sheet) continue;
    const row = cell.row - table.firstDataRow;
    const column = cell.column - table.firstColumn;
    if (row < 0 || row >= table.rows.length || column < 0 || column >= table.headers.length) continue;
    const options = listColumnsOf(table.name, targetGroups(input)).get(table.headers[column]!.trim());
    if (options === undefined) return null;
    const value = table.rows[row]![column] ?? null;
    const read = readListValue(value, options);
    return read.kind === "near" ? { sheet: item.sheet, address: item.address, from: cellText(value), to: read.proposal } : null;
  }
  return null;
}
