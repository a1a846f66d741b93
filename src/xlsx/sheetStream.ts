/**
 * Reads a worksheet part row by row as it is inflated, never holding the sheet whole: a sheet of 100 000
 * Placeringar rows is half a gigabyte of XML (each calculated column is a formula of up to 4 KB), of which
 * only the values are kept. Cell values are read as ExcelJS reads them (read.ts used ExcelJS before, and
 * test/xlsx/streamRead.test.ts compares the two): a formula cell gives its cached result ("" without one),
 * a number in a date-formatted cell a date, shared strings and inline rich text their plain text.
 */
import type { ReadValue } from "./read";
import { attributeOf, decodeExcelEscapes, decodeXmlText, nextElement, stringItemText } from "./xmlText";
import { EXCEL_EPOCH_MS, LAST_EXCEL_SERIAL, MS_PER_DAY, UNIX_EPOCH_SERIAL } from "../domain/common/dates";
import { columnIndex } from "../domain/common/a1";

export interface ScannedCell {
  /** 1-based column. */
  readonly column: number;
  readonly value: ReadValue;
  /** The cell's formula as the file stores it (no "="), or null. A shared formula's other cells give "". */
  readonly formula: string | null;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** More rows in one sheet than the reader keeps. */
export class TooManyRowsError extends Error {
  constructor(readonly rows: number) {
    super(`more than ${rows} rows`);
    this.name = "TooManyRowsError";
  }
}

/** One row element, or the sheet, larger than the reader unpacks. */
export class SheetTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`sheet over ${limitBytes} bytes`);
    this.name = "SheetTooLargeError";
  }
}

/**
 * A copy of a piece of a larger string. V8 keeps a substring as a view on its parent, so a value kept from
 * a 64 KB chunk of sheet XML would keep the whole chunk alive.
 */
function detached(text: string): string {
  return text.length < 16 ? text : (" " + text).slice(1);
}

/** JavaScript's Date range: ±100 000 000 days from 1970. */
const LAST_DATE_MS = 8.64e15;

/**
 * A moment (ms since 1970, day precision) read from a date-formatted cell, as both readers report it: the
 * date within Excel's dates; outside them (Excel shows ####) the 1900-system serial, so the validation
 * reports it as the Office.js path does; beyond JavaScript's dates (nothing left to show) the error Excel
 * would give for it.
 */
export function dateFromMs(ms: number): ReadValue {
  if (!Number.isFinite(ms) || Math.abs(ms) > LAST_DATE_MS) return { error: "#NUM!" };
  const serial = (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
  return serial >= 1 && serial < LAST_EXCEL_SERIAL + 1 ? { date: new Date(ms).toISOString().slice(0, 10) } : serial;
}

/** A number shown with a date format: the date of its serial (ExcelJS's reading, kept; time of day dropped). */
function dateOf(serial: number, date1904: boolean): ReadValue {
  return dateFromMs(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/** Column number of a cell reference ("AB12" → 28); 0 when it has no letters. */
function referenceColumn(reference: string): number {
  let end = 0;
  while (end < reference.length && reference.charCodeAt(end) >= 65 && reference.charCodeAt(end) <= 90) end++;
  return end === 0 ? 0 : columnIndex(reference.slice(0, end)) + 1;
}

function cellValue(tag: string, body: string, context: CellContext): { value: ReadValue; formula: string | null } {
  const type = attributeOf(tag, "t");
  const style = Number(attributeOf(tag, "s") ?? -1);
  const isDate = context.dateStyles.has(style);
  const f = nextElement(body, 0, "f");
  const v = nextElement(body, 0, "v");
  const raw = v === null || v.text === "" ? undefined : v.text;
  const shared = f !== null && attributeOf(f.tag, "t") === "shared";
  if (f !== null && (f.text !== "" || shared)) {
    const formula = detached(decodeXmlText(f.text));
    if (raw === undefined) return { value: "", formula };
    if (type === "str") return { value: detached(decodeXmlText(raw)), formula };
    if (type === "b") return { value: parseInt(raw, 10) !== 0, formula };
    if (type === "e") return { value: { error: detached(raw) }, formula };
    const number = parseFloat(raw);
    return { value: isDate ? dateOf(number, context.date1904) : number, formula };
  }
  if (raw !== undefined) {
    switch (type) {
      case "s":
        return { value: context.sharedStrings[parseInt(raw, 10)] ?? null, formula: null };
      case "str":
        return { value: detached(decodeXmlText(raw)), formula: null };
      case "b":
        return { value: parseInt(raw, 10) !== 0, formula: null };
      case "e":
        return { value: { error: detached(raw) }, formula: null };
      case "d":
        return { value: { date: raw.slice(0, 10) }, formula: null };
      default: {
        const number = parseFloat(raw);
        return { value: isDate ? dateOf(number, context.date1904) : number, formula: null };
      }
    }
  }
  const inline = nextElement(body, 0, "is");
  if (inline !== null) {
    const text = stringItemText(inline.text);
    return { value: text === "" ? null : detached(decodeExcelEscapes(text)), formula: null };
  }
  return { value: null, formula: null };
}

/** The cells of one `<row>` element's XML (from after its start tag). */
function rowCells(xml: string, from: number, to: number, context: CellContext): ScannedCell[] {
  const cells: ScannedCell[] = [];
  let previous = 0;
  for (let at = xml.indexOf("<c", from); at >= 0 && at < to; at = xml.indexOf("<c", at + 1)) {
    const next = xml[at + 2];
    if (next !== " " && next !== ">" && next !== "/" && next !== "\n" && next !== "\t" && next !== "\r") continue;
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0 || tagEnd > to) break;
    const tag = xml.slice(at, tagEnd + 1);
    const selfClosing = xml[tagEnd - 1] === "/";
    const close = selfClosing ? tagEnd : xml.indexOf("</c>", tagEnd);
    if (close < 0 || close > to) break;
    const reference = attributeOf(tag, "r");
    const column = reference === undefined ? previous + 1 : referenceColumn(reference);
    previous = column;
    const { value, formula } = selfClosing ? { value: null, formula: null } : cellValue(tag, xml.slice(tagEnd + 1, close), context);
    cells.push({ column, value, formula });
    at = close;
  }
  return cells;
}

export interface ScanLimits {
  readonly maxRows: number;
  /** The most unpacked bytes the sheet may have, and the largest single row element. */
  readonly maxBytes: number;
  readonly maxRowBytes: number;
}

/**
 * Calls `onRow` for each row of the sheet, in file order, with its 1-based number and cells; returns the
 * number of row elements. Text outside rows is dropped as it streams past, so memory holds one chunk
 * and at most one unfinished row.
 */
export async function scanSheetRows(
  chunks: AsyncIterable<Uint8Array>,
  context: CellContext,
  limits: ScanLimits,
  onRow: (row: number, cells: readonly ScannedCell[]) => void,
): Promise<number> {
  const decoder = new TextDecoder();
  let buffer = "";
  let inData = false;
  let rows = 0;
  let previousRow = 0;
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limits.maxBytes) throw new SheetTooLargeError(limits.maxBytes);
    buffer += decoder.decode(chunk, { stream: true });
    let consumed = 0;
    if (!inData) {
      const start = buffer.indexOf("<sheetData");
      if (start < 0) {
        // Keep only a tail that could be the start of "<sheetData".
        buffer = buffer.slice(Math.max(0, buffer.length - 16));
        continue;
      }
      inData = true;
      consumed = start;
    }
    for (;;) {
      const rowStart = buffer.indexOf("<row", consumed);
      const dataEnd = buffer.indexOf("</sheetData>", consumed);
      if (dataEnd >= 0 && (rowStart < 0 || dataEnd < rowStart)) return rows;
      if (rowStart < 0) {
        consumed = Math.max(consumed, buffer.length - 16);
        break;
      }
      const tagEnd = buffer.indexOf(">", rowStart);
      if (tagEnd < 0) {
        consumed = rowStart;
        break;
      }
      const selfClosing = buffer[tagEnd - 1] === "/";
      const close = selfClosing ? tagEnd : buffer.indexOf("</row>", tagEnd);
      if (close < 0) {
        consumed = rowStart;
        break;
      }
      const number = attributeOf(buffer.slice(rowStart, tagEnd + 1), "r");
      previousRow = number === undefined ? previousRow + 1 : Number(number);
      rows++;
      if (rows > limits.maxRows) throw new TooManyRowsError(limits.maxRows);
      onRow(previousRow, selfClosing ? [] : rowCells(buffer, tagEnd + 1, close, context));
      consumed = selfClosing ? tagEnd + 1 : close + "</row>".length;
    }
    buffer = buffer.slice(consumed);
    if (buffer.length > limits.maxRowBytes) throw new SheetTooLargeError(limits.maxRowBytes);
  }
  return rows;
}
