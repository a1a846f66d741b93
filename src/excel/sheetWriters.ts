/**
 * The SheetWriterPort over Office.js: whole sheets written cell by cell (calculation, Beslutsunderlag) and the
 * Parametrar table. Each write is one batch with events off and calculation suspended; two round trips each.
 */
import { PARAMETER_HEADERS, SHEETS, TABLES } from "../domain/followup/names";
import type { ParameterRow } from "../domain/followup/types";
import { EXCEL_TEXTS, excelText, type ExcelText, type ExcelTextKey } from "../domain/i18n/excel";
import type { CellValue, ExcelRequestContext, ExcelRun, ExcelWorksheet } from "./api";
import { formatRect, parseRect, splitSheet } from "./a1";
import { columnWidthPoints } from "./officeValues";
import type { CalculationSheet, DecisionSheet, SheetContent, SheetWriterPort } from "./port";

export const DECISION_SHEET_NAME = "Beslutsunderlag";
const FIRST_ROW = 4;

/** A problem the user can act on, with its message in both languages (never a stack trace). */
export class ExcelPortError extends Error {
  readonly code: ExcelTextKey;
  readonly texts: ExcelText;

  constructor(code: ExcelTextKey, values: Record<string, string | number> = {}) {
    const texts = excelText(code, values);
    super(texts.en);
    this.name = "ExcelPortError";
    this.code = code;
    this.texts = texts;
  }
}

/** Events off and calculation suspended for the writes queued by `write`; the events setting is restored. */
async function writeQuietly(context: ExcelRequestContext, eventsWere: boolean, write: () => void): Promise<void> {
  context.runtime.enableEvents = false;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  write();
  context.runtime.enableEvents = eventsWere;
  await context.sync();
}

/**
 * Text Excel would turn into a formula when written as a value: per the Office.js typings a value
 * starting with "=", "+" or "-" is read as a formula, and "@" starts one too ("- ej aktuellt" typed
 * in the task pane must stay that text). A plain number ("-5") is left to Excel, which stores a number.
 */
export function readsAsFormula(value: unknown): boolean {
  return typeof value === "string" && value.length > 1 && /^[=+\-@]/.test(value) && !Number.isFinite(Number(value));
}

function queueCells(sheet: ExcelWorksheet, content: SheetContent): void {
  for (const cell of content.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    // User text is written as text: the Text format makes Excel keep it as typed.
    else if (cell.formula === undefined && readsAsFormula(cell.value)) range.numberFormat = [["@"]];
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== undefined) range.values = [[cell.value]];
    if (cell.bold) range.format.font.bold = true;
  }
  for (const [letter, characters] of Object.entries(content.columnWidths ?? {})) {
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(characters);
  }
}

export function writeSheet(run: ExcelRun, content: SheetContent): Promise<string> {
  return run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(content.sheetName);
    const runtime = context.runtime.load("enableEvents");
    await context.sync();
    await writeQuietly(context, runtime.enableEvents, () => {
      const sheet = existing.isNullObject ? context.workbook.worksheets.add(content.sheetName) : existing;
      // Replacing the sheet's contents (not the sheet) keeps formulas elsewhere that point at it valid.
      if (!existing.isNullObject) sheet.getRange().clear("All");
      queueCells(sheet, content);
      sheet.activate();
    });
    return content.sheetName;
  });
}

/** The calculation sheet's fixed layout: inputs as label | value from A4, results as label | formula from E4. */
export function calculationSheetContent(sheet: CalculationSheet): SheetContent {
  const cells = [
    { address: "A1", value: sheet.title, bold: true },
    ...sheet.inputs.flatMap((input, i) => [
      { address: `A${FIRST_ROW + i}`, value: input.label },
      { address: `B${FIRST_ROW + i}`, value: input.value },
    ]),
    ...sheet.formulas.flatMap((entry, i) => [
      { address: `E${FIRST_ROW + i}`, value: entry.label },
      { address: `F${FIRST_ROW + i}`, formula: entry.formula },
    ]),
  ];
  return { sheetName: sheet.sheetName, cells, columnWidths: { A: 30, B: 14, E: 16, F: 40 } };
}

export function decisionSheetContent(sheet: DecisionSheet): SheetContent {
  const headers = sheet.headers ?? (EXCEL_TEXTS.decisionHeaders.sv.split("|") as [string, string, string]);
  const last = FIRST_ROW + sheet.rows.length - 1;
  const cells = [
    { address: "A1", value: sheet.title, bold: true },
    ...headers.map((header, i) => ({ address: `${"ABC"[i]}3`, value: header, bold: true })),
    ...sheet.rows.flatMap((row, i) => [
      { address: `A${FIRST_ROW + i}`, value: row.question },
      { address: `B${FIRST_ROW + i}`, value: row.answer },
      { address: `C${FIRST_ROW + i}`, value: row.comment },
    ]),
    { address: `A${last + 2}`, value: sheet.conclusion, bold: true },
  ];
  return { sheetName: DECISION_SHEET_NAME, cells, columnWidths: { A: 60, B: 20, C: 60 } };
}

const PARAMETER_COLUMNS = ["key", "label", "value", "unit", "default", "source", "estimate"] as const;

function parameterCells(row: ParameterRow, value: CellValue): Record<(typeof PARAMETER_COLUMNS)[number], CellValue> {
  return {
    key: row.key,
    label: row.label,
    value,
    unit: row.unit,
    default: row.default,
    source: row.source,
    estimate: row.estimate ? "Ja" : "Nej",
  };
}

/**
 * Rewrites the Parametrar rows for a parameter set. "keepEdits" keeps every Värde a user changed (one that
 * differs from its Standardvärde); "reset" writes the defaults. A user's own rows (a key the set does not know
 * and no Standardvärde) are kept after the set's rows; rows of an older set that the new one lacks are blanked.
 * Columns outside the template are left as they are.
 */
export function writeParameters(run: ExcelRun, rows: readonly ParameterRow[], mode: "keepEdits" | "reset"): Promise<number> {
  const tableName = TABLES.parameters;
  return run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const range = table.getRange().load("address, values");
    const runtime = context.runtime.load("enableEvents");
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code === "ItemNotFound") throw new ExcelPortError("parametersMissing", { table: tableName });
      throw error;
    }
    const rect = parseRect(range.address);
    const [header = [], ...body] = range.values as CellValue[][];
    const index = Object.fromEntries(
      PARAMETER_COLUMNS.map((key) => {
        const at = header.findIndex((h) => String(h).toLowerCase() === PARAMETER_HEADERS[key].toLowerCase());
        if (at < 0) throw new ExcelPortError("parametersColumnMissing", { table: tableName, column: PARAMETER_HEADERS[key] });
        return [key, at];
      }),
    ) as Record<(typeof PARAMETER_COLUMNS)[number], number>;

    const existing = new Map(body.map((cells) => [String(cells[index.key]).toLowerCase(), cells]));
    const wanted = new Set(rows.map((row) => row.key.toLowerCase()));
    const newBody: (CellValue | null)[][] = rows.map((row) => {
      const old = existing.get(row.key.toLowerCase());
      const edited = old !== undefined && old[index.value] !== "" && old[index.value] !== old[index.default];
      const cells = parameterCells(row, mode === "keepEdits" && edited ? old![index.value]! : row.value);
      const out: (CellValue | null)[] = header.map(() => null);
      for (const key of PARAMETER_COLUMNS) out[index[key]] = cells[key];
      return out;
    });
    // A row the add-in wrote has a Standardvärde; one without is a user's own and is kept.
    const userRows = body.filter(
      (cells) =>
        String(cells[index.key]) !== "" &&
        cells[index.default] === "" &&
        !wanted.has(String(cells[index.key]).toLowerCase()),
    );
    const allRows = [...newBody, ...userRows];
    const leftover = Math.max(0, body.length - allRows.length);

    await writeQuietly(context, runtime.enableEvents, () => {
      if (allRows.length > body.length) {
        const blank = header.map(() => "" as CellValue);
        table.rows.add(undefined, Array.from({ length: allRows.length - body.length }, () => [...blank]));
      }
      const sheet = context.workbook.worksheets.getItem(splitSheet(range.address).sheet ?? SHEETS.parameters);
      const bodyRect = { top: rect.top + 1, left: rect.left, rows: allRows.length, columns: rect.columns };
      sheet.getRange(formatRect(bodyRect)).values = allRows;
      if (leftover > 0) {
        // A shorter set leaves blank rows rather than deleting table rows, so nothing below the table moves.
        const rest = { top: rect.top + 1 + allRows.length, left: rect.left, rows: leftover, columns: rect.columns };
        sheet.getRange(formatRect(rest)).values = Array.from({ length: leftover }, () => header.map(() => ""));
      }
    });
    return rows.length;
  });
}

export function createOfficeSheetWriter(run: ExcelRun): SheetWriterPort {
  return {
    writeSheet: (content) => writeSheet(run, content),
    writeCalculationSheet: (sheet) => writeSheet(run, calculationSheetContent(sheet)),
    writeDecisionSheet: async (sheet) => {
      await writeSheet(run, decisionSheetContent(sheet));
    },
    writeParameters: (rows, mode) => writeParameters(run, rows, mode),
  };
}
