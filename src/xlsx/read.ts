/**
 * Reads a follow-up workbook file into plain objects: the Avtal values, the Placeringar and Rapporter
 * rows with their headers and sheet rows, the target groups and the template version. Bad files give a
 * WorkbookReadError (a typed error with a Swedish and English message), never a raw exception.
 */
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJs";
import { bottomRow, columnIndex, columnLetter, rightColumn, tryParseRect } from "../domain/common/a1";
import { CONTRACT_FIELDS } from "../domain/followup/contract";
import { MARKER_NAME, SHEETS, TABLES, TARGET_GROUP_HEADERS, type ContractFieldKey } from "../domain/followup/names";
import type { CellValue } from "../domain/followup/types";
import { READ_ERRORS, type ReadErrorCode } from "../domain/i18n/followup";
import { UserError } from "../domain/common/errors";
import { fillText } from "../domain/common/text";
import { FINDINGS_SHEET, type LooseCell } from "../domain/validation/input";
import { fromFileFormula } from "./file-formulas";
import { sheetParts } from "./patch";
import {
  MAX_ROWS,
  MAX_ROWS_LOADED,
  MAX_ROW_BYTES,
  MAX_SHEET_BYTES,
  MAX_TABLE_COLUMNS,
  MAX_UNPACKED_BYTES,
  countRowElements,
  countRowElementsStreaming,
} from "./limits";
import { SheetTooLargeError, TooManyRowsError, dateFromMs, scanSheetRows, type CellContext, type ScannedCell } from "./sheetStream";
import { NotAWorkbookError, workbookParts, type TableEntry, type WorkbookParts } from "./workbookParts";
import { ZipFormatError, ZipTooLargeError, concatChunks, inflatedChunks, rawEntries, readZip, writeStoredZip, type RawEntry } from "./zip";

/** A read value: what the cell shows (a formula's cached result), or a spreadsheet error like "#N/A". */
export type ReadValue = CellValue | { readonly error: string };

export interface ReadTable {
  readonly name: string;
  readonly sheet: string;
  /** Table range, e.g. "A1:AA12". */
  readonly range: string;
  readonly headers: readonly string[];
  /** Data rows in table order; `row` is the 1-based sheet row, for findings that point at cells. */
  readonly rows: readonly { readonly row: number; readonly values: readonly ReadValue[] }[];
  /** Formula of each column's first data row ("=..." typed form), or null for a value column. */
  readonly formulas: readonly (string | null)[];
  /** Filled rows directly below the table (outside it), up to the first empty row. */
  readonly below?: readonly (readonly ReadValue[])[];
}

export interface FollowupWorkbook {
  /** The template version recorded in the workbook, or null when it has no SYSS marker. */
  readonly templateVersion: string | null;
  readonly sheetNames: readonly string[];
  readonly contract: Readonly<Record<ContractFieldKey, ReadValue>>;
  /** Where each Avtal value was read from (sheet-qualified A1), for findings. */
  readonly contractAddresses: Readonly<Record<ContractFieldKey, string>>;
  readonly targetGroups: readonly string[];
  readonly placements: ReadTable;
  readonly reports: ReadTable;
  /** Every other table (Malgrupper, Parametrar, a user's own), so all of them can be checked for personal data. */
  readonly otherTables: readonly ReadTable[];
  /** Filled cells of the Avtal sheet outside the form's value cells (labels, notes a user typed). */
  readonly contractOtherCells: readonly { readonly address: string; readonly value: CellValue }[];
  /** Filled cells outside tables on every other sheet, including sheets a user added (personal-data scan). */
  readonly looseCells: readonly LooseCell[];
}

export type { LooseCell } from "../domain/validation/input";

export class WorkbookReadError extends UserError<ReadErrorCode> {
  constructor(code: ReadErrorCode, file: string, detail = "", figures: Readonly<Record<string, string>> = {}) {
    const values = { ...figures, value: file, field: detail };
    super(code, fillText(READ_ERRORS[code], values), values);
    this.name = "WorkbookReadError";
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: how Excel stores a password-encrypted .xlsx (and the old .xls format). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** An encrypted OOXML package is a compound file holding an "EncryptionInfo" stream (UTF-16 name). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The plain value of a cell: dates as {date}, formulas as their cached result, rich text as text. */
export function plainValue(value: ExcelJS.CellValue): ReadValue {
  if (value === null || value === undefined) return null;
  // A date-formatted number ExcelJS turned into a Date (an invalid Date when it was too large for one).
  if (value instanceof Date) return dateFromMs(value.getTime());
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("formula" in value || "sharedFormula" in value) {
      // Only reached for a bare value object; cells go through readCell, which sees falsy results too.
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
    }
  }
  return null;
}

/**
 * A cell's plain value. A formula cell gives its cached result, read through `cell.result`: ExcelJS's
 * `cell.value` drops falsy results (0, FALSE, ""), which would turn a computed 0 into an empty cell.
 */
export function readCell(cell: ExcelJS.Cell): ReadValue {
  if (cell.formula) {
    const result = cell.result as ExcelJS.CellValue | undefined;
    return result === undefined ? "" : plainValue(result);
  }
  return plainValue(cell.value);
}

export function findWorkbookTable(workbook: ExcelJS.Workbook, name: string): { sheet: ExcelJS.Worksheet; range: string; headers: string[] } | null {
  for (const sheet of workbook.worksheets) {
    const table = sheet.getTable(name) as unknown as { table?: { tableRef?: string; ref?: string; columns?: { name: string }[] } } | undefined;
    const range = table?.table?.tableRef ?? table?.table?.ref;
    if (table?.table && range) return { sheet, range, headers: (table.table.columns ?? []).map((column) => column.name) };
  }
  return null;
}

/** A table's range in ExcelJS's 1-based row and column numbers; a range it cannot read is cell A1. */
export function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const rect = tryParseRect(range) ?? { top: 0, left: 0, rows: 1, columns: 1 };
  return { top: rect.top + 1, left: rect.left + 1, bottom: bottomRow(rect) + 1, right: rightColumn(rect) + 1 };
}

/**
 * The template version: the hidden defined name (a string constant, which ExcelJS does not keep), else
 * the custom document property. Read from the package parts directly.
 */
export function readMarker(parts: ReadonlyMap<string, Uint8Array>): string | null {
  const decoder = new TextDecoder();
  const workbookXml = parts.get("xl/workbook.xml");
  const named = workbookXml ? new RegExp(`<definedName\\b[^<>]*name="${MARKER_NAME}"[^<>]*>([^<]*)</definedName>`).exec(decoder.decode(workbookXml)) : null;
  if (named) return named[1].replace(/&quot;/g, '"').replace(/^"|"$/g, "");
  const customXml = parts.get("docProps/custom.xml");
  const property = customXml ? new RegExp(`name="${MARKER_NAME}"[^<>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(decoder.decode(customXml)) : null;
  return property ? property[1] : null;
}

/**
 * ExcelJS 4.4 cannot load a table with a calculated column (exceljs issue #1240, PR #1936 unmerged):
 * it loses the columns after the first `<calculatedColumnFormula>`. Every workbook Excel saves from our
 * template has them, so they are removed from the table parts before loading (the formulas stay in
 * the cells, which is where the reader takes them from).
 */
function withoutCalculatedColumnFormulas(xml: string): string {
  if (!xml.includes("calculatedColumnFormula")) return xml;
  return (
    xml
      // Inside a tag or a formula's text there is never a raw "<" (XML escapes it), so "[^<>]" and "[^<]"
      // keep each attempt within one element: linear even on a hostile part full of unclosed tags.
      .replace(/<calculatedColumnFormula\b[^<>]*>[^<]*<\/calculatedColumnFormula>/g, "")
      .replace(/<calculatedColumnFormula\b[^<>]*\/>/g, "")
      .replace(/<tableColumn\b([^<>]*?)>\s*<\/tableColumn>/g, "<tableColumn$1/>")
  );
}

/**
 * ExcelJS turns every cell address a data validation covers into an entry of its own: one list rule on
 * whole columns (common in workbooks a supplier has edited) costs seconds and hundreds of megabytes, and a
 * rule on the whole sheet (17 billion cells) never finishes. No reader uses the validations, so the sheet
 * parts go to ExcelJS without them (found by position, no regex: linear on any part).
 */
function withoutDataValidations(xml: string): string {
  let out = xml;
  for (let start = out.indexOf("<dataValidations"); start >= 0; start = out.indexOf("<dataValidations", start)) {
    const tagEnd = out.indexOf(">", start);
    if (tagEnd < 0) break;
    const close = out[tagEnd - 1] === "/" ? tagEnd + 1 : out.indexOf("</dataValidations>", tagEnd);
    if (close < 0) break;
    const end = out[tagEnd - 1] === "/" ? close : close + "</dataValidations>".length;
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/** The package as ExcelJS is given it (a stored zip): the parts above without what ExcelJS mishandles. */
function packageForExcelJs(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const given = new Map(parts);
  for (const [name, data] of parts) {
    const isTable = /^xl\/tables\/[^/]+\.xml$/.test(name);
    const isSheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml") && !name.includes("/_rels/");
    if (!isTable && !isSheet) continue;
    const xml = decoder.decode(data);
    const cleaned = isTable ? withoutCalculatedColumnFormulas(xml) : withoutDataValidations(xml);
    if (cleaned !== xml) given.set(name, encoder.encode(cleaned));
  }
  return writeStoredZip(given);
}

/** A sheet part with more rows than SYSS loads with ExcelJS is refused before ExcelJS loads it. */
function refuseTooManyRows(parts: Map<string, Uint8Array>, file: string): void {
  for (const [name, data] of parts) {
    if (!name.startsWith("xl/worksheets/") || !name.endsWith(".xml")) continue;
    const rows = countRowElements(data);
    if (rows > MAX_ROWS_LOADED) {
      let sheet = name;
      try {
        sheet = [...sheetParts(parts)].find(([, part]) => part === name)?.[0] ?? name;
      } catch {
        // No workbook part or relationships to name the sheet by: the part name says enough.
      }
      throw new WorkbookReadError("tooManySheetRows", file, sheet, { count: String(rows), limit: String(MAX_ROWS_LOADED) });
    }
  }
}

/** `to` (a package path) relative to the folder `fromFolder` ("xl/worksheets/"), with ../ as needed. */
function relativePath(fromFolder: string, to: string): string {
  const from = fromFolder.split("/").filter((part) => part !== "");
  const target = to.split("/").filter((part) => part !== "");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

/**
 * Other tools (Python's openpyxl among them) write relationship targets as absolute package paths
 * ("/xl/worksheets/sheet1.xml"), which the Open Packaging Conventions allow but ExcelJS cannot follow (it
 * fails with an internal TypeError). Each absolute internal target is rewritten relative to the folder of
 * the part its .rels file describes, which means the same part.
 */
function withRelativeRelationshipTargets(parts: Map<string, Uint8Array>): void {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const [name, data] of parts) {
    const match = /^(.*?)_rels\/[^/]+\.rels$/.exec(name);
    if (!match) continue;
    const xml = decoder.decode(data);
    if (!/Target="\//.test(xml)) continue;
    const sourceFolder = match[1]!;
    const fixed = xml.replace(/<Relationship\b[^<>]*>/g, (relationship) =>
      /TargetMode="External"/.test(relationship)
        ? relationship
        : relationship.replace(/Target="\/([^"]*)"/, (_all, path: string) => `Target="${relativePath(sourceFolder, path)}"`),
    );
    parts.set(name, encoder.encode(fixed));
  }
}

/** Opens workbook bytes with ExcelJS (and keeps the package parts); bad files give a WorkbookReadError. */
export async function loadWorkbookPackage(bytes: Uint8Array, file: string): Promise<{ workbook: ExcelJS.Workbook; parts: Map<string, Uint8Array> }> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookReadError(hasEncryptionInfo(bytes) ? "encrypted" : "notXlsx", file);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError("notXlsx", file);
  const workbook = newExcelJsWorkbook();
  let parts: Map<string, Uint8Array>;
  try {
    parts = await readZip(bytes, MAX_UNPACKED_BYTES);
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw new WorkbookReadError("tooLarge", file, "", { limit: String(MAX_UNPACKED_BYTES / 1024 / 1024) });
    // The library's own (English) text never reaches the user: the message says what the user can do.
    throw new WorkbookReadError("corrupt", file);
  }
  withRelativeRelationshipTargets(parts);
  refuseTooManyRows(parts, file);
  try {
    await workbook.xlsx.load(packageForExcelJs(parts) as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError("corrupt", file);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("notXlsx", file);
  return { workbook, parts };
}

// ---------------------------------------------------------------- the follow-up reader (streaming)

/** How far below a table the reader looks for rows typed outside it. */
const MAX_ROWS_BELOW = 1000;

/** A table's box in 1-based rows and columns; `bottom` as the range claims it. */
interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What the reader keeps of one table while its sheet streams past. */
class TableCollector {
  readonly box: Box;
  /** Data rows by sheet row; a row the file does not have stays out (blank when the table is built). */
  readonly rows = new Map<number, ReadValue[]>();
  readonly below = new Map<number, ReadValue[]>();
  formulas: (string | null)[];
  /** The last row element within the table's rows (an empty row counts, as it did for ExcelJS). */
  lastExisting: number;

  constructor(readonly entry: TableEntry) {
    this.box = decodeRange(entry.range);
    this.formulas = entry.headers.map(() => null);
    this.lastExisting = this.box.top;
  }

  private width(): number {
    return this.box.right - this.box.left + 1;
  }

  /** Keeps the row's cells that fall in the table (or in the rows just below it). */
  take(row: number, cells: readonly ScannedCell[]): void {
    const { top, bottom, left, right } = this.box;
    const inTable = row > top && row <= bottom;
    if (inTable) this.lastExisting = Math.max(this.lastExisting, row);
    if (!inTable && !(row > bottom && row <= bottom + MAX_ROWS_BELOW)) return;
    let values: ReadValue[] | undefined;
    for (const cell of cells) {
      if (cell.column < left || cell.column > right) continue;
      values ??= new Array<ReadValue>(this.width()).fill(null);
      values[cell.column - left] = cell.value;
      if (row === top + 1 && bottom > top && cell.formula !== null) this.formulas[cell.column - left] = fromFileFormula(cell.formula);
    }
    if (values !== undefined) (inTable ? this.rows : this.below).set(row, values);
  }

  contains(row: number, column: number): boolean {
    return row >= this.box.top && row <= this.box.bottom && column >= this.box.left && column <= this.box.right;
  }

  table(lastSheetRow: number): ReadTable {
    const blank = (): ReadValue[] => new Array<ReadValue>(this.width()).fill(null);
    const rows: { row: number; values: ReadValue[] }[] = [];
    for (let row = this.box.top + 1; row <= this.lastExisting; row++) rows.push({ row, values: this.rows.get(row) ?? blank() });
    const below: ReadValue[][] = [];
    for (let row = this.box.bottom + 1; row <= this.box.bottom + MAX_ROWS_BELOW && row <= lastSheetRow; row++) {
      const values = this.below.get(row) ?? blank();
      if (values.every((value) => value === null || (typeof value === "string" && value.trim() === ""))) break;
      below.push(values);
    }
    return { name: this.entry.name, sheet: this.entry.sheet, range: this.entry.range, headers: this.entry.headers, rows, formulas: this.formulas, below };
  }
}

/** A value the personal-data scan and the Avtal form care about: not blank, not a spreadsheet error. */
function isFilled(value: ReadValue): value is CellValue {
  return value !== null && value !== "" && !(typeof value === "object" && "error" in value);
}

/** The Avtal form: value cells by defined name (else by the label in column A), and the other filled cells. */
function readContractCells(
  parts: WorkbookParts,
  cells: ReadonlyMap<string, ReadValue>,
  labels: ReadonlyMap<string, number>,
  tables: readonly TableCollector[],
): { values: Record<ContractFieldKey, ReadValue>; addresses: Record<ContractFieldKey, string>; otherCells: { address: string; value: CellValue }[] } {
  const values = {} as Record<ContractFieldKey, ReadValue>;
  const addresses = {} as Record<ContractFieldKey, string>;
  for (const field of CONTRACT_FIELDS) {
    const named = parts.definedNames.get(field.name)?.split(",")[0];
    const match = named ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(named) : null;
    let address: string | null = null;
    if (match && match[1] === SHEETS.contract) address = `${match[2]}${match[3]}`;
    else if (labels.has(field.label)) address = `B${labels.get(field.label)}`;
    values[field.key] = address ? (cells.get(address) ?? null) : null;
    addresses[field.key] = address ? `${SHEETS.contract}!${address}` : "";
  }
  // Cells of the form and of tables on this sheet (Malgrupper) are read elsewhere; don't report them twice.
  const formAddresses = new Set(Object.values(addresses).map((address) => address.slice(SHEETS.contract.length + 1)));
  const otherCells: { address: string; value: CellValue }[] = [];
  for (const [address, value] of cells) {
    const rowAt = address.search(/\d/);
    const row = Number(address.slice(rowAt));
    const column = columnIndex(address.slice(0, rowAt)) + 1;
    if (formAddresses.has(address) || tables.some((table) => table.contains(row, column)) || !isFilled(value)) continue;
    otherCells.push({ address, value });
  }
  return { values, addresses, otherCells };
}

/** Unpacks every part but the worksheets, within the size limit; the worksheets stay packed for streaming. */
async function smallParts(entries: readonly RawEntry[], worksheets: ReadonlySet<string>, file: string): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  let left = MAX_UNPACKED_BYTES;
  try {
    for (const entry of entries.filter((item) => !worksheets.has(item.name))) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of inflatedChunks(entry)) {
        left -= chunk.length;
        if (left < 0) throw new ZipTooLargeError(MAX_UNPACKED_BYTES);
        chunks.push(chunk);
      }
      parts.set(entry.name, concatChunks(chunks));
    }
    return parts;
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw new WorkbookReadError("tooLarge", file, "", { limit: String(MAX_UNPACKED_BYTES / 1024 / 1024) });
    throw new WorkbookReadError("corrupt", file);
  }
}

/**
 * Parses workbook bytes. `file` names the file in error messages. The small parts are unpacked; each
 * worksheet is streamed and only the values SYSS reads are kept, so a workbook of 100 000 placements
 * (half a gigabyte of sheet XML) reads in bounded memory.
 */
export async function readFollowupWorkbook(bytes: Uint8Array, file: string): Promise<FollowupWorkbook> {
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError(hasEncryptionInfo(bytes) ? "encrypted" : "notXlsx", file);
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError("notXlsx", file);
  let entries: RawEntry[];
  try {
    entries = rawEntries(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new WorkbookReadError("corrupt", file);
    throw error;
  }
  const isWorksheet = (name: string) => name.startsWith("xl/worksheets/") && name.endsWith(".xml") && !name.includes("/_rels/");
  const small = await smallParts(entries, new Set(entries.filter((entry) => isWorksheet(entry.name)).map((entry) => entry.name)), file);
  const decoder = new TextDecoder();
  let parts: WorkbookParts;
  try {
    parts = workbookParts((name) => {
      const data = small.get(name);
      return data === undefined ? undefined : decoder.decode(data);
    });
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw new WorkbookReadError("notXlsx", file);
    throw error;
  }
  for (const sheet of [SHEETS.placements, SHEETS.reports, SHEETS.contract]) {
    if (!parts.sheets.some((entry) => entry.name === sheet)) throw new WorkbookReadError("missingSheet", file, sheet);
  }
  const collectors = parts.tables.map((entry) => new TableCollector(entry));
  // Checked in the order the tables are read: Malgrupper, Placeringar, Rapporter, then the others.
  const readOrder: readonly string[] = [TABLES.targetGroups, TABLES.placements, TABLES.reports];
  const ordered = [
    ...readOrder.map((name) => collectors.find((collector) => collector.entry.name === name)),
    ...collectors.filter((collector) => !readOrder.includes(collector.entry.name)),
  ];
  for (const [index, collector] of ordered.entries()) {
    if (collector === undefined) {
      if (index === 0) continue; // Malgrupper is optional
      throw new WorkbookReadError("missingTable", file, readOrder[index]!);
    }
    const { top, bottom, left, right } = collector.box;
    if (bottom - top > MAX_ROWS) throw new WorkbookReadError("tooManyTableRows", file, collector.entry.name, { count: String(bottom - top), limit: String(MAX_ROWS) });
    if (right - left + 1 > MAX_TABLE_COLUMNS) {
      throw new WorkbookReadError("tooManyTableColumns", file, collector.entry.name, { count: String(right - left + 1), limit: String(MAX_TABLE_COLUMNS) });
    }
  }
  const context: CellContext = parts;
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const lastRows = new Map<string, number>();
  const contractCells = new Map<string, ReadValue>();
  const contractLabels = new Map<string, number>();
  const looseCells: LooseCell[] = [];
  for (const sheet of parts.sheets) {
    const entry = byName.get(sheet.part);
    if (entry === undefined) continue;
    const tables = collectors.filter((collector) => collector.entry.sheet === sheet.name);
    const isContract = sheet.name === SHEETS.contract;
    const scansLoose = !isContract && sheet.name !== FINDINGS_SHEET;
    let lastRow = 0;
    const onRow = (row: number, cells: readonly ScannedCell[]) => {
      if (cells.length > 0) lastRow = Math.max(lastRow, row);
      for (const table of tables) table.take(row, cells);
      for (const cell of cells) {
        if (isContract) {
          const address = `${columnLetter(cell.column - 1)}${row}`;
          contractCells.set(address, cell.value);
          if (cell.column === 1 && typeof cell.value === "string") contractLabels.set(cell.value.trim(), row);
        } else if (scansLoose && isFilled(cell.value) && !tables.some((table) => table.contains(row, cell.column))) {
          looseCells.push({ sheet: sheet.name, address: `${columnLetter(cell.column - 1)}${row}`, value: cell.value });
        }
      }
    };
    try {
      await scanSheetRows(inflatedChunks(entry), context, { maxRows: MAX_ROWS, maxBytes: MAX_SHEET_BYTES, maxRowBytes: MAX_ROW_BYTES }, onRow);
    } catch (error) {
      if (error instanceof TooManyRowsError) {
        const count = await countRowElementsStreaming(inflatedChunks(entry));
        throw new WorkbookReadError("tooManySheetRows", file, sheet.name, { count: String(count), limit: String(MAX_ROWS) });
      }
      if (error instanceof SheetTooLargeError) throw new WorkbookReadError("tooLarge", file, "", { limit: String(error.limitBytes / 1024 / 1024) });
      if (error instanceof ZipFormatError || error instanceof TypeError) throw new WorkbookReadError("corrupt", file);
      throw error;
    }
    lastRows.set(sheet.name, lastRow);
  }
  const tableOf = (name: string) => collectors.find((collector) => collector.entry.name === name);
  const read = (collector: TableCollector) => collector.table(lastRows.get(collector.entry.sheet) ?? 0);
  const contract = readContractCells(parts, contractCells, contractLabels, collectors.filter((collector) => collector.entry.sheet === SHEETS.contract));
  const targetGroupsTable = tableOf(TABLES.targetGroups);
  const targetGroupRows = targetGroupsTable ? read(targetGroupsTable) : null;
  const nameColumn = targetGroupRows?.headers.indexOf(TARGET_GROUP_HEADERS.name) ?? -1;
  const targetGroups = (targetGroupRows?.rows ?? [])
    .map((row) => (nameColumn >= 0 ? row.values[nameColumn] : null))
    .filter((value): value is string => typeof value === "string" && value.trim() !== "");
  return {
    templateVersion: readMarker(small),
    sheetNames: parts.sheets.map((sheet) => sheet.name),
    contract: contract.values,
    contractAddresses: contract.addresses,
    targetGroups,
    placements: read(tableOf(TABLES.placements)!),
    reports: read(tableOf(TABLES.reports)!),
    otherTables: collectors.filter((collector) => collector.entry.name !== TABLES.placements && collector.entry.name !== TABLES.reports).map(read),
    contractOtherCells: contract.otherCells,
    looseCells,
  };
}
