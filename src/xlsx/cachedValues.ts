/**
 * Cached results for formula cells, so readers that do not recalculate (file previews, Protected View,
 * mail attachments, other programs) show numbers instead of blanks. Excel recalculates on open anyway
 * (fullCalcOnLoad), so a cached value only has to be what the formula gives on the day the file is written.
 *
 * The Sammanställning figures come from the validation's contract status (src/domain/validation), which
 * follows SUMMARY_FORMULAS step by step; test/xlsx/libreoffice.test.ts compares every cached value with
 * LibreOffice's own recalculation. Figures the status does not compute stay without a cached value.
 */
import { isoToSerial } from "../domain/common/dates";
import { PLACEMENT_HEADERS as P, SHEETS, type SummaryKey } from "../domain/followup/names";
import { cellName, parseCell } from "../domain/common/a1";
import { summaryValueCell } from "../domain/followup/template";
import { isDateValue, type CellValue, type TablePlan, type TemplatePlan } from "../domain/followup/types";
import { validateWorkbook, type AddressedCell, type ContractStatus, type ValidationInput } from "../domain/validation";
import { monthsOf } from "../domain/validation/contractStatus";
import { requirementTypeOf, rowCounting, type RowCounting } from "../domain/validation/counting";
import type { RequirementType } from "../domain/followup/lists";
import { TableView } from "../domain/validation/input";

export type CachedValue = number | string | boolean;

/** The plan as the validation reads a workbook: the Avtal form's value cells and every table's rows. */
function planAsInput(plan: TemplatePlan): ValidationInput {
  const form = plan.forms.find((item) => item.spec.sheet === SHEETS.contract);
  const fields: Record<string, AddressedCell> = {};
  form?.spec.fields.forEach((field, index) => {
    fields[field.key] = { address: `${form.spec.valueColumn}${form.spec.headerRow + 1 + index}`, value: form.values[field.key] ?? null };
  });
  const tables = plan.tables.map((table) => {
    const origin = parseCell(table.spec.topLeft)!;
    return {
      name: table.spec.name,
      sheet: table.spec.sheet,
      headers: table.spec.columns.map((column) => column.header),
      firstDataRow: origin.row0 + 2,
      firstColumn: origin.column0,
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

// ---------------------------------------------------------------- Placeringar's calculated columns

/** A date cell as a serial; undefined when the cell holds something else (then no cached value for the row). */
function dateInput(value: CellValue | undefined): number | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  return isDateValue(value) ? isoToSerial(value.date) : undefined;
}

/**
 * The row's counting as the validation decides it (counting.ts, the same rule as the formulas), only when
 * every input of the calculated columns is clean (dates are dates, the scope a number, the end reason
 * text): for anything else the formula may give what the validation reports as a finding, so the row gets
 * no cached value and Excel computes it on open.
 */
function cleanRow(view: TableView, index: number, requirement: RequirementType | null): CountedRow | undefined {
  const start = dateInput(view.cell(index, P.startDate));
  const plannedEnd = dateInput(view.cell(index, P.plannedEndDate));
  const actualEnd = dateInput(view.cell(index, P.actualEndDate));
  const offered = dateInput(view.cell(index, P.offeredDate));
  const scope = view.cell(index, P.scope);
  const endReason = view.cell(index, P.endReason);
  if (start === undefined || plannedEnd === undefined || actualEnd === undefined || offered === undefined) return undefined;
  if (scope !== null && typeof scope !== "number") return undefined;
  if (endReason !== null && typeof endReason !== "string") return undefined;
  if (start !== null && scope === null) return undefined;
  return { start, counting: rowCounting(view, index, requirement) };
}

interface CountedRow {
  readonly start: number | null;
  readonly counting: RowCounting;
}

/** Heltidsmånader, Planerade, the 75 % flag, the forecast and Extra plats per row, by "Sheet!A1". */
function placementValues(
  table: TablePlan,
  commitment: number,
  requirement: RequirementType | null,
  today: number,
  values: Map<string, CachedValue>,
): void {
  const headers = table.spec.columns.map((column) => column.header);
  const view = new TableView({ name: table.spec.name, sheet: table.spec.sheet, headers, firstDataRow: 2, firstColumn: 0, rows: table.rows });
  const rows = table.rows.map((_row, index) => cleanRow(view, index, requirement));
  if (rows.some((row) => row === undefined)) return; // Extra plats reads every row: all clean, or none cached.
  const months = rows.map((row) => monthsOf(row!.counting, today));
  const origin = parseCell(table.spec.topLeft)!;
  const put = (rowIndex: number, header: string, value: CachedValue) => {
    values.set(`${table.spec.sheet}!${cellName(origin.row0 + 1 + rowIndex, origin.column0 + headers.indexOf(header))}`, value);
  };
  const earlier = forecastStartedBefore(rows.map((row, i) => ({ start: row!.start, forecast: months[i]!.forecast ?? 0 })));
  rows.forEach((row, i) => {
    const m = months[i]!;
    put(i, P.fullTimeMonths, m.served ?? "");
    put(i, P.plannedFullTimeMonths, m.planned ?? "");
    put(i, P.earlyEnd75, m.earlyEnd75);
    put(i, P.forecastFullTimeMonths, m.forecast ?? "");
    // As the formula: rows started strictly earlier already cover N by their forecast.
    const start = row!.start;
    put(i, P.extraPlace, m.forecast !== null && start !== null && commitment > 0 && (earlier.get(start) ?? 0) >= commitment);
  });
}

/**
 * For each start date, the forecast months of the rows that started strictly earlier (the formula's SUMIFS
 * "<"&start): one pass over the rows in start order, not one pass per row, so 100 000 rows stay linear.
 */
function forecastStartedBefore(rows: readonly { readonly start: number | null; readonly forecast: number }[]): Map<number, number> {
  const started = rows.filter((row): row is { start: number; forecast: number } => row.start !== null).sort((a, b) => a.start - b.start);
  const before = new Map<number, number>();
  let sum = 0;
  for (let i = 0; i < started.length; ) {
    const start = started[i]!.start;
    before.set(start, sum);
    for (; i < started.length && started[i]!.start === start; i++) sum += started[i]!.forecast;
  }
  return before;
}

/**
 * Cached results by "Sheet!A1" for the plan on `today` (yyyy-mm-dd): the Placeringar calculated columns
 * and the Sammanställning figures the validation computes.
 */
export function cachedFormulaValues(plan: TemplatePlan, today: string): Map<string, CachedValue> {
  const values = new Map<string, CachedValue>();
  const placements = plan.tables.find((table) => table.spec.sheet === SHEETS.placements);
  const contractValues = plan.forms.find((form) => form.spec.sheet === SHEETS.contract)?.values;
  const commitmentCell = contractValues?.commitmentMonths;
  const requirement = requirementTypeOf(contractValues?.requirementType ?? null);
  if (placements) {
    placementValues(placements, typeof commitmentCell === "number" ? commitmentCell : 0, requirement, isoToSerial(today), values);
  }
  if (!plan.sheets.some((sheet) => sheet.name === SHEETS.summary)) return values;
  const { status } = validateWorkbook(planAsInput(plan), { today });
  for (const [key, value] of Object.entries(summaryFigures(status)) as [SummaryKey, CachedValue][]) {
    values.set(`${SHEETS.summary}!${summaryValueCell(key)}`, value);
  }
  return values;
}
