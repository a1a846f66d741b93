/**
 * Sheet protection in the supplier version: safe from slips, not secret, so without a password (anyone can
 * lift it under Review › Unprotect Sheet). Only sheets whose size is fixed are protected: Excel cannot grow
 * a table on a protected sheet (typing below it, or inserting rows, stops working), so Placeringar and
 * Rapporter, where the supplier adds rows, stay unprotected and their calculated columns rely on the
 * table's own formula. Protected: Sammanställning (every cell is a label or a formula) and Avtal, where only
 * the form's value cells stay unlocked for input.
 */
import type ExcelJS from "exceljs";
import { SHEETS } from "../domain/followup/names";
import type { TemplatePlan } from "../domain/followup/types";

/** What a user may still do on a protected sheet: select, and widen columns to read long texts. */
const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

export const PROTECTED_IN_SUPPLIER_VERSION: readonly string[] = [SHEETS.summary, SHEETS.contract];

export async function applySupplierProtection(workbook: ExcelJS.Workbook, plan: TemplatePlan): Promise<void> {
  if (plan.variant !== "supplier") return;
  for (const name of PROTECTED_IN_SUPPLIER_VERSION) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    for (const form of plan.forms.filter((item) => item.spec.sheet === name)) {
      form.spec.fields.forEach((_, index) => {
        const cell = sheet.getCell(`${form.spec.valueColumn}${form.spec.headerRow + 1 + index}`);
        cell.protection = { locked: false };
      });
    }
    await sheet.protect("", ALLOWED);
  }
}
