/**
 * Long work the user waits on (a template on a big workbook, validating 10 000 rows, a portfolio over many
 * files): what step it is in, how far along, and whether "Avbryt" can still stop it. Office.js cannot abort a
 * batch already sent to Excel, so work is cancellable only between round trips, and never once it writes:
 * a cancelled run always leaves the workbook as it was.
 */
import { UserError } from "./errors";

/** read: a round trip reading the workbook; compare/check: computing in the pane; write: the one writing batch; file: one file of many. */
export type WorkStep = "read" | "compare" | "check" | "write" | "file";

export interface WorkReport {
  readonly step: WorkStep;
  /** 1-based position of this step among `total`. */
  readonly index: number;
  readonly total: number;
  /** What the step works on, where it helps the user: the rows checked, the file's name. */
  readonly count?: number;
  readonly name?: string;
  /** False once the work writes: "Avbryt" is then disabled. */
  readonly cancellable: boolean;
}

/** What a caller hands to long work: where reports go, and the signal that asks it to stop. */
export interface LongWork {
  readonly onReport?: (report: WorkReport) => void;
  readonly signal?: AbortSignal;
}

export class WorkCancelled extends UserError<"cancelled"> {
  constructor() {
    super("cancelled", { sv: "Avbrutet. Inget ändrades i arbetsboken.", en: "Cancelled. Nothing in the workbook changed." });
    this.name = "WorkCancelled";
  }
}

/** Throws WorkCancelled when the user asked to stop; called between round trips, never after a write was sent. */
export function stopIfCancelled(work: LongWork | undefined): void {
  if (work?.signal?.aborted) throw new WorkCancelled();
}

/**
 * Reports a step, then gives the pane one turn of the event loop so the report can render (and a click on
 * "Avbryt" be heard) before the step's synchronous work starts; then checks for cancellation.
 */
export async function enterStep(work: LongWork | undefined, report: WorkReport): Promise<void> {
  if (!work) return;
  work.onReport?.(report);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (report.cancellable) stopIfCancelled(work);
}
