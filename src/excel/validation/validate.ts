/**
 * Validation in Excel, end to end: read (readValidationInput), run the rules (domain), write the findings
 * to the Validering sheet (validationSheet) — three round trips for a workbook under the request limit:
 * layout, data, write.
 */
import type { ExcelRun } from "../host/api";
import type { ReadLimits } from "../host/readPlan";
import { readValidationInputIfMarked, type ValidationRead } from "./read";
import { writeFindings } from "./findingsSheet";
import type { ValidationLang } from "../../domain/i18n/validation";
import { validateWorkbook, type ValidationResult } from "../../domain/validation/validate";

export interface ExcelValidationOptions {
  /** ISO date yyyy-mm-dd: the caller reads the clock, so tests can fix it. */
  readonly today: string;
  readonly lang: ValidationLang;
  readonly limits?: ReadLimits;
  readonly canSuspendScreenUpdating?: boolean;
  /** Resolve to null, writing nothing, when the workbook has no SYSS template marker (the task pane's check). */
  readonly requireMarker?: boolean;
}

export interface ExcelValidation {
  readonly result: ValidationResult;
  readonly read: ValidationRead;
}

export async function validateInExcel(run: ExcelRun, options: ExcelValidationOptions & { readonly requireMarker: true }): Promise<ExcelValidation | null>;
export async function validateInExcel(run: ExcelRun, options: ExcelValidationOptions): Promise<ExcelValidation>;
export async function validateInExcel(run: ExcelRun, options: ExcelValidationOptions): Promise<ExcelValidation | null> {
  return run(async (context) => {
    const read = await readValidationInputIfMarked(context, options.limits, options.requireMarker === true);
    if (read === null) return null;
    const result = validateWorkbook(read.input, { today: options.today });
    await writeFindings(context, result.findings, result.status, {
      today: options.today,
      lang: options.lang,
      sheetExists: read.layout.sheets.includes("Validering"),
      tableRows: read.layout.validationTableRows,
      eventsEnabledBefore: read.layout.eventsEnabled,
      ...(options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating }),
    });
    return { result, read };
  });
}
