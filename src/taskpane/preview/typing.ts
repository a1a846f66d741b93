/**
 * What a text typed into a cell becomes, as Excel (Swedish regional settings) makes it: a number, a
 * percentage (the value ÷ 100 with a percent format), a date (its serial number with a date format), a
 * truth value, a formula, or text. The preview's grid uses it so the in-browser workbook holds what Excel
 * would: "2026-03-01" is a date and "100 %" is 1 in a percent cell, not text the validation then flags.
 * test/support/excel-typing.ts lists the expectations (Excel's documented behaviour) this is tested against.
 */
import type { ExcelCellValue } from "../../excel/host/api";
import { isIsoDate, isoToSerial } from "../../domain/common/dates";

export type TypedEntry =
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly value: ExcelCellValue; readonly numberFormat?: string };

/** Spaces Excel accepts as thousands separators in Swedish: space, no-break space, narrow no-break space. */
const SPACES = new Set([" ", "\u00a0", "\u202f"]);

/** "12", "-3", "1,5", "1.5", "12 000" → a number; anything else → null. One decimal separator, digits around it. */
export function parseTypedNumber(text: string): number | null {
  let body = text.trim();
  let sign = 1;
  if (body.startsWith("-") || body.startsWith("+")) {
    sign = body.startsWith("-") ? -1 : 1;
    body = body.slice(1);
  }
  let digits = "";
  let decimals: string | null = null;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char >= "0" && char <= "9") {
      if (decimals === null) digits += char;
      else decimals += char;
    } else if ((char === "," || char === ".") && decimals === null && digits !== "") {
      decimals = "";
    } else if (SPACES.has(char) && decimals === null && digits !== "" && i + 1 < body.length && body[i + 1]! >= "0" && body[i + 1]! <= "9") {
      // A thousands space between digits ("12 000").
    } else {
      return null;
    }
  }
  if (digits === "" || decimals === "") return null;
  return sign * Number(decimals === null ? digits : `${digits}.${decimals}`);
}

/** Decimals of a typed number, for the percent format Excel gives it ("12,5 %" → "0.0%"). */
function decimalsOf(text: string): number {
  const at = Math.max(text.lastIndexOf(","), text.lastIndexOf("."));
  return at < 0 ? 0 : text.trim().length - at - 1;
}

export function typedEntry(text: string): TypedEntry {
  // A leading apostrophe keeps the rest as text, as in Excel.
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "value", value: "" };
  if (isIsoDate(trimmed)) return { kind: "value", value: isoToSerial(trimmed), numberFormat: "yyyy-mm-dd" };
  if (trimmed.endsWith("%")) {
    const number = parseTypedNumber(trimmed.slice(0, -1));
    if (number !== null) {
      const places = decimalsOf(trimmed.slice(0, -1).trim());
      return { kind: "value", value: number / 100, numberFormat: places === 0 ? "0%" : `0.${"0".repeat(places)}%` };
    }
  }
  const number = parseTypedNumber(trimmed);
  if (number !== null) return { kind: "value", value: number };
  const upper = trimmed.toUpperCase();
  if (upper === "SANT" || upper === "TRUE") return { kind: "value", value: true };
  if (upper === "FALSKT" || upper === "FALSE") return { kind: "value", value: false };
  return { kind: "value", value: text };
}
