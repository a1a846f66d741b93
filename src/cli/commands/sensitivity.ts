/**
 * `syss sensitivity [--year Y] [--overrides FILE.json] [--lang sv|en]`: one placement profile (or an
 * array of them) on stdin, canonical keys as for `syss effect`; prints the totals per actor, the
 * break-even production factor and the ranges (spec/exante.md §2).
 */
import type { CliCommand } from "../io";
import { parseProfiles, sensitivityOf } from "../../domain/exante/sensitivity";
import type { ParameterOverrides } from "../../domain/model";
import { failOnKnownError, parseJsonText, readJsonFile } from "./exante-cli";
import { FlagError, langOf, parseFlags, parseLang } from "./model-cli";

async function overridesFrom(path: string | undefined): Promise<ParameterOverrides | undefined> {
  if (path === undefined) return undefined;
  const value = await readJsonFile(path, "--overrides");
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new FlagError("--overrides", {
      sv: `Filen ${path} ska innehålla ett JSON-objekt { "nyckel": värde }.`,
      en: `The file ${path} must hold a JSON object { "key": value }.`,
    });
  }
  return value as ParameterOverrides;
}

export const sensitivityCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  try {
    const flags = parseFlags(args, ["year", "overrides", "lang"]);
    parseLang(flags.get("lang"));
    const overrides = await overridesFrom(flags.get("overrides"));
    const stdin = await io.readStdin();
    if (stdin.trim() === "") {
      throw new FlagError("stdin", { sv: "Kunde inte läsa JSON (stdin): ingen indata", en: "Could not read JSON (stdin): no input" }, "BAD_JSON");
    }
    const profiles = parseProfiles(parseJsonText(stdin, "stdin"), { year: flags.get("year"), ...(overrides === undefined ? {} : { overrides }) });
    io.writeStdout(`${JSON.stringify(sensitivityOf(profiles), null, 2)}\n`);
    return 0;
  } catch (error) {
    return failOnKnownError(io, error, lang);
  }
};
