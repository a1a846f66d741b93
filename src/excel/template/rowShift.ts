/**
 * When a template version appends fields to a form (Avtal), every table planned below that form starts lower.
 * A workbook made by the older version has the table exactly that many rows higher, in the same column. The
 * upgrade then inserts whole rows just below the old form's last field: the table and every cell below it
 * (user rows, notes typed under or beside the table, validation, formats, names) move down with Excel's own
 * row insert, and the new rows become the new fields. Nothing a user typed is overwritten.
 *
 * Only that exact situation qualifies; any other position keeps the "tableMoved" conflict and nothing changes:
 * - the table is in another column, lower than planned, or higher by more than the fields the form gained;
 * - the old form does not end where the shift says (its last label is not the template's label of that row);
 * - a row between the old form's end and the table holds anything but the template's own texts (the heading);
 * - another table would be cut by the insert, or another template table on the sheet would move too.
 */
import type { TablePlan, TemplatePlan } from "../../domain/followup/types";
import type { ExcelCellValue } from "../host/api";
import { bottomRow, cellName, parseRect, rightColumn, type CellRect } from "../../domain/common/a1";
import type { ExistingTable } from "./inventory";
import { same } from "./tableWork";

/** Excel's last row (0-based rows here: 1 048 575 is row 1 048 576). */
const LAST_ROW = 1_048_575;

export interface RowShift {
  readonly sheet: string;
  /** The first inserted row (0-based), in the workbook's current coordinates: the row after the old form. */
  readonly at: number;
  readonly count: number;
}

export interface RowShiftInput {
  readonly plan: TemplatePlan;
  readonly table: TablePlan;
  readonly found: ExistingTable & { readonly rect: CellRect };
  readonly planned: CellRect;
  /** Every table of the workbook (positions are loaded for the template's sheets). */
  readonly tables: readonly ExistingTable[];
  /** The sheet's used range, null when empty. */
  readonly used: CellRect | null;
  /** The formula or constant of a cell before the apply, "" when empty. */
  readonly at: (row: number, column: number) => ExcelCellValue;
  /** The template's own texts on the sheet, by A1 address in the plan's (new) coordinates. */
  readonly templateTexts: ReadonlyMap<string, ExcelCellValue>;
}

/** The rows to insert so an existing table lands on its planned row, or undefined when that is not safe. */
export function rowShiftFor(input: RowShiftInput): RowShift | undefined {
  const { plan, table, found, planned, at } = input;
  const rect = found.rect;
  if (rect.left !== planned.left || rect.top >= planned.top) return undefined;
  const count = planned.top - rect.top;
  const form = plan.forms.find((f) => same(f.spec.sheet, table.spec.sheet))?.spec;
  if (!form) return undefined;

  const headerRow = form.headerRow - 1; // 0-based
  const formEnd = headerRow + form.fields.length; // the last field's row in the plan
  if (formEnd >= planned.top || count > form.fields.length) return undefined;
  const oldEnd = formEnd - count; // the last field's row in the older workbook
  const labelColumn = parseRect(`${form.labelColumn}1`).left;
  if (oldEnd > headerRow) {
    const expected = form.fields[oldEnd - headerRow - 1]!.label;
    if (!same(String(at(oldEnd, labelColumn)).trim(), expected.trim())) return undefined;
  }

  // The gap between the old form and the table: only the template's own texts, found where they will be.
  const used = input.used;
  if (used) {
    const right = rightColumn(used);
    for (let row = oldEnd + 1; row < rect.top; row++) {
      for (let column = used.left; column <= right; column++) {
        const value = at(row, column);
        if (value === "") continue;
        const expected = input.templateTexts.get(cellName(row + count, column));
        if (expected === undefined || String(expected) !== String(value)) return undefined;
      }
    }
    if (bottomRow(used) + count > LAST_ROW) return undefined;
  }

  const insertAt = oldEnd + 1;
  for (const other of input.tables) {
    if (!same(other.sheet, found.sheet) || same(other.name, found.name)) continue;
    if (!other.rect) return undefined; // position unknown: cannot prove the insert leaves it whole
    if (bottomRow(other.rect) < insertAt) continue; // above the insert: untouched
    if (other.rect.top < insertAt) return undefined; // the insert would cut through it
    if (input.plan.tables.some((t) => same(t.spec.name, other.name))) return undefined; // would leave its planned row
  }
  return { sheet: found.sheet, at: insertAt, count };
}

/** Reads a sheet as it will be after the insert, from what was loaded before it. */
export function shiftedRow(row: number, shift: RowShift | undefined): number | undefined {
  if (!shift || row < shift.at) return row;
  if (row < shift.at + shift.count) return undefined; // an inserted row: empty
  return row - shift.count;
}

/** "23:24": the whole rows of a shift, 1-based as Excel writes them. */
export function insertedRows(shift: RowShift): string {
  return `${shift.at + 1}:${shift.at + shift.count}`;
}
