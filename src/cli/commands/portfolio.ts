/**
 * `syss portfolio FOLDER|FILES… [--out PORTFOLIO.xlsx] [--report] [--json] [--no-suppress]
 * [--today YYYY-MM-DD] [--year YYYY] [--lang sv|en]`
 *
 * The portfolio over many contract files (spec/portfolio.md §2–3). Each file is read, validated exactly
 * as `syss validate` does and summed up, one at a time, so memory stays bounded by the largest file. A
 * file that cannot be read is listed with the reason and skipped; the others still count. --out writes
 * the portfolio workbook (Portfölj, Ej inlästa, and with --report the Årsrapport sheet); --json prints
 * `{"contracts":[…],"unreadable":[…]}`. Counts of 1–4 people are shown as "< 5" unless --no-suppress.
 * --year names the report's year; without --today the status is taken at the year's end (or today, if
 * earlier).
 *
 * Exit 0 when every file was read, 1 when some could not be, 2 for a bad command line or no file found
 * (then exactly one {"error":{…}} object on stdout).
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CliCommand, CliIo } from "../io";
import { isIsoDate, todayIso } from "../../domain/followup/dates";
import { PORTFOLIO_CLI_TEXTS as TEXTS, fill, type PortfolioLang } from "../../domain/i18n/portfolio";
import { STATUS_VALUES_EN } from "../../domain/i18n/validation";
import { excerpt } from "../../domain/i18n/excerpt";
import { portfolioTable, portfolioTotals, type Portfolio, type UnreadableFile } from "../../domain/portfolio/portfolio";
import { annualReport } from "../../domain/portfolio/report";
import type { ContractSummary } from "../../domain/portfolio/summary";
import { summarizeFile, writePortfolioXlsx } from "../../xlsx/portfolio";
import { isWorkbookReadError } from "../../xlsx/read";
import { writeFileAtomically } from "../atomicWrite";
import { CliInputError, langOfArgs, textError } from "./portfolio-cli";
import { failWith } from "./model-cli";

interface PortfolioArgs {
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly report: boolean;
  readonly json: boolean;
  readonly suppress: boolean;
  readonly today: string;
  readonly year: number;
  readonly lang: PortfolioLang;
}

function parseArgs(args: readonly string[], clockToday: string): PortfolioArgs {
  const inputs: string[] = [];
  let out: string | null = null;
  let report = false;
  let json = false;
  let suppress = true;
  let today: string | null = null;
  let year: number | null = null;
  let lang: PortfolioLang = "sv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) throw textError("BAD_ARGUMENT", arg, TEXTS.missingValue, { value: arg });
      return next;
    };
    if (arg === "--out") out = value();
    else if (arg === "--report") report = true;
    else if (arg === "--json") json = true;
    else if (arg === "--no-suppress") suppress = false;
    else if (arg === "--today") {
      today = value();
      if (!isIsoDate(today)) throw textError("BAD_ARGUMENT", arg, TEXTS.badToday, { value: excerpt(today) });
    } else if (arg === "--year") {
      const raw = value();
      const parsed = Number(raw);
      if (!Number.isInteger(parsed) || parsed < 1990 || parsed > 2200) throw textError("BAD_ARGUMENT", arg, TEXTS.badYear, { value: excerpt(raw) });
      year = parsed;
    } else if (arg === "--lang") {
      const chosen = value();
      if (chosen !== "sv" && chosen !== "en") throw textError("BAD_ARGUMENT", arg, TEXTS.badLang, { value: excerpt(chosen) });
      lang = chosen;
    } else if (arg.startsWith("--")) throw textError("BAD_ARGUMENT", excerpt(arg), TEXTS.unknownArgument, { value: excerpt(arg) });
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw textError("BAD_ARGUMENT", "FILES", TEXTS.portfolioUsage);
  if (report && out === null) throw textError("BAD_ARGUMENT", "--report", TEXTS.reportNeedsOut);
  const reportYear = year ?? Number((today ?? clockToday).slice(0, 4));
  // The status at the end of the reported year, unless that is still ahead.
  const yearEnd = `${reportYear}-12-31`;
  const effectiveToday = today ?? (year !== null && yearEnd < clockToday ? yearEnd : clockToday);
  return { inputs, out, report, json, suppress, today: effectiveToday, year: reportYear, lang };
}

/** Lock files Excel leaves beside an open workbook, and hidden files, are not contract files. */
function isContractFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".");
}

/** The files to read: a folder gives its .xlsx files (sorted, not recursive); a file is taken as given. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter(isContractFileName).sort();
      if (names.length === 0) throw textError("NO_FILES", input, TEXTS.noFiles, { value: input });
      files.push(...names.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}

/** Reads the files one after another; an unreadable file is listed and the next one read. */
export async function buildPortfolio(files: readonly string[], today: string, lang: PortfolioLang, onFile?: (file: string) => void): Promise<Portfolio> {
  const contracts: ContractSummary[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of files) {
    onFile?.(file);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch {
      unreadable.push({ file, message: fill(TEXTS.cannotRead[lang], { value: file }) });
      continue;
    }
    try {
      contracts.push(await summarizeFile(bytes, file, today));
    } catch (error) {
      const message = isWorkbookReadError(error) ? error.inLanguage(lang) : fill(TEXTS.unexpected[lang], { value: file });
      unreadable.push({ file, message });
    }
  }
  return { contracts, unreadable };
}

function statusWord(word: string | null, lang: PortfolioLang): string | null {
  return word === null || lang === "sv" ? word : (STATUS_VALUES_EN[word] ?? word);
}

export function portfolioJson(portfolio: Portfolio, lang: PortfolioLang) {
  return {
    contracts: portfolio.contracts.map((summary) => ({
      file: summary.file,
      contractId: summary.contractId,
      name: summary.name,
      supplier: summary.supplier,
      status: statusWord(summary.status.status, lang),
      servedMonths: summary.status.servedMonths,
      plannedMonths: summary.status.plannedMonths,
      forecastMonths: summary.status.forecastMonths,
      commitment: summary.status.commitment,
      share: summary.status.share,
      startRule: statusWord(summary.status.startRule, lang),
      rule75: statusWord(summary.status.rule75, lang),
      placements: summary.status.placements,
      ongoing: summary.status.ongoing,
      ended: summary.status.ended,
      overdueReports: summary.status.overdueReports,
      latestReport: summary.latestReport,
      errors: summary.errors,
      warnings: summary.warnings,
      byTargetGroup: summary.byTargetGroup,
      byGender: summary.byGender,
      byForm: summary.byForm,
      outcomes: summary.outcomes,
      effects: summary.effects,
    })),
    unreadable: portfolio.unreadable,
  };
}

async function run(args: readonly string[], io: CliIo, clockToday: string): Promise<number> {
  const parsed = parseArgs(args, clockToday);
  const files = await expandInputs(parsed.inputs);
  const portfolio = await buildPortfolio(files, parsed.today, parsed.lang);
  if (parsed.out !== null) {
    const table = portfolioTable(portfolio, { suppress: parsed.suppress, importedOn: parsed.today });
    const report = parsed.report ? annualReport(portfolioTotals(portfolio), { year: parsed.year, today: parsed.today, suppress: parsed.suppress, files }) : undefined;
    const bytes = await writePortfolioXlsx({ portfolio, table, ...(report === undefined ? {} : { report }) });
    try {
      await writeFileAtomically(parsed.out, bytes);
    } catch {
      throw textError("CANNOT_WRITE", "--out", TEXTS.cannotWrite, { value: parsed.out });
    }
  }
  if (parsed.json) {
    io.writeStdout(`${JSON.stringify(portfolioJson(portfolio, parsed.lang), null, 2)}\n`);
  } else {
    const line =
      parsed.lang === "en"
        ? `Portfolio: ${portfolio.contracts.length} contracts, ${portfolio.unreadable.length} files could not be read${parsed.out === null ? "" : ` → ${parsed.out}`}`
        : `Portfölj: ${portfolio.contracts.length} avtal, ${portfolio.unreadable.length} filer kunde inte läsas${parsed.out === null ? "" : ` → ${parsed.out}`}`;
    io.writeStdout(`${line}\n`);
    for (const item of portfolio.unreadable) io.writeStderr(`syss portfolio: ${item.message}\n`);
  }
  return portfolio.unreadable.length > 0 ? 1 : 0;
}

export function makePortfolioCommand(clock: () => string = () => todayIso()): CliCommand {
  return async (args, io) => {
    const lang = langOfArgs(args);
    try {
      return await run(args, io, clock());
    } catch (error) {
      if (error instanceof CliInputError) return failWith(io, { code: error.code, field: error.field, message: error.text[lang] });
      return failWith(io, { code: "UNEXPECTED", field: "", message: fill(TEXTS.unexpected[lang], { value: "portfolio" }) });
    }
  };
}

export const portfolioCommand: CliCommand = makePortfolioCommand();
