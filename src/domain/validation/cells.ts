/**
 * Reading one cell as the type its column expects, keeping what the rules must report: a blank, a value
 * typed correctly, a value typed as text (Excel's own formulas skip text), or something unusable.
 * Number parsing reuses the model's reader, so "20 500" and "0,75" mean the same here as in SYSS.EFFECTS.
 */
import { isDateValue } from "../followup/types";
import { isoToSerial } from "../followup/dates";
import { foldText, parseNumber } from "../model/values";
import type { BilingualText } from "../i18n/validation";
import type { InputCell } from "./input";

/** Serial of 1901-01-01: smaller numbers in a date column are typing slips, not dates (Excel's 1900 is also off by its fake 29 Feb). */
const FIRST_PLAUSIBLE_SERIAL = 367;
/** Serial of 9999-12-31, Excel's last date. */
const LAST_EXCEL_SERIAL = 2_958_465;
/** yyyy-mm-dd, also with one-digit month or day ("2027-3-1"), as Excel and LibreOffice read typed dates. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export type DateRead =
  | { readonly kind: "blank" }
  /** `serial` is the Excel day number; callers convert to ISO text only for messages (it is costly). */
  | { readonly kind: "date"; readonly serial: number; readonly asText: boolean }
  | { readonly kind: "invalid" };

export type NumberRead =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly asText: boolean }
  | { readonly kind: "invalid" };

export type ListRead =
  | { readonly kind: "blank" }
  | { readonly kind: "exact"; readonly value: string }
  /** Equal to a list value except for case, accents or spaces: the fix proposes the exact value. */
  | { readonly kind: "near"; readonly proposal: string }
  | { readonly kind: "unknown" };

// Shared results for the reads that carry no value, so reading 10 000 rows allocates no object for them.
const BLANK_READ = { kind: "blank" } as const;
const INVALID_READ = { kind: "invalid" } as const;

export function isBlankCell(cell: InputCell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

function serialDate(serial: number, asText: boolean): DateRead {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < FIRST_PLAUSIBLE_SERIAL || whole > LAST_EXCEL_SERIAL) return INVALID_READ;
  return { kind: "date", serial: whole, asText };
}

function isoDate(text: string, asText: boolean): DateRead {
  const match = ISO_DATE.exec(text);
  if (!match) return INVALID_READ;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; such a date is not real.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return INVALID_READ;
  return serialDate(isoToSerial(`${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`), asText);
}

/**
 * readDate's serial for a number cell that is a plausible date, without building a read result (the
 * usual case, so reading many rows allocates nothing for it); null for every other cell.
 */
export function plainDate(cell: InputCell): number | null {
  if (typeof cell !== "number" || !Number.isFinite(cell)) return null;
  const whole = Math.floor(cell);
  return whole >= FIRST_PLAUSIBLE_SERIAL && whole <= LAST_EXCEL_SERIAL ? whole : null;
}

/** A date cell: an Excel serial, a `{date}` value, or (reported as text) an ISO date string. */
export function readDate(cell: InputCell): DateRead {
  if (isBlankCell(cell)) return BLANK_READ;
  if (typeof cell === "number") return serialDate(cell, false);
  if (isDateValue(cell)) return isoDate(cell.date.slice(0, 10), false);
  if (typeof cell === "string") return isoDate(cell.trim(), true);
  return INVALID_READ;
}

/** A number cell; text that reads as a number ("20 500", "0,75") is a number typed as text. */
export function readNumber(cell: InputCell): NumberRead {
  if (isBlankCell(cell)) return BLANK_READ;
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "number", value: cell, asText: false } : INVALID_READ;
  if (typeof cell === "string") {
    const parsed = parseNumber(cell);
    return typeof parsed === "number" ? { kind: "number", value: parsed, asText: true } : INVALID_READ;
  }
  return INVALID_READ;
}

/**
 * A percentage cell. The column's format is "0 %", so the stored value is a fraction (50 % = 0.5); a text
 * "50 %" is read as 0.5 and reported as text.
 */
export function readShare(cell: InputCell): NumberRead {
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text.endsWith("%")) {
      const parsed = parseNumber(text.slice(0, -1));
      return typeof parsed === "number" ? { kind: "number", value: parsed / 100, asText: true } : INVALID_READ;
    }
  }
  return readNumber(cell);
}

/** Booleans written by Excel in a Ja/Nej column read as the words they stand for. */
function listText(cell: InputCell): string | null {
  if (typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "Ja" : "Nej";
  if (typeof cell === "number") return String(cell);
  return null;
}

/** Dash variants (hyphen, en dash, em dash, minus) are one character to a user: fold them all to "-". */
function foldListText(text: string): string {
  return foldText(text.replace(/[\u2010-\u2015\u2212]/g, "-"));
}

/** A list cell: exactly a list value, nearly one (case, accents, spacing), or not one at all. */
export function readListValue(cell: InputCell, options: readonly string[]): ListRead {
  if (isBlankCell(cell)) return BLANK_READ;
  if (typeof cell === "string" && options.includes(cell)) return { kind: "exact", value: cell };
  const text = listText(cell);
  if (text === null) return { kind: "unknown" };
  const folded = foldListText(text);
  const near = options.find((option) => foldListText(option) === folded);
  return near === undefined ? { kind: "unknown" } : { kind: "near", proposal: near };
}

/** Trimmed text of a cell ("" for blank); numbers as written. */
export function cellText(cell: InputCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  if (isDateValue(cell)) return cell.date;
  return String(cell);
}

/** How a cell's content is quoted in a message: text in quotes, other values as they are. */
export function showCell(cell: InputCell): string {
  if (typeof cell === "string") return `"${cell.length > 40 ? `${cell.slice(0, 37)}...` : cell}"`;
  return cellText(cell);
}

/** Groups of three digits from the right; a loop, since the usual lookahead regex is quadratic in the digits. */
function groupThousands(integer: string, separator: string): string {
  const groups: string[] = [];
  for (let end = integer.length; end > 0; end -= 3) groups.unshift(integer.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

/** A number in Swedish ("12 000,5") and English ("12,000.5") style, at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 1): BilingualText {
  const rounded = Number(value.toFixed(decimals));
  const negative = rounded < 0;
  const [integer, fraction] = Math.abs(rounded).toString().split(".");
  const sv = `${negative ? "−" : ""}${groupThousands(integer!, "\u00a0")}${fraction ? `,${fraction}` : ""}`;
  const en = `${negative ? "-" : ""}${groupThousands(integer!, ",")}${fraction ? `.${fraction}` : ""}`;
  return { sv, en };
}

/** A fraction as a percentage: 0.755 → "75,5 %" / "75.5 %". */
export function formatPercent(share: number): BilingualText {
  const number = formatNumber(share * 100, 1);
  return { sv: `${number.sv} %`, en: `${number.en} %` };
}
