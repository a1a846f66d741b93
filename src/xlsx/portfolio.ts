/**
 * The portfolio on files: each contract file read and summed up on its own (the bytes and the parsed
 * workbook are dropped before the next file is read, so memory is bounded by the largest file), and the
 * portfolio workbook written with ExcelJS: the `Portfölj` table, the files that could not be read, and
 * optionally the `Årsrapport` sheet, print-ready.
 */
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJs";
import { isDateValue, type CellValue } from "../domain/followup/types";
import { PORTFOLIO_SHEET, PORTFOLIO_TABLE, UNREADABLE_SHEET, type Portfolio, type PortfolioTable } from "../domain/portfolio/portfolio";
import { REPORT_SHEET, type ReportLine } from "../domain/portfolio/report";
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
} from "../domain/portfolio/layout";
import { summarizeContract, type ContractSummary } from "../domain/portfolio/summary";
import { fromFollowupRead } from "../domain/validation/fromRead";
import { readFollowupWorkbook } from "./read";
import { addBarCharts } from "./charts";
import { writePrintSetup } from "./print";
import { readStoredZip, writeZip } from "./zip";

/** Reads one contract file and sums it up exactly as `syss validate` would validate it. */
export async function summarizeFile(bytes: Uint8Array, file: string, today: string): Promise<ContractSummary> {
  const workbook = await readFollowupWorkbook(bytes, file);
  return summarizeContract(file, fromFollowupRead(workbook), { today });
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isDateValue(value)) return new Date(`${value.date}T00:00:00Z`);
  return value;
}

function addPortfolioSheet(workbook: ExcelJS.Workbook, table: PortfolioTable): void {
  const sheet = workbook.addWorksheet(PORTFOLIO_SHEET, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  // A table needs at least one data row; an empty portfolio gets one empty row.
  const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  sheet.addTable({
    name: PORTFOLIO_TABLE,
    displayName: PORTFOLIO_TABLE,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.headers.map((header) => ({ name: header, filterButton: true })),
    rows: rows.map((row) => row.map(excelValue)),
  });
  table.headers.forEach((header, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = portfolioColumnWidth(header);
    const format = PORTFOLIO_NUMBER_FORMATS[table.kinds[header] ?? "text"];
    if (format !== undefined) for (let row = 2; row <= rows.length + 1; row++) sheet.getCell(row, index + 1).numFmt = format;
    const head = sheet.getCell(1, index + 1);
    head.alignment = { wrapText: true, vertical: "top" };
    // "< 5" is text in a number column: right-aligned like the numbers around it.
    if (table.kinds[header] === "count") for (let row = 2; row <= rows.length + 1; row++) sheet.getCell(row, index + 1).alignment = { horizontal: "right" };
  });
  writePrintSetup(sheet, { landscape: true, printArea: null, titleRows: "1:1" });
}

function addUnreadableSheet(workbook: ExcelJS.Workbook, portfolio: Portfolio): void {
  const sheet = workbook.addWorksheet(UNREADABLE_SHEET);
  sheet.getCell("A1").value = "Fil";
  sheet.getCell("B1").value = "Varför den inte kunde läsas";
  for (const cell of [sheet.getCell("A1"), sheet.getCell("B1")]) cell.font = { bold: true };
  portfolio.unreadable.forEach((item, index) => {
    sheet.getCell(index + 2, 1).value = item.file;
    sheet.getCell(index + 2, 2).value = item.message;
  });
  if (portfolio.unreadable.length === 0) sheet.getCell("A2").value = "Alla filer lästes in.";
  sheet.getColumn(1).width = UNREADABLE_COLUMN_WIDTHS.A;
  sheet.getColumn(2).width = UNREADABLE_COLUMN_WIDTHS.B;
  writePrintSetup(sheet, { landscape: true, printArea: null, titleRows: null });
}

function fontOf(style: (typeof REPORT_TEXT_STYLES)[keyof typeof REPORT_TEXT_STYLES]): Partial<ExcelJS.Font> {
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.size === null ? {} : { size: style.size }),
    ...(style.color === null ? {} : { color: { argb: `FF${style.color.slice(1)}` } }),
  };
}

function addReportSheet(workbook: ExcelJS.Workbook, lines: readonly ReportLine[]): void {
  const sheet = workbook.addWorksheet(REPORT_SHEET);
  sheet.getColumn(1).width = REPORT_COLUMN_WIDTHS.A;
  sheet.getColumn(2).width = REPORT_COLUMN_WIDTHS.B;
  lines.forEach((line, index) => {
    const row = reportRow(index);
    const label = sheet.getCell(row, 1);
    if (line.kind === "blank") return;
    if (line.kind !== "figure") {
      label.value = line.text;
      label.font = fontOf(REPORT_TEXT_STYLES[line.kind]);
      return;
    }
    label.value = line.label;
    const value = sheet.getCell(row, 2);
    const result = excelValue(line.value);
    value.value = line.formula === undefined ? result : ({ formula: line.formula.slice(1), result } as ExcelJS.CellFormulaValue);
    const format = REPORT_NUMBER_FORMATS[line.format];
    if (format !== undefined) value.numFmt = format;
    value.alignment = { horizontal: "right" };
  });
  // The print area takes in the charts beside the figures.
  const area = reportPrintArea(lines);
  writePrintSetup(sheet, { landscape: area.lastColumn === "K", printArea: `A1:${area.lastColumn}${area.lastRow}`, titleRows: null });
  sheet.headerFooter.oddFooter = `&L${REPORT_FOOTER.left}&R${REPORT_FOOTER.right}`;
}

export interface PortfolioWorkbookParts {
  readonly portfolio: Portfolio;
  readonly table: PortfolioTable;
  /** The annual report's lines, when a report is asked for. */
  readonly report?: readonly ReportLine[];
}

export function buildPortfolioWorkbook(parts: PortfolioWorkbookParts): ExcelJS.Workbook {
  const workbook = newExcelJsWorkbook();
  workbook.creator = "SYSS";
  // The report's formulas carry their results; a spreadsheet still recomputes them on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  if (parts.report !== undefined) addReportSheet(workbook, parts.report);
  addPortfolioSheet(workbook, parts.table);
  addUnreadableSheet(workbook, parts.portfolio);
  return workbook;
}

export async function writePortfolioXlsx(parts: PortfolioWorkbookParts): Promise<Uint8Array> {
  const workbook = buildPortfolioWorkbook(parts);
  const charts = parts.report === undefined ? [] : reportCharts(parts.report);
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const pkg = readStoredZip(new Uint8Array(buffer as ArrayBuffer));
  addBarCharts(pkg, REPORT_SHEET, charts);
  return writeZip(pkg);
}
