/**
 * Where the portfolio workbook's parts go and how they look, as data: the `Årsrapport` sheet (one line per
 * row, labels in A and figures in B, bar charts in D–K), the `Portfölj` table's number formats and widths,
 * and the print setup. Both writers follow it, so a report written by `syss portfolio` (ExcelJS,
 * src/xlsx/portfolio.ts) and one written by the pane (Office.js, src/excel/sheets/portfolio.ts) have the
 * same figures in the same cells.
 */
import { AMOUNT_FORMAT, DATE_FORMAT, MONTHS_FORMAT, PERCENT_FORMAT } from "../followup/template";
import type { PortfolioTable } from "./portfolio";
import type { ReportFormat, ReportLine } from "./report";

/** Number formats of the report's figures (column B). */
export const REPORT_NUMBER_FORMATS: Readonly<Record<ReportFormat, string | undefined>> = { count: "0", months: MONTHS_FORMAT, share: PERCENT_FORMAT, kr: AMOUNT_FORMAT, text: undefined };

/** Number formats of the Portfölj table's columns by kind; text columns keep what they hold as text. */
export const PORTFOLIO_NUMBER_FORMATS: Readonly<Record<PortfolioTable["kinds"][string], string | undefined>> = {
  date: DATE_FORMAT,
  months: MONTHS_FORMAT,
  share: PERCENT_FORMAT,
  kr: AMOUNT_FORMAT,
  count: "0",
  number: "0",
  text: undefined,
};

/** Column widths in characters: the report's labels and figures; a Portfölj column fits its header (10–40). */
export const REPORT_COLUMN_WIDTHS = { A: 48, B: 18 } as const;
export const UNREADABLE_COLUMN_WIDTHS = { A: 40, B: 90 } as const;

export function portfolioColumnWidth(header: string): number {
  return Math.min(40, Math.max(10, header.length + 2));
}

/** The look of the report's text lines. */
export const REPORT_TEXT_STYLES: Readonly<Record<"title" | "heading" | "note", { readonly bold: boolean; readonly italic: boolean; readonly color: string | null; readonly size: number | null }>> = {
  title: { bold: true, italic: false, color: "#1F4E79", size: 14 },
  heading: { bold: true, italic: false, color: null, size: 11 },
  note: { bold: false, italic: true, color: "#595959", size: null },
};

/** The report's footer, in Excel's codes: the sheet's name left, "Sida 1 av 2" right. */
export const REPORT_FOOTER = { left: "&A", right: "Sida &P av &N" } as const;

export type ChartGroup = NonNullable<Extract<ReportLine, { kind: "figure" }>["chart"]>;

export const CHART_TITLES: Readonly<Record<ChartGroup, string>> = {
  status: "Avtal per status",
  months: "Åtagande och utfört (heltidsmånader)",
  actors: "Samhällsekonomiskt resultat per aktör (kr)",
};

/** Rows each chart takes beside the report, stacked from the top in columns D–K. */
export const CHART_ROWS = 18;

export interface ReportChart {
  readonly group: ChartGroup;
  readonly title: string;
  /** 1-based sheet rows of the categories (column A) and values (column B). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Where the chart sits: 0-based column and row of its top-left and bottom-right cells. */
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

/** The sheet row of a report line: line i on row i + 1, blank lines included. */
export function reportRow(index: number): number {
  return index + 1;
}

/** One bar chart per chart group the report has figures for (status per contract, committed vs served, result per actor). */
export function reportCharts(lines: readonly ReportLine[]): ReportChart[] {
  const charts: ReportChart[] = [];
  for (const group of ["status", "months", "actors"] as const) {
    const rows = lines.flatMap((line, index) => (line.kind === "figure" && line.chart === group ? [reportRow(index)] : []));
    if (rows.length === 0) continue;
    const top = charts.length * CHART_ROWS;
    charts.push({ group, title: CHART_TITLES[group], firstRow: Math.min(...rows), lastRow: Math.max(...rows), from: { column: 3, row: top }, to: { column: 11, row: top + CHART_ROWS - 2 } });
  }
  return charts;
}

/** The report's print area: the figures and the charts beside them (A–K). */
export function reportPrintArea(lines: readonly ReportLine[]): { readonly lastColumn: "B" | "K"; readonly lastRow: number } {
  const charts = reportCharts(lines);
  if (charts.length === 0) return { lastColumn: "B", lastRow: Math.max(1, lines.length) };
  return { lastColumn: "K", lastRow: Math.max(lines.length, charts.length * CHART_ROWS) };
}
