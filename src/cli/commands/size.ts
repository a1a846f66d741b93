/**
 * `syss size --value KR --labour-share 0.4 [--share 0.05] [--salary KR] [--year Y] [--months M]
 * [--pools FILE.json] [--lang sv|en]`: the commitment N with every step, people per placement length
 * and, given the mapping's pools, the capacity check (spec/exante.md §1). Prints JSON.
 */
import { defineCommand } from "../args";
import { CliFailure } from "../errors";
import { computeSizing, parsePools, parseSizingInput } from "../../domain/exante/sizing";
import { isExanteError } from "../../domain/exante/errors";
import { isModelError } from "../../domain/model";
import { readJsonFile } from "./exante-cli";

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

export const sizeCommand = defineCommand({
  usage: {
    sv: "Användning: syss size --value KR --labour-share 0.4 [--share 0.05] [--salary KR] [--year ÅR] [--months M] [--pools FIL.json] [--lang sv|en]",
    en: "Usage: syss size --value KR --labour-share 0.4 [--share 0.05] [--salary KR] [--year YEAR] [--months M] [--pools FILE.json] [--lang sv|en]",
  },
  flags: { value: "value", "labour-share": "value", share: "value", salary: "value", year: "value", months: "value", pools: "file" },
  run: async ({ flags, lang }, io) => {
    try {
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
      // The same error, naming the flag the user typed rather than the sizing field.
      if (isModelError(error) || isExanteError(error)) throw new CliFailure(error.code, error.messages, { field: FLAG_OF_FIELD[error.field] ?? error.field });
      throw error;
    }
  },
});
