/**
 * The pre-filled rows of the Rapporter table: one reporting period after another from Avtalsstart to
 * Avtalsslut. Periods run from the contract start (not calendar quarters), each step computed from the
 * start itself so month ends do not drift (31 Jan + 1 month = 28/29 Feb, + 2 months = 31 Mar).
 */
import { addDays, isIsoDate } from "../common/dates";
import { addMonths } from "./dates";
import type { ReportStatus, ReportingInterval } from "./lists";

export const INTERVAL_MONTHS: Readonly<Record<ReportingInterval, number>> = {
  månad: 1,
  kvartal: 3,
  halvår: 6,
  år: 12,
};

/** A safety cap: a 20-year contract reported monthly. */
export const MAX_REPORT_ROWS = 240;

export interface ReportRow {
  readonly periodFrom: string;
  readonly periodTo: string;
  /** The report is due on the last day of the month after the period ends. */
  readonly dueDate: string;
  readonly status: ReportStatus;
}

/** Last day of the month after the one `iso` falls in. */
export function endOfNextMonth(iso: string): string {
  const firstOfMonth = `${iso.slice(0, 7)}-01`;
  return addDays(addMonths(firstOfMonth, 2), -1);
}

/** Reporting periods covering [start, end]; the last period is cut at the contract end. */
export function reportRows(start: string, end: string, interval: ReportingInterval): ReportRow[] {
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return [];
  const step = INTERVAL_MONTHS[interval];
  const rows: ReportRow[] = [];
  for (let k = 0; rows.length < MAX_REPORT_ROWS; k++) {
    const periodFrom = addMonths(start, k * step);
    if (periodFrom > end) break;
    const nextFrom = addMonths(start, (k + 1) * step);
    const naturalEnd = addDays(nextFrom, -1);
    const periodTo = naturalEnd < end ? naturalEnd : end;
    rows.push({ periodFrom, periodTo, dueDate: endOfNextMonth(periodTo), status: "Ej inkommen" });
  }
  return rows;
}
