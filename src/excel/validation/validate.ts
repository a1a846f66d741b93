/**
 * Validation in Excel, end to end: read (readValidationInput), run the rules (domain), write the findings
 * to the Validering sheet (validationSheet) — two round trips for a workbook under the request limit whose
 * sheets the read knows (the template's, or the `hint`'s): layout with data, write; one more for a sheet or
 * table it meets for the first time.
 */
import type { ExcelRun } from "../host/api";
import type { ReadLimits } from "../host/readPlan";
import { hintFrom, readValidationInputIfMarked, type ReadHint, type ValidationRead } from "./read";
import { writeFindings } from "./findingsSheet";
import type { ValidationLang } from "../../domain/i18n/validation";
import { validateWorkbook, type ValidationResult } from "../../domain/validation/validate";
import { enterStep, stopIfCancelled, type LongWork } from "../../domain/common/work";
import { isBlankCell } from "../../domain/validation/cells";

export interface ExcelValidationOptions {
  /** ISO date yyyy-mm-dd: the caller reads the clock, so tests can fix it. */
  readonly today: string;
  readonly lang: ValidationLang;
  readonly limits?: ReadLimits;
  readonly canSuspendScreenUpdating?: boolean;
  /** Resolve to null, writing nothing, when the workbook has no SYSS template marker (the task pane's check). */
  readonly requireMarker?: boolean;
  /** The sheets the last read of this workbook found (see ReadHint): read in the first round trip too. */
  readonly hint?: ReadHint;
  /** Progress reports, and "Avbryt" until the findings are written (rejects with WorkCancelled, nothing written). */
  readonly work?: LongWork;
}

export interface ExcelValidation {
  readonly result: ValidationResult;
  readonly read: ValidationRead;
  /** What the next read of this workbook can speculate on. */
  readonly hint: ReadHint;
}

export async function validateInExcel(run: ExcelRun, options: ExcelValidationOptions & { readonly requireMarker: true }): Promise<ExcelValidation | null>;
export async function validateInExcel(run: ExcelRun, options: ExcelValidationOptions): Promise<ExcelValidation>;
export async function validateInExcel(run: ExcelRun, options: ExcelValidationOptions): Promise<ExcelValidation | null> {
  const { work } = options;
  return run(async (context) => {
    await enterStep(work, { step: "read", index: 1, total: 3, cancellable: true });
    const read = await readValidationInputIfMarked(context, options.limits, options.requireMarker === true, options.hint);
    if (read === null) return null;
    // Counted only when someone shows progress: live mode and the CLI validate without a LongWork.
    const rows = work ? read.input.tables.reduce((sum, table) => sum + table.rows.filter((row) => !row.every(isBlankCell)).length, 0) : 0;
    await enterStep(work, { step: "check", index: 2, total: 3, count: rows, cancellable: true });
    const result = validateWorkbook(read.input, { today: options.today });
    // Writing Validering is one batch Office.js cannot take back: the last moment "Avbryt" can stop the run.
    await enterStep(work, { step: "write", index: 3, total: 3, count: result.findings.length, cancellable: false });
    stopIfCancelled(work);
    await writeFindings(context, result.findings, result.status, {
      today: options.today,
      lang: options.lang,
      sheetExists: read.layout.sheets.includes("Validering"),
      tableRows: read.layout.validationTableRows,
      eventsEnabledBefore: read.layout.eventsEnabled,
      ...(options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating }),
    });
    return { result, read, hint: hintFrom(read) };
  });
}
