/** A1-style addresses: parsing, formatting and rectangle arithmetic. Rows and columns are 0-based here. */
import { SHEET_COLUMNS, SHEET_ROWS, columnIndex, formatRect, quoteSheetName, type CellRect } from "../../domain/common/a1";
import { FakeOfficeError } from "./errors";

export interface ParsedAddress {
  sheet?: string;
  rect: CellRect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN_ONLY = /^\$?([A-Za-z]{1,3})$/;
const ROW_ONLY = /^\$?(\d{1,7})$/;

function parseCorner(text: string, whole: string): { row?: number; column?: number } {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  const column = COLUMN_ONLY.exec(text);
  if (column) return { column: columnIndex(column[1]!) };
  const row = ROW_ONLY.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  throw new FakeOfficeError("InvalidArgument", `The address '${whole}' is not valid.`);
}

/** Splits `'My sheet'!A1:B2` / `Sheet1!A1` / `A1:B2` / `A:C` / `2:5`. */
export function parseAddress(address: string): ParsedAddress {
  const text = address.trim();
  let sheet: string | undefined;
  let local = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    local = text.slice(bang + 1);
  }
  const [first, second, ...rest] = local.split(":");
  if (!first || rest.length > 0) throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
  const a = parseCorner(first, address);
  const b = second === undefined ? a : parseCorner(second, address);
  const rowsGiven = a.row !== undefined && b.row !== undefined;
  const columnsGiven = a.column !== undefined && b.column !== undefined;
  if (!rowsGiven && !columnsGiven) throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
  const top = rowsGiven ? Math.min(a.row!, b.row!) : 0;
  const bottom = rowsGiven ? Math.max(a.row!, b.row!) : SHEET_ROWS - 1;
  const left = columnsGiven ? Math.min(a.column!, b.column!) : 0;
  const right = columnsGiven ? Math.max(a.column!, b.column!) : SHEET_COLUMNS - 1;
  if (bottom >= SHEET_ROWS || right >= SHEET_COLUMNS) {
    throw new FakeOfficeError("InvalidArgument", `The address '${address}' is outside the sheet.`);
  }
  return { sheet, rect: { top, left, rows: bottom - top + 1, columns: right - left + 1 } };
}

export function qualifiedAddress(sheetName: string, rect: CellRect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function intersection(a: CellRect, b: CellRect): CellRect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  if (bottom <= top || right <= left) return undefined;
  return { top, left, rows: bottom - top, columns: right - left };
}

export function contains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.columns <= outer.left + outer.columns
  );
}

/** True when `text` would be read by Excel as a cell reference (so it cannot be a table or defined name). */
export function looksLikeCellReference(text: string): boolean {
  return /^[A-Za-z]{1,3}\d{1,7}$/.test(text) || /^[Rr]\d*[Cc]\d*$/.test(text) || /^[RrCc]$/.test(text);
}
