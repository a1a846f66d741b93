/**
 * Writes a one-click fix (src/domain/validation/corrections.ts: "Rätta", "Ta bort", and the "Ångra" that
 * reverses either) into its cell — only when the user asks, one cell. Two round trips: it checks first that
 * the cell still holds what the finding saw, so a value the user changed meanwhile is never overwritten, then
 * writes. What the cell held is kept in the outcome's `undo`, a correction of its own. Events stay on: the
 * live validation should see the corrected row and drop its finding. Loaded on first use, in its own chunk.
 */
import type { ExcelCellValue, ExcelRun } from "../host/api";
import { cellFingerprint } from "../../domain/validation/corrections";
import type { Correction } from "../../domain/validation/findings";
import type { CorrectOutcome } from "../workbook";

/** "A1:AA3" from "Placeringar!$A$1:$AA$3". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** The same text form as the domain's cellText, which `from` was made with. */
function textOf(value: ExcelCellValue | null | undefined): string {
  return typeof value === "string" ? value.trim() : String(value ?? "");
}

export async function applyCorrection(run: ExcelRun, correction: Correction): Promise<CorrectOutcome> {
  const resize = correction.resizeTable;
  if (resize !== undefined) {
    return run(async (context) => {
      const table = context.workbook.tables.getItem(resize.name);
      const range = table.getRange().load("address");
      await context.sync();
      // The table changed since the validation (rows added or removed): the proposal no longer fits.
      if (localAddress(range.address) !== resize.from) return { outcome: "changedMeanwhile" };
      table.resize(`${correction.sheet}!${resize.to}`);
      await context.sync();
      const undo: Correction = { ...correction, to: resize.from, shown: resize.from, resizeTable: { name: resize.name, from: resize.to, to: resize.from } };
      return { outcome: "corrected", undo };
    });
  }
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(correction.sheet).getRange(correction.address).load("values");
    await context.sync();
    const current = range.values[0]?.[0] ?? "";
    const seen = correction.fingerprint ? cellFingerprint(textOf(current)) : textOf(current);
    if (seen !== correction.from) return { outcome: "changedMeanwhile" };
    range.values = [[correction.to]];
    await context.sync();
    // The inverse: what was there before, written back only while the cell still holds what this wrote. Its
    // button text never repeats a removed cell's content (it may be personal data).
    const undo: Correction = {
      sheet: correction.sheet,
      address: correction.address,
      from: textOf(correction.to),
      to: current,
      shown: correction.clear ? "" : textOf(current),
    };
    return { outcome: "corrected", undo };
  });
}
