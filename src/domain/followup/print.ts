/**
 * How SYSS sets up printing of a template sheet, for both writers (src/xlsx/print.ts for files,
 * src/excel for the template applied through Office.js): every visible sheet one page wide and as many
 * pages tall as needed, A4, landscape when wider than PORTRAIT_MAX_COLUMNS, the header row repeated on a
 * table sheet, and a fixed print area only where nothing grows (no table, no spilling formula): there
 * Excel's default, the used range, follows the rows a user adds, where a fixed area would cut them off.
 */
import { columnLetter, parseCell } from "../common/a1";
import type { SheetSpec, TemplatePlan } from "./types";

/** Wider than this many columns prints landscape (A4 portrait holds about eight of the template's columns). */
export const PORTRAIT_MAX_COLUMNS = 8;

export interface SheetPrintSetup {
  readonly landscape: boolean;
  /** "$A$1:$E$20", or null: the used range (Excel's default). */
  readonly printArea: string | null;
  /** Rows repeated at the top of every page, e.g. "1:1"; null for none. */
  readonly titleRows: string | null;
}

/** The last column and row a sheet's content reaches (1-based). */
export interface SheetExtent {
  readonly lastColumn: number;
  readonly lastRow: number;
}

/** The print setup of a sheet, or null for a hidden sheet (not meant for people, left alone). */
export function sheetPrintSetup(spec: SheetSpec, plan: TemplatePlan, extent: SheetExtent): SheetPrintSetup | null {
  if (spec.visibility !== "visible") return null;
  const lastColumn = Math.max(1, extent.lastColumn);
  const tables = plan.tables.filter((table) => table.spec.sheet === spec.name);
  const grows = tables.length > 0 || plan.cells.some((cell) => cell.sheet === spec.name && cell.dynamicArray);
  return {
    landscape: lastColumn > PORTRAIT_MAX_COLUMNS,
    printArea: grows ? null : `$A$1:$${columnLetter(lastColumn - 1)}$${Math.max(1, extent.lastRow)}`,
    // A sheet that is a table (header in row 1) repeats the header on every page.
    titleRows: tables.some((table) => /^\$?[A-Z]+\$?1$/.test(table.spec.topLeft.split(":")[0]!)) ? "1:1" : null,
  };
}

/**
 * The extent of a sheet as the plan writes it: its cells, tables (header and rows) and forms. This is what
 * the Office.js path knows before writing; the file writer reads the same from the written sheet.
 */
export function planExtent(sheet: string, plan: TemplatePlan): SheetExtent {
  let lastColumn = 0;
  let lastRow = 0;
  const reach = (address: string, extraColumns = 0, extraRows = 0) => {
    const cell = parseCell(address);
    if (!cell) return;
    lastColumn = Math.max(lastColumn, cell.column0 + 1 + extraColumns);
    lastRow = Math.max(lastRow, cell.row0 + 1 + extraRows);
  };
  for (const cell of plan.cells) if (cell.sheet === sheet) reach(cell.address);
  for (const table of plan.tables) {
    if (table.spec.sheet !== sheet) continue;
    reach(table.spec.topLeft, table.spec.columns.length - 1, table.rows.length);
  }
  for (const form of plan.forms) {
    if (form.spec.sheet !== sheet) continue;
    const rows = form.spec.headerRow + form.spec.fields.length;
    for (const column of [form.spec.labelColumn, form.spec.valueColumn, form.spec.helpColumn]) reach(`${column}${rows}`);
  }
  return { lastColumn, lastRow };
}
