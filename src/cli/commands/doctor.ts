/**
 * `syss doctor FILE.xlsx [--lang sv|en]`: what SYSS recognises in a workbook, as JSON, for support — the
 * template version, the template's tables with their ranges and missing or renamed columns, sheets SYSS does
 * not know, and formula cells on SYSS's sheets that are not SYSS's (src/domain/followup/diagnosis.ts, the
 * same facts the task pane's "Om SYSS" section shows). Names, addresses and counts only, never a cell value.
 * Exit 0 for any readable workbook (a non-SYSS one says `"recognised": false`); bad input: exit 2 and one
 * {"error":{code,field,message}} object on stdout.
 */
import { readFile } from "node:fs/promises";
import type { CliCommand } from "../io";
import { diagnoseWorkbook } from "../../domain/followup/diagnosis";
import { ADDIN_VERSION } from "../../domain/version";
import { isWorkbookReadError } from "../../xlsx/read";
import { readWorkbookShape } from "../../xlsx/shape";
import { FlagError, failWith, flagError, langOf, parseLang } from "./model-cli";

const USAGE = { sv: "Användning: syss doctor FIL.xlsx [--lang sv|en]", en: "Usage: syss doctor FILE.xlsx [--lang sv|en]" };

function parseArgs(args: readonly string[]): string {
  let file: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--lang") parseLang(args[++index] ?? "");
    else if (arg.startsWith("--lang=")) parseLang(arg.slice("--lang=".length));
    else if (arg.startsWith("--")) {
      throw new FlagError(arg, { sv: `Okänt argument ${arg}. ${USAGE.sv}`, en: `Unknown argument ${arg}. ${USAGE.en}` });
    } else if (file !== undefined) {
      throw new FlagError(arg, { sv: `Bara en fil åt gången. ${USAGE.sv}`, en: `One file at a time. ${USAGE.en}` });
    } else file = arg;
  }
  if (file === undefined) throw new FlagError("FILE", USAGE);
  return file;
}

export const doctorCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  let file: string;
  try {
    file = parseArgs(args);
  } catch (error) {
    if (error instanceof FlagError) return failWith(io, flagError(error, lang));
    throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "";
    return failWith(io, {
      code: "CANNOT_READ",
      field: file,
      message: lang === "en" ? `Cannot read ${file}${reason ? ` (${reason})` : ""}.` : `Kan inte läsa ${file}${reason ? ` (${reason})` : ""}.`,
    });
  }
  try {
    const diagnosis = diagnoseWorkbook(await readWorkbookShape(bytes, file));
    io.writeStdout(`${JSON.stringify({ file, syssVersion: ADDIN_VERSION, ...diagnosis }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (isWorkbookReadError(error)) return failWith(io, { code: error.code.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase(), field: file, message: error.inLanguage(lang) });
    throw error;
  }
};
