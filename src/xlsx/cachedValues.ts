/**
 * Cached results for formula cells, so readers that do not recalculate (file previews, Protected View,
 * mail attachments, other programs) show numbers instead of blanks. Excel recalculates on open anyway
 * (fullCalcOnLoad), so a cached value only has to be what the formula gives on the day the file is written.
 *
 * The Sammanställning figures come from the validation's contract status (src/domain/validation), which
 * follows SUMMARY_FORMULAS step by step; test/xlsx/libreoffice.test.ts compares every cached value with
 * LibreOffice's own recalculation. Figures the status does not compute stay without a cached value.
 */
import { isoToSerial } from "../domain/followup/dates";
import type { SummaryKey } from "../domain/followup/names";
import { SHEETS } from "../domain/followup/names";
import { columnNumber, summaryValueCell } from "../domain/followup/template";
import type { TemplatePlan } from "../domain/followup/types";
import { validateWorkbook, type AddressedCell, type ContractStatus, type ValidationInput } from "../domain/validation";

export type CachedValue = number | string;

/** The plan as the validation reads a workbook: the Avtal form's value cells and every table's rows. */
function planAsInput(plan: TemplatePlan): ValidationInput {
  const form = plan.forms.find((item) => item.spec.sheet === SHEETS.contract);
  const fields: Record<string, AddressedCell> = {};
  form?.spec.fields.forEach((field, index) => {
    fields[field.key] = { address: `${form.spec.valueColumn}${form.spec.headerRow + 1 + index}`, value: form.values[field.key] ?? null };
  });
  const tables = plan.tables.map((table) => {
    const origin = /^\$?([A-Z]+)\$?(\d+)/.exec(table.spec.topLeft)!;
    return {
      name: table.spec.name,
      sheet: table.spec.sheet,
      headers: table.spec.columns.map((column) => column.header),
      firstDataRow: Number(origin[2]) + 1,
      firstColumn: columnNumber(origin[1]!) - 1,
      rows: table.rows,
    };
  });
  return { contract: { sheet: SHEETS.contract, fields, otherCells: [] }, tables };
}

function dateOrBlank(iso: string | null): CachedValue {
  return iso === null ? "" : isoToSerial(iso);
}

/** The Sammanställning figures the contract status gives, as each formula shows them. */
function summaryFigures(status: ContractStatus): Partial<Record<SummaryKey, CachedValue>> {
  const commitment = status.commitment ?? 0;
  return {
    commitment,
    served: status.servedMonths,
    planned: status.plannedMonths,
    forecast: status.forecastMonths,
    share: commitment > 0 ? status.servedMonths / commitment : "",
    firstStart: dateOrBlank(status.firstStart),
    firstOffer: dateOrBlank(status.firstOffer),
    startDeadline: dateOrBlank(status.startDeadline),
    startRule: status.startRule,
    earlyEnds: status.earlyEnds,
    threshold75: status.threshold75 ?? 0,
    rule75: status.rule75,
    status: status.status ?? "",
    ongoing: status.ongoing,
    ended: status.ended,
    overdueReports: status.overdueReports,
  };
}

/**
 * Cached results by "Sheet!A1" for the plan on `today` (yyyy-mm-dd). Empty when the plan has no
 * Sammanställning sheet.
 */
export function cachedFormulaValues(plan: TemplatePlan, today: string): Map<string, CachedValue> {
  const values = new Map<string, CachedValue>();
  if (!plan.sheets.some((sheet) => sheet.name === SHEETS.summary)) return values;
  const { status } = validateWorkbook(planAsInput(plan), { today });
  for (const [key, value] of Object.entries(summaryFigures(status)) as [SummaryKey, CachedValue][]) {
    values.set(`${SHEETS.summary}!${summaryValueCell(key)}`, value);
  }
  return values;
}
