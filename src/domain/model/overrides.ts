/**
 * Parameter overrides ({ "tax.municipal": 0.2198, ... }) applied on top of a year's parameter set.
 * An unknown key, or a value outside the parameter's range, is a ModelError; a blank value keeps the
 * default (a blank row in the workbook's Parametrar table).
 */
import { invalidParameter, unknownParameter, unknownYear } from "./errors";
import {
  NEWEST_YEAR,
  PARAMETER_YEARS,
  defaultParameters,
  findParameterDefinition,
  isParameterYear,
  type ParameterKind,
  type ParameterValues,
  type ParameterYear,
} from "./parameters";
import { BLANK, INVALID, MAX_MAGNITUDE, parseNumber, parseShare } from "./values";

export type ParameterOverrides = Readonly<Record<string, unknown>>;

function withinRange(kind: ParameterKind, value: number): boolean {
  switch (kind) {
    case "share":
      return value >= 0 && value <= 1;
    case "amount":
    case "pbbMultiple":
    case "multiplier":
    case "months":
      return value >= 0 && value <= MAX_MAGNITUDE;
    case "positiveAmount":
      return value > 0 && value <= MAX_MAGNITUDE;
    case "age":
      return Number.isInteger(value) && value >= 0 && value <= 120;
    case "days":
      return value > 0 && value <= 31;
  }
}

/** A parameter year from a number or numeric text; blank → the newest year. */
export function resolveYear(raw: unknown): ParameterYear {
  const value = parseNumber(raw);
  if (value === BLANK) return NEWEST_YEAR;
  if (value === INVALID || !isParameterYear(value)) throw unknownYear(raw, PARAMETER_YEARS);
  return value;
}

/** The year's parameter set with overrides applied (the shared frozen default set when there are none). */
export function resolveParameters(year: ParameterYear, overrides?: ParameterOverrides): ParameterValues {
  const defaults = defaultParameters(year);
  if (overrides === undefined) return defaults;
  const keys = Object.keys(overrides);
  if (keys.length === 0) return defaults;
  const values: Record<string, number> = { ...defaults };
  for (const key of keys) {
    const definition = findParameterDefinition(key);
    if (definition === undefined || definition.values[year] === null) throw unknownParameter(key, year);
    const raw = overrides[key];
    const value = definition.kind === "share" ? parseShare(raw) : parseNumber(raw);
    if (value === BLANK) continue;
    if (value === INVALID || !withinRange(definition.kind, value)) throw invalidParameter(key, raw, definition.kind);
    values[key] = value;
  }
  return Object.freeze(values) as ParameterValues;
}

/**
 * The year whose parameter set has exactly these keys, when the keys are a complete table such as the
 * workbook's Parametrar sheet; undefined for a partial list. The three years' key sets differ (2019 has
 * the jobbskatteavdrag phase-out, 2026 the youth fee), so a full table identifies its year, and a 2025
 * table is never applied on top of 2026 defaults that it does not mention.
 */
export function parameterYearOfKeys(keys: readonly string[]): ParameterYear | undefined {
  const given = new Set(keys);
  for (const year of PARAMETER_YEARS) {
    const yearKeys = Object.keys(defaultParameters(year));
    if (yearKeys.length === given.size && yearKeys.every((key) => given.has(key))) return year;
  }
  return undefined;
}
