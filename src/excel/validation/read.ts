/**
 * Reads what the validation needs from the open workbook: the Avtal form's named value cells (and the
 * rest of the Avtal sheet, for the personal-data scan) and every table except the add-in's own Validering
 * table. Two round trips when the data fits one request: one small sync learns the layout (tables, their
 * sizes, names, sheets), one sync reads all the data. Bigger tables are read in row blocks whose estimated
 * payload stays under the request limit (host/readPlan.ts), one sync per group of blocks.
 * Read only: nothing in the workbook is changed.
 */
import type { ExcelCellValue, ExcelRange, ExcelRequestContext, ExcelTable } from "../host/api";
import { columnLetter, parseRect, splitSheet, type CellRect } from "../../domain/common/a1";
import { DEFAULT_READ_LIMITS, planRowBlocks, type ReadLimits, type RowBlock } from "../host/readPlan";
import { CONTRACT_FIELDS } from "../../domain/followup/contract";
import { SHEETS, TABLES, type ContractFieldKey } from "../../domain/followup/names";
import type { AddressedCell, InputCell, TableInput, ValidationInput } from "../../domain/validation/input";
import { leadingFilledRows } from "../../domain/validation/input";
import { collectLooseCells, queueLooseCells } from "./looseCells";
import { VALIDATION_SHEET, VALIDATION_TABLE } from "./findingsSheet";

/** Why the workbook cannot be validated (not a follow-up workbook). */
export class ValidationReadError extends Error {
  constructor(
    readonly code: "missingSheet" | "missingTable",
    readonly item: string,
  ) {
    super(`${code === "missingSheet" ? "Missing sheet" : "Missing table"}: ${item}`);
    this.name = "ValidationReadError";
  }
}

/** What the first sync learnt: enough to plan the data read and, later, the findings write. */
export interface WorkbookLayout {
  readonly sheets: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly rows: number; readonly columns: number }[];
  /** Data rows of the existing Validering table, or null when there is none. */
  readonly validationTableRows: number | null;
  /** Whether Excel events were on, so a writer that turns them off can restore them as they were. */
  readonly eventsEnabled: boolean;
}

export interface ValidationRead {
  readonly input: ValidationInput;
  readonly layout: WorkbookLayout;
  /** Sheet row of the Placeringar table's first data row (to map change events to rows). */
  readonly placementsFirstDataRow: number;
  /** Round trips this read took. */
  readonly syncs: number;
}

/** How many rows below Placeringar and Rapporter are read, to find rows typed outside the tables. */
export const ROWS_BELOW_READ = 50;

interface PendingTable {
  readonly name: string;
  readonly sheet: string;
  readonly header: ExcelRange;
  /** The rows just below the table (Placeringar, Rapporter only), read in the first data sync. */
  readonly below: ExcelRange | null;
  readonly blocks: { readonly block: RowBlock; range: ExcelRange | null }[];
}

/** Office.js gives "" for an empty cell; the domain's blank is null. */
function toInput(value: ExcelCellValue | null | undefined): InputCell {
  return value === "" || value === undefined ? null : value;
}

/** "=Avtal!$B$11" → "B11" on the Avtal sheet; null for any other form. */
function contractCell(formula: string): string | null {
  const { sheet, local } = splitSheet(formula.replace(/^=/, ""));
  if (sheet !== SHEETS.contract) return null;
  try {
    const rect = parseRect(local);
    return rect.rows === 1 && rect.columns === 1 ? `${columnLetter(rect.left)}${rect.top + 1}` : null;
  } catch {
    return null;
  }
}

function inside(rect: CellRect, row: number, column: number): boolean {
  return row >= rect.top && row < rect.top + rect.rows && column >= rect.left && column < rect.left + rect.columns;
}

export async function readValidationInput(context: ExcelRequestContext, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ValidationRead> {
  const workbook = context.workbook;
  const tableCollection = workbook.tables.load("items/name,items/worksheet/name,items/rows/count,items/columns/count");
  const names = workbook.names.load("items/name,items/formula");
  const sheetCollection = workbook.worksheets.load("items/name");
  const runtime = context.runtime.load("enableEvents");
  await context.sync();
  let syncs = 1;

  const sheets = sheetCollection.items.map((sheet) => sheet.name);
  for (const sheet of [SHEETS.contract, SHEETS.placements]) if (!sheets.includes(sheet)) throw new ValidationReadError("missingSheet", sheet);
  const tableObjects = new Map<string, ExcelTable>();
  const layoutTables = tableCollection.items.map((table) => {
    tableObjects.set(table.name, table);
    return { name: table.name, sheet: table.worksheet.name, rows: table.rows.count, columns: table.columns.count };
  });
  if (!tableObjects.has(TABLES.placements)) throw new ValidationReadError("missingTable", TABLES.placements);
  const validationTable = layoutTables.find((table) => table.name === VALIDATION_TABLE);
  const layout: WorkbookLayout = {
    sheets,
    tables: layoutTables,
    validationTableRows: validationTable ? validationTable.rows : null,
    eventsEnabled: runtime.enableEvents,
  };

  // Everything but our own findings; Placeringar first, so its rows share the first sync's budget first.
  const toRead = layoutTables
    .filter((table) => table.name !== VALIDATION_TABLE && table.sheet !== VALIDATION_SHEET)
    .sort((a, b) => Number(b.name === TABLES.placements) - Number(a.name === TABLES.placements) || a.name.localeCompare(b.name));
  const contractSheet = workbook.worksheets.getItem(SHEETS.contract);
  const contractRange = contractSheet.getUsedRangeOrNullObject(true).load("values,address");
  const pending: PendingTable[] = toRead.map((table) => {
    const header = tableObjects.get(table.name)!.getHeaderRowRange();
    const grows = table.name === TABLES.placements || table.name === TABLES.reports;
    return {
      name: table.name,
      sheet: table.sheet,
      header: header.load("values,address"),
      below: grows ? header.getOffsetRange(table.rows + 1, 0).getResizedRange(ROWS_BELOW_READ - 1, 0).load("values") : null,
      blocks: [],
    };
  });
  const byName = new Map(pending.map((table) => [table.name, table]));
  // The Avtal sheet and the header rows are small; count them against the first group's budget as a guess.
  const fixedBytes = limits.bytesPerCell * (200 + toRead.reduce((sum, table) => sum + table.columns * (1 + ROWS_BELOW_READ), 0));
  const plan = planRowBlocks(toRead, limits, fixedBytes);
  const queueGroup = (group: readonly RowBlock[]): void => {
    for (const block of group) {
      const body = tableObjects.get(block.table)!.getDataBodyRange();
      const range = body.getCell(block.firstRow, 0).getResizedRange(block.rowCount - 1, block.columns - 1).load("values");
      byName.get(block.table)!.blocks.push({ block, range });
    }
  };
  // The first group rides along with the headers and the Avtal sheet: one sync when everything fits.
  queueGroup(plan[0] ?? []);
  const loose = queueLooseCells(context, sheets, new Set(layoutTables.map((table) => table.sheet)));
  await context.sync();
  syncs++;
  // Only data over the request limit needs more round trips, one per group, each waiting for the last
  // (Excel rejects a response over the limit, so the groups cannot share a sync).
  for (const group of plan.slice(1)) {
    queueGroup(group);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-limited group is the point
    await context.sync();
    syncs++;
  }

  const tables: TableInput[] = pending.map((table) => {
    const header = parseRect(table.header.address);
    const rows: InputCell[][] = [];
    for (const { range } of table.blocks) for (const row of range!.values) rows.push(row.map(toInput));
    return {
      name: table.name,
      sheet: table.sheet,
      headers: (table.header.values[0] ?? []).map((value) => String(value)),
      firstDataRow: header.top + 2,
      firstColumn: header.left,
      rows,
      ...(table.below !== null ? { below: leadingFilledRows(table.below.values.map((row) => row.map(toInput))) } : {}),
    };
  });

  const formulaByName = new Map(names.items.map((item) => [item.name, item.formula]));
  const contractTables = tables.filter((table) => table.sheet === SHEETS.contract).map((table) => ({
    top: table.firstDataRow - 2,
    left: table.firstColumn,
    rows: table.rows.length + 1,
    columns: table.headers.length,
  }));
  const used = contractRange.isNullObject ? null : { rect: parseRect(contractRange.address), values: contractRange.values };
  const valueAt = (row: number, column: number): InputCell => {
    if (used === null || !inside(used.rect, row, column)) return null;
    return toInput(used.values[row - used.rect.top]?.[column - used.rect.left] ?? "");
  };
  const fields: Partial<Record<ContractFieldKey, AddressedCell>> = {};
  const fieldCells = new Set<string>();
  for (const field of CONTRACT_FIELDS) {
    const formula = formulaByName.get(field.name);
    const address = formula === undefined ? null : contractCell(formula);
    if (address === null) continue;
    const rect = parseRect(address);
    fields[field.key] = { address, value: valueAt(rect.top, rect.left) };
    fieldCells.add(address);
  }
  const otherCells: AddressedCell[] = [];
  if (used !== null) {
    used.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const sheetRow = used.rect.top + r;
        const sheetColumn = used.rect.left + c;
        const address = `${columnLetter(sheetColumn)}${sheetRow + 1}`;
        if (value === "" || fieldCells.has(address) || contractTables.some((rect) => inside(rect, sheetRow, sheetColumn))) return;
        otherCells.push({ address, value: toInput(value) });
      }),
    );
  }

  const looseCells = await collectLooseCells(context, loose, tables);
  syncs += looseCells.syncs;

  const placements = tables.find((table) => table.name === TABLES.placements)!;
  return {
    input: { contract: { sheet: SHEETS.contract, fields, otherCells }, tables, looseCells: looseCells.cells.map((cell) => ({ ...cell, value: toInput(cell.value as ExcelCellValue) })) },
    layout,
    placementsFirstDataRow: placements.firstDataRow,
    syncs,
  };
}
