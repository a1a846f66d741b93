/**
 * Writes the findings to the `Validering` sheet as an Excel table, each row with a HYPERLINK to the cell it
 * is about, in ONE round trip, with events off and calculation and screen updating suspended. Only the
 * Validering sheet is written: the user's own cells are never recoloured or rewritten.
 */
import type { ExcelCellValue, ExcelRequestContext, ExcelWorksheet } from "../host/api";
import { VALIDATION_SHEET_TEXTS as TEXTS, type ValidationLang } from "../../domain/i18n/validation";
import { fillText } from "../../domain/common/text";
import type { ContractStatus } from "../../domain/validation/contractStatus";
import { countBySeverity, type Finding } from "../../domain/validation/findings";
import { FINDINGS_SHEET, FINDINGS_TABLE } from "../../domain/validation/input";

export const VALIDATION_SHEET = FINDINGS_SHEET;
export const VALIDATION_TABLE = FINDINGS_TABLE;
export const VALIDATION_HEADERS = ["Allvarlighet", "Kod", "Blad", "Cell", "Kolumn", "Ärende-ID", "Meddelande", "Åtgärd"] as const;
/** The table's header row; rows 1–2 hold the title and the summary line. */
export const VALIDATION_HEADER_ROW = 4;
const LINK_COLUMN = VALIDATION_HEADERS.indexOf("Cell");
const LAST_COLUMN = "H";

export interface WriteFindingsOptions {
  readonly today: string;
  readonly lang: ValidationLang;
  /** Whether the Validering sheet exists and how many data rows its table has (null: no table). */
  readonly sheetExists: boolean;
  readonly tableRows: number | null;
  /** ExcelApi 1.9 has suspendScreenUpdatingUntilNextSync; older hosts do not. */
  readonly canSuspendScreenUpdating?: boolean;
  /** Events are turned back to this after the write (default on): what they were before it. */
  readonly eventsEnabledBefore?: boolean;
}

function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `=HYPERLINK("#'Placeringar'!L3","Placeringar!L3")`: a click goes to the cell. */
export function cellLink(sheet: string, address: string): string {
  if (address === "") return "";
  return `=HYPERLINK(${formulaText(`#${quoteSheet(sheet)}!${address}`)},${formulaText(`${sheet}!${address}`)})`;
}

/** The table rows: text cells as values (the columns are text-formatted), the link column as formulas. */
export function findingRows(findings: readonly Finding[], lang: ValidationLang): { values: ExcelCellValue[][]; links: ExcelCellValue[][] } {
  if (findings.length === 0) {
    return { values: [["", "", "", "", "", "", TEXTS.noFindings[lang], ""]], links: [[""]] };
  }
  return {
    values: findings.map((item) => [TEXTS.severity[item.severity][lang], item.code, item.sheet, "", item.column, item.rowId, item.message[lang], item.fix[lang]]),
    links: findings.map((item) => [cellLink(item.sheet, item.address)]),
  };
}

/** "Validerad 2025-10-01: 3 fel, 2 varningar, 1 upplysningar. Status: Risk." (no status part without one). */
export function summaryLine(findings: readonly Finding[], status: ContractStatus | null, today: string, lang: ValidationLang): string {
  const counts = countBySeverity(findings);
  const values = { today, errors: String(counts.error), warnings: String(counts.warning), infos: String(counts.info) };
  if (status === null) return fillText(TEXTS.summaryWithoutStatus, values)[lang];
  return fillText(TEXTS.summary, { ...values, status: status.status ?? TEXTS.noStatus[lang] })[lang];
}

function textFormats(rows: number, columns: number): ExcelCellValue[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => "@"));
}

/** Queues the whole write (no sync): the caller syncs once. */
export function queueFindingsWrite(context: ExcelRequestContext, findings: readonly Finding[], status: ContractStatus | null, options: WriteFindingsOptions): void {
  const { workbook } = context;
  // Our own writes must not look like user edits to any change handler, ours included.
  context.runtime.enableEvents = false;
  workbook.application.suspendApiCalculationUntilNextSync();
  if (options.canSuspendScreenUpdating !== false) workbook.application.suspendScreenUpdatingUntilNextSync();

  const sheet: ExcelWorksheet = options.sheetExists ? workbook.worksheets.getItem(VALIDATION_SHEET) : workbook.worksheets.add(VALIDATION_SHEET);
  sheet.getRange("A1:A2").values = [[TEXTS.title[options.lang]], [summaryLine(findings, status, options.today, options.lang)]];
  sheet.getRange("A1").format.font.bold = true;

  const { values, links } = findingRows(findings, options.lang);
  const first = VALIDATION_HEADER_ROW + 1;
  const last = VALIDATION_HEADER_ROW + values.length;
  if (options.tableRows === null) {
    const header = sheet.getRange(`A${VALIDATION_HEADER_ROW}:${LAST_COLUMN}${VALIDATION_HEADER_ROW}`);
    header.values = [[...VALIDATION_HEADERS]];
    writeBody(sheet, first, last, values, links);
    const table = workbook.tables.add(`${quoteSheet(VALIDATION_SHEET)}!A${VALIDATION_HEADER_ROW}:${LAST_COLUMN}${last}`, true);
    table.name = VALIDATION_TABLE;
    table.style = "TableStyleLight9";
  } else {
    const table = workbook.tables.getItem(VALIDATION_TABLE);
    const existing = Math.max(1, options.tableRows);
    if (values.length > existing) {
      table.rows.add(undefined, Array.from({ length: values.length - existing }, () => VALIDATION_HEADERS.map(() => "")));
    }
    writeBody(sheet, first, last, values, links);
    // Excel tables cannot shrink through this API subset: rows past the findings are emptied, not removed.
    if (existing > values.length) sheet.getRange(`A${last + 1}:${LAST_COLUMN}${VALIDATION_HEADER_ROW + existing}`).clear("Contents");
  }
  context.runtime.enableEvents = options.eventsEnabledBefore ?? true;
}

function writeBody(sheet: ExcelWorksheet, first: number, last: number, values: ExcelCellValue[][], links: ExcelCellValue[][]): void {
  const body = sheet.getRange(`A${first}:${LAST_COLUMN}${last}`);
  // Text format first, so a user's Ärende-ID such as "=1+1" is written as text, never as a formula.
  body.numberFormat = textFormats(values.length, VALIDATION_HEADERS.length);
  body.values = values.map((row) => row.map((cell, column) => (column === LINK_COLUMN ? null : cell))) as ExcelCellValue[][];
  const linkColumn = sheet.getRange(`D${first}:D${last}`);
  linkColumn.numberFormat = links.map(() => ["General"]);
  linkColumn.formulas = links;
}

/** Writes the findings in one round trip. */
export async function writeFindings(context: ExcelRequestContext, findings: readonly Finding[], status: ContractStatus | null, options: WriteFindingsOptions): Promise<void> {
  queueFindingsWrite(context, findings, status, options);
  await context.sync();
}
