/**
 * Print setup for every sheet meant for people (hidden sheets are left alone): one page wide and as many
 * pages tall as needed, A4, landscape where the sheet is wide, the table header repeated on every page of a
 * table sheet. A print area is set only on sheets of fixed size: on a sheet with a table or a spilling
 * formula, Excel's default (the used range) grows with the rows a user adds, where a fixed area would cut
 * them off. ExcelJS stores print areas and titles as `_xlnm.Print_Area` / `_xlnm.Print_Titles`, which
 * patch.ts keeps.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../domain/followup/template";
import type { SheetSpec, TemplatePlan } from "../domain/followup/types";

/** Wider than this many columns prints landscape (A4 portrait holds about eight of the template's columns). */
const PORTRAIT_MAX_COLUMNS = 8;
const A4 = 9;

export function applyPrintSetup(sheet: ExcelJS.Worksheet, spec: SheetSpec, plan: TemplatePlan): void {
  if (spec.visibility !== "visible") return;
  const lastColumn = Math.max(1, sheet.columnCount);
  const tables = plan.tables.filter((table) => table.spec.sheet === spec.name);
  const grows = tables.length > 0 || plan.cells.some((cell) => cell.sheet === spec.name && cell.dynamicArray);
  if (!grows) sheet.pageSetup.printArea = `$A$1:$${columnLetter(lastColumn)}$${Math.max(1, sheet.rowCount)}`;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0; // as many pages tall as the rows need
  sheet.pageSetup.orientation = lastColumn > PORTRAIT_MAX_COLUMNS ? "landscape" : "portrait";
  sheet.pageSetup.paperSize = A4;
  // A sheet that is a table (header in row 1) repeats the header on every page.
  if (tables.some((table) => /^\$?[A-Z]+\$?1$/.test(table.spec.topLeft.split(":")[0]!))) sheet.pageSetup.printTitlesRow = "1:1";
}
