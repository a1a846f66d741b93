/**
 * What the Portfölj tab needs (spec/portfolio.md): "Importera leverantörens fil" (a dry run, then the
 * import, never overwriting) and the portfolio over files picked in the browser, with progress per file.
 * Plain data; `portfolioServices.ts` implements it over the workbook, tests use a fake.
 */
import type { PortfolioTable, PortfolioTotals } from "../../domain/portfolio/portfolio";
import type { ReportOptions } from "../../domain/portfolio/report";
import type { BilingualText, SupplierFile } from "./types";

export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  readonly kept: number;
  readonly conflicts: number;
}

/** The dry run of an import: the whole change, nothing written yet. */
export interface ImportPreview {
  readonly fileName: string;
  readonly counts: ImportCounts;
  readonly added: readonly { readonly table: string; readonly key: string }[];
  readonly updated: readonly { readonly table: string; readonly key: string; readonly column: string; readonly value: string }[];
  readonly conflicts: readonly { readonly table: string; readonly key: string; readonly column: string; readonly full: string; readonly supplier: string }[];
  /** Rows that cannot be matched (no key, a key twice), with their sheet rows. */
  readonly issues: readonly { readonly table: string; readonly kind: string; readonly key: string; readonly rows: readonly number[] }[];
}

export interface ImportResult {
  readonly added: number;
  readonly updated: number;
  /** Cells left out because someone filled them after the dry run. */
  readonly skipped: number;
  readonly conflicts: number;
}

export type FileProgressState = "reading" | "done" | "failed";

export interface FileProgress {
  readonly index: number;
  readonly total: number;
  readonly file: string;
  readonly state: FileProgressState;
  readonly message?: BilingualText;
}

export interface PortfolioContractRow {
  readonly file: string;
  readonly contractId: string;
  readonly name: string;
  /** The status word `syss validate` gives the file; null without a commitment N. */
  readonly status: string | null;
  readonly servedMonths: number;
  readonly commitment: number | null;
  readonly errors: number;
  readonly warnings: number;
}

export interface PortfolioResult {
  readonly contracts: readonly PortfolioContractRow[];
  readonly unreadable: readonly { readonly file: string; readonly message: BilingualText }[];
  /** The portfolio workbook (Årsrapport, Portfölj, Ej inlästa) to download; counts 1–4 shown as "< 5". */
  readonly workbook: SupplierFile;
  /** The same sheets as data, for writing them into the open workbook. */
  readonly sheets: PortfolioSheetsData;
}

export interface PortfolioSheetsData {
  readonly table: PortfolioTable;
  readonly unreadable: readonly { readonly file: string; readonly message: string }[];
  readonly totals: PortfolioTotals;
  /** The report's options but the table name, which the writer picks. */
  readonly report: Omit<ReportOptions, "table">;
}

/** The names the sheets got in the open workbook (free variants when the wanted names were taken). */
export interface PortfolioSheetNames {
  readonly report: string;
  readonly portfolio: string;
  readonly unreadable: string;
}

export interface PortfolioServices {
  /** Reads the supplier's file and the open workbook and plans the import; writes nothing. */
  previewSupplierImport(file: SupplierFile): Promise<ImportPreview>;
  /** Plans again on the workbook as it is now and writes the plan: new rows, empty cells filled, conflicts left. */
  applySupplierImport(file: SupplierFile): Promise<ImportResult>;
  /** The portfolio over the files, read one at a time; `onProgress` hears of each file. */
  buildPortfolio(files: readonly SupplierFile[], onProgress: (progress: FileProgress) => void, signal?: AbortSignal): Promise<PortfolioResult>;
  /** Adds the portfolio's sheets (Årsrapport with its charts, Portfölj, Ej inlästa) to the open workbook as new sheets. */
  writePortfolioSheets(sheets: PortfolioSheetsData): Promise<PortfolioSheetNames>;
}
