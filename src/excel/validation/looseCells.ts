/**
 * The loose cells of every sheet for the personal-data scan (amendment v1.1 item 5): every filled cell
 * outside tables on every sheet but Avtal (read with the form) and Validering (the add-in's findings).
 * Sheets without tables are read whole (used range, values only) in the validation read's data sync;
 * for a sheet with tables only the used range's address comes along, and the strips of it outside the
 * tables' bounding box are read in one more sync — needed only when a user typed outside the tables.
 * Cells between two tables on one sheet (inside the bounding box, outside both) are not read.
 */
import type { ExcelCellValue, ExcelRange, ExcelRequestContext } from "../host/api";
import { columnLetter, formatRect, parseRect, type CellRect } from "../../domain/common/a1";
import { SHEETS } from "../../domain/followup/names";
import type { LooseCell, TableInput } from "../../domain/validation/input";
import { VALIDATION_SHEET } from "./findingsSheet";

export type { LooseCell } from "../../domain/validation/input";

export interface QueuedSheet {
  readonly sheet: string;
  readonly hasTables: boolean;
  readonly used: ExcelRange;
}

/** Queues the used range of every scanned sheet (to be read in the caller's next sync). */
export function queueLooseCells(context: ExcelRequestContext, sheets: readonly string[], sheetsWithTables: ReadonlySet<string>): QueuedSheet[] {
  return sheets
    .filter((sheet) => sheet !== SHEETS.contract && sheet !== VALIDATION_SHEET)
    .map((sheet) => {
      const hasTables = sheetsWithTables.has(sheet);
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load(hasTables ? "address" : "values,address");
      return { sheet, hasTables, used };
    });
}

function cellsOf(sheet: string, rect: CellRect, values: readonly (readonly (ExcelCellValue | null)[])[], out: LooseCell[]): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      out.push({ sheet, address: `${columnLetter(rect.left + c)}${rect.top + r + 1}`, value });
    }),
  );
}

/** The parts of `used` outside `box`: above, below, and left and right of it within its rows. */
function stripsOutside(used: CellRect, box: CellRect): CellRect[] {
  const strips: CellRect[] = [];
  const usedBottom = used.top + used.rows;
  const usedRight = used.left + used.columns;
  const boxBottom = box.top + box.rows;
  const boxRight = box.left + box.columns;
  if (used.top < box.top) strips.push({ top: used.top, left: used.left, rows: Math.min(box.top, usedBottom) - used.top, columns: used.columns });
  if (usedBottom > boxBottom) {
    const top = Math.max(boxBottom, used.top);
    strips.push({ top, left: used.left, rows: usedBottom - top, columns: used.columns });
  }
  const midTop = Math.max(used.top, box.top);
  const midRows = Math.min(usedBottom, boxBottom) - midTop;
  if (midRows > 0 && used.left < box.left) strips.push({ top: midTop, left: used.left, rows: midRows, columns: Math.min(box.left, usedRight) - used.left });
  if (midRows > 0 && usedRight > boxRight) {
    const left = Math.max(boxRight, used.left);
    strips.push({ top: midTop, left, rows: midRows, columns: usedRight - left });
  }
  return strips.filter((strip) => strip.rows > 0 && strip.columns > 0);
}

function tableRect(table: TableInput): CellRect {
  return { top: table.firstDataRow - 2, left: table.firstColumn, rows: table.rows.length + 1, columns: table.headers.length };
}

function boundingBox(rects: readonly CellRect[]): CellRect {
  const top = Math.min(...rects.map((rect) => rect.top));
  const left = Math.min(...rects.map((rect) => rect.left));
  const bottom = Math.max(...rects.map((rect) => rect.top + rect.rows));
  const right = Math.max(...rects.map((rect) => rect.left + rect.columns));
  return { top, left, rows: bottom - top, columns: right - left };
}

/**
 * After the data sync: the loose cells of sheets without tables, plus those outside the tables of the
 * other sheets (one more sync, only when there are any). Returns the cells and the syncs it took.
 */
export async function collectLooseCells(context: ExcelRequestContext, queued: readonly QueuedSheet[], tables: readonly TableInput[]): Promise<{ cells: LooseCell[]; syncs: number }> {
  const cells: LooseCell[] = [];
  const strips: { sheet: string; rect: CellRect; range: ExcelRange }[] = [];
  for (const { sheet, hasTables, used } of queued) {
    if (used.isNullObject) continue;
    const rect = parseRect(used.address);
    if (!hasTables) {
      cellsOf(sheet, rect, used.values, cells);
      continue;
    }
    const box = boundingBox(tables.filter((table) => table.sheet === sheet).map(tableRect));
    for (const strip of stripsOutside(rect, box)) {
      strips.push({ sheet, rect: strip, range: context.workbook.worksheets.getItem(sheet).getRange(formatRect(strip)).load("values") });
    }
  }
  if (strips.length === 0) return { cells, syncs: 0 };
  await context.sync();
  for (const strip of strips) cellsOf(strip.sheet, strip.rect, strip.range.values, cells);
  return { cells, syncs: 1 };
}
