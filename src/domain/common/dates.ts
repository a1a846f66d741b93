/**
 * Calendar dates as ISO text (yyyy-mm-dd) and the arithmetic the template needs: whole days, Excel serial
 * numbers and month steps with Excel's EDATE semantics. UTC throughout, so no time zone shifts a date.
 */
import { edate } from "../model/months";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, as used for every date after 1900-03-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcMs(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Excel serial number of a date (1900 date system). */
export function isoToSerial(iso: string): number {
  return Math.round((toUtcMs(iso) - EXCEL_EPOCH_MS) / MS_PER_DAY);
}

export function serialToIso(serial: number): string {
  return fromUtcMs(EXCEL_EPOCH_MS + Math.round(serial) * MS_PER_DAY);
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * MS_PER_DAY);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/**
 * Excel EDATE on ISO dates: the same day `months` later, clamped to the month's last day (Jan 31 + 1 →
 * Feb 28/29). One implementation for the whole add-in: the model's, which the month rule is built on.
 */
export function addMonths(iso: string, months: number): string {
  return serialToIso(edate(isoToSerial(iso), months));
}

/** Today's date in UTC as ISO text; callers pass it on so tests can fix "today". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
