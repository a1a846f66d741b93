/**
 * Swedish personnummer and samordningsnummer (co-ordination numbers): YYMMDD-NNNC or YYYYMMDD-NNNC,
 * written with "-", "+" or no separator. A number counts only when its date is a real calendar day
 * (samordningsnummer: day + 60) and C is the Luhn check digit over the 10-digit form. Organisation
 * numbers (month field >= 20) therefore never pass, although their check digit is valid.
 */
import { compareDates, isRealDate, todayUtc } from "./calendar";
import { hasValidLuhnCheckDigit } from "../../common/luhn";
import type { CalendarDate, PersonalDataFinding } from "./types";

export type IdentityNumberType = "personnummer" | "samordningsnummer";

/** "-" (under 100 years old, also the reading of a missing separator) or "+" (100 or older). */
export type IdentitySeparator = "-" | "+" | "";

export interface IdentityNumber {
  readonly type: IdentityNumberType;
  /** The real birth date (for a samordningsnummer the day with 60 subtracted). */
  readonly birthDate: CalendarDate;
}

/** Samordningsnummer add this to the day of birth. */
const COORDINATION_DAY_OFFSET = 60;

/** Twelve-digit forms older than this are not taken for people (e.g. 16-prefixed organisation numbers). */
const EARLIEST_BIRTH_YEAR = 1800;

/**
 * The birth year of a 10-digit form: the latest year ending in `yy` whose date is not after the reference
 * day (the person is under 100), then a further century back when the separator is "+".
 */
export function inferBirthYear(
  yy: number,
  month: number,
  day: number,
  separator: IdentitySeparator,
  reference: CalendarDate,
): number {
  let year = reference.year - (reference.year % 100) + yy;
  if (compareDates({ year, month, day }, reference) > 0) year -= 100;
  return separator === "+" ? year - 100 : year;
}

/**
 * Reads a candidate split into its date digits (6 or 8), separator and last four digits; returns what it
 * is, or null when the date is not a real day, the check digit is wrong or a 12-digit date lies in the
 * future or before 1800.
 */
export function interpretIdentityNumber(
  dateDigits: string,
  separator: IdentitySeparator,
  lastFour: string,
  reference: CalendarDate = todayUtc(),
): IdentityNumber | null {
  if (!/^(?:\d{6}|\d{8})$/.test(dateDigits) || !/^\d{4}$/.test(lastFour)) return null;
  const shortForm = dateDigits.slice(-6) + lastFour;
  if (!hasValidLuhnCheckDigit(shortForm)) return null;

  const month = Number(dateDigits.slice(-4, -2));
  const dayField = Number(dateDigits.slice(-2));
  const type: IdentityNumberType = dayField > COORDINATION_DAY_OFFSET ? "samordningsnummer" : "personnummer";
  const day = type === "samordningsnummer" ? dayField - COORDINATION_DAY_OFFSET : dayField;

  let year: number;
  if (dateDigits.length === 8) {
    year = Number(dateDigits.slice(0, 4));
    if (year < EARLIEST_BIRTH_YEAR) return null;
  } else {
    year = inferBirthYear(Number(dateDigits.slice(0, 2)), month, day, separator, reference);
  }
  const birthDate = { year, month, day };
  if (!isRealDate(birthDate) || compareDates(birthDate, reference) > 0) return null;
  return { type, birthDate };
}

// Hyphen-minus plus the dashes word processors substitute for it (hyphen, non-breaking hyphen, en dash, minus).
const DASH = "\\-\u2010\u2011\u2013\u2212";

/**
 * A 6+4 or 8+4 digit candidate. It must not touch other digits (a run inside a longer number is not an
 * identity number), nor continue a dash- or slash-joined number (2024-8501011234, 850101-1234-5), nor
 * be the decimals of a plain number (the Excel serial 45322.0104166667).
 */
const IDENTITY_CANDIDATE = new RegExp(
  [
    "(?<!\\d)",
    `(?<!\\d[${DASH}/])`,
    "(?<!(?:^|[^\\p{L}\\p{N}_\\-])\\d{1,7}[.,])",
    `(\\d{6}|\\d{8})([+${DASH}]?)(\\d{4})`,
    "(?!\\d)",
    `(?![${DASH}/]\\d)`,
  ].join(""),
  "gu",
);

function normaliseSeparator(raw: string): IdentitySeparator {
  if (raw === "") return "";
  return raw === "+" ? "+" : "-";
}

/** Every valid personnummer and samordningsnummer in `text`, in order of appearance. */
export function findIdentityNumbers(text: string, reference: CalendarDate = todayUtc()): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const candidate of text.matchAll(IDENTITY_CANDIDATE)) {
    const [match, dateDigits = "", separator = "", lastFour = ""] = candidate;
    const identity = interpretIdentityNumber(dateDigits, normaliseSeparator(separator), lastFour, reference);
    if (identity) findings.push({ type: identity.type, match, index: candidate.index });
  }
  return findings;
}

/** The identity number that `text` consists of (surrounding blanks ignored), or null. */
export function parseIdentityNumber(text: string, reference: CalendarDate = todayUtc()): IdentityNumber | null {
  const trimmed = text.trim();
  const whole = new RegExp(`^(\\d{6}|\\d{8})([+${DASH}]?)(\\d{4})$`, "u").exec(trimmed);
  if (!whole) return null;
  const [, dateDigits = "", separator = "", lastFour = ""] = whole;
  return interpretIdentityNumber(dateDigits, normaliseSeparator(separator), lastFour, reference);
}
