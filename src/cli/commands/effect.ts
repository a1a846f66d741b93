/**
 * `syss effect [--year Y] [--overrides FILE.json] [--lang sv|en]`: reads one input object or an array
 * of them (canonical keys) from stdin and prints the result (or an array of results) as JSON.
 * Any bad input, flag or file: exit 2 and only {"error":{code,field,message}} on stdout.
 */
import { readFile } from "node:fs/promises";
import type { CliCommand, CliIo } from "../io";
import { computeParsedEffect, isModelError, parseInput, resolveParameters, resolveYear, type EffectResult, type ParameterOverrides } from "../../domain/model";
import { FlagError, failWith, flagError, fromModelError, langOf, parseFlags, parseLang, type Lang } from "./model-cli";

function badJson(field: string, detail: string): FlagError {
  return new FlagError(field, { sv: `Kunde inte läsa JSON (${field}): ${detail}`, en: `Could not read JSON (${field}): ${detail}` }, "BAD_JSON");
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badJson(field, error instanceof Error ? error.message : String(error));
  }
}

async function readOverrides(path: string): Promise<ParameterOverrides> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new FlagError("--overrides", { sv: `Kan inte läsa filen ${path}.`, en: `Cannot read the file ${path}.` });
  }
  const value = parseJson(text, "--overrides");
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new FlagError("--overrides", {
      sv: `Filen ${path} ska innehålla ett JSON-objekt { "nyckel": värde }.`,
      en: `The file ${path} must hold a JSON object { "key": value }.`,
    });
  }
  return value as ParameterOverrides;
}

async function run(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const flags = parseFlags(args, ["year", "overrides", "lang"]);
  parseLang(flags.get("lang"));
  const yearFlag = flags.get("year");
  const overridesPath = flags.get("overrides");
  const overrides = overridesPath === undefined ? undefined : await readOverrides(overridesPath);
  const stdin = await io.readStdin();
  if (stdin.trim() === "") throw badJson("stdin", lang === "en" ? "no input" : "ingen indata");
  const document = parseJson(stdin, "stdin");
  // Resolve the flag year and overrides once; a per-input year resolves its own set.
  const flagYear = yearFlag === undefined ? undefined : resolveYear(yearFlag);
  const inputs = Array.isArray(document) ? document : [document];
  const results: EffectResult[] = [];
  for (let index = 0; index < inputs.length; index++) {
    try {
      const input = parseInput(inputs[index]);
      const year = flagYear ?? input.year ?? resolveYear(undefined);
      results.push(computeParsedEffect(input, resolveParameters(year, overrides), year, lang));
    } catch (error) {
      if (isModelError(error) && Array.isArray(document)) {
        const prefix = lang === "en" ? `Item ${index + 1}: ` : `Post ${index + 1}: `;
        return failWith(io, fromModelError(error, lang, prefix));
      }
      throw error;
    }
  }
  io.writeStdout(`${JSON.stringify(Array.isArray(document) ? results : results[0], null, 2)}\n`);
  return 0;
}

export const effectCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  try {
    return await run(args, io, lang);
  } catch (error) {
    if (error instanceof FlagError) return failWith(io, flagError(error, lang));
    if (isModelError(error)) return failWith(io, fromModelError(error, lang));
    throw error;
  }
};
