/**
 * Applies a template plan through Office.js in at most three round trips, two on a blank workbook:
 * load what exists (one or two syncs, see template/inventory.ts), compute the diff in plain code, then send every write
 * in one batch with calculation and screen updating suspended and events off (restored in the same batch).
 * A conflict stops before anything is written.
 */
import type { TemplatePlan } from "../../domain/followup/types";
import { excelText } from "../../domain/i18n/excel";
import { enterStep, stopIfCancelled } from "../../domain/common/work";
import type { ExcelRequestContext, ExcelRun, IsSetSupported } from "../host/api";
import { loadInventory } from "./inventory";
import { diffTemplate } from "./diff";
import type { ApplyOptions, ApplyOutcome, ApplyReport } from "../workbook";

export type { ApplyOptions, ApplyOutcome, ApplyReport };
import { queueWrites } from "./queueWrites";

/** The oldest requirement set the add-in runs on; newer ones are feature-detected. */
export const MINIMUM_EXCEL_API = "1.8";
/** `suspendScreenUpdatingUntilNextSync` and `worksheet.pageLayout` arrived in ExcelApi 1.9. */
const SCREEN_UPDATING_API = "1.9";

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
    const { work } = options;
    await enterStep(work, { step: "read", index: 1, total: 3, cancellable: true });
    const inventory = await loadInventory(context, plan);
    await enterStep(work, { step: "compare", index: 2, total: 3, cancellable: true });
    const diff = diffTemplate(plan, inventory, options.accept);
    if (diff.kind === "conflicts") return { ok: false, problems: diff.conflicts };
    if (options.dryRun) return { ok: true, report: { ...diff.summary, roundTrips: count() } };
    // The last moment "Avbryt" can stop it: from here on one batch writes, and Office.js cannot take it back.
    await enterStep(work, { step: "write", index: 3, total: 3, cancellable: false });
    stopIfCancelled(work);

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
