/**
 * Live mode: while the task pane is open, edits to the Placeringar table re-validate the changed rows.
 * Table `onChanged` events are collected for a short debounce (300 ms by default, timer injected for tests),
 * then ONE re-validation runs for all rows touched meanwhile. Live mode keeps the last validation's input
 * and results: only the changed rows are read again (one round trip with the table's size and header, so
 * a table that changed shape gets a full validation instead), only they go through the row rules and the
 * personal-data scan, the whole-table results (duplicates, contract status) are recomputed from the kept
 * typed rows (RevalidationMemo), and the merged findings are written to the Validering sheet (the second
 * round trip). Inserted or deleted rows shift every address and an edited header row renames a column, so
 * they trigger a full validation. Cells outside Placeringar (the Avtal form, other tables) are read again
 * by every full validation ("Validera" in the pane, or a structural change).
 *
 * The add-in's own writes never re-trigger it: the Validering write runs with events off (and touches no
 * Placeringar cell), and other add-in code that must write to Placeringar (a "Rätta" action) wraps the write
 * in `ownWrite`, whose guard drops the events that write raises, delivered after it. Re-validations never
 * overlap; edits arriving during one are handled right after it.
 */
import type { CellValue, ExcelRange, ExcelRequestContext, ExcelRun, ExcelTableChangedEventArgs } from "../host/api";
import { parseRect } from "../host/a1";
import { validateInExcel } from "./validate";
import { writeFindings, VALIDATION_SHEET, VALIDATION_TABLE } from "./findingsSheet";
import type { ReadLimits } from "../host/readPlan";
import { TABLES } from "../../domain/followup/names";
import type { ValidationLang } from "../../domain/i18n/validation";
import type { ContractStatus } from "../../domain/validation/contractStatus";
import type { Finding } from "../../domain/validation/findings";
import type { InputCell, TableInput, ValidationInput } from "../../domain/validation/input";
import { mergeRevalidation, revalidatePlacementRows, type RevalidationMemo, type RowRevalidation } from "../../domain/validation/validate";

export interface Timer {
  set(callback: () => void, milliseconds: number): unknown;
  clear(handle: unknown): void;
}

export const systemTimer: Timer = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const DEFAULT_DEBOUNCE_MS = 300;

export interface LiveUpdate {
  readonly findings: readonly Finding[];
  readonly status: ContractStatus;
  /** "full" for a whole-workbook validation, "rows" for a re-validation of changed rows. */
  readonly kind: "full" | "rows";
  /** Sheet rows re-validated (empty for "full"). */
  readonly sheetRows: readonly number[];
}

export interface LiveValidationOptions {
  readonly run: ExcelRun;
  /** Today as yyyy-mm-dd, asked at every run (the pane may stay open past midnight). */
  readonly today: () => string;
  readonly lang: ValidationLang;
  readonly onUpdate: (update: LiveUpdate) => void;
  /** A re-validation failed (e.g. the table was deleted); live mode keeps listening. */
  readonly onError?: (error: unknown) => void;
  readonly debounceMs?: number;
  readonly timer?: Timer;
  readonly limits?: ReadLimits;
  readonly canSuspendScreenUpdating?: boolean;
}

export interface LiveValidation {
  /** The findings last written. */
  current(): readonly Finding[];
  /** Resolves when no re-validation is running (a scheduled one starts only when its timer fires). */
  idle(): Promise<void>;
  /** Runs an add-in write to Placeringar whose change events must not count as user edits. */
  ownWrite<T>(work: () => Promise<T>): Promise<T>;
  /** Stops reacting to edits. */
  stop(): void;
}

/** One macrotask: Office delivers a sync's events after it, so a guard must outlive the write by this much. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Change types that keep every row where it was; anything else (rows inserted, deleted, sorted) does not. */
const IN_PLACE_CHANGES = new Set(["RangeEdited", "CellEdited", "Unknown"]);

/** Office.js gives "" for an empty cell; the domain's blank is null (as read.ts reads it). */
function toInput(value: CellValue | null | undefined): InputCell {
  return value === "" || value === undefined ? null : value;
}

/** Runs of consecutive row indices (sorted, distinct), so each run is read as one range. */
function runsOf(sortedRows: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const row of sortedRows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.first + last.count === row) last.count++;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

/**
 * Reads the changed Placeringar rows (data-row indices) and, in the same round trip, what the findings write
 * needs. Returns the input with those rows replaced, or null when the table changed shape (row count or
 * header) since `base` was read: then only a full validation is right.
 */
async function readChangedRows(
  context: ExcelRequestContext,
  base: ValidationInput,
  dataRows: readonly number[],
): Promise<{ input: ValidationInput; sheetExists: boolean; validationTableRows: number | null; eventsEnabled: boolean } | null> {
  const baseTable = base.tables.find((table) => table.name === TABLES.placements);
  if (baseTable === undefined) return null;
  const rows = [...new Set(dataRows)].filter((row) => row >= 0).sort((a, b) => a - b);
  if (rows.some((row) => row >= baseTable.rows.length)) return null;
  const workbook = context.workbook;
  const table = workbook.tables.getItem(TABLES.placements);
  const tables = workbook.tables.load("items/name,items/rows/count");
  const sheets = workbook.worksheets.load("items/name");
  const runtime = context.runtime.load("enableEvents");
  const header = table.getHeaderRowRange().load("values");
  const columns = baseTable.headers.length;
  const body = table.getDataBodyRange();
  const ranges: { first: number; range: ExcelRange }[] = runsOf(rows).map((run) => ({
    first: run.first,
    range: body.getCell(run.first, 0).getResizedRange(run.count - 1, columns - 1).load("values"),
  }));
  await context.sync();

  const current = tables.items.find((item) => item.name === TABLES.placements);
  const headerNow = (header.values[0] ?? []).map((value) => String(value));
  if (current === undefined || current.rows.count !== baseTable.rows.length || headerNow.join("\u0000") !== baseTable.headers.join("\u0000")) return null;
  const newRows = [...baseTable.rows];
  for (const { first, range } of ranges) range.values.forEach((values, offset) => (newRows[first + offset] = values.map(toInput)));
  const placements: TableInput = { ...baseTable, rows: newRows };
  const findingsTable = tables.items.find((item) => item.name === VALIDATION_TABLE);
  return {
    input: { ...base, tables: base.tables.map((item) => (item === baseTable ? placements : item)) },
    sheetExists: sheets.items.some((sheet) => sheet.name === VALIDATION_SHEET),
    validationTableRows: findingsTable === undefined ? null : findingsTable.rows.count,
    eventsEnabled: runtime.enableEvents,
  };
}

export async function startLiveValidation(options: LiveValidationOptions): Promise<LiveValidation> {
  const timer = options.timer ?? systemTimer;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let findings: readonly Finding[] = [];
  let firstDataRow = 2;
  /** The input the findings were last computed from, and the typed rows kept for the next re-validation. */
  let lastInput: ValidationInput | null = null;
  let memo: RevalidationMemo | undefined;
  let stopped = false;
  /** > 0 while one of our own batches writes: events then are ours, not the user's. */
  let ownWrites = 0;
  let pendingRows = new Set<number>();
  let pendingFull = false;
  let scheduled: unknown = null;
  let running: Promise<void> | null = null;

  const ownWrite = async <T>(work: () => Promise<T>): Promise<T> => {
    ownWrites++;
    try {
      return await work();
    } finally {
      await nextTask();
      ownWrites--;
    }
  };

  const full = async (): Promise<void> => {
    const today = options.today();
    const { result, read } = await validateInExcel(options.run, {
      today,
      lang: options.lang,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating }),
    });
    firstDataRow = read.placementsFirstDataRow;
    findings = result.findings;
    lastInput = read.input;
    memo = undefined;
    options.onUpdate({
      findings,
      status: result.status,
      kind: "full",
      sheetRows: [],
    });
  };

  const rows = async (dataRows: readonly number[]): Promise<void> => {
    const base = lastInput;
    if (base === null) return full();
    const today = options.today();
    const update = await options.run(async (context) => {
      const read = await readChangedRows(context, base, dataRows);
      if (read === null) return null;
      const revalidation: RowRevalidation = revalidatePlacementRows(read.input, { today }, dataRows, memo);
      const merged = mergeRevalidation(findings, revalidation);
      await writeFindings(context, merged, revalidation.status, {
        today,
        lang: options.lang,
        sheetExists: read.sheetExists,
        tableRows: read.validationTableRows,
        eventsEnabledBefore: read.eventsEnabled,
        ...(options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating }),
      });
      return { merged, revalidation, input: read.input };
    });
    // The table changed shape since the last read: its rows no longer line up, so validate it all.
    if (update === null) return full();
    findings = update.merged;
    lastInput = update.input;
    memo = update.revalidation.memo;
    options.onUpdate({
      findings,
      status: update.revalidation.status,
      kind: "rows",
      sheetRows: update.revalidation.sheetRows,
    });
  };

  const drain = async (): Promise<void> => {
    while (!stopped && (pendingFull || pendingRows.size > 0)) {
      const doFull = pendingFull;
      const dataRows = [...pendingRows];
      pendingFull = false;
      pendingRows = new Set();
      try {
        await (doFull ? full() : rows(dataRows));
      } catch (error) {
        options.onError?.(error);
      }
    }
  };

  const fire = (): void => {
    scheduled = null;
    if (running) return; // the running drain picks the pending work up when it finishes
    running = drain().finally(() => {
      running = null;
    });
  };

  const handler = async (args: ExcelTableChangedEventArgs): Promise<void> => {
    if (stopped || ownWrites > 0) return;
    if (!IN_PLACE_CHANGES.has(args.changeType)) {
      pendingFull = true;
    } else {
      try {
        const rect = parseRect(args.address);
        for (let row = rect.top + 1; row < rect.top + 1 + rect.rows; row++) {
          if (row >= firstDataRow) pendingRows.add(row - firstDataRow);
          // An edited header renames a column: every row reads differently.
          else pendingFull = true;
        }
      } catch {
        pendingFull = true;
      }
    }
    if (scheduled !== null) timer.clear(scheduled);
    scheduled = timer.set(fire, debounceMs);
  };

  await full();
  await options.run(async (context) => {
    context.workbook.tables.getItem(TABLES.placements).onChanged.add(handler);
    await context.sync();
  });

  return {
    current: () => findings,
    ownWrite,
    idle: async () => {
      while (running !== null) await running;
    },
    stop: () => {
      // Removing an Office.js handler needs the context it was added in, which has ended; a stopped
      // controller simply ignores further events (the pane closing ends the runtime's handlers anyway).
      stopped = true;
      if (scheduled !== null) timer.clear(scheduled);
      scheduled = null;
    },
  };
}
