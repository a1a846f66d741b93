/**
 * `syss size --value KR --labour-share 0.4 [--share 0.05] [--salary KR] [--year Y] [--months M]
 * [--pools FILE.json] [--lang sv|en]`: the commitment N with every step, people per placement length
 * and, given the mapping's pools, the capacity check (spec/exante.md §1). Prints JSON.
 */
import type { CliCommand } from "../io";
import { computeSizing, parsePools, parseSizingInput } from "../../domain/exante/sizing";
import { failOnKnownError, readJsonFile } from "./exante-cli";
import { langOf, parseFlags, parseLang } from "./model-cli";

/** The flag each sizing field comes from, so an error names what the user typed. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  contractValue: "--value",
  labourShare: "--labour-share",
  requirementShare: "--share",
  salary: "--salary",
  year: "--year",
  contractMonths: "--months",
  pools: "--pools",
};

export const sizeCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  try {
    const flags = parseFlags(args, ["value", "labour-share", "share", "salary", "year", "months", "pools", "lang"]);
    parseLang(flags.get("lang"));
    const input = parseSizingInput({
      contractValue: flags.get("value"),
      labourShare: flags.get("labour-share"),
      requirementShare: flags.get("share"),
      salary: flags.get("salary"),
      year: flags.get("year"),
      contractMonths: flags.get("months"),
    });
    const poolsPath = flags.get("pools");
    const pools = poolsPath === undefined ? undefined : parsePools(await readJsonFile(poolsPath, "--pools"));
    const result = computeSizing(input, { lang, ...(pools === undefined ? {} : { pools }) });
    io.writeStdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    return failOnKnownError(io, error, lang, (field) => FLAG_OF_FIELD[field] ?? field);
  }
};
