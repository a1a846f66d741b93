/**
 * `syss sensitivity [--year Y] [--overrides FILE.json] [--lang sv|en]`: one placement profile (or an
 * array of them) on stdin, canonical keys as for `syss effect`; prints the totals per actor, the
 * break-even production factor and the ranges (spec/exante.md §2). `--out FILE.xlsx` also writes the
 * Förhandskalkyl sheet (profiles, live formulas) to a new workbook file.
 */
import { defineCommand } from "../args";
import { parseProfiles, sensitivityOf } from "../../domain/exante/sensitivity";
import type { ParameterOverrides } from "../../domain/model";
import { estimateSheet, type ProfileRow } from "../../domain/exante/sheets";
import { parseJsonText, readJsonFile, writeNewWorkbook } from "./exante-cli";
import { FlagError } from "./model-cli";

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

/** The stdin profiles as sheet rows: scalar values only (parseProfiles has already checked them). */
function profileRows(document: unknown, year: string | undefined): ProfileRow[] {
  const list: unknown[] = Array.isArray(document) ? document : [document];
  return list.map((item) => {
    const row: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") row[key] = value;
    }
    // --year applies to every profile; the sheet must say so, or its formulas would use another year.
    if (year !== undefined) row.year = Number(year);
    return row;
  });
}

export const sensitivityCommand = defineCommand({
  usage: {
    sv: "Användning: syss sensitivity [--year ÅR] [--overrides FIL.json] [--out FIL.xlsx] [--lang sv|en] < profiler.json",
    en: "Usage: syss sensitivity [--year YEAR] [--overrides FILE.json] [--out FILE.xlsx] [--lang sv|en] < profiles.json",
  },
  flags: { year: "value", overrides: "file", out: "out" },
  stdin: "json",
  run: async ({ flags, lang }, io) => {
    const overrides = await overridesFrom(flags.get("overrides"));
    const stdin = await io.readStdin();
    if (stdin.trim() === "") {
      throw new FlagError("stdin", { sv: "Kunde inte läsa JSON (stdin): ingen indata", en: "Could not read JSON (stdin): no input" }, "BAD_JSON");
    }
    const document = parseJsonText(stdin, "stdin");
    const profiles = parseProfiles(document, { year: flags.get("year"), ...(overrides === undefined ? {} : { overrides }) });
    const out = flags.get("out");
    if (out !== undefined) await writeNewWorkbook(out, [estimateSheet(profileRows(document, flags.get("year")), lang)]);
    io.writeStdout(`${JSON.stringify(sensitivityOf(profiles), null, 2)}\n`);
    return 0;
  },
});
