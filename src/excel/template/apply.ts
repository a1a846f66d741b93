/**
 * Applies a template plan through Office.js in at most three round trips, two on a blank workbook:
 * load what exists (one or two syncs, see template/inventory.ts), compute the diff in plain code, then send every write
 * in one batch with calculation and screen updating suspended and events off (restored in the same batch).
 * A conflict stops before anything is written.
 */
import type { TemplatePlan } from "../../domain/followup/types";
import { excelText } from "../../domain/i18n/excel";
import type { ExcelRequestContext, ExcelRun, IsSetSupported } from "../host/api";
import { loadInventory } from "./inventory";
import { diffTemplate, type ApplySummary, type TemplateConflict } from "./diff";
import { queueWrites } from "./queueWrites";

/** The oldest requirement set the add-in runs on; newer ones are feature-detected. */
export const MINIMUM_EXCEL_API = "1.8";
/** `suspendScreenUpdatingUntilNextSync` and `worksheet.pageLayout` arrived in ExcelApi 1.9. */
const SCREEN_UPDATING_API = "1.9";

export interface ApplyReport extends ApplySummary {
  /** `context.sync()` round trips the apply took. */
  readonly roundTrips: number;
}

export type ApplyOutcome =
  | { readonly ok: true; readonly report: ApplyReport }
  | { readonly ok: false; readonly problems: readonly TemplateConflict[] };

/** A context whose syncs are counted, so the report can say how many round trips the apply took. */
function counting(context: ExcelRequestContext): { context: ExcelRequestContext; count: () => number } {
  let syncs = 0;
  return {
    context: {
      workbook: context.workbook,
      runtime: context.runtime,
      sync: () => {
        syncs++;
        return context.sync();
      },
    },
    count: () => syncs,
  };
}

export interface ApplyOptions {
  /** Ids of the contract changes (contractChanges.ts) the user accepted after a preview. */
  readonly accept?: ReadonlySet<string>;
  /** Read and compare only: the report says what an apply would do, nothing is written. */
  readonly dryRun?: boolean;
}

export async function applyTemplatePlan(
  run: ExcelRun,
  isSetSupported: IsSetSupported,
  plan: TemplatePlan,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  if (!isSetSupported("ExcelApi", MINIMUM_EXCEL_API)) {
    return {
      ok: false,
      problems: [{ code: "unsupportedHost", sheet: "", address: "", message: excelText("unsupportedHost", { version: MINIMUM_EXCEL_API }) }],
    };
  }
  const canSuspendScreen = isSetSupported("ExcelApi", SCREEN_UPDATING_API);
  return run(async (raw) => {
    const { context, count } = counting(raw);
    const inventory = await loadInventory(context, plan);
    const diff = diffTemplate(plan, inventory, options.accept);
    if (diff.kind === "conflicts") return { ok: false, problems: diff.conflicts };
    if (options.dryRun) return { ok: true, report: { ...diff.summary, roundTrips: count() } };

    const application = context.workbook.application;
    context.runtime.enableEvents = false; // our own writes must not trigger the live validation
    application.suspendApiCalculationUntilNextSync();
    if (canSuspendScreen) application.suspendScreenUpdatingUntilNextSync();
    queueWrites(context, diff.ops, { pageLayout: canSuspendScreen });
    context.runtime.enableEvents = inventory.eventsEnabled;
    try {
      await context.sync();
    } catch (error) {
      // Office.js batches are not transactional: restore the events setting even though the batch stopped.
      context.runtime.enableEvents = inventory.eventsEnabled;
      await context.sync().catch(() => undefined);
      const code = (error as { code?: unknown }).code;
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [
          { code: "writeFailed", sheet: "", address: "", message: excelText("writeFailed", { code: String(code ?? "Error"), detail }) },
        ],
      };
    }
    return { ok: true, report: { ...diff.summary, roundTrips: count() } };
  });
}
