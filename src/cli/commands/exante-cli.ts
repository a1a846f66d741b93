/**
 * What `syss size`, `syss sensitivity` and `syss clause` share: reading a JSON file and turning the
 * ex-ante and contract errors into the one CLI error object (model-cli.ts).
 */
import { readFile } from "node:fs/promises";
import { isContractError } from "../../domain/followup/contract";
import { isExanteError } from "../../domain/exante/errors";
import { isModelError } from "../../domain/model";
import type { CliIo } from "../io";
import { FlagError, failWith, flagError, fromModelError, type Lang } from "./model-cli";

/** Reads and parses a JSON file named by a flag; any failure is a FlagError naming the flag. */
export async function readJsonFile(path: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new FlagError(flag, { sv: `Kan inte läsa filen ${path}.`, en: `Cannot read the file ${path}.` });
  }
  return parseJsonText(text, flag);
}

export function parseJsonText(text: string, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FlagError(field, { sv: `Kunde inte läsa JSON (${field}): ${detail}`, en: `Could not read JSON (${field}): ${detail}` }, "BAD_JSON");
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
