/**
 * Calendar dates as ISO text (yyyy-mm-dd), Excel serial numbers and whole-day arithmetic: the one copy of
 * the epoch constants and the ISO-date check. UTC throughout, so no time zone shifts a date. (Month steps
 * with Excel's EDATE semantics build on the model's month rule: followup/dates.ts.)
 */

export const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, as used for every date after 1900-03-01. */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** The Excel serial of 1970-01-01 (Unix day 0): days between Excel's day 0 and the Unix epoch. */
export const UNIX_EPOCH_SERIAL = 25_569;
/** The Excel serial of 9999-12-31, the last date Excel shows. */
export const LAST_EXCEL_SERIAL = 2_958_465;

/** True for yyyy-mm-dd text naming a day that exists (2025-02-29 does not). */
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

/** Today's date in UTC as ISO text; callers pass it on so tests can fix "today". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
