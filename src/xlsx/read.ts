/**
 * Reads a follow-up workbook file into plain objects: the Avtal values, the Placeringar and Rapporter
 * rows with their headers and sheet rows, the target groups and the template version. Bad files give a
 * WorkbookReadError (a typed error with a Swedish and English message), never a raw exception.
 */
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJs";
import { bottomRow, rightColumn, tryParseRect } from "../domain/common/a1";
import { EXCEL_EPOCH_MS, LAST_EXCEL_SERIAL, MS_PER_DAY } from "../domain/common/dates";
import { CONTRACT_FIELDS } from "../domain/followup/contract";
import { MARKER_NAME, SHEETS, TABLES, TARGET_GROUP_HEADERS, type ContractFieldKey } from "../domain/followup/names";
import type { CellValue } from "../domain/followup/types";
import { READ_ERRORS, type ReadErrorCode } from "../domain/i18n/followup";
import { UserError } from "../domain/common/errors";
import { fillText } from "../domain/common/text";
import { FINDINGS_SHEET, type LooseCell } from "../domain/validation/input";
import { fromFileFormula } from "./file-formulas";
import { sheetParts } from "./patch";
import { MAX_ROWS, MAX_TABLE_COLUMNS, MAX_UNPACKED_BYTES, countRowElements } from "./limits";
import { ZipTooLargeError, readZip, writeStoredZip } from "./zip";

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

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A date-formatted number ExcelJS turned into a Date. A number outside Excel's dates (which Excel shows as
 * ####) stays the number, so the validation reports it as the Office.js path does; one too large for a
 * JavaScript Date at all (ExcelJS gives an invalid Date, the number is lost) reads as the error Excel
 * would give for it.
 */
function dateValue(date: Date): ReadValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { error: "#NUM!" };
  const serial = (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
  return serial >= 1 && serial < LAST_EXCEL_SERIAL + 1 ? { date: isoOf(date) } : serial;
}

/** The plain value of a cell: dates as {date}, formulas as their cached result, rich text as text. */
export function plainValue(value: ExcelJS.CellValue): ReadValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateValue(value);
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

function cellFormula(cell: ExcelJS.Cell): string | null {
  const formula = cell.formula;
  return formula ? fromFileFormula(formula) : null;
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

/** The last row within top..bottom that exists in the sheet (has a cell or formatting), or top. */
function lastExistingRow(sheet: ExcelJS.Worksheet, top: number, bottom: number): number {
  let last = top;
  sheet.eachRow({ includeEmpty: true }, (_row, rowNumber) => {
    if (rowNumber <= bottom && rowNumber > last) last = rowNumber;
  });
  return last;
}

function readTable(workbook: ExcelJS.Workbook, name: string, file: string): ReadTable {
  const found = findWorkbookTable(workbook, name);
  if (!found) throw new WorkbookReadError("missingTable", file, name);
  const { sheet, range, headers } = found;
  const box = decodeRange(range);
  const claimedRows = box.bottom - box.top;
  if (claimedRows > MAX_ROWS) throw new WorkbookReadError("tooManyTableRows", file, name, { count: String(claimedRows), limit: String(MAX_ROWS) });
  const claimedColumns = box.right - box.left + 1;
  if (claimedColumns > MAX_TABLE_COLUMNS) {
    throw new WorkbookReadError("tooManyTableColumns", file, name, { count: String(claimedColumns), limit: String(MAX_TABLE_COLUMNS) });
  }
  // Rows past the last one the file holds are blank: not visited, so no cell objects are made for them.
  const bottom = lastExistingRow(sheet, box.top, box.bottom);
  const rows: { row: number; values: ReadValue[] }[] = [];
  for (let row = box.top + 1; row <= bottom; row++) {
    const values: ReadValue[] = [];
    for (let column = box.left; column <= box.right; column++) values.push(readCell(sheet.getCell(row, column)));
    rows.push({ row, values });
  }
  const formulas = headers.map((_, index) => (box.bottom > box.top ? cellFormula(sheet.getCell(box.top + 1, box.left + index)) : null));
  return { name, sheet: sheet.name, range, headers, rows, formulas, below: rowsBelow(sheet, box) };
}

/** How far below a table the reader looks for rows typed outside it. */
const MAX_ROWS_BELOW = 1000;

/** The filled rows directly below a table, in its columns, up to the first empty row. */
function rowsBelow(sheet: ExcelJS.Worksheet, box: { top: number; bottom: number; left: number; right: number }): ReadValue[][] {
  const below: ReadValue[][] = [];
  for (let row = box.bottom + 1; row <= box.bottom + MAX_ROWS_BELOW && row <= sheet.rowCount; row++) {
    const values: ReadValue[] = [];
    for (let column = box.left; column <= box.right; column++) values.push(readCell(sheet.getCell(row, column)));
    if (values.every((value) => value === null || (typeof value === "string" && value.trim() === ""))) break;
    below.push(values);
  }
  return below;
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

function readContract(
  workbook: ExcelJS.Workbook,
  file: string,
): { values: Record<ContractFieldKey, ReadValue>; addresses: Record<ContractFieldKey, string>; otherCells: { address: string; value: CellValue }[] } {
  const sheet = workbook.getWorksheet(SHEETS.contract);
  if (!sheet) throw new WorkbookReadError("missingSheet", file, SHEETS.contract);
  // Labels in column A locate the value cells, so a moved form still reads; names are the first choice.
  const labelRows = new Map<string, number>();
  sheet.getColumn(1).eachCell((cell, row) => {
    const value = plainValue(cell.value);
    if (typeof value === "string") labelRows.set(value.trim(), row);
  });
  const values = {} as Record<ContractFieldKey, ReadValue>;
  const addresses = {} as Record<ContractFieldKey, string>;
  for (const field of CONTRACT_FIELDS) {
    const named = workbook.definedNames.getRanges(field.name).ranges[0];
    const match = named ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(named) : null;
    let address: string | null = null;
    if (match && match[1] === SHEETS.contract) address = `${match[2]}${match[3]}`;
    else if (labelRows.has(field.label)) address = `B${labelRows.get(field.label)}`;
    values[field.key] = address ? readCell(sheet.getCell(address)) : null;
    addresses[field.key] = address ? `${SHEETS.contract}!${address}` : "";
  }
  // Cells of the form and of tables on this sheet (Malgrupper) are read elsewhere; don't report them twice.
  const formAddresses = new Set(Object.values(addresses).map((address) => address.slice(SHEETS.contract.length + 1)));
  const tableBoxes = tableBoxesOf(sheet);
  const inTable = (row: number, column: number) => tableBoxes.some((box) => row >= box.top && row <= box.bottom && column >= box.left && column <= box.right);
  const otherCells: { address: string; value: CellValue }[] = [];
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, columnNumber) => {
      const value = readCell(cell);
      if (formAddresses.has(cell.address) || inTable(rowNumber, columnNumber)) return;
      if (value === null || value === "" || (typeof value === "object" && "error" in value)) return;
      otherCells.push({ address: cell.address, value });
    }),
  );
  return { values, addresses, otherCells };
}

function tableBoxesOf(sheet: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  return (sheet.getTables() as unknown as { table?: { tableRef?: string; ref?: string } }[])
    .map((table) => table.table?.tableRef ?? table.table?.ref)
    .filter((range): range is string => range !== undefined)
    .map(decodeRange);
}

/**
 * Every filled cell outside tables on every sheet but Avtal (read with the form) and the add-in's own
 * Validering sheet: the used range of each sheet, so a personnummer typed on a sheet the supplier added
 * is found (amendment v1.1 item 5). Spreadsheet errors are skipped; formulas give their cached result.
 */
function looseCellsOf(workbook: ExcelJS.Workbook): LooseCell[] {
  const cells: LooseCell[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === SHEETS.contract || sheet.name === FINDINGS_SHEET) continue;
    const boxes = tableBoxesOf(sheet);
    sheet.eachRow((row, rowNumber) =>
      row.eachCell((cell, columnNumber) => {
        if (boxes.some((box) => rowNumber >= box.top && rowNumber <= box.bottom && columnNumber >= box.left && columnNumber <= box.right)) return;
        const value = readCell(cell);
        if (value === null || value === "" || (typeof value === "object" && "error" in value)) return;
        cells.push({ sheet: sheet.name, address: cell.address, value });
      }),
    );
  }
  return cells;
}

/** Names of every table in the workbook, in sheet order. (ExcelJS's typings say pairs; it returns Table objects.) */
function tableNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((sheet) =>
    (sheet.getTables() as unknown as { table?: { name?: string } }[]).map((table) => table.table?.name ?? "").filter((name) => name !== ""),
  );
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

/** A sheet part with more rows than SYSS reads is refused before ExcelJS loads it. */
function refuseTooManyRows(parts: Map<string, Uint8Array>, file: string): void {
  for (const [name, data] of parts) {
    if (!name.startsWith("xl/worksheets/") || !name.endsWith(".xml")) continue;
    const rows = countRowElements(data);
    if (rows > MAX_ROWS) {
      let sheet = name;
      try {
        sheet = [...sheetParts(parts)].find(([, part]) => part === name)?.[0] ?? name;
      } catch {
        // No workbook part or relationships to name the sheet by: the part name says enough.
      }
      throw new WorkbookReadError("tooManySheetRows", file, sheet, { count: String(rows), limit: String(MAX_ROWS) });
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

/** Parses workbook bytes. `file` names the file in error messages. */
export async function readFollowupWorkbook(bytes: Uint8Array, file: string): Promise<FollowupWorkbook> {
  const { workbook, parts } = await loadWorkbookPackage(bytes, file);
  for (const sheet of [SHEETS.placements, SHEETS.reports]) {
    if (!workbook.getWorksheet(sheet)) throw new WorkbookReadError("missingSheet", file, sheet);
  }
  const contract = readContract(workbook, file);
  const targetGroupsTable = findWorkbookTable(workbook, TABLES.targetGroups) ? readTable(workbook, TABLES.targetGroups, file) : null;
  const nameColumn = targetGroupsTable?.headers.indexOf(TARGET_GROUP_HEADERS.name) ?? -1;
  const targetGroups = (targetGroupsTable?.rows ?? [])
    .map((row) => (nameColumn >= 0 ? row.values[nameColumn] : null))
    .filter((value): value is string => typeof value === "string" && value.trim() !== "");
  return {
    templateVersion: readMarker(parts),
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    contract: contract.values,
    contractAddresses: contract.addresses,
    targetGroups,
    placements: readTable(workbook, TABLES.placements, file),
    reports: readTable(workbook, TABLES.reports, file),
    otherTables: tableNames(workbook)
      .filter((name) => name !== TABLES.placements && name !== TABLES.reports)
      .map((name) => readTable(workbook, name, file)),
    contractOtherCells: contract.otherCells,
    looseCells: looseCellsOf(workbook),
  };
}
