/**
 * Writes single cells into a worksheet part's XML and leaves every other byte of the sheet as it was:
 * a merge must not lose what ExcelJS cannot round-trip (charts, data validations, calculated columns,
 * the version marker), so it edits the package rather than re-saving the workbook.
 *
 * Only the rows written to are re-serialised; within them each untouched cell keeps its exact XML.
 * Text goes in as inline strings (no shared-string bookkeeping), dates as serial numbers with the style
 * of the column, formulas without a cached result (the workbook recalculates on open).
 */
import { isoToSerial } from "../domain/common/dates";
import { columnIndex, columnLetter } from "../domain/common/a1";
import { isDateValue, type CellValue } from "../domain/followup/types";
import { attribute, escapeXml } from "./patch";

export type CellContent = CellValue | { readonly formula: string };

export interface CellWrite {
  readonly row: number;
  /** 1-based column. */
  readonly column: number;
  readonly content: CellContent;
  /** A row whose cell in the same column lends its style when the target cell has none (new rows). */
  readonly styleFromRow?: number;
}

interface RawCell {
  readonly column: number;
  readonly xml: string;
}

interface RawRow {
  readonly row: number;
  readonly xml: string;
}

/** The end of the element starting at `start` (`<name …/>` or `<name …>…</name>`), exclusive. */
function elementEnd(xml: string, start: number, name: string): number {
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd < 0) throw new Error(`unterminated <${name}>`);
  if (xml[tagEnd - 1] === "/") return tagEnd + 1;
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) throw new Error(`unterminated <${name}>`);
  return close + name.length + 3;
}

/** Is `<name` at `at` the whole tag name (followed by a space, ">" or "/")? */
function tagAt(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(`<${name}`, at)) return false;
  const next = xml[at + name.length + 1];
  return next === " " || next === ">" || next === "/" || next === "\n" || next === "\t" || next === "\r";
}

function children(xml: string, from: number, to: number, name: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let at = xml.indexOf(`<${name}`, from);
  while (at >= 0 && at < to) {
    if (tagAt(xml, at, name)) {
      const end = elementEnd(xml, at, name);
      found.push({ start: at, end });
      at = xml.indexOf(`<${name}`, end);
    } else {
      at = xml.indexOf(`<${name}`, at + 1);
    }
  }
  return found;
}

function startTag(xml: string): string {
  return xml.slice(0, xml.indexOf(">") + 1);
}

/** Column number of a cell reference ("AB12" → 28). */
function referenceColumn(reference: string): number {
  let letters = "";
  for (const ch of reference) {
    if (ch >= "A" && ch <= "Z") letters += ch;
    else break;
  }
  return letters === "" ? 0 : columnIndex(letters) + 1;
}

function parseRows(xml: string, from: number, to: number): RawRow[] {
  let previous = 0;
  return children(xml, from, to, "row").map(({ start, end }) => {
    const raw = xml.slice(start, end);
    const r = attribute(startTag(raw), "r");
    previous = r === undefined ? previous + 1 : Number(r);
    return { row: previous, xml: raw };
  });
}

function parseCells(rowXml: string): RawCell[] {
  const open = startTag(rowXml);
  if (open.endsWith("/>")) return [];
  let previous = 0;
  return children(rowXml, open.length, rowXml.length, "c").map(({ start, end }) => {
    const raw = rowXml.slice(start, end);
    const r = attribute(startTag(raw), "r");
    previous = r === undefined ? previous + 1 : referenceColumn(r);
    return { column: previous, xml: raw };
  });
}

/** A cell's XML; text goes in as an inline string. */
export function cellXml(reference: string, style: string | undefined, content: CellContent): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (content === null) return `<c r="${reference}"${s}/>`;
  if (typeof content === "object" && "formula" in content) return `<c r="${reference}"${s}><f>${escapeXml(content.formula)}</f></c>`;
  if (isDateValue(content)) return `<c r="${reference}"${s}><v>${isoToSerial(content.date)}</v></c>`;
  if (typeof content === "number") return `<c r="${reference}"${s}><v>${content}</v></c>`;
  if (typeof content === "boolean") return `<c r="${reference}"${s} t="b"><v>${content ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(withoutXmlInvalidCharacters(content))}</t></is></c>`;
}

/**
 * C0 control characters other than tab, line feed and carriage return cannot appear in XML 1.0 at all, not
 * even escaped; ExcelJS drops them too.
 */
function withoutXmlInvalidCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** A formula cell (its formula already in file form and XML-escaped) with a cached result, if known. */
export function formulaCellXml(reference: string, style: string | undefined, escapedFormula: string, result: number | string | boolean | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  const f = `<f>${escapedFormula}</f>`;
  if (result === undefined) return `<c r="${reference}"${s}>${f}</c>`;
  if (typeof result === "number") return `<c r="${reference}"${s}>${f}<v>${result}</v></c>`;
  if (typeof result === "boolean") return `<c r="${reference}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${s} t="str">${f}<v>${escapeXml(withoutXmlInvalidCharacters(result))}</v></c>`;
}

/** The rows of a worksheet part's sheetData, each with its 1-based number and its XML. */
export function sheetRows(sheetXml: string): readonly RawRow[] {
  const dataStart = sheetXml.indexOf("<sheetData");
  if (dataStart < 0) return [];
  const bodyStart = sheetXml.indexOf(">", dataStart) + 1;
  if (sheetXml[bodyStart - 2] === "/") return [];
  return parseRows(sheetXml, bodyStart, sheetXml.indexOf("</sheetData>", bodyStart));
}

/** The cells of a row's XML: 1-based column and style index (the `s` attribute), if any. */
export function rowCells(rowXml: string): readonly { readonly column: number; readonly style: string | undefined }[] {
  return parseCells(rowXml).map((cell) => ({ column: cell.column, style: attribute(startTag(cell.xml), "s") }));
}

/** The row's start tag without `spans` (a hint Excel recomputes; a stale one is worse than none). */
function rowOpenTag(row: number, original: string | undefined): string {
  if (original === undefined) return `<row r="${row}">`;
  const open = startTag(original).replace("/>", ">");
  const spans = attribute(open, "spans");
  return spans === undefined ? open : open.replace(` spans="${spans}"`, "");
}

/** Applies the writes to a worksheet part; returns the new XML. */
export function writeCells(sheetXml: string, writes: readonly CellWrite[]): string {
  if (writes.length === 0) return sheetXml;
  let dataStart = sheetXml.indexOf("<sheetData");
  if (dataStart < 0) throw new Error("worksheet without sheetData");
  let xml = sheetXml;
  const selfClosing = xml.indexOf(">", dataStart);
  if (xml[selfClosing - 1] === "/") {
    xml = `${xml.slice(0, dataStart)}<sheetData></sheetData>${xml.slice(selfClosing + 1)}`;
    dataStart = xml.indexOf("<sheetData");
  }
  const bodyStart = xml.indexOf(">", dataStart) + 1;
  const bodyEnd = xml.indexOf("</sheetData>", bodyStart);
  const rows = parseRows(xml, bodyStart, bodyEnd);
  const byRow = new Map(rows.map((row) => [row.row, row]));
  const styleOf = (row: number, column: number): string | undefined => {
    const raw = byRow.get(row);
    const cell = raw === undefined ? undefined : parseCells(raw.xml).find((item) => item.column === column);
    return cell === undefined ? undefined : attribute(startTag(cell.xml), "s");
  };
  const writesByRow = new Map<number, CellWrite[]>();
  for (const write of writes) writesByRow.set(write.row, [...(writesByRow.get(write.row) ?? []), write]);
  const rebuilt = new Map<number, string>();
  for (const [rowNumber, rowWrites] of writesByRow) {
    const original = byRow.get(rowNumber);
    const cells = new Map((original === undefined ? [] : parseCells(original.xml)).map((cell) => [cell.column, cell.xml]));
    for (const write of rowWrites) {
      const existing = cells.get(write.column);
      const ownStyle = existing === undefined ? undefined : attribute(startTag(existing), "s");
      const style = ownStyle ?? (write.styleFromRow === undefined ? undefined : styleOf(write.styleFromRow, write.column));
      cells.set(write.column, cellXml(`${columnLetter(write.column - 1)}${rowNumber}`, style, write.content));
    }
    const body = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell).join("");
    rebuilt.set(rowNumber, `${rowOpenTag(rowNumber, original?.xml)}${body}</row>`);
  }
  const allRows = new Set([...byRow.keys(), ...rebuilt.keys()]);
  const body = [...allRows].sort((a, b) => a - b).map((row) => rebuilt.get(row) ?? byRow.get(row)!.xml).join("");
  return `${xml.slice(0, bodyStart)}${body}${xml.slice(bodyEnd)}`;
}
