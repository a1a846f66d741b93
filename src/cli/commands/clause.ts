/**
 * `syss clause --contract contract.json [--lang sv|en] [--out FILE.xlsx]`: the employment-requirement clause as text, one
 * paragraph per block (spec/exante.md §3). Fields the text needs but the contract lacks are named in the
 * text and listed on stderr; the exit code is still 0, because a draft clause is a normal result.
 * `--out` also writes the Avtalsvillkor sheet to a new workbook file.
 */
import { defineCommand } from "../args";
import { clausePlainText, clauseText } from "../../domain/exante/clause";
import { parseContract } from "../../domain/followup/contract";
import { clauseSheet } from "../../domain/exante/sheets";
import { readJsonFile, writeNewWorkbook } from "./exante-cli";
import { FlagError } from "./model-cli";

export const clauseCommand = defineCommand({
  usage: {
    sv: "Användning: syss clause --contract avtal.json [--out FIL.xlsx] [--lang sv|en]",
    en: "Usage: syss clause --contract contract.json [--out FILE.xlsx] [--lang sv|en]",
  },
  flags: { contract: "file", out: "out" },
  run: async ({ flags, lang }, io) => {
    const path = flags.get("contract");
    if (path === undefined) {
      throw new FlagError("--contract", { sv: "--contract avtal.json saknas.", en: "--contract contract.json is missing." });
    }
    const clause = clauseText(parseContract(await readJsonFile(path, "--contract")), lang);
    const out = flags.get("out");
    if (out !== undefined) await writeNewWorkbook(out, [clauseSheet(clause)]);
    io.writeStdout(clausePlainText(clause));
    if (clause.missing.length > 0) {
      // A draft clause is a normal result (exit 0); the gaps are a note for the person, so on stderr.
      const names = clause.missing.map((entry) => entry.label).join(", ");
      io.writeStderr(lang === "en" ? `syss clause: missing in the contract: ${names}\n` : `syss clause: saknas i avtalet: ${names}\n`);
    }
    return 0;
  },
});
