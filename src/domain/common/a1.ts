/**
 * A1 addresses, the one copy every layer uses. One convention: every row and column *number* in code is
 * a 0-based index (`row0`, `column0`: column A is 0, row 1 is 0); only the address text is 1-based, as
 * Excel writes it. A 1-based position (a column counted from 1) is turned into an index at its call site
 * (`columnLetter(position - 1)`), so no function here guesses which one it was given.
 */

/** A rectangle of cells by its top-left index and its size. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Excel's grid: 1 048 576 rows by 16 384 columns (A … XFD). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column0: number): string {
  let letters = "";
  for (let n = column0 + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 0-based column index of column letters, either case: "A" → 0, "AA" → 26 ("" → -1). */
export function columnIndex(letters: string): number {
  let position = 0;
  for (const char of letters.toUpperCase()) position = position * 26 + (char.charCodeAt(0) - 64);
  return position - 1;
}

/** Drops a leading `Sheet!` / `'My sheet'!` (and a leading `=`) and returns both parts. */
export function splitSheet(address: string): { sheet: string | undefined; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, local: address };
  const raw = address.slice(0, bang).replace(/^=/, "");
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** A sheet name as a formula or address writes it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B3", "$B$3" → the 0-based row and column; null for anything else (a range, a sheet prefix, text). */
export function parseCell(address: string): { row0: number; column0: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  return { row0: Number(match[2]) - 1, column0: columnIndex(match[1]!) };
}

/** Parses "B3", "A1:C10", "$A$1:$B$2" (an optional sheet prefix is ignored); null when it is not one. */
export function tryParseRect(address: string): CellRect | null {
  const corners = splitSheet(address).local.split(":").map((part) => parseCell(part));
  if (corners.length > 2 || corners.some((c) => c === null)) return null;
  const [a, b = a] = corners as { row0: number; column0: number }[];
  const top = Math.min(a!.row0, b!.row0);
  const left = Math.min(a!.column0, b!.column0);
  return { top, left, rows: Math.max(a!.row0, b!.row0) - top + 1, columns: Math.max(a!.column0, b!.column0) - left + 1 };
}

/** Like {@link tryParseRect}, for addresses Excel itself produced: anything else is a programming error. */
export function parseRect(address: string): CellRect {
  const rect = tryParseRect(address);
  if (!rect) throw new RangeError(`not an A1 range: ${address}`);
  return rect;
}

/** "B3" for row0 2, column0 1; "$B$3" when absolute. */
export function cellName(row0: number, column0: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetter(column0)}${dollar}${row0 + 1}`;
}

/** "B3" for a single cell, "A1:C10" for more; with `$` signs when absolute. */
export function formatRect(rect: CellRect, absolute = false): string {
  const first = cellName(rect.top, rect.left, absolute);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellName(bottomRow(rect), rightColumn(rect), absolute)}`;
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/** The 0-based index of the rectangle's last row. */
export function bottomRow(rect: CellRect): number {
  return rect.top + rect.rows - 1;
}

/** The 0-based index of the rectangle's last column. */
export function rightColumn(rect: CellRect): number {
  return rect.left + rect.columns - 1;
}
