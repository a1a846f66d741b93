/**
 * The team-wide month rule, the one place SYSS turns placement dates into months. Users count calendar
 * months, so a placement 1 Jan–31 Dec is 12 months and 1 Jan–30 Jun is 6, whatever the month lengths:
 *
 *   S = start serial, E = end serial + 1 (the end date is inclusive, E exclusive)
 *   k = DATEDIF(S, E, "m")                      whole calendar months
 *   months = k + (E − EDATE(S, k)) / (EDATE(S, k + 1) − EDATE(S, k))
 *
 * The template's formulas (followup/formulas.ts) spell out the same rule with Excel's DATEDIF and EDATE,
 * so the add-in and the sheet agree. Dates are Excel serial numbers (1900 system, serial 25569 =
 * 1970-01-01) handled as UTC calendar days, so no time zone moves a date.
 */

const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01, where Date.UTC counts from. */
const UNIX_EPOCH_SERIAL = 25_569;

interface CalendarDate {
  readonly year: number;
  /** 0-based, as Date.UTC takes it. */
  readonly monthIndex: number;
  readonly day: number;
}

function calendarDate(serial: number): CalendarDate {
  const date = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), monthIndex: date.getUTCMonth(), day: date.getUTCDate() };
}

function serialOf(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Excel's EDATE: the same day of the month `months` later (or earlier), clamped to the target month's
 * last day (Jan 31 + 1 month → Feb 28, or Feb 29 in a leap year). A fractional serial counts as its day.
 */
export function edate(startSerial: number, months: number): number {
  const { year, monthIndex, day } = calendarDate(startSerial);
  const total = year * 12 + monthIndex + Math.trunc(months);
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12;
  return serialOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Excel's DATEDIF(start, end, "m"): complete calendar months from start to end — the months between the
 * two dates, less one when end's day of the month is before start's (so DATEDIF(2025-01-31, 2025-02-28)
 * is 0). Requires end ≥ start, as Excel does (it returns #NUM! otherwise).
 */
export function datedifMonths(startSerial: number, endSerial: number): number {
  if (Math.floor(endSerial) < Math.floor(startSerial)) throw new RangeError("datedifMonths: the end is before the start");
  const start = calendarDate(startSerial);
  const end = calendarDate(endSerial);
  const months = (end.year - start.year) * 12 + (end.monthIndex - start.monthIndex);
  return end.day < start.day ? months - 1 : months;
}

/**
 * Calendar months of a placement from its start to its end date, both inclusive: whole months by
 * DATEDIF plus the started month's elapsed share of its own length. A placement that ends before it
 * starts (an ongoing one measured before its start) has 0 months.
 */
export function calendarMonths(startSerial: number, endSerialInclusive: number): number {
  const start = Math.floor(startSerial);
  const endExclusive = Math.floor(endSerialInclusive) + 1;
  if (endExclusive <= start) return 0;
  const whole = datedifMonths(start, endExclusive);
  const monthStart = edate(start, whole);
  const nextMonthStart = edate(start, whole + 1);
  return whole + (endExclusive - monthStart) / (nextMonthStart - monthStart);
}
