/**
 * The "document" behind the fake: plain data that proxies read and write only during `context.sync()`.
 * Cells are stored sparsely; a cell with neither content nor formatting is removed so snapshots stay small.
 */
import type { ExcelCellValue } from "../host/api";
import type { CellRect } from "../../domain/common/a1";
import { SHEET_COLUMNS } from "../../domain/common/a1";

/** A data-validation rule as stored (the JSON-cloned object the add-in assigned). */
export type StoredRule = Record<string, unknown>;

export interface ValidationState {
  rule?: StoredRule;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export interface CellState {
  value: ExcelCellValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fillColor?: string;
  wrapText?: boolean;
  validation?: ValidationState;
}

export interface ConditionalFormatState {
  id: number;
  rect: CellRect;
  type: string;
  formula: string;
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ChartState {
  name: string;
  type: string;
  /** The data the chart was created from, e.g. "B8:G8". */
  source: string;
  title: string;
  /** The cells the chart covers, e.g. "I3:P20". */
  position: string;
  series: { name: string; xValues: string }[];
  /** The category axis's reversePlotOrder. */
  categoriesReversed: boolean;
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

/** The print settings the fake models (worksheet.pageLayout, ExcelApi 1.9): a new sheet has Excel's defaults. */
export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  horizontalFitToPages: number | null;
  verticalFitToPages: number | null;
  /** Absolute A1 address without the sheet, or null (the used range). */
  printArea: string | null;
  /** e.g. "$1:$1", or null. */
  printTitleRows: string | null;
  leftFooter: string;
  rightFooter: string;
}

/**
 * A stored cell's key: its position as one number, row × 16 384 + column. Numbers, not "row,column" text: the
 * fake looks cells up hundreds of thousands of times per template apply.
 */
export type CellKey = number;

export function cellKey(row: number, column: number): CellKey {
  return row * SHEET_COLUMNS + column;
}

export function keyRow(key: CellKey): number {
  return Math.floor(key / SHEET_COLUMNS);
}

export function keyColumn(key: CellKey): number {
  return key % SHEET_COLUMNS;
}

/**
 * A sheet's stored cells, counting its changes: a snapshot of a sheet whose revision has not moved reuses the
 * previous snapshot's cells (tests take hundreds of snapshots of the same 100 000 cells). Every change goes
 * through set, delete or clear (updateCell ends in one of them), except an edit of stored cells in place,
 * which calls touch().
 */
export class CellStore extends Map<CellKey, CellState> {
  private changes = 0;
  get revision(): number {
    return this.changes;
  }
  override set(key: CellKey, cell: CellState): this {
    this.changes++;
    return super.set(key, cell);
  }
  override delete(key: CellKey): boolean {
    this.changes++;
    return super.delete(key);
  }
  override clear(): void {
    this.changes++;
    super.clear();
  }
  touch(): void {
    this.changes++;
  }
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  cells: CellStore;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  names: Map<string, NameState>;
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  pageLayout: PageLayoutState;
}

export interface TableChangedArgs {
  address: string;
  changeType: string;
  source: string;
  tableId: string;
  worksheetId: string;
  type: string;
}

export type TableHandler = (args: TableChangedArgs) => Promise<unknown>;

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Includes the header row; tables here never show a totals row. */
  rect: CellRect;
  /** Stable column ids, left to right; the names are the header cells' values. */
  columnIds: number[];
  nextColumnId: number;
  style: string;
  handlers: Set<TableHandler>;
}

export interface CustomPropertyState {
  key: string;
  value: unknown;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  names: Map<string, NameState>;
  customProperties: Map<string, CustomPropertyState>;
  activeSheetId: string;
  selection: CellRect;
  calculationMode: string;
  eventsEnabled: boolean;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new CellStore(),
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    names: new Map(),
    conditionalFormats: [],
    charts: [],
    pageLayout: { orientation: "Portrait", paperSize: "Letter", horizontalFitToPages: null, verticalFitToPages: null, printArea: null, printTitleRows: null, leftFooter: "", rightFooter: "" },
  };
}

export function emptyCell(): CellState {
  return { value: "" };
}

/** Reads a cell without creating it. */
export function peekCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** Applies `change` to a cell, creating it on demand and dropping it again when it ends up blank. */
export function updateCell(sheet: SheetState, row: number, column: number, change: (cell: CellState) => void): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key) ?? emptyCell();
  change(cell);
  if (isEmptyCellState(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

export function isEmptyCellState(cell: CellState): boolean {
  return (
    cell.value === "" &&
    cell.formula === undefined &&
    cell.numberFormat === undefined &&
    cell.bold === undefined &&
    cell.italic === undefined &&
    cell.fontColor === undefined &&
    cell.fontSize === undefined &&
    cell.fillColor === undefined &&
    cell.wrapText === undefined &&
    cell.validation === undefined
  );
}

export function hasContent(cell: CellState | undefined): boolean {
  return cell !== undefined && (cell.value !== "" || cell.formula !== undefined);
}

export function forEachCell(rect: CellRect, visit: (row: number, column: number) => void): void {
  for (let r = rect.top; r < rect.top + rect.rows; r++) {
    for (let c = rect.left; c < rect.left + rect.columns; c++) visit(r, c);
  }
}

/** Visits only stored cells inside `rect` (fast on large, sparse ranges). */
export function forEachStoredCell(
  sheet: SheetState,
  rect: CellRect,
  visit: (row: number, column: number, cell: CellState) => void,
): void {
  // Whichever is smaller: the rectangle's cells (looked up) or the stored cells (filtered). Template applies
  // touch thousands of small ranges on a sheet of a few thousand cells, so walking the map each time was the
  // test suite's hottest loop.
  if (rect.rows * rect.columns <= sheet.cells.size) {
    for (let row = rect.top; row < rect.top + rect.rows; row++) {
      for (let column = rect.left; column < rect.left + rect.columns; column++) {
        const cell = sheet.cells.get(cellKey(row, column));
        if (cell) visit(row, column, cell);
      }
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (row >= rect.top && row < rect.top + rect.rows && column >= rect.left && column < rect.left + rect.columns) {
      visit(row, column, cell);
    }
  }
}
