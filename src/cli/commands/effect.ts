/**
 * `syss effect [--year Y] [--overrides FILE.json] [--totals] [--ndjson] [--lang sv|en]`: reads one input
 * object or an array of them (canonical keys) from stdin and prints the result (or an array of results)
 * as JSON. `--totals` leaves out the 24 line items (year, model version, the six actor totals and the
 * warnings remain); `--ndjson` prints one compact result per line instead of one pretty-printed document,
 * written as it is computed, so 100 000 inputs never build one large output string.
 * Any bad input, flag or file: exit 2 and only {"error":{code,field,message}} on stdout.
 */
import { readFile } from "node:fs/promises";
import { defineCommand } from "../args";
import { CliFailure, type BilingualText } from "../errors";
import type { CliIo } from "../io";
import { computeParsedEffect, isModelError, parseInput, resolveParameters, resolveYear, type EffectResult, type ParameterOverrides } from "../../domain/model";
import { JsonInputError, parseUserJson } from "../json";
import { excerpt } from "../../domain/common/text";

function badJson(field: string, detail: BilingualText): CliFailure {
  return new CliFailure("BAD_JSON", { sv: `Kunde inte läsa JSON (${field}): ${detail.sv}`, en: `Could not read JSON (${field}): ${detail.en}` }, { field });
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
    throw new CliFailure("BAD_ARGUMENT", { sv: `Kan inte läsa filen ${excerpt(path)}.`, en: `Cannot read the file ${excerpt(path)}.` }, { field: "--overrides" });
  }
  const value = parseJson(text, "--overrides");
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CliFailure(
      "BAD_ARGUMENT",
      { sv: `Filen ${path} ska innehålla ett JSON-objekt { "nyckel": värde }.`, en: `The file ${path} must hold a JSON object { "key": value }.` },
      { field: "--overrides" },
    );
  }
  return value as ParameterOverrides;
}

type Parsed = { input: ReturnType<typeof parseInput>; year: ReturnType<typeof resolveYear>; parameters: ReturnType<typeof resolveParameters> };

/** What is printed of one result: all of it, or without the line items (--totals). */
function printable(result: EffectResult, totalsOnly: boolean): object {
  if (!totalsOnly) return result;
  const { year, modelVersion, actors, warnings } = result;
  return { year, modelVersion, actors, warnings };
}

/** Writes in pieces of about this many characters: few writes, and never one string the size of the output. */
const BATCH_CHARACTERS = 1 << 16;

export const effectCommand = defineCommand({
  usage: {
    sv: "Användning: syss effect [--year ÅR] [--overrides FIL.json] [--totals] [--ndjson] [--lang sv|en] < indata.json",
    en: "Usage: syss effect [--year YEAR] [--overrides FILE.json] [--totals] [--ndjson] [--lang sv|en] < input.json",
  },
  flags: { year: "value", overrides: "file", totals: "switch", ndjson: "switch" },
  stdin: "json",
  run: async ({ flags, lang }, io: CliIo) => {
    const yearFlag = flags.get("year");
    const overridesPath = flags.get("overrides");
    const totalsOnly = flags.has("totals");
    const ndjson = flags.has("ndjson");
    const overrides = overridesPath === undefined ? undefined : await readOverrides(overridesPath);
    const stdin = await io.readStdin();
    if (stdin.replace(/^\uFEFF/, "").trim() === "") throw badJson("stdin", { sv: "ingen indata", en: "no input" });
    const document = parseJson(stdin, "stdin");
    // Resolve the flag year and overrides once; a per-input year resolves its own set.
    const flagYear = yearFlag === undefined ? undefined : resolveYear(yearFlag);
    const inputs = Array.isArray(document) ? document : [document];
    // Every input is checked before anything is printed (a bad one means only the error on stdout); the
    // results are then computed and written one by one, never held together.
    const parsed: Parsed[] = [];
    for (let index = 0; index < inputs.length; index++) {
      try {
        const input = parseInput(inputs[index]);
        const year = flagYear ?? input.year ?? resolveYear(undefined);
        parsed.push({ input, year, parameters: resolveParameters(year, overrides) });
      } catch (error) {
        if (isModelError(error) && Array.isArray(document)) {
          const messages = { sv: `Post ${index + 1}: ${error.messageIn("sv")}`, en: `Item ${index + 1}: ${error.messageIn("en")}` };
          throw new CliFailure(error.code, messages, { field: error.field });
        }
        throw error;
      }
    }
    const result = ({ input, year, parameters }: Parsed): object => printable(computeParsedEffect(input, parameters, year, lang), totalsOnly);
    if (ndjson) {
      let batch = "";
      for (const entry of parsed) {
        batch += `${JSON.stringify(result(entry))}\n`;
        if (batch.length > BATCH_CHARACTERS) {
          io.writeStdout(batch);
          batch = "";
        }
      }
      if (batch !== "") io.writeStdout(batch);
      return 0;
    }
    const pretty = (entry: Parsed): string => JSON.stringify(result(entry), null, 2);
    if (!Array.isArray(document)) {
      io.writeStdout(`${pretty(parsed[0]!)}\n`);
      return 0;
    }
    if (parsed.length === 0) {
      io.writeStdout("[]\n");
      return 0;
    }
    // Exactly what JSON.stringify(results, null, 2) prints, written in batches.
    let batch = "[";
    for (let index = 0; index < parsed.length; index++) {
      batch += `${index === 0 ? "" : ","}\n  ${pretty(parsed[index]!).split("\n").join("\n  ")}`;
      if (batch.length > 1 << 20) {
        io.writeStdout(batch);
        batch = "";
      }
    }
    io.writeStdout(`${batch}\n]\n`);
    return 0;
  },
});
