/**
 * Reads the matching tables of a workbook for `syss funnel`: Matchning, Platser, Placeringar and Malgrupper,
 * each from its table header down to the sheet's last row. Rows typed under a table without extending it
 * (a script filling the sheet, blank rows in between) are read too and counted, so the figures match what a
 * user typed; the command reports them (MATCH_ROWS_OUTSIDE_TABLE), since the sheet's own formulas do not
 * see them until the table is extended.
 */
import type ExcelJS from "exceljs";
import { TABLES } from "../domain/followup/names";
import type { CellValue } from "../domain/followup/types";
import { MATCHING_TABLES } from "../domain/matching/sheets";
import type { TableInput } from "../domain/validation/input";
import { WorkbookReadError, decodeRange, findWorkbookTable, loadWorkbookPackage, readCell } from "./read";

/** Rows read below a table's header, at most (the template's rules reach row 1000). */
const MAX_MATCHING_ROWS = 50_000;

export interface MatchingTableRead extends TableInput {
  /** Filled rows below the table's last row (outside it). */
  readonly rowsOutside: number;
  /** The table's last sheet row. */
  readonly tableLastRow: number;
}

export interface MatchingWorkbook {
  readonly tables: readonly MatchingTableRead[];
}

function plain(cell: ExcelJS.Cell): CellValue {
  const value = readCell(cell);
  return value !== null && typeof value === "object" && "error" in value ? null : value;
}

function readWhole(workbook: ExcelJS.Workbook, name: string): MatchingTableRead | null {
  const found = findWorkbookTable(workbook, name);
  if (!found) return null;
  const box = decodeRange(found.range);
  const last = Math.min(found.sheet.rowCount, box.top + MAX_MATCHING_ROWS);
  const rows: CellValue[][] = [];
  let rowsOutside = 0;
  for (let row = box.top + 1; row <= Math.max(last, box.top + 1); row++) {
    const values: CellValue[] = [];
    for (let column = box.left; column < box.left + found.headers.length; column++) values.push(plain(found.sheet.getCell(row, column)));
    rows.push(values);
    const filled = values.some((value) => value !== null && !(typeof value === "string" && value.trim() === ""));
    if (filled && row > box.bottom) rowsOutside++;
  }
  return {
    name,
    sheet: found.sheet.name,
    headers: found.headers,
    firstDataRow: box.top + 1,
    firstColumn: box.left - 1,
    rows,
    rowsOutside,
    tableLastRow: box.bottom,
  };
}

/** Throws WorkbookReadError for a file that is not a usable .xlsx, or one without the Matchning table. */
export async function readMatchingWorkbook(bytes: Uint8Array, file: string): Promise<MatchingWorkbook> {
  const { workbook } = await loadWorkbookPackage(bytes, file);
  const names = [MATCHING_TABLES.matching, MATCHING_TABLES.positions, TABLES.placements, TABLES.targetGroups];
  const tables = names.map((name) => readWhole(workbook, name)).filter((table): table is MatchingTableRead => table !== null);
  if (!tables.some((table) => table.name === MATCHING_TABLES.matching)) throw new WorkbookReadError("missingTable", file, MATCHING_TABLES.matching);
  return { tables };
}
