/**
 * The preview's own edits to the in-browser workbook, standing in for a user typing in Excel: one cell
 * from the formula bar, or the sample placement rows appended to the Placeringar table. They go through
 * the same Excel-API subset as the add-in, so table events (live validation) fire as they would in Excel.
 */
import type { CellValue, ExcelRun } from "../../excel/api";
import { TABLES } from "../../domain/followup/names";
import { samplePlacementValues } from "./sampleRows";

function typedValue(text: string): CellValue {
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

/** Appends the sample rows to Placeringar; resolves to how many were added. */
export async function addSampleRows(run: ExcelRun): Promise<number> {
  const rows = samplePlacementValues();
  await run(async (context) => {
    const table = context.workbook.tables.getItem(TABLES.placements);
    table.rows.add(undefined, rows);
    await context.sync();
  });
  return rows.length;
}
