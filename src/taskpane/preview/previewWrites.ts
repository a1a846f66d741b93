/**
 * The preview's own edits to the in-browser workbook, standing in for a user typing in Excel: one cell
 * from the formula bar, or the sample placement rows appended to the Placeringar table. They go through
 * the same Excel-API subset as the add-in, so table events (live validation) fire as they would in Excel.
 */
import { formatRect, parseRect, splitSheet } from "../../domain/common/a1";
import type { ExcelRun } from "../../excel/host/api";
import { TABLES } from "../../domain/followup/names";
import { samplePlacementValues } from "./sampleRows";
import { typedEntry } from "./typing";

/** A table's range on a sheet, as loaded: enough to tell whether a cell lies in the row right below it. */
export interface TableSpot {
  readonly name: string;
  readonly sheet: string;
  readonly rect: ReturnType<typeof parseRect>;
}

/**
 * The table a typed cell extends, as Excel's AutoCorrect ("include new rows in the table") does: the cell is
 * in the row right below the table's last row, within its columns.
 */
export function tableToExtend(tables: readonly TableSpot[], sheet: string, address: string): TableSpot | null {
  const cell = parseRect(address);
  return (
    tables.find(
      (table) =>
        table.sheet === sheet &&
        cell.top === table.rect.top + table.rect.rows &&
        cell.left >= table.rect.left &&
        cell.left < table.rect.left + table.rect.columns,
    ) ?? null
  );
}

/**
 * One cell typed as in Excel: the text becomes what Excel would make of it (typing.ts: numbers, "100 %",
 * dates, truth values, formulas, text), and a value typed right below a table (without a totals row) makes
 * the table one row longer, its calculated columns filled in.
 */
export async function editCell(run: ExcelRun, sheet: string, address: string, text: string): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const range = worksheet.getRange(address);
    const entry = typedEntry(text);
    if (entry.kind === "formula") range.formulas = [[entry.formula]];
    else {
      if (entry.numberFormat !== undefined) range.numberFormat = [[entry.numberFormat]];
      range.values = [[entry.value]];
    }
    const tables = worksheet.tables.load("items/name, items/showTotals");
    await context.sync();
    if (entry.kind === "value" && entry.value === "") return;
    const ranges = tables.items.filter((table) => !table.showTotals).map((table) => ({ table, range: table.getRange().load("address") }));
    await context.sync();
    const spots = ranges.map(({ table, range: tableRange }) => ({ name: table.name, sheet, rect: parseRect(splitSheet(tableRange.address).local) }));
    const target = tableToExtend(spots, sheet, address);
    if (target === null) return;
    const grown = { ...target.rect, rows: target.rect.rows + 1 };
    context.workbook.tables.getItem(target.name).resize(`${sheet}!${formatRect(grown)}`);
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
