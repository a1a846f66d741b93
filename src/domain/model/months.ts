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
 * 1970-01-01) taken as calendar days, UTC-style: whole days, no time zone, no daylight saving.
 */
import { UNIX_EPOCH_SERIAL } from "../common/dates";

/** Days in a 400-year Gregorian cycle. */
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01 to 1970-01-01: the cycles are counted from a March 1st. */
const DAYS_0000_03_01_TO_1970 = 719_468;

interface CalendarDate {
  readonly year: number;
  /** 0-based, as Date.UTC takes it (0 = January). */
  readonly monthIndex: number;
  readonly day: number;
}

/**
 * The proleptic Gregorian date of a serial, by integer arithmetic on 400-year cycles of 146 097 days
 * (H. Hinnant's days-to-civil method). It is the date Date's getUTC* would give, without building a Date:
 * the rule runs for every placement row, and Date objects made it three times slower.
 */
function calendarDate(serial: number): CalendarDate {
  const days = Math.floor(serial) - UNIX_EPOCH_SERIAL + DAYS_0000_03_01_TO_1970;
  const era = Math.floor(days / DAYS_PER_ERA);
  const dayOfEra = days - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  // Months counted from March, so February's leap day falls at the end of the counted year.
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const monthIndex = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10;
  const year = yearOfEra + era * 400 + (monthIndex <= 1 ? 1 : 0);
  return { year, monthIndex, day };
}

/** The serial of a proleptic Gregorian date (the inverse of calendarDate; day within the month). */
function serialOf(year: number, monthIndex: number, day: number): number {
  const marchYear = monthIndex <= 1 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const marchMonth = monthIndex >= 2 ? monthIndex - 2 : monthIndex + 10;
  const dayOfYear = Math.floor((153 * marchMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_0000_03_01_TO_1970 + UNIX_EPOCH_SERIAL;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, monthIndex: number): number {
  if (monthIndex !== 1) return DAYS_IN_MONTH[monthIndex]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** EDATE from an already split date (the rule steps from one start twice; splitting it once is cheaper). */
function shiftMonths(date: CalendarDate, months: number): number {
  const total = date.year * 12 + date.monthIndex + Math.trunc(months);
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  return serialOf(year, monthIndex, Math.min(date.day, daysInMonth(year, monthIndex)));
}

/** DATEDIF "m" between two split dates. */
function completeMonths(start: CalendarDate, end: CalendarDate): number {
  const months = (end.year - start.year) * 12 + (end.monthIndex - start.monthIndex);
  return end.day < start.day ? months - 1 : months;
}

/**
 * Excel's EDATE: the same day of the month `months` later (or earlier), clamped to the target month's
 * last day (Jan 31 + 1 month → Feb 28, or Feb 29 in a leap year). A fractional serial counts as its day.
 */
export function edate(startSerial: number, months: number): number {
  return shiftMonths(calendarDate(startSerial), months);
}

/**
 * Excel's DATEDIF(start, end, "m"): complete calendar months from start to end — the months between the
 * two dates, less one when end's day of the month is before start's (so DATEDIF(2025-01-31, 2025-02-28)
 * is 0). Requires end ≥ start, as Excel does (it returns #NUM! otherwise).
 */
export function datedifMonths(startSerial: number, endSerial: number): number {
  if (Math.floor(endSerial) < Math.floor(startSerial)) throw new RangeError("datedifMonths: the end is before the start");
  return completeMonths(calendarDate(startSerial), calendarDate(endSerial));
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
  const startDate = calendarDate(start);
  const whole = completeMonths(startDate, calendarDate(endExclusive));
  const monthStart = shiftMonths(startDate, whole);
  const nextMonthStart = shiftMonths(startDate, whole + 1);
  return whole + (endExclusive - monthStart) / (nextMonthStart - monthStart);
}
