/**
 * Sizing the commitment N (spec/exante.md §1): how many full-time months the requirement can ask for,
 * given the contract value, the labour-cost share and the share of the labour cost set aside.
 *
 *   N = floor(contract value × labour share × requirement share ÷ (salary × (1 + fee rate)))
 *
 * Every intermediate figure is returned as a step so the buyer can follow (and challenge) the sum.
 */
import { resolveParameters, resolveYear, type ParameterYear } from "../model";
import { BLANK, INVALID, parseNumber, parseShare } from "../model/values";
import { SIZING_ALLOWED, SIZING_ERRORS, SIZING_FIELD_LABELS, SIZING_STEP_LABELS, SIZING_WARNINGS, type SizingField } from "../i18n/exante";
import type { BilingualText, ModelLang } from "../i18n/model";
import { ExanteError } from "./errors";
import { formatAmount, formatDecimal, formatPercent } from "./format";

/** The model's reference salary (spec/model.md §5): the default pay of one placement. */
export const REFERENCE_SALARY = 20_500;
/** The common social-return norm (5 % of the labour cost): a default to choose, not a rule. */
export const DEFAULT_REQUIREMENT_SHARE = 0.05;
/** Typical placement lengths the people count is shown for. */
export const PLACEMENT_LENGTHS = [6, 12, 24] as const;
export type PlacementLength = (typeof PLACEMENT_LENGTHS)[number];
/** A pool smaller than this many times the people needed earns a warning. */
export const POOL_MARGIN = 3;

export interface SizingInput {
  readonly contractValue: number;
  readonly labourShare: number;
  readonly requirementShare: number;
  readonly salary: number;
  readonly year: ParameterYear;
  /** The contract length; a placement cannot run longer than the contract. */
  readonly contractMonths: number | null;
}

export type SizingStepKey = keyof typeof SIZING_STEP_LABELS;

export interface SizingStep {
  readonly key: SizingStepKey;
  readonly label: string;
  /** The arithmetic with the numbers filled in, e.g. "10 000 000 × 40 % = 4 000 000". */
  readonly formula: string;
  readonly value: number;
}

export interface SizingWarning {
  readonly code: "POOL_TOO_SMALL" | "ZERO_COMMITMENT";
  readonly field: string;
  readonly message: string;
}

export interface PoolEntry {
  readonly targetGroup: string;
  readonly pool: number;
  /** People this group is expected to provide; when absent only the total is checked. */
  readonly expectedPeople?: number;
}

export interface CapacityRow {
  readonly targetGroup: string;
  readonly pool: number;
  readonly needed: number;
  readonly sufficient: boolean;
}

export interface SizingResult {
  readonly N: number;
  readonly steps: readonly SizingStep[];
  /** People needed when every placement lasts 6, 12 or 24 months (capped at the contract length). */
  readonly people: Readonly<Record<`${PlacementLength}`, number>>;
  readonly exactMonths: number;
  readonly feeRate: number;
  readonly salary: number;
  readonly year: ParameterYear;
  readonly capacity: readonly CapacityRow[] | null;
  readonly warnings: readonly SizingWarning[];
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "—";
  return String(value);
}

function invalid(field: SizingField, value: unknown, allowed: BilingualText): ExanteError {
  return new ExanteError("INVALID_VALUE", field, value, SIZING_ERRORS.invalid(SIZING_FIELD_LABELS[field], describe(value), allowed));
}

function missing(field: SizingField, allowed: BilingualText): ExanteError {
  return new ExanteError("MISSING_VALUE", field, undefined, SIZING_ERRORS.missing(SIZING_FIELD_LABELS[field], allowed));
}

function positiveAmount(field: SizingField, raw: unknown, fallback?: number): number {
  const value = parseNumber(raw);
  if (value === BLANK) {
    if (fallback === undefined) throw missing(field, SIZING_ALLOWED.positiveAmount);
    return fallback;
  }
  if (value === INVALID || !(value > 0)) throw invalid(field, raw, SIZING_ALLOWED.positiveAmount);
  return value;
}

/**
 * 0.4, "0,4", "40 %" and "40%" all mean 40 %. A bare number is always a fraction here (unlike the
 * model's percent fields): 1.5 is read as 150 % and rejected, never silently as 1.5 %.
 */
function shareOf(field: SizingField, raw: unknown, fallback?: number): number {
  const hasPercentSign = typeof raw === "string" && raw.trim().endsWith("%");
  const value = hasPercentSign ? parseShare(raw) : parseNumber(raw);
  if (value === BLANK) {
    if (fallback === undefined) throw missing(field, SIZING_ALLOWED.share);
    return fallback;
  }
  if (value === INVALID || !(value > 0 && value <= 1)) throw invalid(field, raw, SIZING_ALLOWED.share);
  return value;
}

/** Raw values (flags, form fields) → a checked sizing input. Throws ExanteError or ModelError (year). */
export function parseSizingInput(raw: Readonly<Record<string, unknown>>): SizingInput {
  const monthsValue = parseNumber(raw.contractMonths);
  if (monthsValue === INVALID || (monthsValue !== BLANK && !(monthsValue > 0 && monthsValue <= 240))) {
    throw invalid("contractMonths", raw.contractMonths, SIZING_ALLOWED.months);
  }
  return {
    contractValue: positiveAmount("contractValue", raw.contractValue),
    labourShare: shareOf("labourShare", raw.labourShare),
    requirementShare: shareOf("requirementShare", raw.requirementShare, DEFAULT_REQUIREMENT_SHARE),
    salary: positiveAmount("salary", raw.salary, REFERENCE_SALARY),
    year: resolveYear(raw.year),
    contractMonths: monthsValue === BLANK ? null : monthsValue,
  };
}

/** Checks a pool list from the mapping (Kartläggning): [{targetGroup, pool, expectedPeople?}]. */
export function parsePools(raw: unknown): PoolEntry[] {
  if (!Array.isArray(raw)) throw invalid("pools", raw, SIZING_ALLOWED.poolList);
  return raw.map((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) throw invalid("pools", entry, SIZING_ALLOWED.poolList);
    const record = entry as Readonly<Record<string, unknown>>;
    const name = record.targetGroup;
    if (typeof name !== "string" || name.trim() === "") throw invalid("pools", entry, SIZING_ALLOWED.poolList);
    const pool = parseNumber(record.pool);
    if (pool === BLANK || pool === INVALID || !Number.isInteger(pool) || pool < 0) throw invalid("pools", record.pool, SIZING_ALLOWED.pool);
    const expected = parseNumber(record.expectedPeople);
    if (expected === INVALID || (expected !== BLANK && !(Number.isInteger(expected) && expected >= 0))) {
      throw invalid("pools", record.expectedPeople, SIZING_ALLOWED.pool);
    }
    return expected === BLANK ? { targetGroup: name.trim(), pool } : { targetGroup: name.trim(), pool, expectedPeople: expected };
  });
}

/** People needed for N full-time months when each placement lasts `length` months (within the contract). */
export function peopleNeeded(N: number, length: number, contractMonths: number | null): number {
  const effective = contractMonths === null ? length : Math.min(length, contractMonths);
  return N === 0 ? 0 : Math.ceil(N / effective);
}

/**
 * The capacity check against the mapping: per group when the group says how many people it should
 * provide, and always for all groups together against the people needed at `length` months.
 */
export function capacityCheck(pools: readonly PoolEntry[], neededTotal: number, lang: ModelLang): { rows: CapacityRow[]; warnings: SizingWarning[] } {
  const rows: CapacityRow[] = [];
  const warnings: SizingWarning[] = [];
  const check = (targetGroup: string, pool: number, needed: number): void => {
    const sufficient = pool >= POOL_MARGIN * needed;
    rows.push({ targetGroup, pool, needed, sufficient });
    if (!sufficient) warnings.push({ code: "POOL_TOO_SMALL", field: "pools", message: SIZING_WARNINGS.poolTooSmall(targetGroup, pool, needed)[lang] });
  };
  for (const entry of pools) if (entry.expectedPeople !== undefined) check(entry.targetGroup, entry.pool, entry.expectedPeople);
  check(SIZING_WARNINGS.allGroups[lang], pools.reduce((sum, entry) => sum + entry.pool, 0), neededTotal);
  return { rows, warnings };
}

export interface SizingOptions {
  readonly lang?: ModelLang;
  readonly pools?: readonly PoolEntry[];
  /** The placement length the pool check uses (default 12 months). */
  readonly poolLength?: PlacementLength;
}

export function computeSizing(input: SizingInput, options: SizingOptions = {}): SizingResult {
  const lang = options.lang ?? "sv";
  const feeRate = resolveParameters(input.year)["fee.standard"];
  const labourCost = input.contractValue * input.labourShare;
  const budget = labourCost * input.requirementShare;
  const monthlyCost = input.salary * (1 + feeRate);
  const exactMonths = budget / monthlyCost;
  // A hair of tolerance so 12 computed as 11.999999999 still counts as 12 whole months.
  const N = Math.floor(exactMonths + 1e-9);
  const kr = (value: number): string => formatAmount(value, lang);
  const step = (key: SizingStepKey, formula: string, value: number): SizingStep => ({ key, label: SIZING_STEP_LABELS[key][lang], formula, value });
  const steps = [
    step("labourCost", `${kr(input.contractValue)} × ${formatPercent(input.labourShare, lang)} = ${kr(labourCost)}`, labourCost),
    step("requirementBudget", `${kr(labourCost)} × ${formatPercent(input.requirementShare, lang)} = ${kr(budget)}`, budget),
    step("monthlyCost", `${kr(input.salary)} × (1 + ${formatDecimal(feeRate, lang, 4)}) = ${formatDecimal(monthlyCost, lang, 2)}`, monthlyCost),
    step("exactMonths", `${kr(budget)} ÷ ${formatDecimal(monthlyCost, lang, 2)} = ${formatDecimal(exactMonths, lang, 2)}`, exactMonths),
    step("commitment", `⌊${formatDecimal(exactMonths, lang, 2)}⌋ = ${N}`, N),
  ];
  const people = {
    "6": peopleNeeded(N, 6, input.contractMonths),
    "12": peopleNeeded(N, 12, input.contractMonths),
    "24": peopleNeeded(N, 24, input.contractMonths),
  };
  const warnings: SizingWarning[] = [];
  if (N === 0) warnings.push({ code: "ZERO_COMMITMENT", field: "requirementShare", message: SIZING_WARNINGS.zeroCommitment[lang] });
  let capacity: CapacityRow[] | null = null;
  if (options.pools !== undefined) {
    const checked = capacityCheck(options.pools, people[`${options.poolLength ?? 12}`], lang);
    capacity = checked.rows;
    warnings.push(...checked.warnings);
  }
  // The order of the spec's CLI output: N, steps, people first.
  return { N, steps, people, exactMonths, feeRate, salary: input.salary, year: input.year, capacity, warnings };
}
