/**
 * The Portfölj tab's services over the open workbook. The supplier's file is read in the browser with the
 * same reader and the same merge plan as `syss merge` (src/xlsx/read.ts, src/domain/portfolio/merge.ts);
 * the open workbook is read with the validation's one read; the import is written through Office.js
 * (src/excel/sheets/supplierImport.ts), which re-checks each cell is still empty. The file readers load
 * lazily (ExcelJS is large and the pane's first render does not need it).
 */
import { isoToSerial } from "../../domain/common/dates";
import { stopIfCancelled } from "../../domain/common/work";
import { TABLES } from "../../domain/followup/names";
import { isDateValue } from "../../domain/followup/types";
import { MERGE_REFUSALS, PORTFOLIO_CLI_TEXTS, fill } from "../../domain/i18n/portfolio";
import { mergeRefusal, type MergeSideFacts, type Refusal } from "../../domain/portfolio/compatibility";
import { SUPPLIER_OWNED, mergeCounts, planMerge, type MergePlan, type MergeTable, type MergeValue } from "../../domain/portfolio/merge";
import type { UnreadableFile } from "../../domain/portfolio/portfolio";
import type { ContractSummary } from "../../domain/portfolio/summary";
import { cellText } from "../../domain/validation/cells";
import { fromFollowupRead } from "../../domain/validation/fromRead";
import { findTable, type TableInput, type ValidationInput } from "../../domain/validation/input";
import { columnLetter } from "../../domain/common/a1";
import type { ImportOutcome, ImportWrites } from "../../excel/sheets/supplierImport";
import type { PortfolioSheetsInput, PortfolioSheetsWritten } from "../../excel/workbook";
import { TaskpaneError } from "../shell/errors";
import type { FileProgress, ImportPreview, PortfolioServices } from "./portfolioTypes";
import type { BilingualText, SupplierFile } from "./types";

/** What the services need from the workbook. */
export interface PortfolioWorkbook {
  readValidationInput(): Promise<ValidationInput>;
  templateVersion(): Promise<string | null>;
  writeSupplierImport(writes: ImportWrites): Promise<ImportOutcome>;
  writePortfolioSheets(input: PortfolioSheetsInput): Promise<PortfolioSheetsWritten>;
}

const loadReader = () => import(/* webpackChunkName: "xlsx-reader" */ "../../xlsx/read");
const loadPortfolioFiles = () => import(/* webpackChunkName: "xlsx-portfolio" */ "../../xlsx/portfolio");
const loadSupplierCheck = () => import(/* webpackChunkName: "domain-supplier-check" */ "../../domain/validation/supplierCheck");
/** The portfolio and report as data pull in the validation rules and the model: their own chunk, on first use. */
const loadPortfolio = () => import(/* webpackChunkName: "xlsx-portfolio" */ "../../domain/portfolio/portfolio");
const loadReport = () => import(/* webpackChunkName: "xlsx-portfolio" */ "../../domain/portfolio/report");

/** yyyy-mm-dd as the personal-data check's reference date. */
function calendarDate(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = iso.split("-").map(Number);
  return { year, month, day };
}

function refusalError(refusal: Refusal): TaskpaneError {
  const texts = MERGE_REFUSALS[refusal.code];
  return new TaskpaneError("error.import", { sv: fill(texts.sv, refusal.values), en: fill(texts.en, refusal.values) });
}

function readError(error: unknown, file: string): BilingualText {
  const typed = error as { messageSv?: unknown; messageEn?: unknown } | null;
  if (typed !== null && typeof typed === "object" && typeof typed.messageSv === "string" && typeof typed.messageEn === "string") {
    return { sv: typed.messageSv, en: typed.messageEn };
  }
  return { sv: fill(PORTFOLIO_CLI_TEXTS.unexpected.sv, { value: file }), en: fill(PORTFOLIO_CLI_TEXTS.unexpected.en, { value: file }) };
}

function mergeTable(table: TableInput | undefined): MergeTable {
  if (table === undefined) return { headers: [], rows: [] };
  return { headers: table.headers, rows: table.rows.map((values, index) => ({ row: table.firstDataRow + index, values })) };
}

function shown(value: MergeValue): string {
  if (value === null) return "";
  if (isDateValue(value)) return value.date;
  if (typeof value === "object") return value.error;
  return String(value);
}

/** A merge value as Office.js writes it: dates as serial numbers (the column's format shows them). */
function officeValue(value: MergeValue): string | number | boolean {
  if (value === null) return "";
  if (isDateValue(value)) return isoToSerial(value.date);
  if (typeof value === "object") return "";
  return value;
}

interface Planned {
  readonly plan: MergePlan;
  readonly input: ValidationInput;
}

export function createPortfolioServices(workbook: PortfolioWorkbook, today: () => string): PortfolioServices {
  const plan = async (file: SupplierFile): Promise<Planned> => {
    const { readFollowupWorkbook, isWorkbookReadError } = await loadReader();
    let supplier;
    try {
      supplier = await readFollowupWorkbook(file.bytes, file.fileName);
    } catch (error) {
      if (isWorkbookReadError(error)) throw new TaskpaneError("error.import", { sv: error.messageSv, en: error.messageEn }, { cause: error });
      throw error;
    }
    const version = await workbook.templateVersion();
    if (version === null) throw new TaskpaneError("error.templateMissing");
    const input = await workbook.readValidationInput();
    const placements = findTable(input, TABLES.placements);
    const owned = [...SUPPLIER_OWNED[TABLES.placements]];
    const facts = (side: { file: string; version: string | null; id: string; name: string; headers: readonly string[] }): MergeSideFacts => ({
      file: side.file,
      templateVersion: side.version,
      contractId: side.id,
      contractName: side.name,
      hasCurrentColumns: owned.every((header) => side.headers.some((candidate) => candidate.trim() === header)),
    });
    const full = facts({
      file: "",
      version,
      id: cellText(input.contract.fields.contractId?.value ?? null),
      name: cellText(input.contract.fields.name?.value ?? null),
      headers: placements?.headers ?? [],
    });
    const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
    const refusal = mergeRefusal(full, facts({ file: file.fileName, version: supplier.templateVersion, id: text(supplier.contract.contractId), name: text(supplier.contract.name), headers: supplier.placements.headers }));
    if (refusal !== null) throw refusalError(refusal.code === "otherContract" ? { ...refusal, values: { ...refusal.values, target: "" } } : refusal);
    const { checkSupplierWorkbook, cellList } = await loadSupplierCheck();
    const check = checkSupplierWorkbook(fromFollowupRead(supplier), calendarDate(today()));
    const stopping = [...check.blocking, ...check.toConfirm];
    if (stopping.length > 0) throw refusalError({ code: "personalData", values: { file: file.fileName, cells: cellList(stopping) } });
    const made = planMerge(
      { placements: mergeTable(placements), reports: mergeTable(findTable(input, TABLES.reports)) },
      { placements: { headers: supplier.placements.headers, rows: supplier.placements.rows }, reports: { headers: supplier.reports.headers, rows: supplier.reports.rows } },
    );
    return { plan: made, input };
  };

  const preview = (fileName: string, made: MergePlan): ImportPreview => ({
    fileName,
    counts: mergeCounts(made),
    added: made.added.map((row) => ({ table: row.table, key: row.key })),
    updated: made.updated.map((cell) => ({ table: cell.table, key: cell.key, column: cell.column, value: shown(cell.value) })),
    conflicts: made.conflicts.map((cell) => ({ table: cell.table, key: cell.key, column: cell.column, full: shown(cell.full), supplier: shown(cell.supplier) })),
    issues: made.issues.map((issue) => ({ table: issue.table, kind: issue.kind, key: issue.key, rows: issue.rows })),
  });

  /** The plan as Office.js writes: cells by address, new rows with one value per table column. */
  const writesOf = ({ plan: made, input }: Planned): ImportWrites => {
    const updates: ImportWrites["updates"][number][] = [];
    const additions: ImportWrites["additions"][number][] = [];
    for (const name of [TABLES.placements, TABLES.reports]) {
      const table = findTable(input, name);
      if (table === undefined) continue;
      const index = (header: string) => table.headers.findIndex((candidate) => candidate.trim() === header);
      for (const cell of made.updated.filter((item) => item.table === name)) {
        const column = index(cell.column);
        if (column >= 0) updates.push({ sheet: table.sheet, address: `${columnLetter(table.firstColumn + column)}${cell.row}`, value: officeValue(cell.value) });
      }
      for (const row of made.added.filter((item) => item.table === name)) {
        additions.push({ table: table.name, values: table.headers.map((header) => officeValue(row.values[header.trim()] ?? null)) });
      }
    }
    return { updates, additions };
  };

  return {
    previewSupplierImport: async (file) => preview(file.fileName, (await plan(file)).plan),
    applySupplierImport: async (file) => {
      // Planned again on the workbook as it is now: the dry run may be minutes old.
      const planned = await plan(file);
      const outcome = await workbook.writeSupplierImport(writesOf(planned));
      return { added: outcome.added, updated: outcome.updated, skipped: outcome.skipped, conflicts: planned.plan.conflicts.length };
    },
    buildPortfolio: async (files, onProgress, signal) => {
      const [{ summarizeFile, writePortfolioXlsx }, { portfolioTable, portfolioTotals }, { annualReport }] = await Promise.all([loadPortfolioFiles(), loadPortfolio(), loadReport()]);
      const contracts: ContractSummary[] = [];
      const unreadable: UnreadableFile[] = [];
      const messages: BilingualText[] = [];
      const day = today();
      for (const [index, file] of files.entries()) {
        // Files are read in the pane and nothing is written until the last one: "Avbryt" works between any two.
        stopIfCancelled(signal ? { signal } : undefined);
        const progress = (state: FileProgress["state"], message?: BilingualText) =>
          onProgress({ index: index + 1, total: files.length, file: file.fileName, state, ...(message ? { message } : {}) });
        progress("reading");
        try {
          contracts.push(await summarizeFile(file.bytes, file.fileName, day));
          progress("done");
        } catch (error) {
          const message = readError(error, file.fileName);
          unreadable.push({ file: file.fileName, message: message.sv });
          messages.push(message);
          progress("failed", message);
        }
      }
      const portfolio = { contracts, unreadable };
      const totals = portfolioTotals(portfolio);
      const reportOptions = { year: Number(day.slice(0, 4)), today: day, suppress: true, files: files.map((file) => file.fileName) };
      const table = portfolioTable(portfolio, { suppress: true, importedOn: day });
      const bytes = await writePortfolioXlsx({ portfolio, table, report: annualReport(totals, reportOptions) });
      return {
        contracts: contracts.map((summary) => ({
          file: summary.file,
          contractId: summary.contractId,
          name: summary.name,
          status: summary.status.status,
          servedMonths: summary.status.servedMonths,
          commitment: summary.status.commitment,
          errors: summary.errors,
          warnings: summary.warnings,
        })),
        unreadable: unreadable.map((item, position) => ({ file: item.file, message: messages[position]! })),
        workbook: { fileName: `Portfölj ${day}.xlsx`, bytes },
        sheets: { table, unreadable, totals, report: reportOptions },
      };
    },
    writePortfolioSheets: async (sheets) => {
      const { annualReport } = await loadReport();
      const written = await workbook.writePortfolioSheets({
        table: sheets.table,
        unreadable: sheets.unreadable,
        report: (tableName) => annualReport(sheets.totals, { ...sheets.report, table: tableName }),
      });
      return { report: written.report, portfolio: written.portfolio, unreadable: written.unreadable };
    },
  };
}
