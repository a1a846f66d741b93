/**
 * Writes the ex-ante sheets (Avtalsvillkor, Förhandskalkyl) through Office.js. A user's sheet is never
 * overwritten: when the wanted name is taken, the sheet is written under the first free variant
 * ("Avtalsvillkor (2)", …), so running again keeps every earlier version and every edit made in it.
 * One read (the sheet names) and one batch of writes with events off and calculation suspended.
 */
import type { ExanteSheet } from "../../domain/exante/sheets";
import type { ExcelRun, ExcelWorksheet } from "../host/api";
import { columnWidthPoints } from "../host/officeValues";
import { freeSheetName } from "./freeNames";

function queueCells(sheet: ExcelWorksheet, content: ExanteSheet): void {
  for (const cell of content.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== undefined) range.values = [[cell.value]];
    if (cell.bold) range.format.font.bold = true;
    if (cell.wrap) range.format.wrapText = true;
  }
  for (const [letter, characters] of Object.entries(content.columnWidths)) {
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(characters);
  }
}

/** Writes the sheet as a new worksheet and returns the name it got. */
export function writeExanteSheet(run: ExcelRun, content: ExanteSheet): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const runtime = context.runtime.load("enableEvents");
    await context.sync();
    const name = freeSheetName(content.sheetName, sheets.items.map((sheet) => sheet.name));
    const eventsWere = runtime.enableEvents;
    context.runtime.enableEvents = false;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const sheet = context.workbook.worksheets.add(name);
    queueCells(sheet, content);
    sheet.activate();
    context.runtime.enableEvents = eventsWere;
    await context.sync();
    return name;
  });
}
