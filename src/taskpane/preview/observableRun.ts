/**
 * Wraps an Excel `run` so the preview learns when a batch has finished (to redraw its grid). The wrapped
 * function has the same contract as Excel.run, so the Office.js adapter cannot tell the difference.
 */
import type { ExcelRun } from "../../excel/host/api";

export interface ObservableRun {
  readonly run: ExcelRun;
  subscribe(listener: () => void): () => void;
}

export function observableRun(inner: ExcelRun): ObservableRun {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const run: ExcelRun = async (batch) => {
    try {
      return await inner(batch);
    } finally {
      notify();
    }
  };
  return {
    run,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
