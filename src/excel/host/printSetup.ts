/**
 * A sheet's print setup (domain/followup/print.ts's SheetPrintSetup) queued on worksheet.pageLayout
 * (ExcelApi 1.9): A4, one page wide and as many tall as needed, the orientation, and the print area and
 * repeated rows when given. The template's writes and the portfolio's sheets both set it up this way.
 */
import type { SheetPrintSetup } from "../../domain/followup/print";
import type { ExcelPageLayout } from "./api";

export function queuePrintSetup(layout: ExcelPageLayout, setup: SheetPrintSetup): void {
  layout.paperSize = "A4";
  layout.orientation = setup.landscape ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }; // one page wide, as tall as needed
  if (setup.printArea) layout.setPrintArea(setup.printArea);
  // Office.js takes whole rows as "$1:$1"; the setup says "1:1".
  if (setup.titleRows) layout.setPrintTitleRows(setup.titleRows.replace(/(\d+)/g, "$$$1"));
}
