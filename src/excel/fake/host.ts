/**
 * The "Excel process" side of the fake: owns the document state, executes queued batches at `context.sync()`,
 * counts round trips, records what each batch did, and delivers table events afterwards.
 */
import type { CellRect } from "../../domain/common/a1";
import { intersection, qualifiedAddress } from "./address";
import type { Action } from "./clientObject";
import { FakeOfficeError } from "./errors";
import type { FakeRequestContext } from "./context";
import type { SheetState, TableChangedArgs, TableState, WorkbookState } from "./state";

/** What one `context.sync()` round trip did; tests assert on these. */
export interface SyncRecord {
  actions: number;
  /** Queued operations that change the document (not loads, not runtime/application settings). */
  writes: number;
  writesWithEventsEnabled: number;
  writesWithoutCalculationSuspended: number;
  writesWithoutScreenUpdatingSuspended: number;
  /** The error code when the batch failed; the writes before the failing one stay applied, as in Office.js. */
  failedWith?: string;
}

export class Batch {
  readonly state: WorkbookState;
  readonly record: SyncRecord = {
    actions: 0,
    writes: 0,
    writesWithEventsEnabled: 0,
    writesWithoutCalculationSuspended: 0,
    writesWithoutScreenUpdatingSuspended: 0,
  };
  calculationSuspended = false;
  screenUpdatingSuspended = false;
  private readonly commits: Array<() => void> = [];
  readonly events: Array<{ table: TableState; args: TableChangedArgs }> = [];

  constructor(state: WorkbookState) {
    this.state = state;
  }

  onSuccess(commit: () => void): void {
    this.commits.push(commit);
  }

  commit(): void {
    for (const commit of this.commits) commit();
  }

  countAction(action: Action): void {
    this.record.actions++;
    if (action.kind !== "write") return;
    this.record.writes++;
    if (this.state.eventsEnabled) this.record.writesWithEventsEnabled++;
    if (!this.calculationSuspended) this.record.writesWithoutCalculationSuspended++;
    if (!this.screenUpdatingSuspended) this.record.writesWithoutScreenUpdatingSuspended++;
  }

  /** Cells in `rect` changed: raise `onChanged` for every table they touch, if events are on right now. */
  noteChange(sheet: SheetState, rect: CellRect, changeType = "RangeEdited"): void {
    if (!this.state.eventsEnabled) return;
    for (const table of this.state.tables) {
      if (table.sheetId !== sheet.id || table.handlers.size === 0) continue;
      const touched = intersection(table.rect, rect);
      if (!touched) continue;
      this.events.push({
        table,
        args: {
          address: qualifiedAddress(sheet.name, touched).split("!")[1]!,
          changeType,
          source: "Local",
          tableId: table.id,
          worksheetId: sheet.id,
          type: "TableChanged",
        },
      });
    }
  }
}

export class FakeHost {
  readonly state: WorkbookState;
  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  private readonly pendingHandlers: Promise<unknown>[] = [];
  private pendingTimers = 0;

  constructor(state: WorkbookState) {
    this.state = state;
  }

  newId(prefix: string): string {
    this.state.nextId++;
    return `{${prefix}-${String(this.state.nextId).padStart(8, "0")}}`;
  }

  async execute(context: FakeRequestContext, actions: Action[]): Promise<void> {
    this.syncCount++;
    const batch = new Batch(this.state);
    let failure: unknown;
    for (const action of actions) {
      try {
        if (context.closed) {
          throw new FakeOfficeError(
            "InvalidObjectPath",
            "The request context is no longer valid: the Excel.run batch that created it has finished.",
          );
        }
        batch.countAction(action);
        action.run(batch);
      } catch (error) {
        failure = error;
        batch.record.failedWith = (error as { code?: string }).code ?? "Error";
        break;
      }
    }
    this.syncLog.push(batch.record);
    this.deliverEvents(batch);
    // A round trip is asynchronous in Office.js; keep callers honest about awaiting it.
    await Promise.resolve();
    if (failure !== undefined) throw failure;
    batch.commit();
  }

  private deliverEvents(batch: Batch): void {
    if (batch.events.length === 0) return;
    this.pendingTimers++;
    setTimeout(() => {
      this.pendingTimers--;
      for (const { table, args } of batch.events) {
        for (const handler of table.handlers) this.pendingHandlers.push(Promise.resolve().then(() => handler(args)));
      }
    }, 0);
  }

  /** Waits until every event raised so far has been delivered and its handlers have settled. */
  async flushEvents(): Promise<void> {
    while (this.pendingTimers > 0 || this.pendingHandlers.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const handlers = this.pendingHandlers.splice(0);
      await Promise.allSettled(handlers);
    }
  }
}
