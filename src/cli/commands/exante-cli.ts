/**
 * What `syss size`, `syss sensitivity` and `syss clause` share: reading a JSON file and turning the
 * ex-ante and contract errors into the one CLI error object (model-cli.ts).
 */
import { access, readFile, writeFile } from "node:fs/promises";
import type { ExanteSheet } from "../../domain/exante/sheets";
import { isContractError } from "../../domain/followup/contract";
import { isExanteError } from "../../domain/exante/errors";
import { isModelError } from "../../domain/model";
import type { CliIo } from "../io";
import { JsonInputError, parseUserJson } from "../json";
import { FlagError, failWith, flagError, fromModelError, type Lang } from "./model-cli";
import { excerpt } from "../../domain/common/text";

/** Reads and parses a JSON file named by a flag; any failure is a FlagError naming the flag. */
export async function readJsonFile(path: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new FlagError(flag, { sv: `Kan inte läsa filen ${excerpt(path)}.`, en: `Cannot read the file ${excerpt(path)}.` });
  }
  return parseJsonText(text, flag);
}

/** A JSON document from a file or stdin: BOM allowed, nesting capped, a syntax error in the user's language (../json.ts). */
export function parseJsonText(text: string, field: string): unknown {
  try {
    return parseUserJson(text);
  } catch (error) {
    if (!(error instanceof JsonInputError)) throw error;
    throw new FlagError(field, { sv: `Kunde inte läsa JSON (${field}): ${error.describe("sv")}`, en: `Could not read JSON (${field}): ${error.describe("en")}` }, "BAD_JSON");
  }
}

/**
 * Any known error → exit 2 and one JSON error object; `fieldName` maps a domain field to what the user
 * typed (a flag). Unknown errors are rethrown (a defect, not bad input).
 */
export function failOnKnownError(io: CliIo, error: unknown, lang: Lang, fieldName: (field: string) => string = (field) => field): number {
  if (error instanceof FlagError) return failWith(io, flagError(error, lang));
  if (isModelError(error)) return failWith(io, { ...fromModelError(error, lang), field: fieldName(error.field) });
  if (isExanteError(error)) return failWith(io, { code: error.code, field: fieldName(error.field), message: error.messageIn(lang) });
  if (isContractError(error)) return failWith(io, { code: "INVALID_CONTRACT", field: error.field, message: error.inLanguage(lang) });
  throw error;
}

/**
 * Writes the sheets to a new .xlsx file. An existing file is never replaced (it may hold a user's
 * work): that is a FlagError naming --out.
 */
export async function writeNewWorkbook(path: string, sheets: readonly ExanteSheet[]): Promise<void> {
  if (!path.toLowerCase().endsWith(".xlsx")) {
    throw new FlagError("--out", { sv: `--out ska vara en .xlsx-fil, fick ${path}.`, en: `--out must be an .xlsx file, got ${path}.` });
  }
  const exists = await access(path).then(() => true, () => false);
  if (exists) {
    throw new FlagError("--out", {
      sv: `Filen ${path} finns redan och skrivs inte över. Ange ett nytt filnamn.`,
      en: `The file ${path} already exists and is not overwritten. Give a new file name.`,
    });
  }
  try {
    // ExcelJS is loaded only by the commands that write a workbook (start-up time, issue 19).
    const { writeExanteXlsx } = await import("../../xlsx/exanteSheets");
    await writeFile(path, await writeExanteXlsx(sheets), { flag: "wx" });
  } catch {
    throw new FlagError("--out", { sv: `Kan inte skriva filen ${path}.`, en: `Cannot write the file ${path}.` });
  }
}
