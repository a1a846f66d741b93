/**
 * `syss funnel FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]` (shared/spec/matching.md): the recruitment funnel
 * of a filled full workbook as JSON: counts per stage for the contract, per position, per source and per target
 * group, conversions, median days to start, positions open without candidates or for too long, the share of
 * started placements that came through matching, and the matching findings. Exit 0; bad input (flags, a file
 * that is not a usable workbook, no Matchning table) exits 2 with one {"error":{code,field,message}} on stdout.
 */
import { readFile } from "node:fs/promises";
import { defineCommand, type DeclaredCommand } from "../args";
import { CliFailure } from "../errors";
import { isIsoDate, todayIso } from "../../domain/common/dates";
import { excerpt } from "../../domain/common/text";
import { FUNNEL_COMMAND_TEXTS as TEXTS } from "../../domain/i18n/matching";
import { VALIDATE_COMMAND_TEXTS } from "../../domain/i18n/validation";
import { fillText } from "../../domain/common/text";
import { computeFunnel } from "../../domain/matching/funnel";
import { funnelInputOf } from "../../domain/matching/tables";
import { finding, type Finding } from "../../domain/validation/findings";
import { columnLetter } from "../../domain/common/a1";
import { matchingFindings } from "../../domain/validation/matchingRules";
// Types only: the ExcelJS-based reader is loaded inside `run` (start-up time, issue 19).
import type { MatchingTableRead } from "../../xlsx/matching";

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

/** `clock` is injectable so tests do not depend on the date they run. Flags: the one parser (../args.ts). */
export function makeFunnelCommand(clock: () => string = () => todayIso()): DeclaredCommand {
  return defineCommand({
    usage: TEXTS.usage,
    flags: { today: "value" },
    positionals: { name: "FILE", min: 1, max: 1 },
    texts: { unknownFlag: VALIDATE_COMMAND_TEXTS.unknownOption, extraArgument: VALIDATE_COMMAND_TEXTS.unknownOption },
    run: async ({ flags, positionals, lang }, io) => {
      const file = positionals[0]!;
      const today = flags.get("today") ?? clock();
      if (!isIsoDate(today)) throw new CliFailure("BAD_ARGUMENT", fillText(VALIDATE_COMMAND_TEXTS.badToday, { value: excerpt(today) }), { field: "--today" });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? "";
        throw new CliFailure("UNREADABLE_FILE", fillText(VALIDATE_COMMAND_TEXTS.cannotRead, { value: file, reason }), { field: "FILE" });
      }
      const [{ readMatchingWorkbook }, { isWorkbookReadError }] = await Promise.all([import("../../xlsx/matching"), import("../../xlsx/read")]);
      let workbook;
      try {
        workbook = await readMatchingWorkbook(bytes, file);
      } catch (error) {
        if (isWorkbookReadError(error)) {
          if (error.code === "missingTable") throw new CliFailure("NO_MATCHING_TABLE", fillText(TEXTS.missingMatching, { value: file }), { field: "FILE" });
          throw new CliFailure("UNUSABLE_FILE", { sv: error.inLanguage("sv"), en: error.inLanguage("en") }, { field: "FILE" });
        }
        const unexpected = (language: "sv" | "en") => fillText(VALIDATE_COMMAND_TEXTS.cannotRead, { value: file, reason: VALIDATE_COMMAND_TEXTS.unexpected[language] })[language];
        throw new CliFailure("UNUSABLE_FILE", { sv: unexpected("sv"), en: unexpected("en") }, { field: "FILE" });
      }
      const input = { tables: workbook.tables };
      const funnel = computeFunnel(funnelInputOf(input, today));
      const findings = [...outsideFindings(workbook.tables), ...matchingFindings(input, today)];
      const report = {
        file,
        today,
        ...funnel,
        findings: findings.map((item) => ({ ...item, message: item.message[lang], fix: item.fix[lang] })),
      };
      io.writeStdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    },
  });
}

export const funnelCommand = makeFunnelCommand();
