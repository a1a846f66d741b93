/** A1 addresses for the Office.js side: rectangles are 0-based, addresses as Excel writes them. */

export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** "A" for 0, "AA" for 26. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** Drops a leading `Sheet!` / `'My sheet'!` and returns both parts. */
export function splitSheet(address: string): { sheet: string | undefined; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, local: address };
  const raw = address.slice(0, bang).replace(/^=/, "");
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "B3", "A1:C10", "$A$1:$B$2" (an optional sheet prefix is ignored). */
export function parseRect(address: string): CellRect {
  const { local } = splitSheet(address);
  const corners = local.split(":").map((part) => /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(part.trim()));
  if (corners.length < 1 || corners.length > 2 || corners.some((c) => c === null)) {
    throw new RangeError(`not an A1 range: ${address}`);
  }
  const [a, b = a] = corners as RegExpExecArray[];
  const top = Math.min(Number(a![2]), Number(b![2])) - 1;
  const bottom = Math.max(Number(a![2]), Number(b![2])) - 1;
  const left = Math.min(columnIndex(a![1]!), columnIndex(b![1]!));
  const right = Math.max(columnIndex(a![1]!), columnIndex(b![1]!));
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function formatRect(rect: CellRect): string {
  const first = `${columnLetter(rect.left)}${rect.top + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${columnLetter(rect.left + rect.columns - 1)}${rect.top + rect.rows}`;
}

export function cellName(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

export function bottomRow(rect: CellRect): number {
  return rect.top + rect.rows - 1;
}

export function rightColumn(rect: CellRect): number {
  return rect.left + rect.columns - 1;
}
