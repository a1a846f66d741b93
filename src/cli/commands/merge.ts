/**
 * `syss merge SUPPLIER.xlsx --into FULL.xlsx [--out MERGED.xlsx] [--dry-run] [--confirm-personal-data]
 * [--today YYYY-MM-DD] [--lang sv|en]`
 *
 * Merges a supplier's returned file into the contract's full workbook (spec/portfolio.md §1) and prints a
 * JSON report: counts of added / updated / kept rows and conflicts, each change and each conflict. With
 * --dry-run nothing is written. Without --out the full workbook itself is replaced, through a temporary
 * file and a rename, so an interrupted merge leaves it unchanged. Conflicts are listed, never written.
 *
 * Exit 0 when merged (or planned) without conflicts, 1 when conflicts or unmatched rows are listed, 2 for
 * any bad input (flags, an unreadable, corrupt or non-SYSS file, an older template version, a file of
 * another contract, personal data in the supplier's file): then exactly one {"error":{…}} object on stdout
 * and nothing written.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliCommand, CliIo } from "../io";
import { isIsoDate, todayIso } from "../../domain/followup/dates";
import { isDateValue } from "../../domain/followup/types";
import { PORTFOLIO_CLI_TEXTS as TEXTS, fill, type PortfolioLang } from "../../domain/i18n/portfolio";
import { excerpt } from "../../domain/i18n/excerpt";
import { isEmptyPlan, mergeCounts, type MergeValue } from "../../domain/portfolio/merge";
import { applyMergePlan, isMergeRefusedError, prepareMerge, type PreparedMerge } from "../../xlsx/merge";
import { isWorkbookReadError } from "../../xlsx/read";
import { writeFileAtomically, nodeFs, type AtomicFs } from "../atomicWrite";
import { failWith } from "./model-cli";
import { CliInputError, langOfArgs, textError } from "./portfolio-cli";

interface MergeArgs {
  readonly supplier: string;
  readonly into: string;
  readonly out: string | null;
  readonly dryRun: boolean;
  readonly confirmPersonalData: boolean;
  readonly today: string;
  readonly lang: PortfolioLang;
}

function parseArgs(args: readonly string[], clockToday: string): MergeArgs {
  let supplier: string | undefined;
  let into: string | undefined;
  let out: string | null = null;
  let dryRun = false;
  let confirmPersonalData = false;
  let today = clockToday;
  let lang: PortfolioLang = "sv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) throw textError("BAD_ARGUMENT", arg, TEXTS.missingValue, { value: arg });
      return next;
    };
    if (arg === "--into") into = value();
    else if (arg === "--out") out = value();
    else if (arg === "--dry-run") dryRun = true;
    else if (arg === "--confirm-personal-data") confirmPersonalData = true;
    else if (arg === "--today") {
      today = value();
      if (!isIsoDate(today)) throw textError("BAD_ARGUMENT", arg, TEXTS.badToday, { value: excerpt(today) });
    } else if (arg === "--lang") {
      const chosen = value();
      if (chosen !== "sv" && chosen !== "en") throw textError("BAD_ARGUMENT", arg, TEXTS.badLang, { value: excerpt(chosen) });
      lang = chosen;
    } else if (arg.startsWith("--") || supplier !== undefined) throw textError("BAD_ARGUMENT", excerpt(arg), TEXTS.unknownArgument, { value: excerpt(arg) });
    else supplier = arg;
  }
  if (supplier === undefined || into === undefined) throw textError("BAD_ARGUMENT", supplier === undefined ? "SUPPLIER.xlsx" : "--into", TEXTS.mergeUsage);
  return { supplier, into, out, dryRun, confirmPersonalData, today, lang };
}

async function readBytes(path: string, field: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw textError("CANNOT_READ", field, TEXTS.cannotRead, { value: path });
  }
}

/** A value as the report shows it: dates as yyyy-mm-dd, errors as their code. */
function shown(value: MergeValue): string | number | boolean | null {
  if (value === null) return null;
  if (isDateValue(value)) return value.date;
  if (typeof value === "object") return value.error;
  return value;
}

export function mergeReport(prepared: PreparedMerge, args: { supplier: string; into: string; out: string | null; dryRun: boolean; written: boolean }) {
  const { plan } = prepared;
  return {
    supplier: args.supplier,
    into: args.into,
    out: args.out,
    dryRun: args.dryRun,
    written: args.written,
    counts: mergeCounts(plan),
    added: plan.added.map((row) => ({ table: row.table, key: row.key, values: Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, shown(v)])) })),
    updated: plan.updated.map((cell) => ({ table: cell.table, key: cell.key, column: cell.column, row: cell.row, value: shown(cell.value) })),
    conflicts: plan.conflicts.map((cell) => ({ table: cell.table, key: cell.key, column: cell.column, row: cell.row, full: shown(cell.full), supplier: shown(cell.supplier) })),
    issues: plan.issues,
    confirmedPersonalData: prepared.confirmedPersonalData.map((item) => ({ sheet: item.sheet, address: item.address, type: item.type })),
  };
}

export function makeMergeCommand(clock: () => string = () => todayIso(), fs: AtomicFs = nodeFs): CliCommand {
  const run = async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, clock());
    if (resolve(parsed.supplier) === resolve(parsed.into)) throw textError("BAD_ARGUMENT", "--into", TEXTS.sameFile, { value: parsed.into });
    const supplierBytes = await readBytes(parsed.supplier, "SUPPLIER.xlsx");
    const fullBytes = await readBytes(parsed.into, "--into");
    const prepared = await prepareMerge(supplierBytes, parsed.supplier, fullBytes, parsed.into, { today: parsed.today, confirmPersonalData: parsed.confirmPersonalData });
    const target = parsed.out ?? parsed.into;
    let written = false;
    if (!parsed.dryRun && (!isEmptyPlan(prepared.plan) || parsed.out !== null)) {
      const merged = await applyMergePlan(fullBytes, parsed.into, prepared);
      try {
        await writeFileAtomically(target, merged, fs);
      } catch {
        throw textError("CANNOT_WRITE", parsed.out === null ? "--into" : "--out", TEXTS.cannotWrite, { value: target });
      }
      written = true;
    }
    const report = mergeReport(prepared, { supplier: parsed.supplier, into: parsed.into, out: parsed.dryRun ? null : target, dryRun: parsed.dryRun, written });
    io.writeStdout(`${JSON.stringify(report, null, 2)}\n`);
    return prepared.plan.conflicts.length > 0 || prepared.plan.issues.length > 0 ? 1 : 0;
  };
  return async (args, io) => {
    const lang = langOfArgs(args);
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof CliInputError) return failWith(io, { code: error.code, field: error.field, message: error.text[lang] });
      if (isWorkbookReadError(error)) return failWith(io, { code: `FILE_${error.code.toUpperCase()}`, field: "", message: error.inLanguage(lang) });
      if (isMergeRefusedError(error)) {
        const cells = error.cells.map((item) => `${item.sheet}!${item.address}`);
        io.writeStdout(`${JSON.stringify({ error: { code: `MERGE_${error.code.toUpperCase()}`, field: "", message: error.inLanguage(lang), ...(cells.length > 0 ? { cells } : {}) } })}\n`);
        return 2;
      }
      // A fault of ours, not of the files: no library text reaches the user, and nothing was written.
      return failWith(io, { code: "UNEXPECTED", field: "", message: fill(TEXTS.unexpected[lang], { value: args[0] ?? "" }) });
    }
  };
}

export const mergeCommand: CliCommand = makeMergeCommand();
