/**
 * The last errors the add-in caught, for the "Om SYSS" section and a support e-mail. Only what names the
 * error is kept — the pane's error key, Office's error code and the API that failed — never a message: a
 * message may quote a cell ("Värdet "Kalle …" …") and cells may hold personal data.
 */
import { isTaskpaneError } from "./errors";

export interface RecordedError {
  /** When it happened, ISO 8601 UTC to the second. */
  readonly at: string;
  /** The pane's own error key (e.g. "error.excelBusy"), else the error's type name. */
  readonly kind: string;
  /** Office's error code (e.g. "InvalidOperationInCellEditMode") of the error or its cause, if any. */
  readonly code: string | null;
  /** Office's debugInfo.errorLocation (e.g. "Range.values"), if any. */
  readonly location: string | null;
}

export interface ErrorLog {
  record(error: unknown): void;
  recent(): readonly RecordedError[];
}

/** Identifiers only: letters, digits, dots, dashes and underscores, at most 80 characters; anything else is dropped. */
function identifier(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z][\w.-]{0,79}$/.test(value) ? value : null;
}

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** Office errors carry `code` and `debugInfo.errorLocation`; a TaskpaneError wraps one as its cause. */
function officeParts(error: unknown): { code: string | null; location: string | null } {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 3; current = field(current, "cause"), depth++) {
    const code = identifier(field(current, "code"));
    if (code !== null) return { code, location: identifier(field(field(current, "debugInfo"), "errorLocation")) };
  }
  return { code: null, location: null };
}

export function scrubError(error: unknown, now: Date = new Date()): RecordedError {
  const kind = isTaskpaneError(error) ? error.key : (identifier(field(error, "name")) ?? typeof error);
  return { at: now.toISOString().slice(0, 19) + "Z", kind, ...officeParts(error) };
}

export function createErrorLog(limit = 10, clock: () => Date = () => new Date()): ErrorLog {
  const entries: RecordedError[] = [];
  return {
    record(error) {
      entries.push(scrubError(error, clock()));
      if (entries.length > limit) entries.splice(0, entries.length - limit);
    },
    recent: () => [...entries],
  };
}
