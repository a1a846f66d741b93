/**
 * Table rows written straight as sheet XML, for the .xlsx template (write.ts).
 *
 * ExcelJS keeps a model object, a style and the XML of every cell until the whole file is written. A
 * template with 10 000 placements is 300 000 cells, each calculated-column cell a formula of up to 4 KB: it
 * took 9 s and 740 MB, and 100 000 placements ran into Node's heap limit. So ExcelJS writes each table's
 * header and first data row, and the rows after it are generated here, in chunks that go straight into the
 * compressor (zip.ts, ChunkedEntry): only the compressed sheet is ever held whole.
 *
 * A generated cell is what ExcelJS would write: the style ExcelJS gave the first data row's cell in the same
 * column (number formats are per column), the value as sheetCells.ts writes it, and in a calculated column
 * the column's formula (the same text on every row: structured references do not change from row to row,
 * so it is converted and escaped once) with its cached result. One difference, on purpose: rows past the
 * plan's formatted input area (row 1 000) keep the column's number format, as Excel formats the rows a table
 * grows by, where ExcelJS left them unformatted.
 */
import { bottomRow, columnLetter, parseCell, parseRect, rightColumn, tryParseRect, formatRect } from "../domain/common/a1";
import { isDateValue, type TablePlan, type TemplatePlan } from "../domain/followup/types";
import type { CachedValue } from "./cachedValues";
import { toFileFormula } from "./file-formulas";
import { attribute, escapeXml, readPart, sheetParts, tableParts, type Package } from "./patch";
import { cellXml, formulaCellXml, rowCells, sheetRows } from "./sheetCells";
import type { ChunkedEntry } from "./zip";

/** Rows per chunk handed to the compressor: big enough to keep the stream busy, small enough to stay small. */
const ROWS_PER_CHUNK = 256;

/** 1-based first data row and first column of a table. */
function tableOrigin(table: TablePlan): { firstDataRow: number; firstColumn: number } {
  const origin = parseCell(table.spec.topLeft)!;
  return { firstDataRow: origin.row0 + 2, firstColumn: origin.column0 + 1 };
}

/** Does a number format of the plan cover this 1-based cell? */
function hasNumberFormat(plan: TemplatePlan, sheet: string, row: number, column: number): boolean {
  return plan.numberFormats.some((format) => {
    if (format.sheet !== sheet) return false;
    const rect = tryParseRect(format.range);
    return rect !== null && row - 1 >= rect.top && row - 1 <= bottomRow(rect) && column - 1 >= rect.left && column - 1 <= rightColumn(rect);
  });
}

/**
 * Can the rows after the first be generated? Only when they can go at the end of the sheet's data (nothing
 * else of the plan on the sheet below the first data row) and every column holding a date in those rows has
 * a number format, so the column's style shows it as a date.
 */
function canGenerateRows(plan: TemplatePlan, table: TablePlan): boolean {
  if (table.rows.length < 2) return false;
  const { sheet } = table.spec;
  const { firstDataRow, firstColumn } = tableOrigin(table);
  if (plan.tables.some((other) => other !== table && other.spec.sheet === sheet)) return false;
  if (plan.forms.some((form) => form.spec.sheet === sheet)) return false;
  if (plan.cells.some((cell) => cell.sheet === sheet && (parseCell(cell.address)?.row0 ?? 0) + 1 >= firstDataRow)) return false;
  if (plan.numberFormats.some((format) => format.sheet === sheet && (tryParseRect(format.range)?.top ?? 0) + 1 > firstDataRow)) return false;
  return table.spec.columns.every((column, index) => {
    if (column.formula) return true;
    const holdsDate = table.rows.some((row, rowIndex) => rowIndex > 0 && isDateValue(row[index] ?? null));
    return !holdsDate || hasNumberFormat(plan, sheet, firstDataRow, firstColumn + index);
  });
}

/** Names of the tables whose rows after the first are generated here rather than by ExcelJS. */
export function tablesWithGeneratedRows(plan: TemplatePlan): ReadonlySet<string> {
  return new Set(plan.tables.filter((table) => canGenerateRows(plan, table)).map((table) => table.spec.name));
}

/** The table part with the table's full range, in its `ref` and its autofilter's. */
function widenedTablePart(pkg: Package, part: string, range: string): Uint8Array {
  const xml = readPart(pkg, part);
  const root = /<table\b[^<>]*>/.exec(xml)?.[0] ?? "";
  const written = attribute(root, "ref");
  if (written === undefined) throw new Error(`table part ${part} has no ref`);
  return new TextEncoder().encode(xml.split(`ref="${written}"`).join(`ref="${range}"`));
}

/** The sheet's `<dimension ref>` grown to take in `range`. */
function widenDimension(xml: string, range: string): string {
  const start = xml.indexOf("<dimension ");
  if (start < 0) return xml;
  const end = xml.indexOf(">", start) + 1;
  const written = tryParseRect(attribute(xml.slice(start, end), "ref") ?? "");
  const table = parseRect(range);
  const top = Math.min(written?.top ?? table.top, table.top);
  const left = Math.min(written?.left ?? table.left, table.left);
  const bottom = Math.max(written ? bottomRow(written) : 0, bottomRow(table));
  const right = Math.max(written ? rightColumn(written) : 0, rightColumn(table));
  const ref = formatRect({ top, left, rows: bottom - top + 1, columns: right - left + 1 });
  return `${xml.slice(0, start)}<dimension ref="${ref}"/>${xml.slice(end)}`;
}

/** One column's way of writing its cells, worked out once. */
interface ColumnWriter {
  readonly letter: string;
  readonly style: string | undefined;
  /** The calculated column's formula as the file stores it, XML-escaped. */
  readonly escapedFormula: string | undefined;
}

function* rowChunks(table: TablePlan, columns: readonly ColumnWriter[], cached: ReadonlyMap<string, CachedValue>): Generator<string> {
  const { firstDataRow } = tableOrigin(table);
  const sheet = table.spec.sheet;
  let chunk: string[] = [];
  for (let index = 1; index < table.rows.length; index++) {
    const row = table.rows[index]!;
    const rowNumber = firstDataRow + index;
    let xml = `<row r="${rowNumber}">`;
    columns.forEach((column, columnIndex) => {
      const reference = `${column.letter}${rowNumber}`;
      if (column.escapedFormula !== undefined) {
        xml += formulaCellXml(reference, column.style, column.escapedFormula, cached.get(`${sheet}!${reference}`));
        return;
      }
      const value = row[columnIndex] ?? null;
      // ExcelJS writes an empty cell only when it has a style to carry.
      if (value !== null || column.style !== undefined) xml += cellXml(reference, column.style, value);
    });
    chunk.push(`${xml}</row>`);
    if (chunk.length === ROWS_PER_CHUNK) {
      yield chunk.join("");
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join("");
}

/**
 * The sheet parts of the generated tables, as chunked zip entries: ExcelJS's sheet (header and first data
 * row, already patched) with the remaining rows generated at the end of its sheetData, and their table parts
 * widened to the full table. Every other part is returned as it is.
 */
export function withGeneratedRows(
  pkg: Package,
  plan: TemplatePlan,
  generated: ReadonlySet<string>,
  cached: ReadonlyMap<string, CachedValue>,
): Map<string, Uint8Array | ChunkedEntry> {
  const entries = new Map<string, Uint8Array | ChunkedEntry>(pkg);
  if (generated.size === 0) return entries;
  const sheets = sheetParts(pkg);
  const tables = tableParts(pkg);
  const encoder = new TextEncoder();
  for (const table of plan.tables.filter((item) => generated.has(item.spec.name))) {
    const part = sheets.get(table.spec.sheet);
    const tablePart = tables.get(table.spec.name);
    if (part === undefined || tablePart === undefined) throw new Error(`table ${table.spec.name} was not written`);
    entries.set(tablePart, widenedTablePart(pkg, tablePart, table.range));
    const xml = widenDimension(readPart(pkg, part), table.range);
    const { firstDataRow, firstColumn } = tableOrigin(table);
    const rows = sheetRows(xml);
    const lastWritten = rows.at(-1)?.row ?? 0;
    if (lastWritten !== firstDataRow) throw new Error(`sheet ${table.spec.sheet}: ExcelJS wrote rows up to ${lastWritten}, expected ${firstDataRow}`);
    const styles = new Map(rowCells(rows.at(-1)!.xml).map((cell) => [cell.column, cell.style]));
    const columns = table.spec.columns.map((column, index) => ({
      letter: columnLetter(firstColumn - 1 + index),
      style: styles.get(firstColumn + index),
      escapedFormula: column.formula ? escapeXml(toFileFormula(column.formula)) : undefined,
    }));
    const dataEnd = xml.lastIndexOf("</sheetData>");
    const head = encoder.encode(xml.slice(0, dataEnd));
    const tail = encoder.encode(xml.slice(dataEnd));
    entries.set(part, {
      *chunks() {
        yield head;
        for (const chunk of rowChunks(table, columns, cached)) yield encoder.encode(chunk);
        yield tail;
      },
    });
  }
  return entries;
}
