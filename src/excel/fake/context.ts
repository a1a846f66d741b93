/** The request context handed to an `Excel.run` batch: a queue of operations flushed by `sync()`. */
import type { ExcelRequestContext } from "../host/api";
import type { Action } from "./clientObject";
import type { FakeHost } from "./host";
import { FakeRuntime, FakeWorkbook } from "./workbook";

export class FakeRequestContext implements ExcelRequestContext {
  readonly host: FakeHost;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  /** Set when the `run` that created this context has finished; later syncs fail like Office.js's. */
  closed = false;
  private queue: Action[] = [];

  constructor(host: FakeHost) {
    this.host = host;
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get hasPendingWork(): boolean {
    return this.queue.length > 0;
  }

  /** One round trip: runs every queued operation in order, then makes loaded values readable. */
  sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    return this.host.execute(this, actions);
  }
}
