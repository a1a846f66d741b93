/** A plain, deterministic copy of the whole fake document, for before/after comparisons in tests. */
import { cellName, columnLetter, formatRect } from "../../domain/common/a1";
import { keyColumn, keyRow, type CellKey, type CellState, type CellStore, type ChartState, type ConditionalFormatState, type NameState, type PageLayoutState, type WorkbookState } from "./state";

export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor?: string;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  cells: Record<string, CellState>;
  names: Record<string, NameState>;
  conditionalFormats: Array<Omit<ConditionalFormatState, "rect" | "id"> & { address: string }>;
  charts: ChartState[];
  pageLayout: PageLayoutState;
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  address: string;
  columns: string[];
  style: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  names: Record<string, NameState>;
  customProperties: Record<string, unknown>;
  activeSheet: string;
  selection: string;
  calculationMode: string;
  eventsEnabled: boolean;
}

function namesRecord(names: Map<string, NameState>): Record<string, NameState> {
  const out: Record<string, NameState> = {};
  for (const key of [...names.keys()].sort()) out[names.get(key)!.name] = { ...names.get(key)! };
  return out;
}

/**
 * A copy of one cell without its unset properties (as JSON would drop them). Its validation object is shared,
 * not copied: the fake replaces validation objects and their frozen rules, alerts and prompts (range.ts,
 * insertRows.ts) and never edits them, and a template's 100 000 formatted cells would otherwise make every
 * snapshot a 17 MB copy.
 */
function copyCell(cell: CellState): CellState {
  const copy: Partial<CellState> = {};
  for (const key of Object.keys(cell) as (keyof CellState)[]) {
    if (cell[key] !== undefined) (copy as Record<string, unknown>)[key] = cell[key];
  }
  return copy as CellState;
}

/** Cell key → "A1", kept across snapshots: tests take hundreds of snapshots of the same 100 000 cells. */
const cellNames = new Map<CellKey, string>();
function nameOf(key: CellKey): string {
  let name = cellNames.get(key);
  if (name === undefined) {
    name = cellName(keyRow(key), keyColumn(key));
    cellNames.set(key, name);
  }
  return name;
}

/**
 * The last snapshot's cells of each sheet, with the sheet's revision then. Frozen, because two snapshots of an
 * unchanged sheet share them: a test editing one snapshot must not edit another (it gets a TypeError instead).
 * Sharing also makes comparing two snapshots of an unchanged sheet one identity check.
 */
const lastCells = new WeakMap<CellStore, { readonly revision: number; readonly record: Readonly<Record<string, CellState>> }>();

/** The stored cells by A1 name, in row-then-column order. */
function cellsRecord(cells: CellStore): Record<string, CellState> {
  const last = lastCells.get(cells);
  if (last !== undefined && last.revision === cells.revision) return last.record;
  // The keys are row-major positions, so a numeric sort is reading order.
  const keys = Float64Array.from(cells.keys()).sort();
  const record: Record<string, CellState> = {};
  for (const key of keys) record[nameOf(key)] = Object.freeze(copyCell(cells.get(key)!));
  lastCells.set(cells, { revision: cells.revision, record: Object.freeze(record) });
  return record;
}

export function takeSnapshot(state: WorkbookState, columnNames: (tableIndex: number) => string[]): WorkbookSnapshot {
  const sheetName = (id: string): string => state.sheets.find((sheet) => sheet.id === id)?.name ?? "?";
  // Everything but the cells is small: a JSON round trip copies it (and drops unset properties).
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    sheets: state.sheets.map((sheet) => {
      const columnWidths: Record<string, number> = {};
      for (const column of [...sheet.columnWidths.keys()].sort((a, b) => a - b)) {
        columnWidths[columnLetter(column)] = sheet.columnWidths.get(column)!;
      }
      return copy({
        name: sheet.name,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        columnWidths,
        cells: {} as Record<string, CellState>,
        names: namesRecord(sheet.names),
        conditionalFormats: sheet.conditionalFormats.map(({ rect, id: _id, ...rest }) => {
          void _id;
          return { ...rest, address: formatRect(rect) };
        }),
        charts: sheet.charts,
        pageLayout: { ...sheet.pageLayout },
      });
    }).map((sheetCopy, i) => ({ ...sheetCopy, cells: cellsRecord(state.sheets[i]!.cells) })),
    ...copy({
      tables: state.tables.map((table, i) => ({
        name: table.name,
        sheet: sheetName(table.sheetId),
        address: formatRect(table.rect),
        columns: columnNames(i),
        style: table.style,
      })),
      names: namesRecord(state.names),
      customProperties: Object.fromEntries(
        [...state.customProperties.values()].map((property) => [property.key, property.value]),
      ),
      activeSheet: sheetName(state.activeSheetId),
      selection: formatRect(state.selection),
      calculationMode: state.calculationMode,
      eventsEnabled: state.eventsEnabled,
    }),
  };
}
