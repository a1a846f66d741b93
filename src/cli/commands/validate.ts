/**
 * `syss validate FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]`
 *
 * Validates a filled follow-up workbook and prints the findings and the contract status as JSON.
 * Exit 0 when there is no error finding, 1 when there is, 2 when the file cannot be used (not an .xlsx,
 * a sheet or table missing, password-protected, unreadable) or the command line is wrong — with one
 * {"error":{code,field,message}} object on stdout (../errors.ts), never a stack trace.
 */
import { readFile } from "node:fs/promises";
import { defineCommand, type DeclaredCommand } from "../args";
import { CliFailure, asCliFailure } from "../errors";
import { isIsoDate, todayIso } from "../../domain/common/dates";
import { STATUS_VALUES_EN, VALIDATE_COMMAND_TEXTS as TEXTS, type ValidationLang } from "../../domain/i18n/validation";
import { excerpt, fillText } from "../../domain/common/text";
import { fromFollowupRead } from "../../domain/validation/fromRead";
import { validateWorkbook, type ValidationResult } from "../../domain/validation";

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

/** `clock` is injectable so tests do not depend on the date they run. */
export function makeValidateCommand(clock: () => string = () => todayIso()): DeclaredCommand {
  return defineCommand({
    usage: TEXTS.usage,
    flags: { today: "value" },
    positionals: { name: "FILE", min: 1, max: 1 },
    texts: { unknownFlag: TEXTS.unknownOption, extraArgument: TEXTS.unknownOption, badLang: TEXTS.badLang },
    run: async ({ flags, positionals, lang }, io) => {
      const file = positionals[0]!;
      // The path as the error object's field: an excerpt, as messages quote it (a 50 000-character name stays short).
      const field = excerpt(file);
      const today = flags.get("today") ?? clock();
      if (!isIsoDate(today)) throw new CliFailure("BAD_ARGUMENT", fillText(TEXTS.badToday, { value: today }), { field: "--today" });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        throw new CliFailure("CANNOT_READ", fillText(TEXTS.cannotRead, { value: file, reason }), { field });
      }
      // ExcelJS is loaded only by the commands that read a workbook (start-up time, issue 19).
      const { isWorkbookReadError, readFollowupWorkbook } = await import("../../xlsx/read");
      let result: ValidationResult;
      try {
        result = validateWorkbook(fromFollowupRead(await readFollowupWorkbook(bytes, file)), { today });
      } catch (error) {
        if (isWorkbookReadError(error)) {
          throw asCliFailure(error, { field }) ?? error;
        }
        // Anything else is a fault of ours, not of the file; its text is no help to a user.
        throw new CliFailure("CANNOT_READ", { sv: fillText(TEXTS.cannotRead, { value: file, reason: TEXTS.unexpected.sv }).sv, en: fillText(TEXTS.cannotRead, { value: file, reason: TEXTS.unexpected.en }).en }, { field });
      }
      io.writeStdout(`${JSON.stringify(validationReport(result, file, today, lang), null, 2)}\n`);
      return result.counts.error > 0 ? 1 : 0;
    },
  });
}

export const validateCommand = makeValidateCommand();
