/**
 * The one shape of an error a user may read: a stable code, the message in both languages and, where it
 * helps, details (the field, the value given). Adapters show `messageIn(lang)` (a CLI error object, a
 * Fluent MessageBar, a custom function's error text) and never the stack. Each area's error extends it
 * with its own codes and fields.
 */
import type { BilingualText, Lang } from "./text";

export class UserError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly messages: BilingualText;
  readonly details: Readonly<Record<string, unknown>>;

  /** `message` (what a log or an unexpected catch shows) is the Swedish text unless `messageLang` says otherwise. */
  constructor(code: Code, messages: BilingualText, details: Readonly<Record<string, unknown>> = {}, messageLang: Lang = "sv") {
    super(messages[messageLang]);
    this.name = "UserError";
    this.code = code;
    this.messages = messages;
    this.details = details;
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }

  // The follow-up's errors (contract input, file reading) were read through these names before the
  // common shape existed; the CLI and the pane still use them.
  get messageSv(): string {
    return this.messages.sv;
  }

  get messageEn(): string {
    return this.messages.en;
  }

  inLanguage(lang: Lang): string {
    return this.messageIn(lang);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
