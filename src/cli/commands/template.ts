/**
 * `syss template --out FILE.xlsx [--contract contract.json] [--supplier [--confirm-personal-data]] [--year Y] [--lang sv|en]`
 *
 * Writes the follow-up workbook. With --supplier, the minimised supplier version (no benefit-history
 * columns) after a personal-data check: an identity number refuses it (exit 1, nothing written), other
 * findings refuse it unless --confirm-personal-data is given. The contract JSON fills the Avtal form (keys as in
 * src/domain/followup/contract.ts), may list `targetGroups`, and may hold `placements` (rows for
 * Placeringar, e.g. for an example workbook). Exit 0 on success; 2 for bad input (a flag, a missing or
 * unreadable contract file, a bad contract, an --out that cannot be written); 1 when the personal-data check
 * refuses the supplier version. Every failure is one {"error":{code,field,message}} object on stdout
 * (../errors.ts), never a stack trace.
 */
import { JsonInputError, parseUserJson } from "../json";
import { readFile, writeFile } from "node:fs/promises";
import { defineCommand, usageFailure, type CommandSpec } from "../args";
import { CliFailure } from "../errors";
import { CONTRACT_PARAMETER_YEARS, parseContract, type Contract } from "../../domain/followup/contract";
import { parsePlacements } from "../../domain/followup/placements";
import { buildTemplatePlan } from "../../domain/followup/plan";
import type { CellValue } from "../../domain/followup/types";
import { CONTRACT_ERRORS, TEMPLATE_COMMAND_TEXTS as TEXTS } from "../../domain/i18n/followup";
import { fillQuoted as fill } from "../../domain/common/text";
import { todayUtc } from "../../domain/validation/pii";
import { cellList, checkSupplierPlan } from "../../domain/validation/supplierCheck";

/** Exit code when the personal-data check refuses the supplier version (not bad input: the data must change). */
const EXIT_REFUSED = 1;

function both(text: { readonly sv: string; readonly en: string }, values: Readonly<Record<string, string>>) {
  return { sv: fill(text.sv, values), en: fill(text.en, values) };
}

function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The contract file: parsed contract plus optional placement rows. */
async function readContract(path: string): Promise<{ contract: Contract; placements?: CellValue[][] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliFailure("CANNOT_READ", both(TEXTS.cannotRead, { value: path, field: error instanceof Error ? error.message : String(error) }), { field: "--contract" });
  }
  let json: unknown;
  try {
    json = parseUserJson(text);
  } catch (error) {
    if (!(error instanceof JsonInputError)) throw error;
    const messages = { sv: fill(CONTRACT_ERRORS.badJson.sv, { value: error.describe("sv") }), en: fill(CONTRACT_ERRORS.badJson.en, { value: error.describe("en") }) };
    throw new CliFailure("BAD_JSON", messages, { field: "--contract" });
  }
  const contract = parseContract(json);
  const rawPlacements = (json as Record<string, unknown>).placements;
  return rawPlacements === undefined ? { contract } : { contract, placements: parsePlacements(rawPlacements) };
}

const SPEC: CommandSpec = {
  usage: TEXTS.usage,
  flags: { out: "out", contract: "file", supplier: "switch", "confirm-personal-data": "switch", year: "value" },
  texts: { unknownFlag: TEXTS.unknownFlag, extraArgument: TEXTS.unknownFlag, missingValue: TEXTS.missingValue, badLang: TEXTS.badLang },
  usageOnError: true,
};

export const templateCommand = defineCommand({
  ...SPEC,
  run: async ({ flags, lang }, io) => {
    const out = flags.get("out");
    if (out === undefined) throw usageFailure(SPEC, TEXTS.missingOut, "--out");
    const rawYear = flags.get("year");
    let year: number | undefined;
    if (rawYear !== undefined) {
      year = Number(rawYear);
      if (!(CONTRACT_PARAMETER_YEARS as readonly number[]).includes(year)) {
        throw usageFailure(SPEC, both(TEXTS.badYear, { value: rawYear, allowed: CONTRACT_PARAMETER_YEARS.join(", ") }), "--year");
      }
    }
    const contractPath = flags.get("contract");
    const { contract, placements } = contractPath === undefined ? { contract: undefined, placements: undefined } : await readContract(contractPath);
    const supplier = flags.has("supplier");
    const plan = buildTemplatePlan(contract, { supplierVersion: supplier, parameterYear: year, placements });
    let confirmed = "";
    if (supplier) {
      // Amendment v1.1 item 7: the personal-data check runs before a supplier version; nothing is written
      // while an identity number remains, and other findings need --confirm-personal-data.
      const check = checkSupplierPlan(plan, todayUtc());
      if (check.blocking.length > 0) {
        throw new CliFailure("PERSONAL_DATA_REFUSED", both(TEXTS.supplierRefused, { value: cellList(check.blocking) }), {}, EXIT_REFUSED);
      }
      if (check.toConfirm.length > 0) {
        const values = { value: cellList(check.toConfirm), field: [...new Set(check.toConfirm.map((item) => item.type))].join(", ") };
        if (!flags.has("confirm-personal-data")) {
          throw new CliFailure("PERSONAL_DATA_UNCONFIRMED", both(TEXTS.supplierConfirm, values), { field: "--confirm-personal-data" }, EXIT_REFUSED);
        }
        confirmed = `${fill(TEXTS.supplierConfirmed[lang], values)}\n`;
      }
    }
    // ExcelJS is loaded only by the commands that write a workbook (start-up time, issue 19).
    const { writeTemplateXlsx } = await import("../../xlsx/write");
    // Formula results of the day as cached values; Excel's TODAY() is the local date, so this is too.
    const bytes = await writeTemplateXlsx(plan, { today: localIsoDate(new Date()) });
    try {
      await writeFile(out, bytes);
    } catch (error) {
      throw new CliFailure("CANNOT_WRITE", both(TEXTS.cannotWrite, { value: out, field: error instanceof Error ? error.message : String(error) }), { field: "--out" });
    }
    io.writeStdout(`${confirmed}${fill(TEXTS.written[lang], { value: out })}\n`);
    return 0;
  },
});
