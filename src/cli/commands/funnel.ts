/**
 * `syss funnel FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]` (shared/spec/matching.md): the recruitment funnel
 * of a filled full workbook as JSON: counts per stage for the contract, per position, per source and per target
 * group, conversions, median days to start, positions open without candidates or for too long, the share of
 * started placements that came through matching, and the matching findings. Exit 0; bad input (flags, a file
 * that is not a usable workbook, no Matchning table) exits 2 with one {"error":{code,field,message}} on stdout.
 */
import { readFile } from "node:fs/promises";
import type { CliCommand } from "../io";
import { isIsoDate, todayIso } from "../../domain/followup/dates";
import { excerpt } from "../../domain/i18n/excerpt";
import { FUNNEL_COMMAND_TEXTS as TEXTS } from "../../domain/i18n/matching";
import { fillText, VALIDATE_COMMAND_TEXTS } from "../../domain/i18n/validation";
import { computeFunnel } from "../../domain/matching/funnel";
import { funnelInputOf } from "../../domain/matching/tables";
import { finding, type Finding } from "../../domain/validation/findings";
import { columnLetter } from "../../domain/validation/input";
import { matchingFindings } from "../../domain/validation/matchingRules";
import { isWorkbookReadError } from "../../xlsx/read";
import { readMatchingWorkbook, type MatchingTableRead } from "../../xlsx/matching";
import { FlagError, failWith, flagError, langOf, parseLang, type Lang } from "./model-cli";

interface FunnelArgs {
  readonly file: string;
  readonly today: string;
  readonly lang: Lang;
}

function parseArgs(args: readonly string[], clockToday: string): FunnelArgs {
  let file: string | undefined;
  let today = clockToday;
  let lang: Lang = "sv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--today" || flag === "--lang") {
      const value = inline ?? args[++i];
      if (flag === "--lang") lang = parseLang(value ?? "");
      else if (value === undefined || !isIsoDate(value)) {
        throw new FlagError("--today", fillText(VALIDATE_COMMAND_TEXTS.badToday, { value: excerpt(value ?? "") }));
      } else today = value;
    } else if (arg.startsWith("-") || file !== undefined) {
      throw new FlagError(excerpt(arg), fillText(VALIDATE_COMMAND_TEXTS.unknownOption, { value: excerpt(arg) }));
    } else file = arg;
  }
  if (file === undefined) throw new FlagError("FILE", TEXTS.usage);
  return { file, today, lang };
}

/** One finding per table with filled rows below it (counted here, not by the sheet's formulas). */
function outsideFindings(tables: readonly MatchingTableRead[]): Finding[] {
  return tables
    .filter((table) => table.rowsOutside > 0)
    .map((table) =>
      finding(
        "MATCH_ROWS_OUTSIDE_TABLE",
        { sheet: table.sheet, address: `${columnLetter(table.firstColumn)}${table.tableLastRow + 1}`, column: "", rowId: "" },
        { count: String(table.rowsOutside), sheet: table.sheet, table: table.name },
      ),
    );
}

export function makeFunnelCommand(clock: () => string = () => todayIso()): CliCommand {
  return async (args, io) => {
    let lang = langOf(args);
    try {
      const parsed = parseArgs(args, clock());
      lang = parsed.lang;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(parsed.file));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? "";
        return failWith(io, { code: "UNREADABLE_FILE", field: "FILE", message: fillText(VALIDATE_COMMAND_TEXTS.cannotRead, { value: parsed.file, reason })[lang] });
      }
      let workbook;
      try {
        workbook = await readMatchingWorkbook(bytes, parsed.file);
      } catch (error) {
        if (isWorkbookReadError(error)) {
          const message = error.code === "missingTable" ? fillText(TEXTS.missingMatching, { value: parsed.file })[lang] : error.inLanguage(lang);
          return failWith(io, { code: error.code === "missingTable" ? "NO_MATCHING_TABLE" : "UNUSABLE_FILE", field: "FILE", message });
        }
        return failWith(io, { code: "UNUSABLE_FILE", field: "FILE", message: fillText(VALIDATE_COMMAND_TEXTS.cannotRead, { value: parsed.file, reason: VALIDATE_COMMAND_TEXTS.unexpected[lang] })[lang] });
      }
      const input = { tables: workbook.tables };
      const funnel = computeFunnel(funnelInputOf(input, parsed.today));
      const findings = [...outsideFindings(workbook.tables), ...matchingFindings(input, parsed.today)];
      const report = {
        file: parsed.file,
        today: parsed.today,
        ...funnel,
        findings: findings.map((item) => ({ ...item, message: item.message[lang], fix: item.fix[lang] })),
      };
      io.writeStdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof FlagError) return failWith(io, flagError(error, lang));
      throw error;
    }
  };
}

export const funnelCommand: CliCommand = makeFunnelCommand();
