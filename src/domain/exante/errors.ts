/**
 * The one error type of the ex-ante tools (sizing, sensitivity, clause): the field it is about, the
 * value given and a complete sentence in Swedish and English, so the CLI and the pane can show it on
 * the field without knowing the rule behind it.
 */
import type { BilingualText, ModelLang } from "../i18n/model";

export type ExanteErrorCode = "INVALID_VALUE" | "MISSING_VALUE";

export class ExanteError extends Error {
  constructor(
    readonly code: ExanteErrorCode,
    readonly field: string,
    readonly value: unknown,
    readonly messages: BilingualText,
  ) {
    super(messages.sv);
    this.name = "ExanteError";
  }

  messageIn(lang: ModelLang): string {
    return this.messages[lang];
  }
}

export function isExanteError(error: unknown): error is ExanteError {
  return error instanceof ExanteError;
}
