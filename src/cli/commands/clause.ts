/**
 * `syss clause --contract contract.json [--lang sv|en] [--out FILE.xlsx]`: the employment-requirement clause as text, one
 * paragraph per block (spec/exante.md §3). Fields the text needs but the contract lacks are named in the
 * text and listed on stderr; the exit code is still 0, because a draft clause is a normal result.
 * `--out` also writes the Avtalsvillkor sheet to a new workbook file.
 */
import type { CliCommand } from "../io";
import { clausePlainText, clauseText } from "../../domain/exante/clause";
import { parseContract } from "../../domain/followup/contract";
import { clauseSheet } from "../../domain/exante/sheets";
import { failOnKnownError, readJsonFile, writeNewWorkbook } from "./exante-cli";
import { FlagError, langOf, parseFlags, parseLang } from "./model-cli";

export const clauseCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  try {
    const flags = parseFlags(args, ["contract", "lang", "out"]);
    parseLang(flags.get("lang"));
    const path = flags.get("contract");
    if (path === undefined) {
      throw new FlagError("--contract", { sv: "--contract avtal.json saknas.", en: "--contract contract.json is missing." });
    }
    const clause = clauseText(parseContract(await readJsonFile(path, "--contract")), lang);
    const out = flags.get("out");
    if (out !== undefined) await writeNewWorkbook(out, [clauseSheet(clause)]);
    io.writeStdout(clausePlainText(clause));
    if (clause.missing.length > 0) {
      const names = clause.missing.map((entry) => entry.label).join(", ");
      io.writeStderr(lang === "en" ? `syss clause: missing in the contract: ${names}\n` : `syss clause: saknas i avtalet: ${names}\n`);
    }
    return 0;
  } catch (error) {
    return failOnKnownError(io, error, lang);
  }
};
