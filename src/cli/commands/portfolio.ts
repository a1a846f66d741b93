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
 * Without --json a summary line is printed, followed by one line per file that could not be read (on
 * stdout: stderr stays empty, docs/cli.md).
 *
 * Exit 0 when every file was read, 1 when some could not be (the portfolio of the others is still
 * printed and written), 2 for a bad command line, no file found, or no file that could be read at all (then
 * there is no portfolio: exactly one {"error":{…}} object on stdout, listing the files and reasons in
 * `unreadable`, and nothing written). Flags are parsed by the one parser (../args.ts).
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { defineCommand, type DeclaredCommand } from "../args";
import { CliFailure, type BilingualText } from "../errors";
import { isIsoDate, todayIso } from "../../domain/common/dates";
import { PORTFOLIO_CLI_TEXTS as TEXTS, fill, type PortfolioLang } from "../../domain/i18n/portfolio";
import { STATUS_VALUES_EN } from "../../domain/i18n/validation";
import { excerpt } from "../../domain/common/text";
import { portfolioTable, portfolioTotals, type Portfolio, type UnreadableFile } from "../../domain/portfolio/portfolio";
import { annualReport } from "../../domain/portfolio/report";
import type { ContractSummary } from "../../domain/portfolio/summary";
import { writeFileAtomically } from "../atomicWrite";

/** A text with {value} filled in both languages. */
function filled(text: BilingualText, values: Readonly<Record<string, string>> = {}): BilingualText {
  return { sv: fill(text.sv, values), en: fill(text.en, values) };
}

/** The report's year and the day the status is taken on, from --year and --today. */
function reportDates(rawToday: string | undefined, rawYear: string | undefined, clockToday: string): { today: string; year: number } {
  if (rawToday !== undefined && !isIsoDate(rawToday)) throw new CliFailure("BAD_ARGUMENT", filled(TEXTS.badToday, { value: excerpt(rawToday) }), { field: "--today" });
  let year: number | null = null;
  if (rawYear !== undefined) {
    year = Number(rawYear);
    if (!Number.isInteger(year) || year < 1990 || year > 2200) throw new CliFailure("BAD_ARGUMENT", filled(TEXTS.badYear, { value: excerpt(rawYear) }), { field: "--year" });
  }
  const reportYear = year ?? Number((rawToday ?? clockToday).slice(0, 4));
  // The status at the end of the reported year, unless that is still ahead.
  const yearEnd = `${reportYear}-12-31`;
  return { today: rawToday ?? (year !== null && yearEnd < clockToday ? yearEnd : clockToday), year: reportYear };
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
      if (names.length === 0) throw new CliFailure("NO_FILES", filled(TEXTS.noFiles, { value: input }), { field: input });
      files.push(...names.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}

/** Reads the files one after another; an unreadable file is listed and the next one read. */
export async function buildPortfolio(files: readonly string[], today: string, lang: PortfolioLang, onFile?: (file: string) => void): Promise<Portfolio> {
  // ExcelJS is loaded only when files are read (start-up time, issue 19).
  const [{ summarizeFile }, { isWorkbookReadError }] = await Promise.all([import("../../xlsx/portfolio"), import("../../xlsx/read")]);
  const contracts: ContractSummary[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of files) {
    onFile?.(file);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch {
      // A path is the user's text: quoted as an excerpt, never whole (a 50 000-character name stays readable).
      unreadable.push({ file: excerpt(file), message: fill(TEXTS.cannotRead[lang], { value: file }, { quoted: true }) });
      continue;
    }
    try {
      contracts.push(await summarizeFile(bytes, file, today));
    } catch (error) {
      const message = isWorkbookReadError(error) ? error.inLanguage(lang) : fill(TEXTS.unexpected[lang], { value: file }, { quoted: true });
      unreadable.push({ file: excerpt(file), message });
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

/** The text output: the summary line, then one line per file that could not be read, with the reason. */
function summaryLines(portfolio: Portfolio, out: string | undefined, lang: PortfolioLang): string {
  const target = out === undefined ? "" : ` → ${out}`;
  const line =
    lang === "en"
      ? `Portfolio: ${portfolio.contracts.length} contracts, ${portfolio.unreadable.length} files could not be read${target}`
      : `Portfölj: ${portfolio.contracts.length} avtal, ${portfolio.unreadable.length} filer kunde inte läsas${target}`;
  return [line, ...portfolio.unreadable.map((item) => `  ${item.message}`)].map((text) => `${text}\n`).join("");
}

/** `clock` is injectable so tests do not depend on the date they run. */
export function makePortfolioCommand(clock: () => string = () => todayIso()): DeclaredCommand {
  return defineCommand({
    usage: TEXTS.portfolioUsage,
    flags: { out: "out", report: "switch", json: "switch", "no-suppress": "switch", today: "value", year: "value" },
    positionals: { name: "FILES", min: 1, max: Number.POSITIVE_INFINITY },
    texts: { unknownFlag: TEXTS.unknownArgument, extraArgument: TEXTS.unknownArgument, missingValue: TEXTS.missingValue, badLang: TEXTS.badLang },
    run: async ({ flags, positionals, lang }, io) => {
      const out = flags.get("out");
      if (flags.has("report") && out === undefined) throw new CliFailure("BAD_ARGUMENT", TEXTS.reportNeedsOut, { field: "--report" });
      const { today, year } = reportDates(flags.get("today"), flags.get("year"), clock());
      const suppress = !flags.has("no-suppress");
      const files = await expandInputs(positionals);
      const portfolio = await buildPortfolio(files, today, lang);
      if (portfolio.contracts.length === 0) {
        // No file could be read: there is no portfolio, so this is bad input, not a partial result.
        const reasons = portfolio.unreadable.map((item) => item.message);
        const texts = { sv: fill(TEXTS.nothingRead.sv, { value: String(files.length) }), en: fill(TEXTS.nothingRead.en, { value: String(files.length) }) };
        throw new CliFailure("NO_READABLE_FILES", texts, { field: "FILES", unreadable: reasons });
      }
      if (out !== undefined) {
        const { writePortfolioXlsx } = await import("../../xlsx/portfolio");
        const table = portfolioTable(portfolio, { suppress, importedOn: today });
        const report = flags.has("report") ? annualReport(portfolioTotals(portfolio), { year, today, suppress, files }) : undefined;
        const bytes = await writePortfolioXlsx({ portfolio, table, ...(report === undefined ? {} : { report }) });
        try {
          await writeFileAtomically(out, bytes);
        } catch {
          throw new CliFailure("CANNOT_WRITE", filled(TEXTS.cannotWrite, { value: out }), { field: "--out" });
        }
      }
      io.writeStdout(flags.has("json") ? `${JSON.stringify(portfolioJson(portfolio, lang), null, 2)}\n` : summaryLines(portfolio, out, lang));
      return portfolio.unreadable.length > 0 ? 1 : 0;
    },
  });
}

export const portfolioCommand = makePortfolioCommand();
