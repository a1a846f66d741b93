/**
 * Parsing of single raw cell values (strings, numbers, booleans, dates, empty) into the model's value
 * types. Each parser returns the parsed value, BLANK for an empty cell, or INVALID; the caller turns
 * INVALID into a ModelError naming its field.
 */
import { LAST_EXCEL_SERIAL, MS_PER_DAY, UNIX_EPOCH_SERIAL } from "../common/dates";

export const BLANK = Symbol("blank");

/**
 * The largest amount (kronor) or multiple the model accepts. Far above any real salary, cost or bonus,
 * and small enough that every product the model forms stays finite: 9E+307 kr is an input error, not
 * a NaN in the result.
 */
export const MAX_MAGNITUDE = 1_000_000_000;
export const INVALID = Symbol("invalid");
export type Parsed<T> = T | typeof BLANK | typeof INVALID;

export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

/** Lower case, no diacritics, no spaces, hyphens or underscores: the form choices and headers are compared in. */
export function foldText(text: string): string {
  // NFD splits "å" into "a" + a combining ring, which the \p{M} class then removes.
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[\s\-_]+/g, "");
}

interface NumberText {
  readonly value: number;
  readonly percentSign: boolean;
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Reads "20 500", "20500 kr", "0,75", "75 %" (Swedish and English number styles). */
function parseNumberText(text: string): NumberText | undefined {
  let compact = text.replace(/[\s\u00a0\u202f]+/g, "");
  let percentSign = false;
  if (compact.endsWith("%")) {
    percentSign = true;
    compact = compact.slice(0, -1);
  } else if (/kr$/i.test(compact)) {
    compact = compact.slice(0, -2);
  }
  // A single comma without a point is a Swedish decimal comma.
  if (compact.includes(",") && !compact.includes(".") && compact.indexOf(",") === compact.lastIndexOf(",")) {
    compact = compact.replace(",", ".");
  }
  if (!NUMBER_PATTERN.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isFinite(value) ? { value, percentSign } : undefined;
}

/** A finite number from a number or a numeric string; booleans and other types are invalid. */
export function parseNumber(raw: unknown): Parsed<number> {
  if (isBlank(raw)) return BLANK;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : INVALID;
  if (typeof raw === "string") {
    const parsed = parseNumberText(raw);
    if (parsed === undefined || parsed.percentSign) return INVALID;
    return parsed.value;
  }
  return INVALID;
}

/**
 * A share: a fraction, or a percentage when the value is in (1, percentLimit] or written with "%".
 * `factorLimit` is the largest value read as a fraction (1 for ordinary percentages; 1.5 for the
 * production factor, whose range goes above 100 %).
 */
export function parseShare(raw: unknown, factorLimit = 1): Parsed<number> {
  if (isBlank(raw)) return BLANK;
  let value: number;
  let percentSign = false;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return INVALID;
    value = raw;
  } else if (typeof raw === "string") {
    const parsed = parseNumberText(raw);
    if (parsed === undefined) return INVALID;
    value = parsed.value;
    percentSign = parsed.percentSign;
  } else {
    return INVALID;
  }
  if (percentSign) return value / 100;
  if (value <= factorLimit) return value;
  if (value <= factorLimit * 100) return value / 100;
  return INVALID;
}

const TRUE_WORDS = new Set(["true", "1", "ja", "yes", "j", "y", "sant"]);
const FALSE_WORDS = new Set(["false", "0", "nej", "no", "n", "falskt"]);

/** TRUE/FALSE, 1/0, ja/nej, yes/no, j/n (and Swedish Excel's SANT/FALSKT). */
export function parseBoolean(raw: unknown): Parsed<boolean> {
  if (isBlank(raw)) return BLANK;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") return raw === 1 ? true : raw === 0 ? false : INVALID;
  if (typeof raw === "string") {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return INVALID;
}

/** One of a fixed set of choices, matched on folded text against a table of aliases. */
export function parseChoice<T extends string>(raw: unknown, aliases: ReadonlyMap<string, T>): Parsed<T> {
  if (typeof raw !== "string") return isBlank(raw) ? BLANK : INVALID;
  // Exact spellings are in the table as written, which spares the (slow) Unicode folding for most cells.
  const exact = aliases.get(raw);
  if (exact !== undefined) return exact;
  if (raw.trim() === "") return BLANK;
  return aliases.get(foldText(raw)) ?? INVALID;
}

/** Builds an alias table: every listed spelling, as written and folded → its canonical value. */
export function aliasTable<T extends string>(spellings: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const canonical of Object.keys(spellings) as T[]) {
    for (const spelling of [canonical, ...spellings[canonical]]) {
      table.set(spelling, canonical);
      table.set(foldText(spelling), canonical);
    }
  }
  return table;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

/** A date as an Excel serial day number (whole days): from a serial, a Date, or an ISO YYYY-MM-DD string. */
export function parseDateSerial(raw: unknown): Parsed<number> {
  if (isBlank(raw)) return BLANK;
  if (typeof raw === "number") {
    return Number.isFinite(raw) && raw >= 1 && raw <= LAST_EXCEL_SERIAL ? Math.floor(raw) : INVALID;
  }
  if (raw instanceof Date) {
    const time = raw.getTime();
    return Number.isFinite(time) ? Math.floor(time / MS_PER_DAY + 1e-9) + UNIX_EPOCH_SERIAL : INVALID;
  }
  if (typeof raw === "string") {
    const text = raw.trim();
    const iso = ISO_DATE.exec(text);
    if (iso) {
      const year = Number(iso[1]);
      const month = Number(iso[2]);
      const day = Number(iso[3]);
      const time = Date.UTC(year, month - 1, day);
      const check = new Date(time);
      // Date.UTC rolls 2025-02-30 over into March; such a date is invalid, not corrected.
      if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return INVALID;
      return time / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    }
    const serial = parseNumberText(text);
    if (serial !== undefined && !serial.percentSign) return parseDateSerial(serial.value);
  }
  return INVALID;
}
