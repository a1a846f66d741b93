/**
 * Excel tables (ListObjects): a header row plus at least one data row, column names read from the header cells,
 * growing by `rows.add` / `columns.add`, and an `onChanged` event.
 */
import type {
  ExcelCellValue,
  ExcelEventHandlerResult,
  ExcelTable,
  ExcelTableChangedEvent,
  ExcelTableCollection,
  ExcelTableColumn,
  ExcelTableColumnCollection,
  ExcelTableRowCollection,
} from "../host/api";
import type { CellRect } from "../../domain/common/a1";
import { intersection, parseAddress } from "./address";
import { FakeClientObject, FakeCollection } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Batch } from "./host";
import { checkIdentifier, identifierTaken } from "./names";
import { FakeRange } from "./range";
import {
  cellKey,
  forEachStoredCell,
  hasContent,
  peekCell,
  updateCell,
  type CellState,
  type SheetState,
  type TableHandler,
  type TableState,
  type WorkbookState,
} from "./state";
import { FakeWorksheet, findSheet } from "./worksheet";

export function findTableState(state: WorkbookState, key: string): TableState | undefined {
  const lower = key.toLowerCase();
  return state.tables.find((table) => table.name.toLowerCase() === lower || table.id === key);
}

function sheetOf(state: WorkbookState, table: TableState): SheetState {
  return state.sheets.find((sheet) => sheet.id === table.sheetId)!;
}

function headerText(cell: CellState | undefined): string {
  const value = cell?.value ?? "";
  return value === "" ? "" : String(value);
}

export function columnNames(state: WorkbookState, table: TableState): string[] {
  const sheet = sheetOf(state, table);
  return table.columnIds.map((_, i) => headerText(peekCell(sheet, table.rect.top, table.rect.left + i)));
}

function uniqueHeader(wanted: string, taken: string[]): string {
  const lowerTaken = new Set(taken.map((name) => name.toLowerCase()));
  if (!lowerTaken.has(wanted.toLowerCase())) return wanted;
  let n = 2;
  while (lowerTaken.has(`${wanted}${n}`.toLowerCase())) n++;
  return `${wanted}${n}`;
}

function setPlainValue(sheet: SheetState, row: number, column: number, value: ExcelCellValue): void {
  updateCell(sheet, row, column, (cell) => {
    const isFormula = typeof value === "string" && value.startsWith("=") && value.length > 1 && cell.numberFormat !== "@";
    cell.formula = isFormula ? value : undefined;
    cell.value = isFormula ? "" : value;
  });
}

function assertFreeForGrowth(state: WorkbookState, sheet: SheetState, table: TableState, area: CellRect, direction: string): void {
  const other = state.tables.find((t) => t !== table && t.sheetId === sheet.id && intersection(t.rect, area));
  if (other) throw new FakeOfficeError("InvalidOperation", `The table would grow into the table '${other.name}'.`);
  // Formatted but empty cells are absorbed (Excel grows tables over them); content would have to move.
  let occupied = false;
  forEachStoredCell(sheet, area, (_row, _column, cell) => (occupied ||= hasContent(cell)));
  if (occupied) {
    throw new FakeOfficeError(
      "NotImplemented",
      `The cells ${direction} the table '${table.name}' are not empty; Excel would shift them, the fake does not.`,
    );
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> implements ExcelTableCollection {
  protected readonly typeName = "TableCollection";
  protected readonly scalarNames = ["count"] as const;
  private readonly scopeSheet: (() => SheetState) | undefined;

  constructor(context: FakeRequestContext, scopeSheet?: () => SheetState) {
    super(context);
    this.scopeSheet = scopeSheet;
  }

  private members(): TableState[] {
    const tables = this.context.host.state.tables;
    if (!this.scopeSheet) return tables;
    const sheet = this.scopeSheet();
    return tables.filter((table) => table.sheetId === sheet.id);
  }

  protected readScalar(): unknown {
    return this.members().length;
  }

  get count(): number {
    return this.loaded("count");
  }

  protected listItems(): FakeTable[] {
    return this.members().map((table) => new FakeTable(this.context, () => table));
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.queue((batch) => {
      const state = batch.state;
      let sheet: SheetState;
      let rect: CellRect;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        const named = parsed.sheet === undefined ? undefined : findSheet(state, parsed.sheet);
        if (parsed.sheet !== undefined && !named) throw new FakeOfficeError("InvalidArgument", `No sheet in '${address}'.`);
        const scoped = this.scopeSheet?.();
        if (scoped && named && named !== scoped) {
          throw new FakeOfficeError("InvalidArgument", `The address '${address}' is on another worksheet.`);
        }
        sheet = named ?? scoped ?? findSheet(state, state.activeSheetId)!;
        rect = parsed.rect;
      } else {
        ({ sheet, rect } = address.target());
      }
      if (!hasHeaders) throw new FakeOfficeError("NotImplemented", "The fake creates tables from ranges with headers only.");
      // Excel always gives a table at least one data row.
      rect = { ...rect, rows: Math.max(rect.rows, 2) };
      const overlapping = state.tables.find((t) => t.sheetId === sheet.id && intersection(t.rect, rect));
      if (overlapping) {
        throw new FakeOfficeError("InvalidArgument", `A table can't overlap another table ('${overlapping.name}').`);
      }
      let n = 1;
      while (identifierTaken(state, `Table${n}`)) n++;
      const headers: string[] = [];
      for (let i = 0; i < rect.columns; i++) {
        const given = headerText(peekCell(sheet, rect.top, rect.left + i));
        const header = uniqueHeader(given === "" ? `Column${i + 1}` : given, headers);
        headers.push(header);
        updateCell(sheet, rect.top, rect.left + i, (cell) => {
          cell.formula = undefined; // header cells hold static text in Excel
          cell.value = header;
        });
      }
      created = {
        id: this.context.host.newId("table"),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        columnIds: headers.map((_, i) => i + 1),
        nextColumnId: headers.length + 1,
        style: "TableStyleMedium2",
        handlers: new Set(),
      };
      state.tables.push(created);
    });
    return new FakeTable(this.context, () => created);
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, () => this.lookup(key));
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, () => this.lookup(key), true);
  }

  private lookup(key: string): TableState | undefined {
    const table = findTableState(this.context.host.state, key);
    return table && this.members().includes(table) ? table : undefined;
  }
}

export class FakeTable extends FakeClientObject implements ExcelTable {
  protected readonly typeName = "Table";
  protected readonly scalarNames = ["id", "name", "style", "showTotals", "showHeaders"] as const;
  private readonly locate: () => TableState | undefined;
  readonly worksheet: FakeWorksheet;
  readonly columns: FakeTableColumnCollection;
  readonly rows: FakeTableRowCollection;
  readonly onChanged: ExcelTableChangedEvent;

  constructor(context: FakeRequestContext, locate: () => TableState | undefined, nullable = false) {
    super(context, nullable);
    this.locate = locate;
    this.worksheet = new FakeWorksheet(context, () => sheetOf(context.host.state, this.table()));
    this.columns = new FakeTableColumnCollection(context, this);
    this.rows = new FakeTableRowCollection(context, this);
    this.onChanged = {
      add: (handler) => {
        const registered = handler as TableHandler;
        context.enqueue({ kind: "setting", run: () => this.table().handlers.add(registered) });
        const result: ExcelEventHandlerResult & { context: FakeRequestContext } = {
          context,
          remove: () => context.enqueue({ kind: "setting", run: () => this.table().handlers.delete(registered) }),
        };
        return result;
      },
    };
  }

  table(): TableState {
    const found = this.locate();
    if (!found || !this.context.host.state.tables.includes(found)) {
      throw new FakeOfficeError("ItemNotFound", "The requested table does not exist.");
    }
    return found;
  }

  sheet(): SheetState {
    return sheetOf(this.context.host.state, this.table());
  }

  protected exists(): boolean {
    const found = this.locate();
    return found !== undefined && this.context.host.state.tables.includes(found);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "worksheet") return this.worksheet;
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const table = this.table();
    if (name === "id") return table.id;
    if (name === "name") return table.name;
    if (name === "style") return table.style;
    if (name === "showHeaders") return true;
    return false;
  }

  get id(): string {
    return this.loaded("id");
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (batch) => {
      const table = this.table();
      checkIdentifier(name, "table");
      if (name.toLowerCase() !== table.name.toLowerCase() && identifierTaken(batch.state, name)) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' is already used by a table or defined name.`);
      }
      table.name = name;
    });
  }

  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    this.queueSet("style", style, () => {
      this.table().style = style;
    });
  }

  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  set showTotals(show: boolean) {
    this.queueSet("showTotals", show, () => {
      this.table();
      if (show) throw new FakeOfficeError("NotImplemented", "The fake has no totals rows.");
    });
  }

  private rangeOf(pick: (rect: CellRect) => CellRect): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), rect: pick(this.table().rect) }));
  }

  getRange(): FakeRange {
    return this.rangeOf((rect) => ({ ...rect }));
  }

  getHeaderRowRange(): FakeRange {
    return this.rangeOf((rect) => ({ ...rect, rows: 1 }));
  }

  getDataBodyRange(): FakeRange {
    return this.rangeOf((rect) => ({ ...rect, top: rect.top + 1, rows: rect.rows - 1 }));
  }

  /**
   * Takes a new range with the same header row and columns, growing down over the cells below (their
   * content stays, as in Excel); calculated columns fill the new rows' empty cells. Other shapes are left to Excel.
   */
  resize(newRange: string): void {
    this.queue((batch: Batch) => {
      const table = this.table();
      const sheet = this.sheet();
      const parsed = parseAddress(newRange);
      const rect = table.rect;
      const next = parsed.rect;
      if (next.top !== rect.top || next.left !== rect.left || next.columns !== rect.columns || next.rows < rect.rows) {
        throw new FakeOfficeError("NotImplemented", "The fake resizes a table downwards only, keeping its header and columns.");
      }
      const added = { top: rect.top + rect.rows, left: rect.left, rows: next.rows - rect.rows, columns: rect.columns };
      const other = batch.state.tables.find((t) => t !== table && t.sheetId === sheet.id && intersection(t.rect, added));
      if (other) throw new FakeOfficeError("InvalidOperation", `The table would grow into the table '${other.name}'.`);
      for (let c = 0; c < rect.columns; c++) {
        const calculated = calculatedFormula(sheet, rect, rect.left + c);
        if (!calculated) continue;
        for (let row = added.top; row < added.top + added.rows; row++) {
          if (!hasContent(peekCell(sheet, row, rect.left + c))) updateCell(sheet, row, rect.left + c, (cell) => (cell.formula = calculated));
        }
      }
      table.rect = { ...rect, rows: next.rows };
      batch.noteChange(sheet, added, "RowInserted");
    });
  }
}

export class FakeTableColumnCollection extends FakeCollection<FakeTableColumn> implements ExcelTableColumnCollection {
  protected readonly typeName = "TableColumnCollection";
  protected readonly scalarNames = ["count"] as const;
  private readonly owner: FakeTable;

  constructor(context: FakeRequestContext, owner: FakeTable) {
    super(context);
    this.owner = owner;
  }

  protected readScalar(): unknown {
    return this.owner.table().columnIds.length;
  }

  get count(): number {
    return this.loaded("count");
  }

  protected listItems(): FakeTableColumn[] {
    const table = this.owner.table();
    return table.columnIds.map((id) => new FakeTableColumn(this.context, this.owner, () => id));
  }

  add(index?: number, values?: ExcelCellValue[][] | ExcelCellValue, name?: string): FakeTableColumn {
    let createdId: number | undefined;
    this.queue((batch) => {
      const table = this.owner.table();
      const sheet = this.owner.sheet();
      const rect = table.rect;
      const at = index ?? rect.columns;
      if (!Number.isInteger(at) || at < 0 || at > rect.columns) {
        throw new FakeOfficeError("InvalidArgument", `Column index ${at} is outside 0…${rect.columns}.`);
      }
      if (values !== undefined && !(Array.isArray(values) && values.length === rect.rows)) {
        throw new FakeOfficeError("InvalidArgument", `The column values must be ${rect.rows} rows (header included).`);
      }
      const spill = { top: rect.top, left: rect.left + rect.columns, rows: rect.rows, columns: 1 };
      assertFreeForGrowth(batch.state, sheet, table, spill, "to the right of");
      // Shift the table's own cells right of the insertion point by one column.
      const moving: Array<[number, number, CellState]> = [];
      forEachStoredCell(sheet, { ...rect, left: rect.left + at, columns: rect.columns - at }, (r, c, cell) =>
        moving.push([r, c, cell]),
      );
      for (const [r, c] of moving) sheet.cells.delete(cellKey(r, c));
      for (const [r, c, cell] of moving) sheet.cells.set(cellKey(r, c + 1), cell);
      const existing = columnNames(batch.state, table);
      const matrix = values as ExcelCellValue[][] | undefined;
      const header = uniqueHeader(
        name ?? (matrix && matrix[0]?.[0] !== "" && matrix[0]?.[0] !== undefined ? String(matrix[0][0]) : `Column${at + 1}`),
        existing,
      );
      const column = rect.left + at;
      setPlainValue(sheet, rect.top, column, header);
      for (let r = 1; r < rect.rows; r++) {
        const value = matrix?.[r]?.[0];
        if (value !== undefined && value !== null) setPlainValue(sheet, rect.top + r, column, value);
      }
      createdId = table.nextColumnId++;
      table.columnIds.splice(at, 0, createdId);
      table.rect = { ...rect, columns: rect.columns + 1 };
      batch.noteChange(sheet, table.rect, "ColumnInserted");
    });
    return new FakeTableColumn(this.context, this.owner, () => createdId);
  }

  getItemOrNullObject(key: string): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this.owner,
      () => {
        const table = this.owner.table();
        const names = columnNames(this.context.host.state, table).map((n) => n.toLowerCase());
        const at = names.indexOf(key.toLowerCase());
        return at >= 0 ? table.columnIds[at] : undefined;
      },
      true,
    );
  }
}

export class FakeTableColumn extends FakeClientObject implements ExcelTableColumn {
  protected readonly typeName = "TableColumn";
  protected readonly scalarNames = ["id", "index", "name"] as const;
  private readonly owner: FakeTable;
  private readonly locateId: () => number | undefined;

  constructor(context: FakeRequestContext, owner: FakeTable, locateId: () => number | undefined, nullable = false) {
    super(context, nullable);
    this.owner = owner;
    this.locateId = locateId;
  }

  private position(): number {
    const id = this.locateId();
    const at = id === undefined ? -1 : this.owner.table().columnIds.indexOf(id);
    if (at < 0) throw new FakeOfficeError("ItemNotFound", "The requested table column does not exist.");
    return at;
  }

  protected exists(): boolean {
    const id = this.locateId();
    return id !== undefined && this.owner.table().columnIds.includes(id);
  }

  protected readScalar(name: string): unknown {
    const at = this.position();
    if (name === "id") return this.owner.table().columnIds[at];
    if (name === "index") return at;
    return columnNames(this.context.host.state, this.owner.table())[at];
  }

  get id(): number {
    return this.loaded("id");
  }
  get index(): number {
    return this.loaded("index");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (batch) => {
      const at = this.position();
      const table = this.owner.table();
      const others = columnNames(batch.state, table).filter((_, i) => i !== at);
      if (others.some((other) => other.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The table '${table.name}' already has a column '${name}'.`);
      }
      setPlainValue(this.owner.sheet(), table.rect.top, table.rect.left + at, name);
      batch.noteChange(this.owner.sheet(), { top: table.rect.top, left: table.rect.left + at, rows: 1, columns: 1 });
    });
  }

  private rangeOf(pick: (rect: CellRect, column: number) => CellRect): FakeRange {
    return new FakeRange(this.context, () => {
      const rect = this.owner.table().rect;
      return { sheet: this.owner.sheet(), rect: pick(rect, rect.left + this.position()) };
    });
  }

  getRange(): FakeRange {
    return this.rangeOf((rect, column) => ({ top: rect.top, left: column, rows: rect.rows, columns: 1 }));
  }
  getHeaderRowRange(): FakeRange {
    return this.rangeOf((rect, column) => ({ top: rect.top, left: column, rows: 1, columns: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.rangeOf((rect, column) => ({ top: rect.top + 1, left: column, rows: rect.rows - 1, columns: 1 }));
  }
}

export class FakeTableRowCollection extends FakeClientObject implements ExcelTableRowCollection {
  protected readonly typeName = "TableRowCollection";
  protected readonly scalarNames = ["count"] as const;
  private readonly owner: FakeTable;

  constructor(context: FakeRequestContext, owner: FakeTable) {
    super(context);
    this.owner = owner;
  }

  protected exists(): boolean {
    return true;
  }

  protected readScalar(): unknown {
    return this.owner.table().rect.rows - 1;
  }

  get count(): number {
    return this.loaded("count");
  }

  /** Appends rows; like Excel, new rows inherit the last row's formats, validation and calculated-column formulas. */
  add(index?: number, values?: ExcelCellValue[][]): void {
    this.queue((batch: Batch) => {
      const table = this.owner.table();
      const sheet = this.owner.sheet();
      const rect = table.rect;
      const dataRows = rect.rows - 1;
      if (index !== undefined && index !== null && index !== dataRows) {
        throw new FakeOfficeError("NotImplemented", "The fake appends table rows at the end only.");
      }
      const count = values?.length ?? 1;
      if (values && !values.every((row) => Array.isArray(row) && row.length === rect.columns)) {
        throw new FakeOfficeError("InvalidArgument", `Each new row must have ${rect.columns} values.`);
      }
      const below = { top: rect.top + rect.rows, left: rect.left, rows: count, columns: rect.columns };
      assertFreeForGrowth(batch.state, sheet, table, below, "below");
      const lastRow = rect.top + rect.rows - 1;
      for (let c = 0; c < rect.columns; c++) {
        const column = rect.left + c;
        const template = peekCell(sheet, lastRow, column);
        const calculated = calculatedFormula(sheet, rect, column);
        for (let r = 0; r < count; r++) {
          const row = below.top + r;
          updateCell(sheet, row, column, (cell) => {
            if (template) {
              const { value: _value, formula: _formula, ...formatting } = template;
              void _value;
              void _formula;
              Object.assign(cell, JSON.parse(JSON.stringify(formatting)));
            }
            if (calculated) cell.formula = calculated;
          });
          const given = values?.[r]?.[c];
          if (given !== undefined && given !== null && !(calculated && given === "")) setPlainValue(sheet, row, column, given);
        }
      }
      table.rect = { ...rect, rows: rect.rows + count };
      batch.noteChange(sheet, below, "RowInserted");
    });
  }
}

/** A calculated column: every data cell holds the same formula (structured references make them identical). */
function calculatedFormula(sheet: SheetState, rect: CellRect, column: number): string | undefined {
  let formula: string | undefined;
  for (let row = rect.top + 1; row < rect.top + rect.rows; row++) {
    const cell = peekCell(sheet, row, column);
    if (!hasContent(cell) || cell!.formula === undefined) return undefined;
    if (formula === undefined) formula = cell!.formula;
    else if (formula !== cell!.formula) return undefined;
  }
  return formula;
}
