/**
 * What the task pane's views need from the workbook, as plain data. The views only know this interface;
 * `services/officeServices.ts` implements it over the one WorkbookPort (src/excel/workbook.ts), and tests pass an
 * in-memory implementation. Every method may reject with a TaskpaneError (see errors.ts); views show it as a
 * MessageBar. Long work takes a LongWork (domain/common/work.ts): it reports its steps, and after "Avbryt" rejects
 * with WorkCancelled, having written nothing.
 *
 * TaskpaneServices is composed of one part per concern (DecisionServices, TemplateServices, …): a new tab adds
 * its own part interface (and implementation, see officeServices.ts) rather than editing these.
 */
import type { Contract } from "../../domain/followup/contract";
import type { ExanteSheet } from "../../domain/exante/sheets";
import type { ParameterYear, RawInput } from "../../domain/model";
import type { UiLang } from "../../domain/i18n/ui";
import type { BilingualText } from "../../domain/common/text";
import type { LongWork } from "../../domain/common/work";
import type { Correction, Severity } from "../../domain/validation/findings";
import type { DecisionRecord } from "../guide/questions";
import type { WorkbookDiagnosis } from "../../domain/followup/diagnosis";
import type { HostEnvironment } from "../../excel/host/environment";
import type { RecordedError } from "../shell/errorLog";
import type { PortfolioServices } from "./portfolioTypes";
import type { MatchingServices } from "./matchingTypes";

export interface TemplateStatus {
  /** The template version the workbook carries; null when it has no follow-up template. */
  readonly version: string | null;
  /** The version this add-in writes. */
  readonly currentVersion: string;
}

export interface ApplySummary {
  readonly sheetsCreated: number;
  readonly sheetsUpdated: number;
  /** What the contract would change in cells the user filled; written only when accepted (by id). */
  readonly contractChanges: readonly ContractChange[];
  /** How many accepted changes this apply wrote. */
  readonly appliedChanges: number;
  /** Rows of Rapporter or Målgrupper the contract no longer produces: kept, listed. */
  readonly leftoverRows: readonly { readonly table: string; readonly keys: readonly string[] }[];
}

export type ContractChange =
  | { readonly kind: "formValue"; readonly id: string; readonly field: string; readonly address: string; readonly current: string; readonly proposed: string }
  /** New rows for a contract-seeded table, or Parametrar following a new parameter year (keys: the parameters). */
  | { readonly kind: "tableRows" | "parameterValues"; readonly id: string; readonly table: string; readonly keys: readonly string[] };

export interface SupplierFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type { Severity } from "../../domain/validation/findings";

export type { BilingualText } from "../../domain/common/text";

/** One validation finding as the pane shows it (spec/followup.md, "Rules the add-in checks"). */
export interface FindingView {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`, e.g. "H7"; empty for contract-level findings without a cell. */
  readonly address: string;
  readonly column: string;
  readonly rowId: string;
  readonly message: BilingualText;
  readonly fix: BilingualText;
  /** Whether a one-click fix exists: "Rätta" (a value to write, see `proposal`) or "Ta bort" (`removes`). */
  readonly correctable: boolean;
  /** What "Rätta" writes, as a user reads it (the exact list value, "75 %", a date); null without one. */
  readonly proposal: string | null;
  /** "Ta bort": the fix empties the cell (personal data); the pane asks first. */
  readonly removes: boolean;
  /** The fix itself, as the validation computed it (opaque to views: they hand it back to correctFinding). */
  readonly correction: Correction | null;
}

/**
 * What "Rätta" / "Ta bort" did. "corrected" comes with `undo`, what "Ångra" hands to undoCorrection to put
 * back what the cell held; "changedMeanwhile" means the cell is no longer what the validation saw and
 * "notCorrectable" that the finding has no fix, so nothing was written. The Validering sheet is not
 * rewritten: the next validation (or live mode, which sees the edit) does that.
 */
export type CorrectionResult =
  | { readonly outcome: "corrected"; readonly undo: CorrectionUndo }
  | { readonly outcome: "changedMeanwhile" | "notCorrectable" };

/** What "Ångra" needs to put a corrected cell back (plain data; views keep it and hand it back). */
export type CorrectionUndo = Correction;

/** What "Ångra" did: "undone", or nothing because the cell no longer holds what the fix wrote. */
export type UndoResult = "undone" | "changedMeanwhile";

/** The overall contract status, in the template's Sammanställning vocabulary. */
export type ContractStatusLabel = "Uppfyllt" | "Uppfyllt enligt 75 %-regeln" | "På väg" | "Risk" | "Ej uppfyllt" | "Kan inte bedömas";

export interface ValidationView {
  readonly status: ContractStatusLabel | null;
  /** Started placements whose months do not count, and why (shown next to the status). */
  readonly notCounted?: { readonly total: number; readonly requirementType: number; readonly values: number };
  readonly servedMonths: number | null;
  readonly commitmentMonths: number | null;
  readonly findings: readonly FindingView[];
}

export type ParameterWriteMode = "keepEdits" | "reset";

/** The "Om SYSS" section: what a user sends to support. Names, versions and counts only, never a cell value. */
export interface AboutInfo {
  readonly syssVersion: string;
  readonly environment: HostEnvironment;
  /** What SYSS recognises in the open workbook; null when it could not be read (see recentErrors). */
  readonly workbook: WorkbookDiagnosis | null;
  /** The last errors the add-in caught, oldest first, scrubbed of messages. */
  readonly recentErrors: readonly RecordedError[];
}

/** "Spara" in the guide: saved (on the sheet named), or not saved because it would blank saved answers. */
export type SaveDecisionsOutcome = { readonly kind: "saved"; readonly sheet: string } | { readonly kind: "confirmBlanks"; readonly blanked: number };

/** Beslutsunderlag: the guide's answers. */
export interface DecisionServices {
  /** The answers saved on Beslutsunderlag (null when there is no sheet or nothing saved on it). */
  loadDecisions(): Promise<DecisionRecord | null>;
  /**
   * Saves the answers to Beslutsunderlag. Unless `confirmed`, nothing is written when the record would replace
   * saved answers, notes or the chosen N by blanks: resolves to "confirmBlanks" with how many, for the pane to ask.
   * A sheet a user edited since the pane read it is not overwritten: the answers go to "Beslutsunderlag (2)".
   */
  saveDecisions(record: DecisionRecord, lang: UiLang, confirmed?: boolean): Promise<SaveDecisionsOutcome>;
}

/** The follow-up template: status, apply, the supplier version. */
export interface TemplateServices {
  templateStatus(): Promise<TemplateStatus>;
  /** The contract the workbook's Avtal sheet holds; null without the template or when a value is unreadable. */
  workbookContract(): Promise<Contract | null>;
  /** `accept`: ids of contract changes a previous apply listed that the user chose to write. */
  applyTemplate(contract: Contract, parameterYear: ParameterYear, accept?: readonly string[], work?: LongWork): Promise<ApplySummary>;
  /**
   * The supplier version, after the personal-data check: rejects with error.supplierPersonalData (naming
   * the cells) while identity numbers remain, and with SupplierConfirmationNeeded for other findings or
   * left-out benefit-history cells unless `confirmed`.
   */
  supplierVersion(contract: Contract, parameterYear: ParameterYear, confirmed?: boolean): Promise<SupplierFile>;
  /** Opens the file as a new workbook in Excel (ExcelApi 1.8); "unavailable" means: offer it as a download instead. */
  openWorkbook(file: SupplierFile): Promise<"opened" | "unavailable">;
}

/** Validera: findings, live mode, one-click fixes. */
export interface ValidationServices {
  /** Validates (two round trips for a workbook under the request limit: read, write). */
  validate(work?: LongWork): Promise<ValidationView>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * "Rätta" / "Ta bort": writes the finding's own correction into its cell, only if the cell still holds what
   * was validated (two round trips; nothing is read again).
   */
  correctFinding(finding: FindingView): Promise<CorrectionResult>;
  /** "Ångra": puts back what the cell held before the fix, only if it still holds what the fix wrote. */
  undoCorrection(undo: CorrectionUndo): Promise<UndoResult>;
  /**
   * Live mode: calls `onResult` with the whole result once when it starts, then after each settled edit to
   * Placeringar (the Validering sheet is updated too); resolves to a function that stops watching.
   */
  watchPlacements(onResult: (view: ValidationView) => void, onError: (error: unknown) => void): Promise<() => Promise<void>>;
  /**
   * Calls `onEdit` after each user edit to the follow-up tables (Placeringar, Rapporter), so the pane can mark a
   * shown result stale; resolves to a function that stops listening. Optional: without it nothing is marked.
   */
  watchEdits?(onEdit: () => void): Promise<() => Promise<void>>;
}

/** Sheets the pane writes: calculation, Parametrar, ex-ante. */
export interface SheetServices {
  /** Writes a calculation sheet; resolves to the sheet's name. */
  insertCalculation(input: RawInput, year: ParameterYear, lang: UiLang): Promise<string>;
  /** Writes the Parametrar table for `year`; resolves to the number of parameter rows. */
  writeParameters(year: ParameterYear, mode: ParameterWriteMode): Promise<number>;
  /** Writes an ex-ante sheet (Avtalsvillkor, Förhandskalkyl) as a new sheet; resolves to its name. */
  writeExanteSheet(content: ExanteSheet): Promise<string>;
}

/** "Om SYSS". */
export interface AboutServices {
  /** The "Om SYSS" facts; never rejects (a workbook that cannot be read gives `workbook: null`). */
  about(): Promise<AboutInfo>;
}

/** Everything the views need: one part per concern. */
export interface TaskpaneServices extends DecisionServices, TemplateServices, ValidationServices, SheetServices, AboutServices, PortfolioServices, MatchingServices {}
