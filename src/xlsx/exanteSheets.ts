/**
 * The ex-ante sheets (Avtalsvillkor, Förhandskalkyl) as a new .xlsx file (ExcelJS), for `syss clause
 * --out` and `syss sensitivity --out`. Custom-function formulas are stored in their file form
 * (`_xldudf_SYSS_…`, file-formulas.ts); Excel computes them on opening when the add-in is loaded.
 */
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJs";
import type { ExanteSheet } from "../domain/exante/sheets";
import { toFileFormula } from "./file-formulas";

export async function writeExanteXlsx(sheets: readonly ExanteSheet[]): Promise<Uint8Array> {
  const workbook = newExcelJsWorkbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const content of sheets) {
    const sheet = workbook.addWorksheet(content.sheetName);
    for (const cell of content.cells) {
      const target = sheet.getCell(cell.address);
      if (cell.formula !== undefined) target.value = { formula: toFileFormula(cell.formula) } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined) target.value = cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
      if (cell.wrap) target.alignment = { wrapText: true, vertical: "top" };
    }
    for (const [letter, width] of Object.entries(content.columnWidths)) sheet.getColumn(letter).width = width;
    // Print-ready: fit the text to one page wide, portrait.
    sheet.pageSetup = { ...sheet.pageSetup, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
