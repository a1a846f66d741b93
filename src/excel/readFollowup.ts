/**
 * Reads the follow-up data (ValidationInput) in two round trips: (1) which tables and names exist,
 * (2) every table's cells, the Avtal form's named value cells and the rest of the form sheet.
 * Cells come back as Excel holds them: dates as serial numbers, text typed as dates as strings.
 */
import type { ContractFieldKey } from "../domain/followup/names";
import { CONTRACT_NAMES } from "../domain/followup/names";
import type { AddressedCell, TableInput, ValidationInput } from "../domain/validation/input";
import type { CellValue, ExcelRequestContext, ExcelRange } from "./api";
import { cellName, intersects, parseRect, splitSheet, type CellRect } from "./a1";

const lower = (text: string): string => text.toLowerCase();

export async function readFollowupData(context: ExcelRequestContext, contractSheet: string): Promise<ValidationInput> {
  const workbook = context.workbook;
  const tables = workbook.tables.load("items/name, items/worksheet/name");
  const names = workbook.names.load("items/name");
  const sheets = workbook.worksheets.load("items/name");
  await context.sync();

  const tableReads = tables.items.map((table) => ({
    name: table.name,
    sheet: table.worksheet.name,
    range: workbook.tables.getItem(table.name).getRange().load("address, values"),
  }));
  const existingNames = new Set(names.items.map((n) => lower(n.name)));
  const fieldReads: [ContractFieldKey, ExcelRange][] = [];
  for (const [key, name] of Object.entries(CONTRACT_NAMES) as [ContractFieldKey, string][]) {
    if (existingNames.has(lower(name))) {
      fieldReads.push([key, workbook.names.getItemOrNullObject(name).getRange().load("address, values")]);
    }
  }
  const formSheet = sheets.items.find((s) => lower(s.name) === lower(contractSheet))?.name;
  const formUsed = formSheet ? workbook.worksheets.getItem(formSheet).getUsedRangeOrNullObject(true).load("address, values") : undefined;
  await context.sync();

  const tableInputs: TableInput[] = tableReads.map(({ name, sheet, range }) => {
    const rect = parseRect(range.address);
    const [header = [], ...rows] = range.values as CellValue[][];
    return {
      name,
      sheet,
      headers: header.map((h) => String(h ?? "")),
      firstDataRow: rect.top + 2,
      firstColumn: rect.left,
      rows,
    };
  });

  const fields: Partial<Record<ContractFieldKey, AddressedCell>> = {};
  const fieldCells = new Set<string>();
  for (const [key, range] of fieldReads) {
    const { sheet, local } = splitSheet(range.address);
    const address = local.split(":")[0]!;
    fields[key] = { address, value: (range.values[0]?.[0] ?? "") as CellValue };
    if (sheet && lower(sheet) === lower(contractSheet)) fieldCells.add(address);
  }

  const otherCells: AddressedCell[] = [];
  if (formSheet && formUsed && !formUsed.isNullObject) {
    const used = parseRect(formUsed.address);
    const tableRects: CellRect[] = tableReads
      .filter((t) => lower(t.sheet) === lower(formSheet))
      .map((t) => parseRect(t.range.address));
    (formUsed.values as CellValue[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "" || value === null) return;
        const cell = { top: used.top + r, left: used.left + c, rows: 1, columns: 1 };
        const address = cellName(cell.top, cell.left);
        if (fieldCells.has(address) || tableRects.some((t) => intersects(t, cell))) return;
        otherCells.push({ address, value });
      }),
    );
  }
  return { contract: { sheet: formSheet ?? contractSheet, fields, otherCells }, tables: tableInputs };
}
