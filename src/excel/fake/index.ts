/**
 * An in-memory fake of the Office.js Excel API subset SYSS uses (see src/excel/host/api.ts), faithful where it
 * matters for correctness: queued operations apply only at `context.sync()`, unloaded properties throw
 * `PropertyNotLoaded`, `*OrNullObject` proxies learn `isNullObject` at sync, batch errors carry Office-style codes
 * and leave the operations before them applied, round trips are counted, and table events are delivered after
 * the sync that caused them when events are enabled.
 *
 * Not modelled (tests must not rely on them): formula evaluation and spills (a formula cell's value is ""),
 * tables growing when a user types right below them (use `rows.add`), shifting content outside a table when it
 * grows (the fake refuses with `NotImplemented` instead of guessing), trimming partly overlapped conditional
 * formats (`clearAll` drops every overlapping one), list sources given as Range objects, deleting sheets,
 * tables or rows, totals rows, and the 5 MB request limit.
 *
 * Pure TypeScript without Node or DOM imports: the task pane's browser preview uses it as its backing store.
 */
import type { ExcelRequestContext } from "../host/api";
import { parseAddress } from "./address";
import { FakeRequestContext } from "./context";
import { FakeHost, type SyncRecord } from "./host";
import { takeSnapshot, type WorkbookSnapshot } from "./snapshot";
import { newSheet, peekCell, type CellState, type WorkbookState } from "./state";
import { columnNames } from "./table";
import { findSheet } from "./worksheet";

export { FakeOfficeError, type FakeErrorCode } from "./errors";
export type { SyncRecord } from "./host";
export type { WorkbookSnapshot, SheetSnapshot, TableSnapshot } from "./snapshot";
export type { CellState } from "./state";

export interface ExcelFakeOptions {
  /** The sheets of the new workbook, in tab order (default: one sheet, `Sheet1`). */
  sheetNames?: string[];
}

export class ExcelFake {
  private readonly host: FakeHost;

  constructor(options: ExcelFakeOptions = {}) {
    const names = options.sheetNames ?? ["Sheet1"];
    const state: WorkbookState = {
      sheets: [],
      tables: [],
      names: new Map(),
      customProperties: new Map(),
      activeSheetId: "",
      selection: { top: 0, left: 0, rows: 1, columns: 1 },
      calculationMode: "Automatic",
      eventsEnabled: true,
      nextId: 0,
    };
    this.host = new FakeHost(state);
    for (const name of names) state.sheets.push(newSheet(this.host.newId("sheet"), name));
    state.activeSheetId = state.sheets[0]!.id;
  }

  /** Round trips so far, across all runs: explicit `context.sync()` calls plus each run's final flush. */
  get syncCount(): number {
    return this.host.syncCount;
  }

  /** One record per round trip, oldest first. */
  get syncLog(): readonly SyncRecord[] {
    return this.host.syncLog;
  }

  /**
   * `Excel.run`: hands the batch a fresh context; like Office.js, flushes operations still queued when the batch
   * resolves (one more round trip only if anything is pending), and invalidates the context afterwards.
   */
  readonly run = async <T>(batch: (context: ExcelRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this.host);
    try {
      const result = await batch(context);
      if (context.hasPendingWork) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  };

  /** A deep, plain copy of the whole document. */
  snapshot(): WorkbookSnapshot {
    const state = this.host.state;
    return takeSnapshot(state, (i) => columnNames(state, state.tables[i]!));
  }

  /** Direct read of one stored cell (`"Sheet!B3"`), bypassing proxies: for test assertions. */
  cell(address: string): CellState | undefined {
    const parsed = parseAddress(address);
    const sheet = parsed.sheet === undefined ? undefined : findSheet(this.host.state, parsed.sheet);
    if (!sheet) throw new Error(`No sheet in '${address}'.`);
    const found = peekCell(sheet, parsed.rect.top, parsed.rect.left);
    return found && (JSON.parse(JSON.stringify(found)) as CellState);
  }

  /**
   * How many `onChanged` handlers a table has (0 for no such table): lets a test wait until a subscription is
   * registered instead of sleeping.
   */
  changeHandlerCount(tableName: string): number {
    const table = this.host.state.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    return table ? table.handlers.size : 0;
  }

  /** Waits until table events raised so far have reached their handlers and the handlers have settled. */
  flushEvents(): Promise<void> {
    return this.host.flushEvents();
  }
}

export function createExcelFake(options?: ExcelFakeOptions): ExcelFake {
  return new ExcelFake(options);
}
