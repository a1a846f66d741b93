/**
 * A workbook file as the diagnosis sees it (src/domain/followup/diagnosis.ts): sheet names, every table with
 * its range and headers, the SYSS version marker and the formula cells of the template's sheets. Unlike
 * readFollowupWorkbook it accepts any workbook, so `syss doctor` can say what a non-SYSS file lacks.
 */
import type ExcelJS from "exceljs";
import { DIAGNOSED_SHEETS, type FormulaCell, type ShapeTable, type WorkbookShape } from "../domain/followup/diagnosis";
import { fromFileFormula } from "./file-formulas";
import { loadWorkbookPackage, readMarker } from "./read";

/** ExcelJS's typings say pairs; getTables() returns Table objects whose model is under `.table`. */
type LoadedTable = { table?: { name?: string; tableRef?: string; ref?: string; columns?: { name: string }[] } };

function tablesOf(sheet: ExcelJS.Worksheet): ShapeTable[] {
  return (sheet.getTables() as unknown as LoadedTable[]).flatMap(({ table }) => {
    const range = table?.tableRef ?? table?.ref;
    if (!table?.name || !range) return [];
    return [{ name: table.name, sheet: sheet.name, range: range.replace(/\$/g, ""), headers: (table.columns ?? []).map((column) => column.name) }];
  });
}

function formulasOf(sheet: ExcelJS.Worksheet): FormulaCell[] {
  const cells: FormulaCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const formula = cell.formula;
      if (formula) cells.push({ sheet: sheet.name, address: cell.address, formula: fromFileFormula(formula) });
    }),
  );
  return cells;
}

export async function readWorkbookShape(bytes: Uint8Array, file: string): Promise<WorkbookShape> {
  const { workbook, parts } = await loadWorkbookPackage(bytes, file);
  const diagnosed = (name: string) => DIAGNOSED_SHEETS.some((sheet) => sheet.toLowerCase() === name.toLowerCase());
  return {
    markerVersion: readMarker(parts),
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    tables: workbook.worksheets.flatMap(tablesOf),
    formulas: workbook.worksheets.filter((sheet) => diagnosed(sheet.name)).flatMap(formulasOf),
  };
}
