/**
 * The one error contract of `syss` (docs/cli.md): whatever goes wrong, stdout holds exactly one JSON
 * object and nothing else,
 *
 *   {"error":{"code":"BAD_ARGUMENT","field":"--year","message":"…"}}
 *
 * with the message in the user's language (--lang, Swedish by default). Exit codes: 2 for bad input (a
 * flag, a file, a JSON document, a value), 1 for a refusal the command documents (e.g. `template
 * --supplier` with personal data), 70 for a fault of SYSS itself. This module has no imports on purpose:
 * `syss version` must start as fast as bare node (issue 19), so the error types of the domain are
 * recognised by their shape, not by importing their classes.
 */
import type { CliIo } from "./io";
// Types only (erased at run time): the shared kernel's language and two-language text.
import type { BilingualText, Lang } from "../domain/common/text";

export type { BilingualText, Lang };

/** Exit code for bad input (a usage error, as in BSD sysexits' EX_USAGE spirit and every `syss` command). */
export const EXIT_BAD_INPUT = 2;
/** Exit code for a fault of SYSS itself (sysexits EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/** Extra keys of the error object besides code and message (field first, when there is one). */
export type ErrorDetails = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * An expected failure of a command: thrown anywhere below the command, printed once by the command
 * wrapper (args.ts) or main.ts. `exitCode` is 2 unless the command documents another (a refusal: 1).
 */
export class CliFailure extends Error {
  constructor(
    readonly code: string,
    readonly messages: BilingualText,
    readonly details: ErrorDetails = {},
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(messages.sv);
    this.name = "CliFailure";
  }
}

export function isCliFailure(error: unknown): error is CliFailure {
  return error instanceof CliFailure;
}

/** The JSON line of an error object: code, then the details (field first), then the message. */
export function errorLine(code: string, message: string, details: ErrorDetails = {}): string {
  return `${JSON.stringify({ error: { code, ...details, message } })}\n`;
}

/** "notXlsx" → "NOT_XLSX": the workbook reader's codes as the CLI prints them. */
function upperSnake(code: string): string {
  return code.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}

interface NamedError {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly field?: unknown;
  readonly messageIn?: unknown;
  readonly inLanguage?: unknown;
}

type InLanguage = (lang: Lang) => unknown;

function bothLanguages(error: object, method: unknown): BilingualText {
  const say = (lang: Lang): string => String((method as InLanguage).call(error, lang));
  return { sv: say("sv"), en: say("en") };
}

/**
 * A known error of the domain or the file readers as a CliFailure, or undefined for anything else (a
 * defect). Recognised by name and shape (see the module comment): ModelError and ExanteError (code, field,
 * messageIn), ContractError (printed as INVALID_CONTRACT with its field, the code `syss` has always
 * printed), WorkbookReadError (its code in upper snake case). `details` are added (e.g. the file).
 */
export function asCliFailure(error: unknown, details: ErrorDetails = {}): CliFailure | undefined {
  if (isCliFailure(error)) return Object.keys(details).length === 0 ? error : new CliFailure(error.code, error.messages, { ...error.details, ...details }, error.exitCode);
  if (typeof error !== "object" || error === null) return undefined;
  const known = error as NamedError;
  if (typeof known.code !== "string") return undefined;
  const field: ErrorDetails = typeof known.field === "string" ? { field: known.field } : {};
  if ((known.name === "ModelError" || known.name === "ExanteError") && typeof known.messageIn === "function") {
    return new CliFailure(known.code, bothLanguages(error, known.messageIn), { ...field, ...details });
  }
  if (known.name === "ContractError" && typeof known.inLanguage === "function") {
    return new CliFailure("INVALID_CONTRACT", bothLanguages(error, known.inLanguage), { ...field, ...details });
  }
  if (known.name === "WorkbookReadError" && typeof known.inLanguage === "function") {
    return new CliFailure(upperSnake(known.code), bothLanguages(error, known.inLanguage), { ...field, ...details });
  }
  return undefined;
}

/**
 * Prints a known error as the one JSON object and returns its exit code; rethrows anything else, which
 * main() reports as an internal error (exit 70), also as one JSON object.
 */
export function reportFailure(io: CliIo, error: unknown, lang: Lang): number {
  const failure = asCliFailure(error);
  if (failure === undefined) throw error;
  io.writeStdout(errorLine(failure.code, failure.messages[lang], failure.details));
  return failure.exitCode;
}

/** A fault of SYSS (not of the input): exit 70, still one JSON object, never a stack trace. */
export function reportInternalError(io: CliIo, error: unknown): number {
  const detail = error instanceof Error ? error.message : String(error);
  io.writeStdout(errorLine("INTERNAL", `syss: internal error: ${detail}`));
  return EXIT_INTERNAL;
}
