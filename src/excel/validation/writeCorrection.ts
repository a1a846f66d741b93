/**
 * Writes a "Rätta" correction (src/domain/validation/corrections.ts) into its cell — only when the user
 * asks, one cell. Two round trips: it checks first that the cell still holds what the finding saw, so a
 * value the user changed meanwhile is never overwritten, then writes. Events stay on: the live validation should see
 * the corrected row and drop its finding.
 */
import type { ExcelRun } from "../host/api";
import type { Correction } from "../../domain/validation/corrections";

export type CorrectionOutcome = "corrected" | "changedMeanwhile";

/** "A1:AA3" from "Placeringar!$A$1:$AA$3". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

export async function applyCorrection(run: ExcelRun, correction: Correction): Promise<CorrectionOutcome> {
  const resize = correction.resizeTable;
  if (resize !== undefined) {
    return run(async (context) => {
      const table = context.workbook.tables.getItem(resize.name);
      const range = table.getRange().load("address");
      await context.sync();
      // The table changed since the validation (rows added or removed): the proposal no longer fits.
      if (localAddress(range.address) !== resize.from) return "changedMeanwhile";
      table.resize(`${correction.sheet}!${resize.to}`);
      await context.sync();
      return "corrected";
    });
  }
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(correction.sheet).getRange(correction.address).load("values");
    await context.sync();
    const current = range.values[0]?.[0];
    // The same text form as the domain's cellText, which `from` was made with.
    const currentText = typeof current === "string" ? current.trim() : String(current ?? "");
    if (currentText !== correction.from) return "changedMeanwhile";
    range.values = [[correction.to]];
    await context.sync();
    return "corrected";
  });
}
