/**
 * The "Rätta" action end to end: read the workbook (readValidationInput), ask the domain which exact list
 * value the finding proposes (correctionFor), and write it into that one cell (applyCorrection, which checks
 * first that the cell still holds what was read). Loaded on first use by validation/officeFindings.ts, in its own chunk.
 */
import type { ExcelRun } from "../host/api";
import { applyCorrection } from "./writeCorrection";
import { readValidationInput } from "./read";
import type { ReadLimits } from "../host/readPlan";
import { correctionFor } from "../../domain/validation/corrections";
import type { Finding } from "../../domain/validation/findings";

export type CorrectOutcome = "corrected" | "changedMeanwhile" | "notCorrectable";

export async function correctInExcel(run: ExcelRun, item: Finding, limits?: ReadLimits): Promise<CorrectOutcome> {
  const read = await run((context) => readValidationInput(context, limits));
  const correction = correctionFor(read.input, item);
  // The finding no longer describes the cell (fixed or changed by hand, or not a near list match at all).
  if (correction === null) return "notCorrectable";
  return applyCorrection(run, correction);
}
