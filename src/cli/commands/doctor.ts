/**
 * `syss doctor FILE.xlsx [--lang sv|en]`: what SYSS recognises in a workbook, as JSON, for support — the
 * template version, the template's tables with their ranges and missing or renamed columns, sheets SYSS does
 * not know, and formula cells on SYSS's sheets that are not SYSS's (src/domain/followup/diagnosis.ts, the
 * same facts the task pane's "Om SYSS" section shows). Names, addresses and counts only, never a cell value.
 * Exit 0 for any readable workbook (a non-SYSS one says `"recognised": false`); bad input: exit 2 and one
 * {"error":{code,field,message}} object on stdout.
 */
import { readFile } from "node:fs/promises";
import { defineCommand } from "../args";
import { CliFailure, asCliFailure } from "../errors";
import { diagnoseWorkbook } from "../../domain/followup/diagnosis";
import { ADDIN_VERSION } from "../../domain/version";
import { excerpt } from "../../domain/common/text";

export const doctorCommand = defineCommand({
  usage: { sv: "Användning: syss doctor FIL.xlsx [--lang sv|en]", en: "Usage: syss doctor FILE.xlsx [--lang sv|en]" },
  flags: {},
  positionals: { name: "FILE", min: 1, max: 1 },
  texts: {
    unknownFlag: { sv: "Okänt argument {value}.", en: "Unknown argument {value}." },
    extraArgument: { sv: "Bara en fil åt gången.", en: "One file at a time." },
  },
  usageOnError: true,
  run: async ({ positionals }, io) => {
    const file = positionals[0]!;
    // A path is the user's text: quoted as an excerpt, never whole (a 50 000-character name stays one short line).
    const shown = excerpt(file);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "";
      const because = reason ? ` (${reason})` : "";
      throw new CliFailure("CANNOT_READ", { sv: `Kan inte läsa ${shown}${because}.`, en: `Cannot read ${shown}${because}.` }, { field: shown });
    }
    // ExcelJS is loaded only by the commands that read a workbook (start-up time, issue 19).
    const { isWorkbookReadError } = await import("../../xlsx/read");
    const { readWorkbookShape } = await import("../../xlsx/shape");
    try {
      const diagnosis = diagnoseWorkbook(await readWorkbookShape(bytes, file));
      io.writeStdout(`${JSON.stringify({ file, syssVersion: ADDIN_VERSION, ...diagnosis }, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (isWorkbookReadError(error)) {
        throw asCliFailure(error, { field: shown }) ?? error;
      }
      throw error;
    }
  },
});
