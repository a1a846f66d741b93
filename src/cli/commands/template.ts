/**
 * `syss template --out FILE.xlsx [--contract contract.json] [--supplier [--confirm-personal-data]] [--year Y] [--lang sv|en]`
 *
 * Writes the follow-up workbook. With --supplier, the minimised supplier version (no benefit-history
 * columns) after a personal-data check: an identity number refuses it (exit 1, nothing written), other
 * findings refuse it unless --confirm-personal-data is given. The contract JSON fills the Avtal form (keys as in
 * src/domain/followup/contract.ts), may list `targetGroups`, and may hold `placements` (rows for
 * Placeringar, e.g. for an example workbook). Exit 0 on success, 2 for a usage error or a bad contract
 * (one line on stderr naming the field), 1 when a file cannot be read or written. Never a stack trace.
 */
import { JsonInputError, parseUserJson } from "../json";
import { readFile, writeFile } from "node:fs/promises";
import type { CliCommand, CliIo } from "../io";
import { CONTRACT_PARAMETER_YEARS, isContractError, parseContract, type Contract } from "../../domain/followup/contract";
import { parsePlacements } from "../../domain/followup/placements";
import { buildTemplatePlan } from "../../domain/followup/plan";
import type { CellValue } from "../../domain/followup/types";
import { CONTRACT_ERRORS, TEMPLATE_COMMAND_TEXTS as TEXTS, type FollowupLang } from "../../domain/i18n/followup";
import { fillQuoted as fill } from "../../domain/common/text";
import { todayUtc } from "../../domain/validation/pii";
import { cellList, checkSupplierPlan } from "../../domain/validation/supplierCheck";
import { writeTemplateXlsx } from "../../xlsx/write";

interface TemplateArgs {
  readonly out: string;
  readonly contractPath?: string;
  readonly supplier: boolean;
  /** The user has checked the non-blocking personal-data findings and confirms the supplier version. */
  readonly confirmPersonalData: boolean;
  readonly year?: number;
  readonly lang: FollowupLang;
}

/** A bad command line; the message is chosen in the user's language when reported. */
class UsageError extends Error {
  constructor(readonly text: { readonly sv: string; readonly en: string }) {
    super(text.sv);
  }
}

function usageError(key: "missingOut" | "missingValue" | "unknownFlag" | "badLang" | "badYear", value = ""): UsageError {
  const values = { value, allowed: CONTRACT_PARAMETER_YEARS.join(", ") };
  return new UsageError({ sv: fill(TEXTS[key].sv, values), en: fill(TEXTS[key].en, values) });
}

function parseArgs(args: readonly string[]): TemplateArgs {
  let out: string | undefined;
  let contractPath: string | undefined;
  let supplier = false;
  let confirmPersonalData = false;
  let year: number | undefined;
  let lang: FollowupLang = "sv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) throw usageError("missingValue", arg);
      return next;
    };
    switch (arg) {
      case "--out":
        out = value();
        break;
      case "--contract":
        contractPath = value();
        break;
      case "--supplier":
        supplier = true;
        break;
      case "--confirm-personal-data":
        confirmPersonalData = true;
        break;
      case "--year": {
        const raw = value();
        const parsed = Number(raw);
        if (!(CONTRACT_PARAMETER_YEARS as readonly number[]).includes(parsed)) {
          throw usageError("badYear", raw);
        }
        year = parsed;
        break;
      }
      case "--lang": {
        const raw = value();
        if (raw !== "sv" && raw !== "en") throw usageError("badLang", raw);
        lang = raw;
        break;
      }
      default:
        throw usageError("unknownFlag", arg);
    }
  }
  if (out === undefined) throw usageError("missingOut");
  return { out, contractPath, supplier, confirmPersonalData, year, lang };
}

function langOf(args: readonly string[]): FollowupLang {
  const index = args.indexOf("--lang");
  return index >= 0 && args[index + 1] === "en" ? "en" : "sv";
}

function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The contract file: parsed contract plus optional placement rows. */
async function readContract(path: string, io: CliIo, lang: FollowupLang): Promise<{ contract: Contract; placements?: CellValue[][] } | number> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    io.writeStderr(`syss template: ${fill(TEXTS.cannotRead[lang], { value: path, field: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = parseUserJson(text);
  } catch (error) {
    if (!(error instanceof JsonInputError)) throw error;
    io.writeStderr(`syss template: ${fill(CONTRACT_ERRORS.badJson[lang], { value: error.describe(lang) })}\n`);
    return 2;
  }
  const contract = parseContract(json);
  const rawPlacements = (json as Record<string, unknown>).placements;
  return rawPlacements === undefined ? { contract } : { contract, placements: parsePlacements(rawPlacements) };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  const lang = options.lang;
  let contract: Contract | undefined;
  let placements: CellValue[][] | undefined;
  if (options.contractPath !== undefined) {
    const read = await readContract(options.contractPath, io, lang);
    if (typeof read === "number") return read;
    ({ contract, placements } = read);
  }
  const plan = buildTemplatePlan(contract, { supplierVersion: options.supplier, parameterYear: options.year, placements });
  let confirmed = "";
  if (options.supplier) {
    // Amendment v1.1 item 7: the personal-data check runs before a supplier version; nothing is written
    // while an identity number remains, and other findings need --confirm-personal-data.
    const check = checkSupplierPlan(plan, todayUtc());
    if (check.blocking.length > 0) {
      io.writeStderr(`syss template: ${fill(TEXTS.supplierRefused[lang], { value: cellList(check.blocking) })}\n`);
      return 1;
    }
    if (check.toConfirm.length > 0) {
      const values = { value: cellList(check.toConfirm), field: [...new Set(check.toConfirm.map((item) => item.type))].join(", ") };
      if (!options.confirmPersonalData) {
        io.writeStderr(`syss template: ${fill(TEXTS.supplierConfirm[lang], values)}\n`);
        return 1;
      }
      confirmed = `${fill(TEXTS.supplierConfirmed[lang], values)}\n`;
    }
  }
  // Formula results of the day as cached values; Excel's TODAY() is the local date, so this is too.
  const bytes = await writeTemplateXlsx(plan, { today: localIsoDate(new Date()) });
  try {
    await writeFile(options.out, bytes);
  } catch (error) {
    io.writeStderr(`syss template: ${fill(TEXTS.cannotWrite[lang], { value: options.out, field: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  }
  io.writeStdout(`${confirmed}${fill(TEXTS.written[lang], { value: options.out })}\n`);
  return 0;
}

export const templateCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeStderr(`syss template: ${error.text[lang]} ${TEXTS.usage[lang]}\n`); // one line, as every input error
      return 2;
    }
    if (isContractError(error)) {
      io.writeStderr(`syss template: ${error.inLanguage(lang)}\n`);
      return 2;
    }
    throw error;
  }
};
