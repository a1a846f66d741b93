/**
 * What the task pane's views need from the workbook, as plain data. The views only know this interface;
 * `services/officeServices.ts` adapts it to the Excel port (src/excel), and tests pass an in-memory implementation.
 * Every method may reject with a TaskpaneError (see errors.ts); views show it as a MessageBar.
 */
import type { Contract } from "../../domain/followup/contract";
import type { ExanteSheet } from "../../domain/exante/sheets";
import type { ParameterYear, RawInput } from "../../domain/model";
import type { UiLang } from "../../domain/i18n/ui";
import type { DecisionRecord } from "../guide/questions";
import type { WorkbookDiagnosis } from "../../domain/followup/diagnosis";
import type { HostEnvironment } from "../../excel/host/environment";
import type { RecordedError } from "../shell/errorLog";

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

export type Severity = "error" | "warning" | "info";

export interface BilingualText {
  readonly sv: string;
  readonly en: string;
}

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
  /** Whether "Rätta" can fix it: a list value that differs from a list entry only by case, accents or spacing. */
  readonly correctable: boolean;
  /** The exact list value "Rätta" writes; null when not correctable. */
  readonly proposal: string | null;
}

/**
 * What "Rätta" did: "corrected" comes with the re-validated view (the finding gone); "changedMeanwhile" and
 * "notCorrectable" mean the cell is no longer what the validation saw, so nothing was written.
 */
export type CorrectionResult =
  | { readonly outcome: "corrected"; readonly view: ValidationView }
  | { readonly outcome: "changedMeanwhile" | "notCorrectable" };

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

export interface TaskpaneServices {
  /** The answers saved on Beslutsunderlag (null when there is no sheet or nothing saved on it). */
  loadDecisions(): Promise<DecisionRecord | null>;
  /**
   * Saves the answers to Beslutsunderlag. Unless `confirmed`, nothing is written when the record would replace
   * saved answers, notes or the chosen N by blanks: resolves to "confirmBlanks" with how many, for the pane to ask.
   * A sheet a user edited since the pane read it is not overwritten: the answers go to "Beslutsunderlag (2)".
   */
  saveDecisions(record: DecisionRecord, lang: UiLang, confirmed?: boolean): Promise<SaveDecisionsOutcome>;
  templateStatus(): Promise<TemplateStatus>;
  /** The contract the workbook's Avtal sheet holds; null without the template or when a value is unreadable. */
  workbookContract(): Promise<Contract | null>;
  /** `accept`: ids of contract changes a previous apply listed that the user chose to write. */
  applyTemplate(contract: Contract, parameterYear: ParameterYear, accept?: readonly string[]): Promise<ApplySummary>;
  /**
   * The supplier version, after the personal-data check: rejects with error.supplierPersonalData (naming
   * the cells) while identity numbers remain, and with SupplierConfirmationNeeded for other findings or
   * left-out benefit-history cells unless `confirmed`.
   */
  supplierVersion(contract: Contract, parameterYear: ParameterYear, confirmed?: boolean): Promise<SupplierFile>;
  /** Opens the file as a new workbook in Excel (ExcelApi 1.8); "unavailable" means: offer it as a download instead. */
  openWorkbook(file: SupplierFile): Promise<"opened" | "unavailable">;
  validate(): Promise<ValidationView>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * "Rätta": writes the finding's proposal into its cell (only if the cell still holds what was validated),
   * then validates again.
   */
  correctFinding(finding: FindingView): Promise<CorrectionResult>;
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
  /** Writes a calculation sheet; resolves to the sheet's name. */
  insertCalculation(input: RawInput, year: ParameterYear, lang: UiLang): Promise<string>;
  /** Writes the Parametrar table for `year`; resolves to the number of parameter rows. */
  writeParameters(year: ParameterYear, mode: ParameterWriteMode): Promise<number>;
  /** Writes an ex-ante sheet (Avtalsvillkor, Förhandskalkyl) as a new sheet; resolves to its name. */
  writeExanteSheet(content: ExanteSheet): Promise<string>;
  /** The "Om SYSS" facts; never rejects (a workbook that cannot be read gives `workbook: null`). */
  about(): Promise<AboutInfo>;
}
