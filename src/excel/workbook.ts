/**
 * WorkbookPort: everything the task pane asks of the workbook, as plain data in and out: the one interface
 * between the pane's services (src/taskpane/services) and Office.js. `officeWorkbook.ts` implements all of it
 * over Office.js (or the in-memory fake); no Excel type leaks through it, and it imports no type from its
 * implementations (they import theirs from here).
 *
 * The methods are grouped by what they are about (template, findings, sheets); one object implements them all.
 */
import type { ParameterRow, TemplatePlan } from "../domain/followup/types";
import type { ExcelCellValue } from "./host/api";
import type { ExanteSheet } from "../domain/exante/sheets";
import type { PortfolioTable } from "../domain/portfolio/portfolio";
import type { ReportLine } from "../domain/portfolio/report";
import type { WorkbookShape } from "../domain/followup/diagnosis";
import type { ExcelText, ExcelTextKey } from "../domain/i18n/excel";
import type { ContractStatus } from "../domain/validation/contractStatus";
import type { Correction, Finding } from "../domain/validation/findings";
import type { ValidationResult } from "../domain/validation/validate";
import type { Pipeline, PipelineResult } from "../domain/matching/pipeline";
import type { ValidationInput } from "../domain/validation/input";
import type { LongWork } from "../domain/common/work";

// ---- Template -------------------------------------------------------------------------------------------

export interface TemplateConflict {
  readonly code: ExcelTextKey;
  readonly sheet: string;
  /** The cells in the way (A1, no sheet), or "" when the conflict is about a name. */
  readonly address: string;
  readonly message: ExcelText;
}


export interface TemplateApplyResult {
  readonly version: string;
  /** The version the workbook carried before; null for a workbook without SYSS template. */
  readonly previousVersion: string | null;
  readonly createdSheets: readonly string[];
  readonly updatedSheets: readonly string[];
  readonly createdTables: readonly string[];
  /** "Table[Column]" for each column added to an existing table. */
  readonly addedColumns: readonly string[];
  /** "Table[Old] → [New]" for each column renamed from an older template version's header. */
  readonly renamedColumns: readonly string[];
  /** "Sheet!23:24" for rows inserted above a table that fields added to the form above it pushed down. */
  readonly insertedRows: readonly string[];
  readonly addedParameterRows: number;
  /** Avtal value cells that already held a value and were kept as they were. */
  readonly keptFormValues: number;
  /**
   * What the current contract would change in cells the user filled (contractChanges.ts), not written because
   * the user has not accepted them: the pane lists them after a preview.
   */
  readonly contractChanges: readonly TemplateChange[];
  /** The accepted contract changes this apply wrote. */
  readonly appliedContractChanges: readonly TemplateChange[];
  /** Rows of Rapporter or Målgrupper the current contract no longer has; kept, listed. */
  readonly leftoverRows: readonly LeftoverRows[];
  /** Charts created now; an existing chart of the same name is left as the user styled it. */
  readonly createdCharts: readonly string[];
}


export type TemplateChange =
  | {
      readonly kind: "formValue";
      readonly id: string;
      readonly sheet: string;
      readonly address: string;
      /** The Avtal field's label, as the form shows it. */
      readonly field: string;
      readonly current: string;
      readonly proposed: string;
      /** What is written when the change is accepted. */
      readonly value: ExcelCellValue;
    }
  | {
      /** The parameter year changed: Parametrar's defaults, and the values nobody edited, follow the new year. */
      readonly kind: "parameterValues";
      readonly id: string;
      readonly sheet: string;
      readonly table: string;
      /** The parameters whose default changes. */
      readonly keys: readonly string[];
      /** What is written when accepted: A1 addresses on `sheet`. */
      readonly cells: readonly { readonly address: string; readonly value: ExcelCellValue }[];
    }
  | {
      readonly kind: "tableRows";
      readonly id: string;
      readonly sheet: string;
      readonly table: string;
      /** The new rows' first column as the user reads it (report period start, target group name). */
      readonly keys: readonly string[];
      readonly rows: readonly (readonly ExcelCellValue[])[];
    };

/** Rows of a contract-seeded table that the current contract no longer produces: listed, never deleted. */
export interface LeftoverRows {
  readonly sheet: string;
  readonly table: string;
  readonly keys: readonly string[];
}

export interface ApplyOptions {
  /** Ids of the contract changes (contractChanges.ts) the user accepted after a preview. */
  readonly accept?: ReadonlySet<string>;
  /** Read and compare only: the report says what an apply would do, nothing is written. */
  readonly dryRun?: boolean;
  /** Progress reports, and "Avbryt" until the writing batch is sent (rejects with WorkCancelled, nothing written). */
  readonly work?: LongWork;
}

export interface ApplyReport extends TemplateApplyResult {
  /** `context.sync()` round trips the apply took. */
  readonly roundTrips: number;
}

export type ApplyOutcome =
  | { readonly ok: true; readonly report: ApplyReport }
  | { readonly ok: false; readonly problems: readonly TemplateConflict[] };

export interface TemplatePort {
  /** The template version the workbook carries (its SYSS marker), or null for a workbook without one. */
  templateVersion(): Promise<string | null>;
  /** Creates or upgrades the follow-up workbook; stops without writing and says why on a conflict. */
  applyTemplate(plan: TemplatePlan, options?: ApplyOptions): Promise<ApplyOutcome>;
  /**
   * The Avtal form's values and every table, with sheet positions so findings can point at cells (blanks as
   * null, dates as serials). Rejects with a ValidationReadError when the workbook has no follow-up template.
   */
  readFollowup(): Promise<ValidationInput>;
  /** Activates `sheet` and selects `address` (A1, no sheet), e.g. when a finding is clicked. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Sheets, tables, marker and the template sheets' formulas, for the "Om SYSS" diagnosis. */
  workbookShape(): Promise<WorkbookShape>;
}

// ---- Findings -------------------------------------------------------------------------------------------

/** One live-mode result: the merged findings and the contract status. */
export interface LiveUpdate {
  readonly findings: readonly Finding[];
  readonly status: ContractStatus;
  /** "full" for a whole-workbook validation, "rows" for a re-validation of changed rows. */
  readonly kind: "full" | "rows";
  /** Sheet rows re-validated (empty for "full"). */
  readonly sheetRows: readonly number[];
}

/** Who hears from live mode: every merged result, and re-validations that failed (live mode keeps listening). */
export interface LiveListener {
  onUpdate(update: LiveUpdate): void;
  onError(error: unknown): void;
}

/**
 * What a one-click fix did. "corrected" comes with its inverse: applying `undo` the same way restores what the
 * cell held before, if the cell still holds what the fix wrote. "changedMeanwhile": the cell no longer holds
 * what the validation saw, so nothing was written.
 */
export type CorrectOutcome = { readonly outcome: "corrected"; readonly undo: Correction } | { readonly outcome: "changedMeanwhile" };

export interface FindingsPort {
  /**
   * Validates the workbook: reads it, runs every rule and replaces the Validering sheet's findings table (with
   * links to the cells). Resolves to null, writing nothing, when the workbook has no SYSS template marker;
   * rejects with a ValidationReadError when the marker is there but a template sheet or table is not. Each
   * finding carries its own correction (Finding.correction), so nothing is read again to offer one.
   */
  validate(work?: LongWork): Promise<ValidationResult | null>;
  /**
   * Live mode: validates the workbook once (reported as a "full" update), then after each user edit to
   * Placeringar, once the edits settle, re-validates just the changed rows (whole-table rules and the
   * contract status included) and reports the merged findings; every update is written to the Validering
   * sheet first. The add-in's own writes do not count as edits. Resolves, after that first validation, to a
   * stop function; once it resolves the listener hears nothing more.
   */
  startLiveValidation(listener: LiveListener): Promise<() => Promise<void>>;
  /** Calls `onEdit` after each user edit to Placeringar or Rapporter (to mark a shown result stale); resolves to a stop function. */
  watchEdits(onEdit: () => void): Promise<() => void>;
  /**
   * "Rätta" / "Ta bort" / "Ångra": writes a correction into its one cell (or resizes its table) only if the
   * cell still holds what the correction was made from, in two round trips (check, write). Does not rewrite
   * Validering.
   */
  correct(correction: Correction): Promise<CorrectOutcome>;
}

// ---- Sheets ---------------------------------------------------------------------------------------------

/** One cell of a sheet the add-in writes whole (calculation, Beslutsunderlag). */
export interface SheetCellContent {
  /** A1 address on the sheet. */
  readonly address: string;
  readonly value?: string | number | boolean;
  /** en-US formula text starting with "=". */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

/** A whole sheet as cells; `columnWidths` in Excel character units by column letter. */
export interface SheetContent {
  readonly sheetName: string;
  readonly cells: readonly SheetCellContent[];
  readonly columnWidths?: Readonly<Record<string, number>>;
}

/** The Beslutsunderlag sheet: the go/no-go and suitability answers. */
export interface DecisionSheet {
  readonly title: string;
  /** Column headers (question, answer, comment) in the UI language; Swedish by default. */
  readonly headers?: readonly [string, string, string];
  readonly rows: readonly { readonly question: string; readonly answer: string; readonly comment: string }[];
  readonly conclusion: string;
}

/** Sheets the task pane writes (sheets/writers.ts, sheets/exante.ts). */
export interface SheetWriterPort {
  /**
   * Writes a sheet cell by cell and never loses a cell a user typed: merges into a sheet of the same name only
   * when every non-empty cell it changes still holds what `base` (the caller's memory of that sheet: formula
   * text by A1 address) says the add-in put there; otherwise writes a new sheet ("Kalkyl (2)"). Resolves to
   * the name written.
   */
  writeSheet(content: SheetContent, base?: Readonly<Record<string, string>>): Promise<string>;
  /**
   * Writes the cells onto a new sheet, never into an existing one: under `content.sheetName`, or the first free
   * variant ("Kalkyl (2)") when the workbook has that name. One read of the sheet names, then the write.
   */
  writeSheetAsNew(content: SheetContent): Promise<string>;
  /** The sheet's non-empty cells (formula text by upper-case A1 address); null when there is no such sheet. */
  readSheetCells(sheetName: string): Promise<ReadonlyMap<string, string> | null>;
  /** Writes the Parametrar table; "keepEdits" keeps edited Värde cells, "reset" writes the defaults. */
  writeParameters(rows: readonly ParameterRow[], mode: "keepEdits" | "reset"): Promise<number>;
  /** Writes Beslutsunderlag as writeSheet does, `base` being the sheet as the pane last read or wrote it; resolves to the name written. */
  writeDecisionSheet(sheet: DecisionSheet, base?: Readonly<Record<string, string>>): Promise<string>;
  /** An ex-ante sheet (Avtalsvillkor, Förhandskalkyl), always a new sheet: under its name or the first free variant ("Avtalsvillkor (2)"); resolves to the name used. */
  writeNewSheet(content: ExanteSheet): Promise<string>;
}

/** The whole port: one object (createOfficeWorkbook) implements every part. */
// ---------------------------------------------------------------------------------------------------------------
// "Importera leverantörens fil" (implemented in sheets/supplierImport.ts)

export interface ImportUpdate {
  readonly sheet: string;
  /** A1 address of one cell. */
  readonly address: string;
  readonly value: ExcelCellValue;
}

export interface ImportAddition {
  readonly table: string;
  /** One value per table column, in the table's order; "" leaves a cell (and a calculated column's formula) as Excel makes it. */
  readonly values: readonly ExcelCellValue[];
}

export interface ImportWrites {
  readonly updates: readonly ImportUpdate[];
  readonly additions: readonly ImportAddition[];
}

export interface ImportOutcome {
  readonly updated: number;
  readonly added: number;
  /** Updates left out because the cell was no longer empty when written. */
  readonly skipped: number;
}

export interface SupplierImportPort {
  /** The merge plan's writes: each updated cell only while still empty, new rows appended to their table. */
  writeSupplierImport(writes: ImportWrites): Promise<ImportOutcome>;
}

// ---------------------------------------------------------------------------------------------------------------
// The portfolio's sheets in the open workbook (implemented in sheets/portfolio.ts)

export interface PortfolioSheetsInput {
  /** The Portfölj table as data (src/domain/portfolio/portfolio.ts), counts already suppressed as asked. */
  readonly table: PortfolioTable;
  /** The files that could not be read, with why (Swedish, as the rest of the sheets). */
  readonly unreadable: readonly { readonly file: string; readonly message: string }[];
  /** The Årsrapport lines, given the name the Portfölj table gets (the report's formulas refer to it). */
  readonly report: (tableName: string) => readonly ReportLine[];
}

/** The names the sheets and the table got: the wanted ones, or free variants when the workbook has them. */
export interface PortfolioSheetsWritten {
  readonly report: string;
  readonly portfolio: string;
  readonly unreadable: string;
  readonly table: string;
}

export interface PortfolioSheetsPort {
  /** Adds the Årsrapport, Portfölj and Ej inlästa sheets as new sheets (never over a user's) and activates Årsrapport. */
  writePortfolioSheets(input: PortfolioSheetsInput): Promise<PortfolioSheetsWritten>;
}

// ---------------------------------------------------------------------------------------------------------------
// The Matchning tab's pipeline: Platser, Matchning and Placeringar (implemented in sheets/matching.ts)

export interface MatchingPort {
  /** The pipeline as the workbook holds it now (read only), and the matching tables it lacks. */
  readMatchingPipeline(): Promise<{ pipeline: Pipeline; missing: string[] }>;
  /**
   * One action: reads, lets `decide` choose the writes on what it read, and writes them in one batch. Rejects
   * with PipelineActionError (sheets/matching.ts; nothing written) when `decide` refuses or a table is missing.
   */
  applyPipelineAction(decide: (pipeline: Pipeline) => PipelineResult): Promise<{ caseId?: string }>;
  /** Calls `onEdit` after each edit of the matching tables or Placeringar; resolves to a function that stops it. */
  watchMatchingEdits(onEdit: () => void): Promise<() => void>;
}

export interface WorkbookPort extends TemplatePort, FindingsPort, SheetWriterPort, SupplierImportPort, PortfolioSheetsPort, MatchingPort {}
