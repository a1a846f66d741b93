/**
 * The one error type of the ex-ante tools (sizing, sensitivity, clause): the field it is about, the
 * value given and a complete sentence in Swedish and English, so the CLI and the pane can show it on
 * the field without knowing the rule behind it.
 */
import { UserError } from "../common/errors";
import type { BilingualText } from "../common/text";

export type ExanteErrorCode = "INVALID_VALUE" | "MISSING_VALUE";

export class ExanteError extends UserError<ExanteErrorCode> {
  constructor(
    code: ExanteErrorCode,
    readonly field: string,
    readonly value: unknown,
    messages: BilingualText,
  ) {
    super(code, messages, { field, value });
    this.name = "ExanteError";
  }
}

export function isExanteError(error: unknown): error is ExanteError {
  return error instanceof ExanteError;
}
