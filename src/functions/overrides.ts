/**
 * Reads a parameter-overrides range: the key in the first column, the value in the `Värde` column (or
 * the second column). The follow-up workbook's Parametrar table (Nyckel, Beskrivning, Värde, Enhet,
 * Standardvärde, Källa, Uppskattning) works directly, with or without its header row; blank rows are
 * ignored. A row keyed `year` (or Parameterår) sets the parameter year.
 */
import { isBlank, normaliseHeader, parameterYearOfKeys, resolveYear, type ParameterOverrides, type ParameterYear } from "../domain/model";
import { FUNCTION_TEXTS } from "../domain/i18n/functions";
import { ArgumentError } from "./errors";
import { asMatrix, type Matrix } from "./arguments";

export interface OverridesArgument {
  readonly overrides: ParameterOverrides | undefined;
  /** The year the range names or implies; undefined when it says nothing about the year. */
  readonly year: ParameterYear | undefined;
}

const KEY_HEADERS = new Set(["nyckel", "key"]);
const VALUE_HEADERS = new Set(["varde", "value"]);
const YEAR_KEYS = new Set(["year", "parameterar"]);

function headerText(cell: unknown): string {
  return typeof cell === "string" ? normaliseHeader(cell) : "";
}

/**
 * A number, or text that reads as one ("12 000", "-0,5", "30 %"). Trimmed and "%" taken off first, so the
 * one pattern left has no two quantifiers competing for the same spaces or digits: the former single
 * regex backtracked in cubic time on a long Beskrivning of spaces and digits and froze Excel.
 */
function isNumeric(cell: unknown): boolean {
  if (typeof cell === "number") return true;
  if (typeof cell !== "string") return false;
  let text = cell.trim();
  if (text.endsWith("%")) text = text.slice(0, -1).trimEnd();
  return /^[+-]?[\d\s]*(?:[.,]\d+|\d)$/.test(text);
}

/**
 * Without a header row the value is in the second column, except in the Parametrar layout, whose second
 * column (Beskrivning) is descriptive text: then it is the third (Värde).
 */
function valueColumnWithoutHeader(rows: Matrix): number {
  const width = Math.max(...rows.map((row) => row.length));
  if (width < 3) return 1;
  const secondColumnIsText = rows.every((row) => isBlank(row[1]) || (typeof row[1] === "string" && !isNumeric(row[1])));
  return secondColumnIsText ? 2 : 1;
}

export function readOverrides(argument: unknown): OverridesArgument {
  const rows = asMatrix(argument).filter((row) => !row.every(isBlank));
  if (rows.length === 0) return { overrides: undefined, year: undefined };
  const first = rows[0] ?? [];
  let data: Matrix = rows;
  let valueColumn: number;
  if (KEY_HEADERS.has(headerText(first[0]))) {
    data = rows.slice(1);
    const named = first.findIndex((cell) => VALUE_HEADERS.has(headerText(cell)));
    valueColumn = named > 0 ? named : 1;
  } else {
    valueColumn = valueColumnWithoutHeader(rows);
  }
  const overrides: Record<string, unknown> = {};
  let yearCell: unknown;
  for (const row of data) {
    const keyCell = row[0];
    if (isBlank(keyCell)) continue;
    if (typeof keyCell !== "string") throw new ArgumentError(FUNCTION_TEXTS.overridesShape);
    const key = keyCell.trim();
    const value = row[valueColumn];
    if (YEAR_KEYS.has(normaliseHeader(key))) {
      yearCell = value;
      continue;
    }
    if (!(key in overrides)) overrides[key] = value;
  }
  const keys = Object.keys(overrides);
  const year = !isBlank(yearCell) ? resolveYear(yearCell) : parameterYearOfKeys(keys);
  return { overrides: keys.length > 0 ? overrides : undefined, year };
}
