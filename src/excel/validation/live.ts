/**
 * Live mode: while the task pane is open, edits to the Placeringar table re-validate the changed rows.
 * Table `onChanged` events are collected for a short debounce (300 ms by default, timer injected for tests),
 * then ONE re-validation runs for all rows touched meanwhile: the workbook is read again, only those rows
 * go through the row rules, the whole-table results (duplicates, contract status) are recomputed, and the
 * merged findings are written to the Validering sheet. Inserted or deleted rows shift every address, so
 * they trigger a full validation instead.
 *
 * The add-in's own writes never re-trigger it: the Validering write runs with events off (and touches no
 * Placeringar cell), and other add-in code that must write to Placeringar (a "Rätta" action) wraps the write
 * in `ownWrite`, whose guard drops the events that write raises, delivered after it. Re-validations never
 * overlap; edits arriving during one are handled right after it.
 */
import type { ExcelRun, ExcelTableChangedEventArgs } from "../host/api";
import { parseRect } from "../../domain/common/a1";
import { validateInExcel } from "./validate";
import { readValidationInput } from "./read";
import { writeFindings, VALIDATION_SHEET } from "./findingsSheet";
import type { ReadLimits } from "../host/readPlan";
import { TABLES } from "../../domain/followup/names";
import type { ValidationLang } from "../../domain/i18n/validation";
import type { ContractStatus } from "../../domain/validation/contractStatus";
import type { Finding } from "../../domain/validation/findings";
import { mergeRevalidation, revalidatePlacementRows } from "../../domain/validation/validate";

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

export async function startLiveValidation(options: LiveValidationOptions): Promise<LiveValidation> {
  const timer = options.timer ?? systemTimer;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let findings: readonly Finding[] = [];
  let firstDataRow = 2;
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
    options.onUpdate({
      findings,
      status: result.status,
      kind: "full",
      sheetRows: [],
    });
  };

  const rows = async (dataRows: readonly number[]): Promise<void> => {
    const today = options.today();
    const update = await options.run(async (context) => {
      const read = await readValidationInput(context, options.limits);
      firstDataRow = read.placementsFirstDataRow;
      const revalidation = revalidatePlacementRows(read.input, { today }, dataRows);
      const merged = mergeRevalidation(findings, revalidation);
      await writeFindings(context, merged, revalidation.status, {
        today,
        lang: options.lang,
        sheetExists: read.layout.sheets.includes(VALIDATION_SHEET),
        tableRows: read.layout.validationTableRows,
        eventsEnabledBefore: read.layout.eventsEnabled,
        ...(options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating }),
      });
      return { merged, revalidation };
    });
    findings = update.merged;
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
