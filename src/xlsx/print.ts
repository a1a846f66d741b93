/**
 * Print setup of a written file, by the rule in domain/followup/print.ts (shared with the Office.js path): one page wide and as many
 * pages tall as needed, A4, landscape where the sheet is wide, the table header repeated on every page of a
 * table sheet. A print area is set only on sheets of fixed size: on a sheet with a table or a spilling
 * formula, Excel's default (the used range) grows with the rows a user adds, where a fixed area would cut
 * them off. ExcelJS stores print areas and titles as `_xlnm.Print_Area` / `_xlnm.Print_Titles`, which
 * patch.ts keeps.
 */
import type ExcelJS from "exceljs";
import { sheetPrintSetup, type SheetPrintSetup } from "../domain/followup/print";
import type { SheetSpec, TemplatePlan } from "../domain/followup/types";

const A4 = 9;

export function applyPrintSetup(sheet: ExcelJS.Worksheet, spec: SheetSpec, plan: TemplatePlan): void {
  const setup = sheetPrintSetup(spec, plan, { lastColumn: sheet.columnCount, lastRow: sheet.rowCount });
  if (setup) writePrintSetup(sheet, setup);
}

/** A sheet's print setup in ExcelJS's terms (also for the portfolio's sheets, src/xlsx/portfolio.ts). */
export function writePrintSetup(sheet: ExcelJS.Worksheet, setup: SheetPrintSetup): void {
  if (setup.printArea) sheet.pageSetup.printArea = setup.printArea;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0; // as many pages tall as the rows need
  sheet.pageSetup.orientation = setup.landscape ? "landscape" : "portrait";
  sheet.pageSetup.paperSize = A4;
  if (setup.titleRows) sheet.pageSetup.printTitlesRow = setup.titleRows;
}
