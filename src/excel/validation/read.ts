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
import { DEFAULT_READ_LIMITS, planRowBlocks, type ReadLimits, type RowBlock, type TableSize } from "../host/readPlan";
import { TEMPLATE } from "../../domain/followup/template";
import { CONTRACT_FIELDS } from "../../domain/followup/contract";
import { SHEETS, TABLES, type ContractFieldKey } from "../../domain/followup/names";
import type { AddressedCell, InputCell, TableInput, ValidationInput } from "../../domain/validation/input";
import { leadingFilledRows } from "../../domain/validation/input";
import { collectLooseCells, queueLooseCells, type QueuedSheet } from "./looseCells";
import { VALIDATION_SHEET, VALIDATION_TABLE } from "./findingsSheet";
import { queueTemplateMarker } from "../template/marker";

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
  /** The SYSS template marker's version (read with the layout), or null when the workbook has none. */
  readonly templateVersion: string | null;
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
  /** The speculative window: its first `rows` rows are table rows; `below`: the rows after them are the rows below. */
  readonly window: { readonly range: ExcelRange; readonly rows: number; readonly below: boolean } | null;
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
  const read = await readValidationInputIfMarked(context, limits, false);
  return read!;
}

/**
 * What a template workbook is sure to hold, read speculatively in the layout's round trip: the Avtal sheet,
 * every template table (header and a window of rows from its first data row, wide enough for a workbook under
 * the request limit, including the rows just below it) and the used range of every sheet all template
 * versions have. `getItem` fails the whole sync when one is missing; the caller then reads the classic way.
 */
interface Speculation {
  readonly contractRange: ExcelRange;
  readonly tables: ReadonlyMap<string, { readonly header: ExcelRange; readonly window: ExcelRange; readonly rows: number }>;
  readonly loose: ReadonlyMap<string, QueuedSheet>;
}

/**
 * Data rows a window expects without a hint: a window's empty rows still cost payload (and time in the fake),
 * so it is sized for a common workbook; a larger table costs one more round trip the first time only.
 */
const DEFAULT_WINDOW_ROWS: Readonly<Record<string, number>> = {
  [TABLES.placements]: 200,
  [TABLES.reports]: 40,
  [TABLES.parameters]: 80,
  [TABLES.targetGroups]: 20,
};
/** Rows a table may have grown by since the hint's read and still fit its window. */
const WINDOW_SLACK = 20;
/** Headroom for columns a user added to a template table, in the window's payload estimate. */
const COLUMN_HEADROOM = 1.25;

/**
 * The sheets a previous read of this workbook found (the caller keeps it, e.g. the task pane between two
 * validations): read speculatively as well, so a sheet the template does not know (the "Blad1" a new workbook
 * starts with) costs no extra round trip the next time.
 */
export interface ReadHint {
  readonly sheets: readonly string[];
  readonly sheetsWithTables: readonly string[];
  /** Data rows per table name, so each window fits the table as it was (plus room to grow). */
  readonly tableRows: Readonly<Record<string, number>>;
}

/** The hint the next read of the same workbook can use. */
export function hintFrom(read: ValidationRead): ReadHint {
  return {
    sheets: read.layout.sheets,
    sheetsWithTables: [...new Set(read.layout.tables.map((table) => table.sheet))],
    tableRows: Object.fromEntries(read.layout.tables.map((table) => [table.name, table.rows])),
  };
}

/** Null when the request limit leaves no room for the windows: then nothing is read speculatively. */
function queueSpeculation(context: ExcelRequestContext, limits: ReadLimits, hint: ReadHint | undefined): Speculation | null {
  const workbook = context.workbook;
  // The Avtal sheet, the loose sheets and the header rows: a guess, as in the classic read's plan.
  const cellsBudget = Math.floor(limits.maxPayloadBytes / limits.bytesPerCell) - 2_000;
  const width = (table: (typeof TEMPLATE.tables)[number]) => Math.ceil(table.columns.length * COLUMN_HEADROOM);
  // Table rows, the rows below (Placeringar, Rapporter) and room to grow.
  const windowRows = (name: string) =>
    (hint?.tableRows[name] ?? DEFAULT_WINDOW_ROWS[name] ?? 0) + WINDOW_SLACK + (name === TABLES.placements || name === TABLES.reports ? ROWS_BELOW_READ : 0);
  const small = TEMPLATE.tables.filter((table) => table.name !== TABLES.placements);
  const smallCells = small.reduce((sum, table) => sum + width(table) * windowRows(table.name), 0);
  const placements = TEMPLATE.tables.find((table) => table.name === TABLES.placements)!;
  // Placeringar takes what is left of the request limit, at most what it needs.
  const room = Math.floor((cellsBudget - smallCells) / width(placements));
  if (room < 2 * ROWS_BELOW_READ) return null;
  const placementRows = Math.min(windowRows(TABLES.placements), room);
  const contractRange = workbook.worksheets.getItem(SHEETS.contract).getUsedRangeOrNullObject(true).load("values,address");
  const tables = new Map<string, { header: ExcelRange; window: ExcelRange; rows: number }>();
  for (const table of TEMPLATE.tables) {
    const rows = table.name === TABLES.placements ? placementRows : windowRows(table.name);
    const header = workbook.tables.getItem(table.name).getHeaderRowRange().load("values,address");
    tables.set(table.name, { header, window: header.getOffsetRange(1, 0).getResizedRange(rows - 1, 0).load("values"), rows });
  }
  // Without a hint: the sheets every template version has (the supplier version lacks Samhällsekonomi).
  const tableSheets = new Set(hint?.sheetsWithTables ?? TEMPLATE.tables.map((table) => table.sheet));
  const expected = hint?.sheets ?? TEMPLATE.sheets.filter((sheet) => sheet.inSupplierVersion).map((sheet) => sheet.name);
  const loose = new Map(queueLooseCells(context, expected, tableSheets).map((queued) => [queued.sheet, queued]));
  return { contractRange, tables, loose };
}

/**
 * As readValidationInput, but when `requireMarker` is set and the workbook carries no SYSS template marker,
 * resolves to null after the first round trip (the caller says "create the template first").
 *
 * One round trip for a template workbook under the request limit: the layout, the marker and (speculatively,
 * see Speculation) the data of the template's sheets and tables and of the sheets `hint` names. Only what the speculation did not cover
 * (a table or sheet the user added, rows beyond a window, strips typed outside the tables) takes one more;
 * data over the request limit one per payload-limited group.
 */
export async function readValidationInputIfMarked(
  context: ExcelRequestContext,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  requireMarker = true,
  hint?: ReadHint,
): Promise<ValidationRead | null> {
  const workbook = context.workbook;
  const queueLayout = () => ({
    marker: queueTemplateMarker(context),
    tableCollection: workbook.tables.load("items/name,items/worksheet/name,items/rows/count,items/columns/count"),
    names: workbook.names.load("items/name,items/formula"),
    sheetCollection: workbook.worksheets.load("items/name"),
    runtime: context.runtime.load("enableEvents"),
  });
  let first = queueLayout();
  let speculation = queueSpeculation(context, limits, hint);
  let syncs = 1;
  try {
    await context.sync();
  } catch (error) {
    if (speculation === null) throw error;
    // A template sheet or table is missing (or renamed): learn the layout first, then read what is there.
    speculation = null;
    first = queueLayout();
    await context.sync();
    syncs++;
  }
  const { marker, tableCollection, names, sheetCollection, runtime } = first;
  const templateVersion = marker();
  if (requireMarker && templateVersion === null) return null;

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

  // Whatever the speculation did not cover is queued for one more sync.
  let queued = false;
  // Everything but our own findings; Placeringar first, so its rows share the first sync's budget first.
  const toRead = layoutTables
    .filter((table) => table.name !== VALIDATION_TABLE && table.sheet !== VALIDATION_SHEET)
    .sort((a, b) => Number(b.name === TABLES.placements) - Number(a.name === TABLES.placements) || a.name.localeCompare(b.name));
  let contractRange = speculation?.contractRange;
  if (contractRange === undefined) {
    contractRange = workbook.worksheets.getItem(SHEETS.contract).getUsedRangeOrNullObject(true).load("values,address");
    queued = true;
  }
  /** Rows still to read per table, after what a speculative window holds (`offset` rows). */
  const remaining: (TableSize & { readonly offset: number })[] = [];
  const pending: PendingTable[] = toRead.map((table) => {
    const grows = table.name === TABLES.placements || table.name === TABLES.reports;
    const spec = speculation?.tables.get(table.name);
    if (spec !== undefined) {
      const covered = Math.min(table.rows, spec.rows);
      remaining.push({ name: table.name, rows: table.rows - covered, columns: table.columns, offset: covered });
      const belowInWindow = table.rows + ROWS_BELOW_READ <= spec.rows;
      let below: ExcelRange | null = null;
      if (grows && !belowInWindow) {
        below = spec.header.getOffsetRange(table.rows + 1, 0).getResizedRange(ROWS_BELOW_READ - 1, 0).load("values");
        queued = true;
      }
      return { name: table.name, sheet: table.sheet, header: spec.header, below, window: { range: spec.window, rows: covered, below: grows && belowInWindow }, blocks: [] };
    }
    const header = tableObjects.get(table.name)!.getHeaderRowRange();
    queued = true;
    remaining.push({ name: table.name, rows: table.rows, columns: table.columns, offset: 0 });
    return {
      name: table.name,
      sheet: table.sheet,
      header: header.load("values,address"),
      below: grows ? header.getOffsetRange(table.rows + 1, 0).getResizedRange(ROWS_BELOW_READ - 1, 0).load("values") : null,
      window: null,
      blocks: [],
    };
  });
  const byName = new Map(pending.map((table) => [table.name, table]));
  const offsets = new Map(remaining.map((table) => [table.name, table.offset]));
  // The Avtal sheet and the header rows are small; count them against the first group's budget as a guess.
  const fixedBytes = limits.bytesPerCell * (200 + toRead.reduce((sum, table) => sum + table.columns * (1 + ROWS_BELOW_READ), 0));
  const plan = planRowBlocks(remaining, limits, fixedBytes);
  const queueGroup = (group: readonly RowBlock[]): void => {
    for (const block of group) {
      const body = tableObjects.get(block.table)!.getDataBodyRange();
      const firstRow = block.firstRow + (offsets.get(block.table) ?? 0);
      const range = body.getCell(firstRow, 0).getResizedRange(block.rowCount - 1, block.columns - 1).load("values");
      byName.get(block.table)!.blocks.push({ block, range });
    }
  };
  // The first group rides along with the headers and the Avtal sheet: one sync when everything fits.
  queueGroup(plan[0] ?? []);
  if ((plan[0] ?? []).length > 0) queued = true;
  const sheetsWithTables = new Set(layoutTables.map((table) => table.sheet));
  const loose: QueuedSheet[] = [];
  const unread: string[] = [];
  for (const sheet of sheets) {
    const spec = speculation?.loose.get(sheet);
    if (spec !== undefined && spec.hasTables === sheetsWithTables.has(sheet)) loose.push(spec);
    else unread.push(sheet);
  }
  const more = queueLooseCells(context, unread, sheetsWithTables);
  if (more.length > 0) queued = true;
  loose.push(...more);
  // In tab order, as the classic read gives them (the findings' order must not depend on the speculation).
  loose.sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet));
  if (queued) {
    await context.sync();
    syncs++;
  }
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
    const windowRows = table.window?.range.values ?? [];
    for (const row of windowRows.slice(0, table.window?.rows ?? 0)) rows.push(row.map(toInput));
    for (const { range } of table.blocks) for (const row of range!.values) rows.push(row.map(toInput));
    const belowValues = table.window?.below ? windowRows.slice(rows.length, rows.length + ROWS_BELOW_READ) : table.below?.values;
    return {
      name: table.name,
      sheet: table.sheet,
      headers: (table.header.values[0] ?? []).map((value) => String(value)),
      firstDataRow: header.top + 2,
      firstColumn: header.left,
      rows,
      ...(belowValues !== undefined ? { below: leadingFilledRows(belowValues.map((row) => row.map(toInput))) } : {}),
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
    templateVersion,
    layout,
    placementsFirstDataRow: placements.firstDataRow,
    syncs,
  };
}
