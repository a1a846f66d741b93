/**
 * Errors the task pane can explain. Adapters turn what they catch into a TaskpaneError with an i18n key
 * (and, where the lower layer has a precise bilingual message, that message as detail); anything else
 * becomes "error.unexpected". A user never sees a raw exception text or a stack trace.
 */
import { uiText, type UiKey, type UiLang } from "../../domain/i18n/ui";
import type { BilingualText } from "../services/types";

export type TaskpaneErrorKey = Extract<UiKey, `error.${string}`>;

export class TaskpaneError extends Error {
  readonly key: TaskpaneErrorKey;
  readonly detail: BilingualText | undefined;

  constructor(key: TaskpaneErrorKey, detail?: BilingualText, options?: { cause?: unknown }) {
    super(detail?.en ?? key, options);
    this.name = "TaskpaneError";
    this.key = key;
    this.detail = detail;
  }
}

/**
 * The supplier version waits for the user: the workbook holds possible personal data (names, contact
 * details, special-category terms) that must be confirmed, or benefit-history cells that will be left
 * out. `cells` names the cells and kinds; the view asks, then calls again with `confirmed`.
 */
export class SupplierConfirmationNeeded extends TaskpaneError {
  constructor(
    readonly cells: BilingualText,
    readonly leftOutCount: number,
  ) {
    super("error.supplierConfirm", cells);
    this.name = "SupplierConfirmationNeeded";
  }
}

export function isTaskpaneError(error: unknown): error is TaskpaneError {
  return error instanceof TaskpaneError;
}

/** The sentence shown in the MessageBar for any error. */
export function describeError(error: unknown, lang: UiLang): string {
  if (isTaskpaneError(error)) return uiText(lang, error.key, { detail: error.detail?.[lang] ?? "" });
  return uiText(lang, "error.unexpected");
}
