/**
 * One user action against the workbook: its busy state (for a Spinner), its error (for a MessageBar) and
 * its success message. Only the latest run's outcome is shown.
 */
import { useCallback, useRef, useState } from "react";

export interface Operation {
  readonly busy: boolean;
  readonly error: unknown;
  readonly success: string | null;
  run(action: () => Promise<string | null>): Promise<void>;
  clear(): void;
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const runId = useRef(0);

  const run = useCallback(async (action: () => Promise<string | null>) => {
    const id = ++runId.current;
    setBusy(true);
    setError(null);
    setSuccess(null);
    try {
      const message = await action();
      if (id === runId.current) setSuccess(message);
    } catch (caught) {
      if (id === runId.current) setError(caught ?? new Error("unknown"));
    } finally {
      if (id === runId.current) setBusy(false);
    }
  }, []);

  const clear = useCallback(() => {
    setError(null);
    setSuccess(null);
  }, []);

  return { busy, error, success, run, clear };
}
