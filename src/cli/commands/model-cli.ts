/**
 * What `syss effect` and `syss params` share: flag parsing and the one error shape they print,
 * {"error":{"code","field","message"}} on stdout with exit code 2.
 */
import type { CliIo } from "../io";
import type { ModelError } from "../../domain/model";
import { excerpt, type Lang } from "../../domain/common/text";

export type { Lang } from "../../domain/common/text";

export interface CliError {
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

/** Prints the error object and returns exit code 2. */
export function failWith(io: CliIo, error: CliError): number {
  io.writeStdout(`${JSON.stringify({ error: { code: error.code, field: error.field, message: error.message } })}\n`);
  return 2;
}

export function fromModelError(error: ModelError, lang: Lang, prefix = ""): CliError {
  return { code: error.code, field: error.field, message: prefix + error.messageIn(lang) };
}

/** A bad flag, file or stdin document: what the user typed, not the model's input values. */
export class FlagError extends Error {
  constructor(
    readonly field: string,
    readonly messages: { readonly sv: string; readonly en: string },
    readonly code: "BAD_ARGUMENT" | "BAD_JSON" = "BAD_ARGUMENT",
  ) {
    super(messages.sv);
  }
}

/** Parses `--name value` and `--name=value` for the allowed flags; anything else is a FlagError. */
export function parseFlags(args: readonly string[], allowed: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    const name = match?.[1];
    if (match === null || name === undefined || !allowed.includes(name)) {
      const shown = excerpt(arg);
      throw new FlagError(shown, {
        sv: `Okänt argument ${shown}. Tillåtna flaggor: ${allowed.map((flag) => `--${flag}`).join(", ")}.`,
        en: `Unknown argument ${shown}. Allowed flags: ${allowed.map((flag) => `--${flag}`).join(", ")}.`,
      });
    }
    let value = match[2];
    if (value === undefined) {
      value = args[index + 1];
      index++;
    }
    if (value === undefined || value === "") {
      throw new FlagError(`--${name}`, { sv: `Flaggan --${name} saknar värde.`, en: `The flag --${name} needs a value.` });
    }
    if (flags.has(name)) {
      throw new FlagError(`--${name}`, { sv: `Flaggan --${name} är angiven flera gånger.`, en: `The flag --${name} is given more than once.` });
    }
    flags.set(name, value);
  }
  return flags;
}

/** The --lang flag, scanned first so later errors are already in the right language. */
export function langOf(args: readonly string[]): Lang {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--lang=en" || (arg === "--lang" && args[index + 1] === "en")) return "en";
  }
  return "sv";
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "sv" || value === "en") return value ?? "sv";
  const shown = excerpt(value);
  throw new FlagError("--lang", { sv: `Okänt språk "${shown}". Tillåtet: sv eller en.`, en: `Unknown language "${shown}". Allowed: sv or en.` });
}

export function flagError(error: FlagError, lang: Lang): CliError {
  return { code: error.code, field: error.field, message: error.messages[lang] };
}
