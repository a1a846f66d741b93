/**
 * Helpers from before the one parser (../args.ts) and the one error contract (../errors.ts), kept as thin
 * wrappers over them so commands written against them still give the same {"error":{…}} object and exit 2.
 * New commands: use defineCommand and CliFailure instead (see the comment at the top of ../args.ts).
 */
import type { CliIo } from "../io";
import type { ModelError } from "../../domain/model";
import { langOf as scanLang, parseArgs } from "../args";
import { CliFailure, EXIT_BAD_INPUT, errorLine, type BilingualText, type Lang } from "../errors";

export type { Lang } from "../errors";

export interface CliError {
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

/** Prints the error object and returns exit code 2. */
export function failWith(io: CliIo, error: CliError): number {
  io.writeStdout(errorLine(error.code, error.message, { field: error.field }));
  return EXIT_BAD_INPUT;
}

export function fromModelError(error: ModelError, lang: Lang, prefix = ""): CliError {
  return { code: error.code, field: error.field, message: prefix + error.messageIn(lang) };
}

/** A bad flag, file or stdin document: a CliFailure that names what the user typed. */
export class FlagError extends CliFailure {
  constructor(
    readonly field: string,
    messages: BilingualText,
    code: "BAD_ARGUMENT" | "BAD_JSON" = "BAD_ARGUMENT",
  ) {
    super(code, messages, { field });
  }
}

/** Parses `--name value` and `--name=value` for the allowed flags (all taking a value) with the one parser. */
export function parseFlags(args: readonly string[], allowed: readonly string[]): Map<string, string> {
  const flags = Object.fromEntries(allowed.map((name) => [name, "value" as const]));
  return new Map(parseArgs(args, { usage: { sv: "", en: "" }, flags }).flags);
}

/** The --lang flag, scanned first so later errors are already in the right language (the parser's). */
export { scanLang as langOf };

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "sv" || value === "en") return value ?? "sv";
  throw new FlagError("--lang", { sv: `Okänt språk "${value}". Tillåtet: sv eller en.`, en: `Unknown language "${value}". Allowed: sv or en.` });
}

export function flagError(error: FlagError, lang: Lang): CliError {
  return { code: error.code, field: error.field, message: error.messages[lang] };
}
