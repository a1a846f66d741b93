/**
 * ExcelJS, loaded on first use rather than when a module imports it: requiring it costs about 0.3 s, which every
 * `syss` command paid at start-up, even `syss version` or a bad flag that never opens a file. In the task pane
 * the modules that call this already load on demand (webpack chunks), so nothing changes there.
 */
import type ExcelJS from "exceljs";

export function newExcelJsWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require at the call is what defers the load
  const excelJs = require("exceljs") as typeof ExcelJS;
  return new excelJs.Workbook();
}
