/**
 * `syss effect [--year Y] [--overrides FILE.json] [--lang sv|en]`: reads one input object or an array
 * of them (canonical keys) from stdin and prints the result (or an array of results) as JSON.
 * Any bad input, flag or file: exit 2 and only {"error":{code,field,message}} on stdout.
 */
import { readFile } from "node:fs/promises";
import type { CliCommand, CliIo } from "../io";
import { computeParsedEffect, isModelError, parseInput, resolveParameters, resolveYear, type EffectResult, type ParameterOverrides } from "../../domain/model";
import { JsonInputError, parseUserJson } from "../json";
import { FlagError, failWith, flagError, fromModelError, langOf, parseFlags, parseLang, type Lang } from "./model-cli";

function badJson(field: string, detail: { readonly sv: string; readonly en: string }): FlagError {
  return new FlagError(field, { sv: `Kunde inte läsa JSON (${field}): ${detail.sv}`, en: `Could not read JSON (${field}): ${detail.en}` }, "BAD_JSON");
}

function parseJson(text: string, field: string): unknown {
  try {
    return parseUserJson(text);
  } catch (error) {
    if (error instanceof JsonInputError) throw badJson(field, { sv: error.describe("sv"), en: error.describe("en") });
    throw error;
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
  if (stdin.replace(/^\uFEFF/, "").trim() === "") throw badJson("stdin", { sv: "ingen indata", en: "no input" });
  const document = parseJson(stdin, "stdin");
  // Resolve the flag year and overrides once; a per-input year resolves its own set.
  const flagYear = yearFlag === undefined ? undefined : resolveYear(yearFlag);
  const inputs = Array.isArray(document) ? document : [document];
  // Every input is checked before anything is printed (a bad one means only the error on stdout);
  // the results are then computed and written one by one, so 150 000 inputs never make one string
  // longer than a JavaScript string can be.
  const parsed: { input: ReturnType<typeof parseInput>; year: ReturnType<typeof resolveYear>; parameters: ReturnType<typeof resolveParameters> }[] = [];
  for (let index = 0; index < inputs.length; index++) {
    try {
      const input = parseInput(inputs[index]);
      const year = flagYear ?? input.year ?? resolveYear(undefined);
      parsed.push({ input, year, parameters: resolveParameters(year, overrides) });
    } catch (error) {
      if (isModelError(error) && Array.isArray(document)) {
        const prefix = lang === "en" ? `Item ${index + 1}: ` : `Post ${index + 1}: `;
        return failWith(io, fromModelError(error, lang, prefix));
      }
      throw error;
    }
  }
  const resultText = ({ input, year, parameters }: (typeof parsed)[number]): string =>
    JSON.stringify(computeParsedEffect(input, parameters, year, lang) satisfies EffectResult, null, 2);
  if (!Array.isArray(document)) {
    io.writeStdout(`${resultText(parsed[0]!)}\n`);
    return 0;
  }
  if (parsed.length === 0) {
    io.writeStdout("[]\n");
    return 0;
  }
  // Exactly what JSON.stringify(results, null, 2) prints, written in batches.
  let batch = "[";
  for (let index = 0; index < parsed.length; index++) {
    batch += `${index === 0 ? "" : ","}\n  ${resultText(parsed[index]!).split("\n").join("\n  ")}`;
    if (batch.length > 1 << 20) {
      io.writeStdout(batch);
      batch = "";
    }
  }
  io.writeStdout(`${batch}\n]\n`);
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
