/**
 * The portfolio's sheets written into the open workbook through Office.js (spec/portfolio.md §2–3): the
 * `Portfölj` table, `Ej inlästa` and the `Årsrapport` with its formulas over the table, its bar charts and its
 * print setup. Layout, formats and charts follow src/domain/portfolio/layout.ts, as the ExcelJS writer of
 * `syss portfolio` does, so both give the same figures in the same cells.
 *
 * Nothing a user has is touched: the sheets and the table are new, under the wanted names or free variants
 * ("Årsrapport (2)", table "Portfolj2"), and the report's formulas refer to the table by the name it got.
 * Two round trips: one read (the names in use), one batch of writes with events off and calculation suspended.
 */
import { cellName, columnLetter, quoteSheetName } from "../../domain/common/a1";
import {
  PORTFOLIO_NUMBER_FORMATS,
  REPORT_COLUMN_WIDTHS,
  REPORT_FOOTER,
  REPORT_NUMBER_FORMATS,
  REPORT_TEXT_STYLES,
  UNREADABLE_COLUMN_WIDTHS,
  portfolioColumnWidth,
  reportCharts,
  reportPrintArea,
  reportRow,
} from "../../domain/portfolio/layout";
import { PORTFOLIO_SHEET, PORTFOLIO_TABLE, UNREADABLE_SHEET } from "../../domain/portfolio/portfolio";
import { REPORT_SHEET, type ReportLine } from "../../domain/portfolio/report";
import type { ExcelCellValue, ExcelRun, ExcelTableCollection, ExcelWorksheet } from "../host/api";
import { columnWidthPoints, toCellValue } from "../host/officeValues";
import { queuePrintSetup } from "../host/printSetup";
import type { PortfolioSheetsInput, PortfolioSheetsWritten } from "../workbook";
import { freeSheetName, freeTableName } from "./freeNames";
import { readsAsFormula } from "./writers";

/** The table style of the Portfölj table, as `syss portfolio` writes it. */
const TABLE_STYLE = "TableStyleMedium2";
/** Text a user or a supplier typed: the Text format keeps it as written ("=…" stays text, "00123" keeps its zeros). */
const TEXT_FORMAT = "@";

export interface PortfolioSheetsOptions {
  /** worksheet.pageLayout (ExcelApi 1.9): without it the print setup is left to the user. */
  readonly pageLayout: boolean;
}

function setWidths(sheet: ExcelWorksheet, widths: Readonly<Record<string, number>>): void {
  for (const [letter, characters] of Object.entries(widths)) sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(characters);
}

/** A text cell written so that Excel keeps it as text. */
function writeText(sheet: ExcelWorksheet, address: string, text: string): void {
  const range = sheet.getRange(address);
  if (readsAsFormula(text)) range.numberFormat = [[TEXT_FORMAT]];
  range.values = [[text]];
}

function queuePortfolioSheet(tables: ExcelTableCollection, sheet: ExcelWorksheet, names: PortfolioSheetsWritten, input: PortfolioSheetsInput, options: PortfolioSheetsOptions): void {
  const { headers, kinds } = input.table;
  // A table needs at least one data row: an empty portfolio gets one empty row.
  const rows: readonly (readonly ExcelCellValue[])[] = input.table.rows.length > 0 ? input.table.rows.map((row) => row.map((value) => toCellValue(value) ?? "")) : [headers.map(() => "")];
  const lastColumn = columnLetter(headers.length - 1);
  const lastRow = rows.length + 1;
  // Formats before values: text columns keep what a file held as text, the other columns show their numbers.
  headers.forEach((header, index) => {
    const format = PORTFOLIO_NUMBER_FORMATS[kinds[header] ?? "text"] ?? TEXT_FORMAT;
    const letter = columnLetter(index);
    sheet.getRange(`${letter}2:${letter}${lastRow}`).numberFormat = rows.map(() => [format]);
  });
  sheet.getRange(`A1:${lastColumn}1`).numberFormat = [headers.map(() => TEXT_FORMAT)];
  sheet.getRange(`A1:${lastColumn}1`).values = [[...headers]];
  sheet.getRange(`A2:${lastColumn}${lastRow}`).values = rows.map((row) => [...row]);
  const table = tables.add(`${quoteSheetName(names.portfolio)}!A1:${lastColumn}${lastRow}`, true);
  table.name = names.table;
  table.style = TABLE_STYLE;
  setWidths(sheet, Object.fromEntries(headers.map((header, index) => [columnLetter(index), portfolioColumnWidth(header)])));
  sheet.getRange(`A1:${lastColumn}1`).format.wrapText = true;
  sheet.freezePanes.freezeAt("A1:B1"); // the header row and the contract's ID and name stay in view
  if (options.pageLayout) queuePrintSetup(sheet.pageLayout, { landscape: true, printArea: null, titleRows: "1:1" });
}

function queueUnreadableSheet(sheet: ExcelWorksheet, input: PortfolioSheetsInput, options: PortfolioSheetsOptions): void {
  sheet.getRange("A1:B1").values = [["Fil", "Varför den inte kunde läsas"]];
  sheet.getRange("A1:B1").format.font.bold = true;
  if (input.unreadable.length === 0) {
    sheet.getRange("A2").values = [["Alla filer lästes in."]];
  } else {
    const last = input.unreadable.length + 1;
    sheet.getRange(`A2:B${last}`).numberFormat = input.unreadable.map(() => [TEXT_FORMAT, TEXT_FORMAT]);
    sheet.getRange(`A2:B${last}`).values = input.unreadable.map((item) => [item.file, item.message]);
  }
  setWidths(sheet, UNREADABLE_COLUMN_WIDTHS);
  if (options.pageLayout) queuePrintSetup(sheet.pageLayout, { landscape: true, printArea: null, titleRows: null });
}

function queueReportSheet(sheet: ExcelWorksheet, lines: readonly ReportLine[], options: PortfolioSheetsOptions): void {
  lines.forEach((line, index) => {
    const row = reportRow(index);
    if (line.kind === "blank") return;
    if (line.kind !== "figure") {
      writeText(sheet, `A${row}`, line.text);
      const style = REPORT_TEXT_STYLES[line.kind];
      const font = sheet.getRange(`A${row}`).format.font;
      if (style.bold) font.bold = true;
      if (style.italic) font.italic = true;
      if (style.color !== null) font.color = style.color;
      if (style.size !== null) font.size = style.size;
      return;
    }
    writeText(sheet, `A${row}`, line.label);
    const value = sheet.getRange(`B${row}`);
    const format = REPORT_NUMBER_FORMATS[line.format];
    if (format !== undefined) value.numberFormat = [[format]];
    if (line.formula !== undefined) value.formulas = [[line.formula]];
    else value.values = [[toCellValue(line.value) ?? ""]];
  });
  setWidths(sheet, REPORT_COLUMN_WIDTHS);
  for (const chart of reportCharts(lines)) {
    const added = sheet.charts.add("BarClustered", sheet.getRange(`B${chart.firstRow}:B${chart.lastRow}`), "Columns");
    added.name = chart.title;
    added.title.text = chart.title;
    added.setPosition(cellName(chart.from.row, chart.from.column), cellName(chart.to.row, chart.to.column));
    added.axes.categoryAxis.reversePlotOrder = true; // the bars in the order of the rows beside them
    const series = added.series.getItemAt(0);
    series.name = chart.title;
    series.setXAxisValues(sheet.getRange(`A${chart.firstRow}:A${chart.lastRow}`));
  }
  const area = reportPrintArea(lines);
  if (options.pageLayout) {
    queuePrintSetup(sheet.pageLayout, { landscape: area.lastColumn === "K", printArea: `$A$1:$${area.lastColumn}$${area.lastRow}`, titleRows: null });
    sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = REPORT_FOOTER.left;
    sheet.pageLayout.headersFooters.defaultForAllPages.rightFooter = REPORT_FOOTER.right;
  }
}

/** Adds the three sheets and activates the report; resolves to the names they (and the table) got. */
export function writePortfolioSheets(run: ExcelRun, input: PortfolioSheetsInput, options: PortfolioSheetsOptions): Promise<PortfolioSheetsWritten> {
  return run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets.load("items/name");
    const tables = workbook.tables.load("items/name");
    const names = workbook.names.load("items/name");
    const runtime = context.runtime.load("enableEvents");
    await context.sync();

    const takenSheets = sheets.items.map((sheet) => sheet.name);
    const pick = (wanted: string): string => {
      const name = freeSheetName(wanted, takenSheets);
      takenSheets.push(name);
      return name;
    };
    const written: PortfolioSheetsWritten = {
      report: pick(REPORT_SHEET),
      portfolio: pick(PORTFOLIO_SHEET),
      unreadable: pick(UNREADABLE_SHEET),
      table: freeTableName(PORTFOLIO_TABLE, [...tables.items.map((table) => table.name), ...names.items.map((name) => name.name)]),
    };
    const lines = input.report(written.table);

    const eventsWere = runtime.enableEvents;
    context.runtime.enableEvents = false; // our own writes must not trigger the live validation
    workbook.application.suspendApiCalculationUntilNextSync();
    // The report first in tab order, as `syss portfolio` writes it; the table before the formulas that refer to it.
    const report = workbook.worksheets.add(written.report);
    const portfolio = workbook.worksheets.add(written.portfolio);
    queuePortfolioSheet(workbook.tables, portfolio, written, input, options);
    queueUnreadableSheet(workbook.worksheets.add(written.unreadable), input, options);
    queueReportSheet(report, lines, options);
    report.activate();
    context.runtime.enableEvents = eventsWere;
    await context.sync();
    return written;
  });
}
