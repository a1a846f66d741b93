/**
 * WorkbookPort: everything the task pane asks of the workbook, as plain data in and out. No Excel type leaks
 * through this interface; `officeWorkbook.ts` implements it over Office.js (or the in-memory fake).
 *
 * The port is split by owner so nothing is half implemented:
 * - TemplatePort (implemented): apply the template, read the follow-up data, select a cell, read the version;
 * - FindingsPort (implemented in validation/officeFindings.ts): the Validering sheet, live mode and "Rätta";
 * - SheetWriterPort (implemented): whole sheets (calculation, Beslutsunderlag) and the Parametrar table.
 */
import type { ParameterRow, TemplatePlan } from "../domain/followup/types";
import type { ExanteSheet } from "../domain/exante/sheets";
import type { Finding } from "../domain/validation/findings";
import type { ValidationResult } from "../domain/validation/validate";
import type { ValidationInput } from "../domain/validation/input";
import type { ApplyOptions, ApplyOutcome } from "./template/apply";
import type { CorrectOutcome } from "./validation/correct";
import type { LiveUpdate } from "./validation/live";

export type { ApplyOptions, ApplyOutcome, ApplyReport } from "./template/apply";
export type { CorrectOutcome } from "./validation/correct";
export type { LiveUpdate } from "./validation/live";
export type { TemplateConflict } from "./template/diff";

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
}

/** Who hears from live mode: every merged result, and re-validations that failed (live mode keeps listening). */
export interface LiveListener {
  onUpdate(update: LiveUpdate): void;
  onError(error: unknown): void;
}

/** The Validering sheet and live mode (validation/officeFindings.ts over validation/live.ts and validation/findingsSheet.ts). */
export interface FindingsPort {
  /**
   * Validates the workbook: reads it, runs every rule and replaces the Validering sheet's findings table (with
   * links to the cells), in three round trips (layout, data, write). Rejects with a ValidationReadError when
   * the workbook has no follow-up template.
   */
  validate(): Promise<ValidationResult>;
  /**
   * Live mode: validates the workbook once (reported as a "full" update), then after each user edit to
   * Placeringar, once the edits settle, re-validates just the changed rows (whole-table rules and the
   * contract status included) and reports the merged findings; every update is written to the Validering
   * sheet first. The add-in's own writes do not count as edits. Resolves, after that first validation, to a
   * stop function; once it resolves the listener hears nothing more.
   */
  startLiveValidation(listener: LiveListener): Promise<() => Promise<void>>;
  /** Calls `onEdit` after each edit to Placeringar or Rapporter (validation/edits.ts); resolves to a stop function. */
  watchEdits?(onEdit: () => void): Promise<() => void>;
  /**
   * "Rätta": replaces a near list value (a LIST_NOT_EXACT finding) by the exact list value, in that one cell,
   * only when the user asks. Reads the workbook once to learn the exact value, then writes only if the cell
   * still holds what was read: "changedMeanwhile" when it does not, "notCorrectable" for a finding that has
   * no correction (another code, or the cell no longer nearly matches). Does not rewrite Validering.
   */
  correct(finding: Finding): Promise<CorrectOutcome>;
}

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

/**
 * A calculation sheet: a key/value input block (labels A4…, values B4…) and live SYSS.EFFECT / SYSS.BREAKDOWN
 * formulas reading it (labels E4…, formulas F4…). Callers that already lay out cells should use writeSheet.
 */
export interface CalculationSheet {
  readonly sheetName: string;
  readonly title: string;
  readonly inputs: readonly { readonly key: string; readonly label: string; readonly value: string | number | boolean }[];
  readonly formulas: readonly { readonly label: string; readonly formula: string }[];
}

/** The Beslutsunderlag sheet: the go/no-go and suitability answers. */
export interface DecisionSheet {
  readonly title: string;
  /** Column headers (question, answer, comment) in the UI language; Swedish by default. */
  readonly headers?: readonly [string, string, string];
  readonly rows: readonly { readonly question: string; readonly answer: string; readonly comment: string }[];
  readonly conclusion: string;
}

/** Sheets the task pane writes (implemented in sheets/writers.ts). */
/** The ex-ante sheets (Avtalsvillkor, Förhandskalkyl): always a new sheet, never over a user's one. */
export interface ExantePort {
  /** Writes the sheet under its name or the first free variant ("Avtalsvillkor (2)"); resolves to the name used. */
  writeNewSheet(content: ExanteSheet): Promise<string>;
}

export interface SheetWriterPort {
  /**
   * Writes a sheet cell by cell and never loses a cell a user typed: merges into a sheet of the same name only
   * when every non-empty cell it changes still holds what `base` (the caller's memory of that sheet: formula
   * text by A1 address) says the add-in put there; otherwise writes a new sheet ("Kalkyl (2)"). Resolves to
   * the name written.
   */
  writeSheet(content: SheetContent, base?: Readonly<Record<string, string>>): Promise<string>;
  /** The sheet's non-empty cells (formula text by upper-case A1 address); null when there is no such sheet. */
  readSheetCells(sheetName: string): Promise<ReadonlyMap<string, string> | null>;
  /** Writes the sheet as writeSheet does (a new sheet rather than over a user's cells) and resolves to its name. */
  writeCalculationSheet(sheet: CalculationSheet): Promise<string>;
  /** Writes the Parametrar table; "keepEdits" keeps edited Värde cells, "reset" writes the defaults. */
  writeParameters(rows: readonly ParameterRow[], mode: "keepEdits" | "reset"): Promise<number>;
  /** Writes Beslutsunderlag as writeSheet does, `base` being the sheet as the pane last read or wrote it; resolves to the name written. */
  writeDecisionSheet(sheet: DecisionSheet, base?: Readonly<Record<string, string>>): Promise<string>;
}

export interface WorkbookPort extends TemplatePort, FindingsPort, SheetWriterPort {}
