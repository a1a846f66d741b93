/**
 * The preview's own edits to the in-browser workbook, standing in for a user typing in Excel: one cell
 * from the formula bar, or the sample placement rows appended to the Placeringar table. They go through
 * the same Excel-API subset as the add-in, so table events (live validation) fire as they would in Excel.
 */
import { formatRect, parseRect, splitSheet } from "../../domain/common/a1";
import type { ExcelCellValue, ExcelRun } from "../../excel/host/api";
import { TABLES } from "../../domain/followup/names";
import { samplePlacementValues } from "./sampleRows";

function typedValue(text: string): ExcelCellValue {
  const trimmed = text.trim();
  if (trimmed !== "" && /^-?\d+([.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(",", "."));
  if (/^(true|false|sant|falskt)$/i.test(trimmed)) return /^(true|sant)$/i.test(trimmed);
  return text;
}

export async function editCell(run: ExcelRun, sheet: string, address: string, text: string): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    if (text.startsWith("=")) range.formulas = [[text]];
    else range.values = [[typedValue(text)]];
    await context.sync();
  });
}

/**
 * Adds the sample rows to Placeringar: first into the empty rows the table ends with (a new template has
 * one), then as new table rows. Only the input columns are written, so the calculated columns keep their
 * formulas. Resolves to how many rows were written.
 */
export async function addSampleRows(run: ExcelRun): Promise<number> {
  const rows = samplePlacementValues();
  const inputWidth = Math.max(...rows.map((row) => row.reduce<number>((last, value, index) => (value === "" ? last : index + 1), 0)));
  await run(async (context) => {
    const table = context.workbook.tables.getItem(TABLES.placements);
    const body = table.getDataBodyRange().load("address, values");
    await context.sync();
    const values = body.values;
    let firstFree = values.length;
    while (firstFree > 0 && values[firstFree - 1]!.every((cell) => cell === "" || cell === null)) firstFree--;
    const missing = rows.length - (values.length - firstFree);
    if (missing > 0) {
      const width = values[0]!.length;
      table.rows.add(undefined, Array.from({ length: missing }, () => Array.from({ length: width }, () => "")));
    }
    const { sheet, local } = splitSheet(body.address);
    const rect = parseRect(local);
    const target = { top: rect.top + firstFree, left: rect.left, rows: rows.length, columns: inputWidth };
    context.workbook.worksheets.getItem(sheet ?? TABLES.placements).getRange(formatRect(target)).values = rows.map((row) => row.slice(0, inputWidth));
    await context.sync();
  });
  return rows.length;
}
