/**
 * `syss validate FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]`
 *
 * Validates a filled follow-up workbook and prints the findings and the contract status as JSON.
 * Exit 0 when there is no error finding, 1 when there is, 2 when the file cannot be used (not an .xlsx,
 * a sheet or table missing, password-protected, unreadable) or the command line is wrong — with one
 * line on stderr, never a stack trace.
 */
import { readFile } from "node:fs/promises";
import type { CliCommand, CliIo } from "../io";
import { isIsoDate, todayIso } from "../../domain/common/dates";
import { STATUS_VALUES_EN, VALIDATE_COMMAND_TEXTS as TEXTS, type ValidationLang } from "../../domain/i18n/validation";
import { fillText } from "../../domain/common/text";
import { fromFollowupRead } from "../../domain/validation/fromRead";
import { validateWorkbook, type ValidationResult } from "../../domain/validation";
import { isWorkbookReadError, readFollowupWorkbook } from "../../xlsx/read";

interface ValidateArgs {
  readonly file: string;
  readonly today: string;
  readonly lang: ValidationLang;
}

class UsageError extends Error {
  constructor(readonly text: { readonly sv: string; readonly en: string }) {
    super(text.en);
  }
}

/** The language is looked up first, so even an error about another argument comes in it. */
function langOf(args: readonly string[]): ValidationLang {
  const index = args.indexOf("--lang");
  return args[index + 1] === "en" && index >= 0 ? "en" : "sv";
}

function parseArgs(args: readonly string[], clockToday: string): ValidateArgs {
  let file: string | undefined;
  let today = clockToday;
  let lang: ValidationLang = "sv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--today" || arg === "--lang") {
      const value = args[++i];
      if (arg === "--today") {
        if (value === undefined || !isIsoDate(value)) throw new UsageError(fillText(TEXTS.badToday, { value: value ?? "" }));
        today = value;
      } else {
        if (value !== "sv" && value !== "en") throw new UsageError(fillText(TEXTS.badLang, { value: value ?? "" }));
        lang = value;
      }
    } else if (arg.startsWith("--") || file !== undefined) {
      throw new UsageError(fillText(TEXTS.unknownOption, { value: arg }));
    } else {
      file = arg;
    }
  }
  if (file === undefined) throw new UsageError(TEXTS.usage);
  return { file, today, lang };
}

/** The status with its words in English (the numbers and dates stay as they are). */
function statusInLanguage(status: ValidationResult["status"], lang: ValidationLang) {
  if (lang === "sv") return status;
  const en = (word: string | null) => (word === null ? null : (STATUS_VALUES_EN[word] ?? word));
  return { ...status, status: en(status.status), startRule: en(status.startRule), rule75: en(status.rule75) };
}

/** The JSON printed: findings with texts in the chosen language, the status, and the counts. */
export function validationReport(result: ValidationResult, file: string, today: string, lang: ValidationLang) {
  return {
    file,
    today,
    status: statusInLanguage(result.status, lang),
    counts: result.counts,
    // The one-click corrections are the task pane's; the CLI's JSON stays as documented.
    findings: result.findings.map(({ correction: _correction, ...item }) => ({ ...item, message: item.message[lang], fix: item.fix[lang] })),
  };
}

/** The message on one line: each line break and the spaces around it become one space (no regex, which was quadratic in runs of spaces). */
function oneLine(text: string): string {
  return text.includes("\n") ? text.split("\n").map((part) => part.trim()).join(" ") : text;
}

function fail(io: CliIo, line: string): number {
  io.writeStderr(`syss validate: ${oneLine(line)}\n`);
  return 2;
}

/** `clock` is injectable so tests do not depend on the date they run. */
export function makeValidateCommand(clock: () => string = () => todayIso()): CliCommand {
  return async (args, io) => {
    const lang = langOf(args);
    let parsed: ValidateArgs;
    try {
      parsed = parseArgs(args, clock());
    } catch (error) {
      if (error instanceof UsageError) return fail(io, error.text[lang]);
      throw error;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(parsed.file));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      return fail(io, fillText(TEXTS.cannotRead, { value: parsed.file, reason })[lang]);
    }
    try {
      const workbook = await readFollowupWorkbook(bytes, parsed.file);
      const result = validateWorkbook(fromFollowupRead(workbook), { today: parsed.today });
      io.writeStdout(`${JSON.stringify(validationReport(result, parsed.file, parsed.today, parsed.lang), null, 2)}\n`);
      return result.counts.error > 0 ? 1 : 0;
    } catch (error) {
      if (isWorkbookReadError(error)) return fail(io, error.inLanguage(lang));
      // Anything else is a fault of ours, not of the file; its text is no help to a user.
      return fail(io, fillText(TEXTS.cannotRead, { value: parsed.file, reason: TEXTS.unexpected[lang] })[lang]);
    }
  };
}

export const validateCommand: CliCommand = makeValidateCommand();
