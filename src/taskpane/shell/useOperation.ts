/**
 * One user action against the workbook: its busy state (for a Spinner), its error (for a MessageBar) and
 * its success message. Only the latest run's outcome is shown.
 *
 * Long work takes the LongWork the action is handed: its step reports become `progress` (a ProgressBar with
 * the step in words) and `cancel()` aborts its signal. The work stops at its next step boundary and rejects
 * with WorkCancelled, which ends the run as `cancelled` ("nothing changed"), not as an error.
 */
import { useCallback, useRef, useState } from "react";
import { WorkCancelled, type LongWork, type WorkReport } from "../../domain/common/work";

export interface Operation {
  readonly busy: boolean;
  readonly error: unknown;
  readonly success: string | null;
  /** The current step of long work while it runs; null for work that reports none. */
  readonly progress: WorkReport | null;
  /** True from "Avbryt" until the run ends. */
  readonly cancelRequested: boolean;
  /** The last run ended because the user cancelled it. */
  readonly cancelled: boolean;
  run(action: (work: LongWork) => Promise<string | null>): Promise<void>;
  cancel(): void;
  clear(): void;
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [progress, setProgress] = useState<WorkReport | null>(null);
  const [cancelRequested, setCancelRequested] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const runId = useRef(0);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (action: (work: LongWork) => Promise<string | null>) => {
    const id = ++runId.current;
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setError(null);
    setSuccess(null);
    setProgress(null);
    setCancelRequested(false);
    setCancelled(false);
    const work: LongWork = {
      signal: abort.signal,
      onReport: (report) => {
        if (id === runId.current) setProgress(report);
      },
    };
    try {
      const message = await action(work);
      if (id === runId.current) setSuccess(message);
    } catch (caught) {
      if (id !== runId.current) return;
      if (caught instanceof WorkCancelled) setCancelled(true);
      else setError(caught ?? new Error("unknown"));
    } finally {
      if (id === runId.current) {
        setBusy(false);
        setProgress(null);
        setCancelRequested(false);
        controller.current = null;
      }
    }
  }, []);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setCancelRequested(true);
  }, []);

  const clear = useCallback(() => {
    setError(null);
    setSuccess(null);
    setCancelled(false);
  }, []);

  return { busy, error, success, progress, cancelRequested, cancelled, run, cancel, clear };
}
