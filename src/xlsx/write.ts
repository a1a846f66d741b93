/**
 * Writes a TemplatePlan as an .xlsx file: ExcelJS lays out sheets, cells, styles, tables and conditional
 * formats; patch.ts then adds what ExcelJS cannot write (see there). ExcelJS is told to store the parts
 * uncompressed so the patch step can read them without a zip library; the final file is compressed
 * with the platform's CompressionStream (zip.ts).
 *
 * Charts are not written: ExcelJS cannot create charts. The plan's chart is added by the add-in
 * (Office.js) when it applies the template inside Excel.
 */
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./excelJs";
import { isDateValue, type CellStyle, type CellValue, type FixedCellSpec, type TablePlan, type TemplatePlan } from "../domain/followup/types";
import { bottomRow, cellName, parseRect, rightColumn } from "../domain/common/a1";
import { FORM_HEADERS } from "../domain/followup/names";
import { cachedFormulaValues, type CachedValue } from "./cachedValues";
import { toFileFormula } from "./file-formulas";
import { patchPackage } from "./patch";
import { applyPrintSetup } from "./print";
import { applySupplierProtection } from "./protection";
import { tablesWithGeneratedRows, withGeneratedRows } from "./tableRows";
import { readStoredZip, writeZip } from "./zip";

const STYLE_FONTS: Readonly<Record<CellStyle, Partial<ExcelJS.Font>>> = {
  title: { bold: true, size: 14, color: { argb: "FF1F4E79" } },
  heading: { bold: true, size: 11 },
  label: {},
  value: {},
  help: { italic: true, color: { argb: "FF595959" } },
  total: { bold: true },
};

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isDateValue(value)) return new Date(`${value.date}T00:00:00Z`);
  return value;
}

/** A range in ExcelJS's 1-based row and column numbers. */
interface RangeBox {
  readonly firstColumn: number;
  readonly firstRow: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

function parseRange(range: string): RangeBox {
  const rect = parseRect(range);
  return { firstColumn: rect.left + 1, firstRow: rect.top + 1, lastColumn: rightColumn(rect) + 1, lastRow: bottomRow(rect) + 1 };
}

/** Rows a dynamic-array formula fills when written: the Placeringar rows it reads. */
function spillRows(plan: TemplatePlan): number {
  return plan.tables.find((table) => table.spec.name === "Placeringar")?.rows.length ?? 1;
}

function writeCell(sheet: ExcelJS.Worksheet, cell: FixedCellSpec, plan: TemplatePlan, cached: ReadonlyMap<string, CachedValue>): void {
  const target = sheet.getCell(cell.address);
  if (cell.formula !== undefined) {
    const formula = toFileFormula(cell.formula);
    if (cell.dynamicArray) {
      // The stored spill range is the size the result has now; Excel recalculates and re-spills on open.
      const origin = parseRect(cell.address);
      const width = cell.usesCustomFunction ? 6 : 1;
      const ref = `${cell.address}:${cellName(origin.top + spillRows(plan) - 1, origin.left + width - 1)}`;
      // ExcelJS writes `<f t="array" ref=...>` for this shape; its typings do not declare it.
      const arrayFormula: ExcelJS.CellFormulaValue & { shareType: "array"; ref: string } = { formula, shareType: "array", ref };
      target.value = arrayFormula;
    } else {
      const result = cached.get(`${cell.sheet}!${cell.address}`);
      target.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
    }
  } else if (cell.value !== undefined) {
    target.value = toExcelValue(cell.value);
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.style) target.font = STYLE_FONTS[cell.style];
  if (cell.style === "total") target.border = { top: { style: "thin" } };
}

/** `rowsWritten`: how many of the table's rows ExcelJS writes (tableRows.ts generates the rest). */
function addTable(sheet: ExcelJS.Worksheet, table: TablePlan, cached: ReadonlyMap<string, CachedValue>, rowsWritten: number): void {
  const { spec } = table;
  const origin = parseRange(spec.topLeft);
  const formulaCell = (formula: string, rowIndex: number, columnIndex: number): ExcelJS.CellFormulaValue => {
    // origin is 1-based (ExcelJS); the first data row is the one under the header.
    const result = cached.get(`${spec.sheet}!${cellName(origin.firstRow + rowIndex, origin.firstColumn - 1 + columnIndex)}`);
    return (result === undefined ? { formula: toFileFormula(formula) } : { formula: toFileFormula(formula), result }) as ExcelJS.CellFormulaValue;
  };
  sheet.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: spec.topLeft,
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: spec.showBandedRows },
    columns: spec.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: table.rows.slice(0, rowsWritten).map((row, rowIndex) =>
      spec.columns.map((column, index) => (column.formula ? formulaCell(column.formula, rowIndex, index) : toExcelValue(row[index] ?? null))),
    ),
  });
  // Header row in bold with wrapped text, so long Swedish headers stay readable.
  spec.columns.forEach((_, index) => {
    const header = sheet.getCell(origin.firstRow, origin.firstColumn + index);
    header.alignment = { wrapText: true, vertical: "top" };
  });
}

/** Number formats: cell by cell inside the written rows; a whole-column style for ranges reaching far down. */
function applyNumberFormats(sheet: ExcelJS.Worksheet, plan: TemplatePlan): void {
  for (const format of plan.numberFormats.filter((item) => item.sheet === sheet.name)) {
    const box = parseRange(format.range);
    const lastWritten = Math.min(box.lastRow, Math.max(sheet.rowCount, box.firstRow));
    for (let row = box.firstRow; row <= lastWritten; row++) {
      for (let column = box.firstColumn; column <= box.lastColumn; column++) sheet.getCell(row, column).numFmt = format.numberFormat;
    }
    if (box.lastRow > lastWritten && box.firstColumn === box.lastColumn) {
      const column = sheet.getColumn(box.firstColumn);
      column.numFmt = format.numberFormat;
    }
  }
}

function applyConditionalFormats(sheet: ExcelJS.Worksheet, plan: TemplatePlan): void {
  plan.conditionalFormats.filter((item) => item.sheet === sheet.name).forEach((format, index) => {
    sheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [toFileFormula(format.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${format.fill}` } },
            ...(format.fontColor ? { font: { color: { argb: `FF${format.fontColor}` } } } : {}),
          },
        },
      ],
    });
  });
}

export interface WriteOptions {
  /** yyyy-mm-dd: formula cells SYSS can compute get their result on this day as a cached value (cachedValues.ts). */
  readonly today?: string;
}

/**
 * Builds the workbook with ExcelJS (everything except the patched parts). Of the tables named in
 * `generatedRows`, ExcelJS writes the header and first data row only (tableRows.ts writes the rest).
 */
export function buildWorkbook(
  plan: TemplatePlan,
  cached: ReadonlyMap<string, CachedValue> = new Map(),
  generatedRows: ReadonlySet<string> = new Set(),
): ExcelJS.Workbook {
  const workbook = newExcelJsWorkbook();
  workbook.creator = "SYSS";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const spec of [...plan.sheets].sort((a, b) => a.tabIndex - b.tabIndex)) {
    const sheet = workbook.addWorksheet(spec.name, {
      state: spec.visibility,
      views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [{}],
      ...(spec.tabColor ? { properties: { tabColor: { argb: `FF${spec.tabColor}` } } } : {}),
    });
    for (const [letter, width] of Object.entries(spec.columnWidths ?? {})) sheet.getColumn(letter).width = width;
    for (const form of plan.forms.filter((item) => item.spec.sheet === spec.name)) {
      const { spec: formSpec } = form;
      const columns = [formSpec.labelColumn, formSpec.valueColumn, formSpec.helpColumn];
      for (const [column, text] of columns.map((letter, i) => [letter, FORM_HEADERS[i]] as const)) {
        const header = sheet.getCell(`${column}${formSpec.headerRow}`);
        header.value = text;
        header.font = STYLE_FONTS.heading;
      }
      formSpec.fields.forEach((field, index) => {
        const row = formSpec.headerRow + 1 + index;
        sheet.getCell(`${formSpec.labelColumn}${row}`).value = field.label;
        sheet.getCell(`${formSpec.valueColumn}${row}`).value = toExcelValue(form.values[field.key] ?? null);
        const help = sheet.getCell(`${formSpec.helpColumn}${row}`);
        help.value = field.help;
        help.font = STYLE_FONTS.help;
      });
    }
    for (const table of plan.tables.filter((item) => item.spec.sheet === spec.name)) {
      addTable(sheet, table, cached, generatedRows.has(table.spec.name) ? 1 : table.rows.length);
    }
    for (const cell of plan.cells.filter((item) => item.sheet === spec.name)) writeCell(sheet, cell, plan, cached);
    applyNumberFormats(sheet, plan);
    applyConditionalFormats(sheet, plan);
    applyPrintSetup(sheet, spec, plan);
  }
  return workbook;
}

/** The complete .xlsx file for a plan. */
export async function writeTemplateXlsx(plan: TemplatePlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const cached = options.today === undefined ? new Map<string, CachedValue>() : cachedFormulaValues(plan, options.today);
  const generatedRows = tablesWithGeneratedRows(plan);
  const workbook = buildWorkbook(plan, cached, generatedRows);
  await applySupplierProtection(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const pkg = readStoredZip(new Uint8Array(buffer as ArrayBuffer));
  patchPackage(pkg, plan);
  return writeZip(withGeneratedRows(pkg, plan, generatedRows, cached));
}
