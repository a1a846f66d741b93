/**
 * The ex-ante estimate over placement profiles (spec/exante.md §2): totals per actor through the one
 * model engine, ranges when one assumption moves, and the break-even production factor.
 *
 * Break-even in closed form: by invariant I1 society's result is
 *   production − supervision − administration − procurement,
 * and production of a job is productionFactor × wage cost; every other term does not depend on the
 * factor. So with one factor f for all job profiles, society(f) = f × W − K, where W is the wage cost
 * of the job profiles and K the costs less any internship production, and society(f*) = 0 at f* = K ÷ W.
 */
import { ACTOR_KEYS, computeParsedEffect, parseInput, resolveParameters, type ActorKey, type EffectResult, type ModelInput, type ParameterOverrides, type ParameterValues, type ParameterYear } from "../model";
import { resolveYear } from "../model";
import { ModelError } from "../model/errors";
import { SENSITIVITY_ERRORS } from "../i18n/exante";
import type { ModelLang } from "../i18n/model";
import { ExanteError } from "./errors";

// The model's per-actor totals (src/domain/model/totals.ts), re-exported for the ex-ante callers.
import type { ActorTotals } from "../model/totals";
export type { ActorTotals };

export const SENSITIVITY_DIMENSIONS = ["productionFactor", "salary", "unemployedMonths", "subsidy"] as const;
export type SensitivityDimension = (typeof SENSITIVITY_DIMENSIONS)[number];

/** The variations of spec/exante.md §2. */
export const PRODUCTION_FACTOR_STEP = 0.2;
export const SALARY_STEP = 0.1;
export const UNEMPLOYED_MONTHS_CASES = [6, 12, 24, 36] as const;
const MAX_PRODUCTION_FACTOR = 1.5;

export interface SensitivityCase {
  /** What changed, e.g. "−0.2", "+10%", "24", "off". */
  readonly variant: string;
  readonly actors: ActorTotals;
}

export interface SensitivityRange {
  readonly min: ActorTotals;
  readonly max: ActorTotals;
  readonly cases: readonly SensitivityCase[];
}

export interface SensitivityResult {
  readonly year: ParameterYear;
  readonly base: ActorTotals;
  /** null when no profile is a job (internships have no production factor to move). */
  readonly breakEvenProductionFactor: number | null;
  readonly ranges: Readonly<Record<SensitivityDimension, SensitivityRange>>;
}

export interface Profile {
  readonly input: ModelInput;
  readonly year: ParameterYear;
  readonly parameters: ParameterValues;
}

function zeroTotals(): Record<ActorKey, number> {
  return { individual: 0, municipality: 0, region: 0, state: 0, employer: 0, society: 0 };
}

function add(into: Record<ActorKey, number>, result: EffectResult): void {
  for (const key of ACTOR_KEYS) into[key] += result.actors[key];
}

/** Totals per actor over all profiles, each changed by `change` first. */
export function totals(profiles: readonly Profile[], change: (input: ModelInput) => ModelInput = (input) => input): ActorTotals {
  const sum = zeroTotals();
  for (const profile of profiles) add(sum, computeParsedEffect(change(profile.input), profile.parameters, profile.year));
  return sum;
}

/**
 * The break-even production factor of the profiles: the one factor that, used for every job profile,
 * makes society's result 0. null when there is no job profile (W = 0).
 */
export function breakEvenProductionFactor(profiles: readonly Profile[]): number | null {
  let wageCost = 0;
  let costs = 0;
  for (const profile of profiles) {
    const result = computeParsedEffect(profile.input, profile.parameters, profile.year);
    const isJob = profile.input.form !== "praktik";
    for (const item of result.items) {
      if (item.key === "wageCost") wageCost -= item.amount;
      else if (item.key === "supervisionCost" || item.key === "adminCost" || item.key === "procurementCost") costs -= item.amount;
      else if (item.key === "productionValue" && !isJob) costs -= item.amount;
    }
  }
  if (!(wageCost > 0)) return null;
  const factor = costs / wageCost;
  return factor === 0 ? 0 : factor;
}

function range(profiles: readonly Profile[], base: ActorTotals, variants: readonly { variant: string; change: (input: ModelInput) => ModelInput }[]): SensitivityRange {
  const cases = variants.map(({ variant, change }) => ({ variant, actors: totals(profiles, change) }));
  const min = { ...base };
  const max = { ...base };
  for (const { actors } of cases) {
    for (const key of ACTOR_KEYS) {
      min[key] = Math.min(min[key], actors[key]);
      max[key] = Math.max(max[key], actors[key]);
    }
  }
  return { min, max, cases };
}

const isJob = (input: ModelInput): boolean => input.form !== "praktik";

/** "On" keeps a subsidy the profile has, or adds nystartsjobb; internships never get one (the model forbids it). */
function subsidyOn(input: ModelInput): ModelInput {
  if (!isJob(input)) return input;
  return input.subsidy === "ingen" ? { ...input, subsidy: "nystartsjobb" } : input;
}

export function sensitivityOf(profiles: readonly Profile[]): SensitivityResult {
  const first = profiles[0];
  if (first === undefined) throw new ExanteError("MISSING_VALUE", "profiles", undefined, SENSITIVITY_ERRORS.noProfiles);
  const base = totals(profiles);
  const shiftFactor = (delta: number) => (input: ModelInput): ModelInput =>
    isJob(input) ? { ...input, productionFactor: Math.min(MAX_PRODUCTION_FACTOR, Math.max(0, input.productionFactor + delta)) } : input;
  const scaleSalary = (factor: number) => (input: ModelInput): ModelInput =>
    isJob(input) ? { ...input, salary: input.salary * factor, priorIncome: input.priorIncome * factor } : input;
  return {
    year: first.year,
    base,
    breakEvenProductionFactor: breakEvenProductionFactor(profiles),
    ranges: {
      productionFactor: range(profiles, base, [
        { variant: `-${PRODUCTION_FACTOR_STEP}`, change: shiftFactor(-PRODUCTION_FACTOR_STEP) },
        { variant: `+${PRODUCTION_FACTOR_STEP}`, change: shiftFactor(PRODUCTION_FACTOR_STEP) },
      ]),
      salary: range(profiles, base, [
        { variant: `-${SALARY_STEP * 100}%`, change: scaleSalary(1 - SALARY_STEP) },
        { variant: `+${SALARY_STEP * 100}%`, change: scaleSalary(1 + SALARY_STEP) },
      ]),
      unemployedMonths: range(profiles, base, UNEMPLOYED_MONTHS_CASES.map((months) => ({
        variant: String(months),
        change: (input: ModelInput): ModelInput => ({ ...input, unemployedMonths: months }),
      }))),
      subsidy: range(profiles, base, [
        { variant: "off", change: (input: ModelInput): ModelInput => ({ ...input, subsidy: "ingen" }) },
        { variant: "on", change: subsidyOn },
      ]),
    },
  };
}

export interface ProfileOptions {
  readonly year?: unknown;
  readonly overrides?: ParameterOverrides;
  readonly lang?: ModelLang;
}

/**
 * Parses raw profiles (canonical model keys, like `syss effect`) into profiles with their parameter set.
 * A bad profile among several is a ModelError whose message says which one.
 */
export function parseProfiles(raw: unknown, options: ProfileOptions = {}): Profile[] {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) throw new ExanteError("MISSING_VALUE", "profiles", raw, SENSITIVITY_ERRORS.noProfiles);
  const flagYear = options.year === undefined || options.year === null ? undefined : resolveYear(options.year);
  const sets = new Map<ParameterYear, ParameterValues>();
  return list.map((item: unknown, index) => {
    try {
      const input = parseInput(item);
      const year = flagYear ?? input.year ?? resolveYear(undefined);
      let parameters = sets.get(year);
      if (parameters === undefined) {
        parameters = resolveParameters(year, options.overrides);
        sets.set(year, parameters);
      }
      return { input, year, parameters };
    } catch (error) {
      if (error instanceof ModelError && list.length > 1) {
        const prefix = SENSITIVITY_ERRORS.profilePrefix(index + 1);
        throw new ModelError(error.code, error.field, error.value, error.allowed, { sv: prefix.sv + error.messages.sv, en: prefix.en + error.messages.en });
      }
      throw error;
    }
  });
}
