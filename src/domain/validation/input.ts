/**
 * The plain data the validation reads: the Avtal form's value cells and the workbook's tables, each
 * cell as written (no parsing yet) together with where it sits, so a finding can point at the cell.
 * Both readers convert to this shape: the .xlsx reader (src/xlsx, for the CLI) and the Office.js port
 * (src/excel, in Excel). Dates arrive as Excel serial numbers, `{ date: "yyyy-mm-dd" }` or, when a user
 * typed them as text, strings; the rules tell these apart.
 */
import type { CellValue } from "../followup/types";
import type { ContractFieldKey } from "../followup/names";
import { RENAMED_HEADERS } from "../followup/formerHeaders";

export type InputCell = CellValue;

/** One Excel table: header names and data rows, anchored on the sheet. */
export interface TableInput {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Sheet row number (1-based) of the first data row (the row under the header). */
  readonly firstDataRow: number;
  /** Zero-based sheet column of the table's first column (A = 0). */
  readonly firstColumn: number;
  /** Data rows in sheet order; each row aligned with `headers`. */
  readonly rows: readonly (readonly InputCell[])[];
  /**
   * Non-empty rows typed directly below the table, outside it (in the table's columns, from the first row
   * under it to the first empty row), when the reader looks for them. Not validated as placements: one
   * finding says they are outside, and their cells are scanned for personal data (amendment 4).
   */
  readonly below?: readonly (readonly InputCell[])[];
}

/** The leading non-empty rows of `rows` (cells read below a table): the block typed directly under it. */
export function leadingFilledRows(rows: readonly (readonly InputCell[])[]): InputCell[][] {
  const block: InputCell[][] = [];
  for (const row of rows) {
    if (row.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""))) break;
    block.push([...row]);
  }
  return block;
}

/** A single cell with its A1 address (no sheet). */
export interface AddressedCell {
  readonly address: string;
  readonly value: InputCell;
}

export interface ContractInput {
  readonly sheet: string;
  /** The form's value cells by field key (absent when the workbook lacks the name). */
  readonly fields: Partial<Record<ContractFieldKey, AddressedCell>>;
  /** Any other filled cells of the form sheet outside tables, scanned for personal data only. */
  readonly otherCells: readonly AddressedCell[];
}

export interface ValidationInput {
  readonly contract: ContractInput;
  /** Every table of the workbook (Placeringar, Rapporter, Malgrupper, Parametrar, …). */
  readonly tables: readonly TableInput[];
  /**
   * Every other filled cell of every sheet (used ranges): outside tables and outside the Avtal form,
   * including sheets the user added. Scanned for personal data only (amendment v1.1 item 5).
   */
  readonly looseCells?: readonly { readonly sheet: string; readonly address: string; readonly value: InputCell }[];
  /** The Målgrupp list when the reader gives the names but not the Malgrupper table itself. */
  readonly targetGroupNames?: readonly string[];
}

/**
 * Where the add-in writes its findings in Excel: a sheet and a table of this name. The validation skips
 * that table when a reader hands it over, so findings are never validated as user data.
 */
export const FINDINGS_SHEET = "Validering";
export const FINDINGS_TABLE = "Validering";

/** The options every validation takes; `today` is never read from the clock in the domain. */
export interface ValidationOptions {
  /** ISO date yyyy-mm-dd. */
  readonly today: string;
}

/** "A", "B", …, "Z", "AA", … for a zero-based column index. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Zero-based column index of column letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** Splits "AB12" into column index and row number; null for anything else. */
export function parseCellAddress(address: string): { column: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  return { column: columnIndex(match[1]!), row: Number(match[2]) };
}

/** A table row's cells read by position: blank (null) for a column the table lacks (−1) or a short row. */
export function cellAt(cells: readonly InputCell[], column: number): InputCell {
  return column < 0 ? null : (cells[column] ?? null);
}

const NO_CELLS: readonly InputCell[] = [];

/**
 * Reads a table by header name; a header missing from the table reads as blank cells. Rules that read
 * many rows resolve their columns once per table (`positionsOf`) and read cells by position (`cellAt`).
 */
export class TableView {
  readonly table: TableInput;
  private readonly indexByHeader: ReadonlyMap<string, number>;
  /** positionsOf's results by header set, so a table's columns are resolved once. */
  private readonly positionCache = new Map<object, unknown>();
  /** Column letters by position in the table, built on first use. */
  private readonly letters: string[] = [];

  constructor(table: TableInput) {
    this.table = table;
    const indexByHeader = new Map(table.headers.map((header, index) => [header.trim(), index]));
    // A workbook not yet upgraded still has a renamed column under its old header: read it as the new one.
    for (const renamed of RENAMED_HEADERS) {
      const old = indexByHeader.get(renamed.former);
      if (old !== undefined && !indexByHeader.has(renamed.current)) indexByHeader.set(renamed.current, old);
    }
    this.indexByHeader = indexByHeader;
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  has(header: string): boolean {
    return this.indexByHeader.has(header);
  }

  /** Position of a header in the table (a renamed header under its former name too); −1 when absent. */
  position(header: string): number {
    return this.indexByHeader.get(header) ?? -1;
  }

  /**
   * Positions of a set of headers (e.g. PLACEMENT_HEADERS) in this table, resolved once per table and
   * header set; −1 for a header the table lacks.
   */
  positionsOf<K extends string>(headers: Readonly<Record<K, string>>): Readonly<Record<K, number>> {
    const cached = this.positionCache.get(headers) as Readonly<Record<K, number>> | undefined;
    if (cached !== undefined) return cached;
    const positions = {} as Record<K, number>;
    for (const key of Object.keys(headers) as K[]) positions[key] = this.position(headers[key]);
    this.positionCache.set(headers, positions);
    return positions;
  }

  /** The cells of data row `row` (empty when there is no such row). */
  cells(row: number): readonly InputCell[] {
    return this.table.rows[row] ?? NO_CELLS;
  }

  cell(row: number, header: string): InputCell {
    const index = this.indexByHeader.get(header);
    if (index === undefined) return null;
    return this.table.rows[row]?.[index] ?? null;
  }

  /** Sheet row number of data row `row` (0-based). */
  sheetRow(row: number): number {
    return this.table.firstDataRow + row;
  }

  /** A1 address of a cell; for a header the table lacks, the row's first cell. */
  address(row: number, header: string): string {
    return this.addressAt(row, this.indexByHeader.get(header) ?? 0);
  }

  addressAt(row: number, columnIndexInTable: number): string {
    let letters = this.letters[columnIndexInTable];
    if (letters === undefined) {
      letters = columnLetter(this.table.firstColumn + columnIndexInTable);
      this.letters[columnIndexInTable] = letters;
    }
    return `${letters}${this.sheetRow(row)}`;
  }
}

/** The tables holding user data: all but the add-in's own findings table. */
export function userTables(input: ValidationInput): readonly TableInput[] {
  return input.tables.filter((table) => table.name.toLowerCase() !== FINDINGS_TABLE.toLowerCase() && table.sheet !== FINDINGS_SHEET);
}

export function findTable(input: ValidationInput, name: string): TableInput | undefined {
  const wanted = name.toLowerCase();
  return input.tables.find((table) => table.name.toLowerCase() === wanted);
}
