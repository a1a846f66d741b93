/**
 * The SheetWriterPort over Office.js: whole sheets written cell by cell (calculation, Beslutsunderlag) and the
 * Parametrar table. Each write is one batch with events off and calculation suspended; two round trips each.
 */
import { PARAMETER_HEADERS, SHEETS, TABLES } from "../../domain/followup/names";
import type { ParameterRow } from "../../domain/followup/types";
import { EXCEL_TEXTS } from "../../domain/i18n/excel";
import { ExcelPortError } from "../portError";
import type { ExcelCellValue, ExcelRequestContext, ExcelRun, ExcelWorksheet } from "../host/api";
import { cellName, formatRect, parseRect, splitSheet } from "../../domain/common/a1";
import { writeExanteSheet } from "./exante";
import { freeSheetName } from "./freeNames";
import { columnWidthPoints } from "../host/officeValues";
import type { DecisionSheet, SheetContent, SheetWriterPort } from "../workbook";

// The guide (taskpane/guide/decisionSheet.ts) names the same sheet; the pane services own that seam.
const DECISION_SHEET_NAME = "Beslutsunderlag";
const FIRST_ROW = 4;

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

/** What a cell holds as its formulas read gives it ("" for empty), compared as text. */
function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** What the add-in would put in each cell, by upper-case A1 address. */
function wantedCells(content: SheetContent): Map<string, string> {
  return new Map(content.cells.map((cell) => [cell.address.toUpperCase(), cellText(cell.formula ?? cell.value)]));
}

/**
 * Whether writing `content` over a sheet whose cells are `current` (upper-case address → formula text, only
 * non-empty cells) would lose a cell: a non-empty cell the add-in would change is the add-in's own only when it
 * still holds what the add-in last wrote or read there (`base`); anything else a user may have typed.
 */
export function wouldLoseCells(content: SheetContent, current: ReadonlyMap<string, string>, base: Readonly<Record<string, string>> = {}): boolean {
  for (const [address, wanted] of wantedCells(content)) {
    const now = current.get(address) ?? "";
    if (now !== "" && now !== wanted && base[address] !== now) return true;
  }
  return false;
}

/** A sheet's non-empty cells as formula text by upper-case A1 address; null when there is no such sheet. */
async function readCells(context: ExcelRequestContext, sheet: ExcelWorksheet): Promise<Map<string, string>> {
  const used = sheet.getUsedRangeOrNullObject().load("address, formulas");
  await context.sync();
  const cells = new Map<string, string>();
  if (used.isNullObject) return cells;
  const rect = parseRect(used.address);
  (used.formulas as unknown[][]).forEach((row, r) =>
    row.forEach((value, c) => {
      const text = cellText(value);
      if (text !== "") cells.set(cellName(rect.top + r, rect.left + c), text);
    }),
  );
  return cells;
}

/** The sheet's non-empty cells (formula text by upper-case A1 address), or null when the workbook has no such sheet. */
export function readSheetCells(run: ExcelRun, sheetName: string): Promise<Map<string, string> | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    return sheet.isNullObject ? null : readCells(context, sheet);
  });
}

/**
 * Writes the cells onto the sheet of that name, and never loses a cell a user typed: the sheet is merged
 * into only when every non-empty cell the write would change still holds what the add-in wrote or read
 * there (`base`, the caller's memory of that sheet); then the add-in's old cells the new content no longer
 * has are cleared and everything else is left alone. Otherwise the content goes to a new sheet with the
 * first free name ("Kalkyl (2)"). Resolves to the name written.
 */
export function writeSheet(run: ExcelRun, content: SheetContent, base: Readonly<Record<string, string>> = {}, alwaysNew = false): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const existing = context.workbook.worksheets.getItemOrNullObject(content.sheetName);
    const runtime = context.runtime.load("enableEvents");
    await context.sync();
    // A sheet that must be new never reads the existing one: the sheet names alone choose its name.
    const current = existing.isNullObject || alwaysNew ? new Map<string, string>() : await readCells(context, existing);
    const merge = !alwaysNew && !existing.isNullObject && !wouldLoseCells(content, current, base);
    const name = existing.isNullObject || merge ? content.sheetName : freeSheetName(content.sheetName, sheets.items.map((sheet) => sheet.name));
    await writeQuietly(context, runtime.enableEvents, () => {
      const sheet = merge ? existing : context.workbook.worksheets.add(name);
      if (merge) {
        // The add-in's own old cells (still as it left them) that the new content does not write.
        const wanted = wantedCells(content);
        for (const [address, now] of current) {
          if (!wanted.has(address) && base[address] === now) sheet.getRange(address).clear("Contents");
        }
      }
      queueCells(sheet, content);
      sheet.activate();
    });
    // Excel compares sheet names case-insensitively: a merge keeps the sheet's own spelling.
    const taken = sheets.items.find((sheet) => sheet.name.toLowerCase() === content.sheetName.toLowerCase());
    return merge && taken ? taken.name : name;
  });
}

function decisionSheetCells(sheet: DecisionSheet): SheetContent {
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

function parameterCells(row: ParameterRow, value: ExcelCellValue): Record<(typeof PARAMETER_COLUMNS)[number], ExcelCellValue> {
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
 * Rewrites the Parametrar rows for a parameter set, and never loses a cell a user typed. "keepEdits" keeps every
 * Värde a user changed (a formula, or a value that differs from its Standardvärde); "reset" writes the defaults
 * (the user asked for them). A user's own rows (a key the set does not know and no Standardvärde) are kept after
 * the set's rows, and so is a row of an older set that the new one lacks once a user has changed it; the other
 * rows of an older set are blanked. Columns outside the template are the user's and stay with their row.
 * Kept cells are not rewritten where they stay (null leaves a cell as it is, formats included); a kept cell
 * whose row moves is copied with its formula and number format.
 */
export function writeParameters(run: ExcelRun, rows: readonly ParameterRow[], mode: "keepEdits" | "reset"): Promise<number> {
  const tableName = TABLES.parameters;
  return run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const range = table.getRange().load("address, values, formulas, numberFormat");
    const runtime = context.runtime.load("enableEvents");
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code === "ItemNotFound") throw new ExcelPortError("parametersMissing", { table: tableName });
      throw error;
    }
    const rect = parseRect(range.address);
    const [header = [], ...body] = range.values as ExcelCellValue[][];
    const formulas = (range.formulas as ExcelCellValue[][]).slice(1);
    const formats = (range.numberFormat as ExcelCellValue[][]).slice(1);
    const index = Object.fromEntries(
      PARAMETER_COLUMNS.map((key) => {
        const at = header.findIndex((h) => String(h).toLowerCase() === PARAMETER_HEADERS[key].toLowerCase());
        if (at < 0) throw new ExcelPortError("parametersColumnMissing", { table: tableName, column: PARAMETER_HEADERS[key] });
        return [key, at];
      }),
    ) as Record<(typeof PARAMETER_COLUMNS)[number], number>;
    const ownColumns = new Set<number>(Object.values(index));

    // A formula's text differs from its result; text kept as typed ("=ej en formel" in a Text cell) reads the same both ways.
    const isFormulaAt = (row: number, column: number) => {
      const text = cellText(formulas[row]?.[column]);
      return text.startsWith("=") && text !== cellText(body[row]?.[column]);
    };
    const valueEdited = (row: number) => {
      const cells = body[row]!;
      return isFormulaAt(row, index.value) || (cells[index.value] !== "" && cells[index.value] !== cells[index.default]);
    };
    const hasExtraCells = (row: number) => header.some((_, c) => !ownColumns.has(c) && cellText(formulas[row]?.[c]) !== "");

    const existing = new Map(body.map((cells, row) => [String(cells[index.key]).toLowerCase(), row]));
    const wanted = new Set(rows.map((row) => row.key.toLowerCase()));
    /** One output row: what to write per column (null: keep what the source row has there). */
    interface OutRow {
      readonly cells: (ExcelCellValue | null)[];
      /** The body row the kept cells come from; undefined for a new row. */
      readonly from: number | undefined;
    }
    const setRows: OutRow[] = rows.map((row) => {
      const from = existing.get(row.key.toLowerCase());
      const keepValue = from !== undefined && mode === "keepEdits" && valueEdited(from);
      const cells = parameterCells(row, row.value);
      const out: (ExcelCellValue | null)[] = header.map(() => null);
      for (const key of PARAMETER_COLUMNS) out[index[key]] = key === "value" && keepValue ? null : cells[key];
      return { cells: out, from };
    });
    // A row the add-in wrote has a Standardvärde; one without is a user's own. Both are kept once a user changed them.
    const keptRows: OutRow[] = body.flatMap((cells, row) => {
      const key = String(cells[index.key]);
      if (key === "" && !hasExtraCells(row) && !header.some((_, c) => cellText(formulas[row]?.[c]) !== "")) return [];
      if (wanted.has(key.toLowerCase())) return [];
      const userRow = cells[index.default] === "";
      if (!userRow && !valueEdited(row) && !hasExtraCells(row)) return [];
      return [{ cells: header.map(() => null), from: row }];
    });
    const allRows = [...setRows, ...keptRows];
    const leftover = Math.max(0, body.length - allRows.length);

    await writeQuietly(context, runtime.enableEvents, () => {
      if (allRows.length > body.length) {
        const blank = header.map(() => "" as ExcelCellValue);
        table.rows.add(undefined, Array.from({ length: allRows.length - body.length }, () => [...blank]));
      }
      const sheet = context.workbook.worksheets.getItem(splitSheet(range.address).sheet ?? SHEETS.parameters);
      // What each output row holds where it writes nothing: its source row's cells, or blank when it has none.
      const matrix = allRows.map((out, at) =>
        out.cells.map((cell, column) => {
          if (cell !== null) return cell;
          if (out.from === at) return null;
          return out.from === undefined || cellText(formulas[out.from]?.[column]) === "" ? "" : null;
        }),
      );
      const bodyRect = { top: rect.top + 1, left: rect.left, rows: allRows.length, columns: rect.columns };
      sheet.getRange(formatRect(bodyRect)).values = matrix;
      // Kept cells of a row that moved: copied one by one, formula and number format included.
      allRows.forEach((out, at) => {
        if (out.from === undefined || out.from === at) return;
        out.cells.forEach((cell, column) => {
          const text = cellText(formulas[out.from!]?.[column]);
          if (cell !== null || text === "") return;
          const target = sheet.getRange(cellName(rect.top + 1 + at, rect.left + column));
          target.numberFormat = [[formats[out.from!]?.[column] ?? "General"]];
          if (isFormulaAt(out.from!, column)) target.formulas = [[text]];
          else target.values = [[body[out.from!]![column]!]];
        });
      });
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
    writeSheet: (content, base) => writeSheet(run, content, base),
    writeSheetAsNew: (content) => writeSheet(run, content, {}, true),
    readSheetCells: (sheetName) => readSheetCells(run, sheetName),
    writeDecisionSheet: (sheet, base) => writeSheet(run, decisionSheetCells(sheet), base),
    writeParameters: (rows, mode) => writeParameters(run, rows, mode),
    writeNewSheet: (content) => writeExanteSheet(run, content),
  };
}
