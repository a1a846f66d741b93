/**
 * `syss merge SUPPLIER.xlsx --into FULL.xlsx [--out MERGED.xlsx] [--dry-run] [--confirm-personal-data]
 * [--today YYYY-MM-DD] [--lang sv|en]`
 *
 * Merges a supplier's returned file into the contract's full workbook (spec/portfolio.md §1) and prints a
 * JSON report: counts of added / updated / kept rows and conflicts, each change and each conflict. With
 * --dry-run nothing is written. Without --out the full workbook itself is replaced, through a temporary
 * file and a rename, so an interrupted merge leaves it unchanged. Conflicts are listed, never written.
 *
 * Exit 0 when merged (or planned) without conflicts, 1 when conflicts or unmatched rows are listed (the
 * report is on stdout, as always), 2 for any bad input (flags, an unreadable, corrupt or non-SYSS file, an
 * older template version, a file of another contract, personal data in the supplier's file): then exactly
 * one {"error":{…}} object on stdout (../errors.ts), nothing on stderr and nothing written. Flags are
 * parsed by the one parser (../args.ts).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { defineCommand, type DeclaredCommand } from "../args";
import { CliFailure, type BilingualText } from "../errors";
import { isIsoDate, todayIso } from "../../domain/common/dates";
import { isDateValue } from "../../domain/followup/types";
import { PORTFOLIO_CLI_TEXTS as TEXTS, fill } from "../../domain/i18n/portfolio";
import { excerpt } from "../../domain/common/text";
import { isEmptyPlan, mergeCounts, type MergeValue } from "../../domain/portfolio/merge";
// Types only: the ExcelJS-based merge is loaded inside `run` (start-up time, issue 19).
import type { PreparedMerge } from "../../xlsx/merge";
import { writeFileAtomically, nodeFs, type AtomicFs } from "../atomicWrite";

/** A text with {value} filled in both languages; values are paths and dates a user typed, so quoted as excerpts. */
function filled(text: BilingualText, values: Readonly<Record<string, string>> = {}): BilingualText {
  return { sv: fill(text.sv, values, { quoted: true }), en: fill(text.en, values, { quoted: true }) };
}

async function readBytes(path: string, field: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new CliFailure("CANNOT_READ", filled(TEXTS.cannotRead, { value: path }), { field });
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

/** The merge's refusals and the readers' errors with the codes `syss merge` has always printed (docs/portfolio.md). */
function mergeFailure(error: unknown, merge: typeof import("../../xlsx/merge"), read: typeof import("../../xlsx/read"), file: string): CliFailure {
  if (read.isWorkbookReadError(error)) {
    return new CliFailure(`FILE_${error.code.toUpperCase()}`, { sv: error.inLanguage("sv"), en: error.inLanguage("en") }, { field: "" });
  }
  if (merge.isMergeRefusedError(error)) {
    const cells = error.cells.map((item) => `${item.sheet}!${item.address}`);
    return new CliFailure(`MERGE_${error.code.toUpperCase()}`, { sv: error.inLanguage("sv"), en: error.inLanguage("en") }, { field: "", ...(cells.length > 0 ? { cells } : {}) });
  }
  // A fault of ours while reading the files: no library text reaches the user, and nothing was written.
  return new CliFailure("UNEXPECTED", filled(TEXTS.unexpected, { value: file }), { field: "" });
}

/** `clock` and `fs` are injectable so tests do not depend on the date and can interrupt the write. */
export function makeMergeCommand(clock: () => string = () => todayIso(), fs: AtomicFs = nodeFs): DeclaredCommand {
  return defineCommand({
    usage: TEXTS.mergeUsage,
    flags: { into: "file", out: "out", "dry-run": "switch", "confirm-personal-data": "switch", today: "value" },
    positionals: { name: "SUPPLIER.xlsx", min: 1, max: 1 },
    texts: { unknownFlag: TEXTS.unknownArgument, extraArgument: TEXTS.unknownArgument, missingValue: TEXTS.missingValue, badLang: TEXTS.badLang },
    run: async ({ flags, positionals }, io) => {
      const supplier = positionals[0]!;
      const into = flags.get("into");
      if (into === undefined) throw new CliFailure("BAD_ARGUMENT", TEXTS.mergeUsage, { field: "--into" });
      const today = flags.get("today") ?? clock();
      if (!isIsoDate(today)) throw new CliFailure("BAD_ARGUMENT", filled(TEXTS.badToday, { value: excerpt(today) }), { field: "--today" });
      const out = flags.get("out") ?? null;
      const dryRun = flags.has("dry-run");
      if (resolve(supplier) === resolve(into)) throw new CliFailure("BAD_ARGUMENT", filled(TEXTS.sameFile, { value: into }), { field: "--into" });
      const supplierBytes = await readBytes(supplier, "SUPPLIER.xlsx");
      const fullBytes = await readBytes(into, "--into");
      const [merge, read] = await Promise.all([import("../../xlsx/merge"), import("../../xlsx/read")]);
      let prepared: PreparedMerge;
      let merged: Uint8Array | null = null;
      try {
        prepared = await merge.prepareMerge(supplierBytes, supplier, fullBytes, into, { today, confirmPersonalData: flags.has("confirm-personal-data") });
        if (!dryRun && (!isEmptyPlan(prepared.plan) || out !== null)) merged = await merge.applyMergePlan(fullBytes, into, prepared);
      } catch (error) {
        throw mergeFailure(error, merge, read, supplier);
      }
      const target = out ?? into;
      if (merged !== null) {
        try {
          await writeFileAtomically(target, merged, fs);
        } catch {
          throw new CliFailure("CANNOT_WRITE", filled(TEXTS.cannotWrite, { value: target }), { field: out === null ? "--into" : "--out" });
        }
      }
      const report = mergeReport(prepared, { supplier, into, out: dryRun ? null : target, dryRun, written: merged !== null });
      io.writeStdout(`${JSON.stringify(report, null, 2)}\n`);
      return prepared.plan.conflicts.length > 0 || prepared.plan.issues.length > 0 ? 1 : 0;
    },
  });
}

export const mergeCommand = makeMergeCommand();
