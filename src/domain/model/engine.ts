/**
 * computeEffect: the socio-economic effect of a placement per actor (spec/model.md §4.4).
 * Every transfer is booked with opposite signs for two actors, so society always equals production
 * value − supervision − administration − procurement cost (invariant I1). Actor totals are the sums of
 * their line items, so a breakdown always adds up.
 */
import { ACTOR_LABELS, ITEM_LABELS, WARNING_TEXTS, type BilingualText, type ItemKey, type ModelLang } from "../i18n/model";
import { deriveBenefit, housingBenefitAfterTaper, monthlyBenefit } from "./benefits";
import { ModelError } from "./errors";
import { employerFees } from "./fees";
import { householdMonth } from "./household";
import { parseInput, type ModelInput, type Organisation } from "./inputs";
import { resolveParameters, resolveYear, type ParameterOverrides } from "./overrides";
import { NEWEST_YEAR, type ParameterValues, type ParameterYear } from "./parameters";
import { isLikelyEligibleForIntroductionJob, isLikelyEligibleForNewStartJob, subsidyPlan } from "./subsidies";

export const MODEL_VERSION = "1.0.0";

export const ACTOR_KEYS = ["individual", "municipality", "region", "state", "employer", "society"] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];
/** The five actors that carry line items; society is their sum. */
export type ItemActor = Exclude<ActorKey, "society">;

export interface EffectItem {
  readonly actor: ItemActor;
  readonly key: ItemKey;
  readonly label: string;
  /** kr over the whole period, all positions; positive = gain for the actor. */
  readonly amount: number;
}

export type WarningCode =
  | "NSJ_NOT_ELIGIBLE"
  | "INTRO_NOT_ELIGIBLE"
  | "SUBSIDY_MONTHS_CAPPED"
  | "HOUSING_BENEFIT_AGE"
  | "LOW_SALARY"
  | "SALARY_IGNORED"
  | "INTERN_VALUE_MISSING";

export interface EffectWarning {
  readonly code: WarningCode;
  readonly field: string;
  readonly message: string;
}

export interface EffectResult {
  readonly year: ParameterYear;
  readonly modelVersion: string;
  readonly actors: Readonly<Record<ActorKey, number>>;
  readonly items: readonly EffectItem[];
  readonly warnings: readonly EffectWarning[];
}

export interface EffectOptions {
  /** Parameter year; else the input's `year`, else the newest. */
  readonly year?: unknown;
  readonly overrides?: ParameterOverrides;
  readonly lang?: ModelLang;
}

const ORGANISATION_ACTOR: Readonly<Record<Organisation, ItemActor>> = {
  kommun: "municipality",
  region: "region",
  stat: "state",
};

export function actorLabel(actor: ActorKey, lang: ModelLang = "sv"): string {
  return ACTOR_LABELS[actor][lang];
}

function warning(code: WarningCode, field: string, text: BilingualText, lang: ModelLang): EffectWarning {
  return { code, field, message: text[lang] };
}

/** The period's flows per position, before they are booked on actors. */
interface PlacementFlows {
  readonly months: number;
  readonly positions: number;
  /** Monthly differences placement − unemployed, per position. */
  readonly deltaWork: number;
  readonly deltaBenefit: number;
  readonly deltaAssistance: number;
  readonly deltaHousingBenefit: number;
  readonly deltaTax: number;
  readonly deltaMunicipalTax: number;
  readonly deltaRegionalTax: number;
  readonly deltaStateTax: number;
  readonly deltaJobTaxCredit: number;
  readonly deltaDisposable: number;
  /** Monthly, per position. */
  readonly fees: number;
  readonly wageCost: number;
  readonly production: number;
  readonly supervision: number;
  /** Whole period, per position. */
  readonly subsidyTotal: number;
  readonly subsidyMonths: number;
}

function placementFlows(input: ModelInput, P: ParameterValues): PlacementFlows {
  const isJob = input.form !== "praktik";
  const benefit = monthlyBenefit(deriveBenefit(input), input.priorIncome, P);
  const housingCost = input.housingCost ?? P["fs.housingCost"];

  // State 0: unemployed with the full benefit; bostadsbidrag as received.
  const housing0 = input.housingBenefit ? (input.housingBenefitAmount ?? P["bb.monthly"]) : 0;
  const taxableBenefit0 = benefit.taxable ? benefit.amount : 0;
  const state0 = householdMonth(0, benefit.amount, taxableBenefit0, housing0, housingCost, P);

  // State 1: in the placement. A job keeps the benefit for the hours not worked; praktik keeps it all.
  const work1 = isJob ? input.salary : 0;
  const benefit1 = isJob ? benefit.amount * (1 - input.scope) : benefit.amount;
  const taxableBenefit1 = benefit.taxable ? benefit1 : 0;
  const housing1 = housing0 > 0 ? housingBenefitAfterTaper(housing0, 12 * (work1 + taxableBenefit1), P) : 0;
  const state1 = householdMonth(work1, benefit1, taxableBenefit1, housing1, housingCost, P);

  const fees = isJob ? employerFees(input.salary, input.age, P) : 0;
  const wageCost = isJob ? input.salary + fees : 0;
  const subsidy = subsidyPlan(input, P);
  return {
    months: input.months,
    positions: input.positions,
    deltaWork: state1.workIncome - state0.workIncome,
    deltaBenefit: state1.benefit - state0.benefit,
    deltaAssistance: state1.socialAssistance - state0.socialAssistance,
    deltaHousingBenefit: state1.housingBenefit - state0.housingBenefit,
    deltaTax: state1.tax - state0.tax,
    deltaMunicipalTax: state1.municipalTax - state0.municipalTax,
    deltaRegionalTax: state1.regionalTax - state0.regionalTax,
    deltaStateTax: state1.stateTax - state0.stateTax,
    deltaJobTaxCredit: state1.jobTaxCredit - state0.jobTaxCredit,
    deltaDisposable: state1.disposable - state0.disposable,
    fees,
    wageCost,
    production: isJob ? input.productionFactor * wageCost : input.internValue * input.scope,
    supervision: input.supervisorSalary * input.supervisionShare * (1 + P["fee.standard"]),
    subsidyTotal: subsidy.monthly * subsidy.months,
    subsidyMonths: subsidy.months,
  };
}

function collectWarnings(input: ModelInput, flows: PlacementFlows, lang: ModelLang): EffectWarning[] {
  const warnings: EffectWarning[] = [];
  const isJob = input.form !== "praktik";
  if (isJob && input.subsidy === "nystartsjobb" && !isLikelyEligibleForNewStartJob(input)) {
    warnings.push(warning("NSJ_NOT_ELIGIBLE", "subsidy", WARNING_TEXTS.nsjNotEligible, lang));
  }
  if (isJob && input.subsidy === "introduktionsjobb" && !isLikelyEligibleForIntroductionJob(input)) {
    warnings.push(warning("INTRO_NOT_ELIGIBLE", "subsidy", WARNING_TEXTS.introNotEligible, lang));
  }
  if (isJob && input.subsidy !== "ingen" && flows.subsidyMonths < input.months) {
    warnings.push(warning("SUBSIDY_MONTHS_CAPPED", "subsidy", WARNING_TEXTS.subsidyMonthsCapped(flows.subsidyMonths, input.months), lang));
  }
  if (input.housingBenefit && input.age >= 29) {
    warnings.push(warning("HOUSING_BENEFIT_AGE", "housingBenefit", WARNING_TEXTS.housingBenefitAge, lang));
  }
  if (isJob && input.salary < 0.6 * 20_000 * input.scope) {
    warnings.push(warning("LOW_SALARY", "salary", WARNING_TEXTS.lowSalary, lang));
  }
  if (!isJob && input.salary > 0) {
    warnings.push(warning("SALARY_IGNORED", "salary", WARNING_TEXTS.salaryIgnoredForInternship, lang));
  }
  // Without a production value a praktik produces nothing in the model: say why society's result is negative.
  if (!isJob && input.internValue === 0) {
    warnings.push(warning("INTERN_VALUE_MISSING", "internValue", WARNING_TEXTS.internValueMissing, lang));
  }
  return warnings;
}

/** Item labels per language, looked up once per item rather than through the bilingual table. */
const ITEM_LABELS_BY_LANG: Readonly<Record<ModelLang, Readonly<Record<ItemKey, string>>>> = {
  sv: labelsIn("sv"),
  en: labelsIn("en"),
};

function labelsIn(lang: ModelLang): Record<ItemKey, string> {
  const labels = {} as Record<ItemKey, string>;
  for (const key of Object.keys(ITEM_LABELS) as ItemKey[]) labels[key] = ITEM_LABELS[key][lang];
  return labels;
}

function addItem(items: EffectItem[], labels: Readonly<Record<ItemKey, string>>, actor: ItemActor, key: ItemKey, amount: number): void {
  // 0 rather than −0, so JSON and Excel never show "-0".
  items.push({ actor, key, label: labels[key], amount: amount === 0 ? 0 : amount });
}

function addProcurerItems(items: EffectItem[], labels: Readonly<Record<ItemKey, string>>, actor: ItemActor, input: ModelInput): void {
  if (ORGANISATION_ACTOR[input.organisation] !== actor) return;
  addItem(items, labels, actor, "procurementCost", -input.procurementCost);
  addItem(items, labels, actor, "bonus", -input.bonus);
}

/** Books the flows on the actors as line items (whole period, all positions). */
function bookItems(input: ModelInput, f: PlacementFlows, P: ParameterValues, lang: ModelLang): EffectItem[] {
  const items: EffectItem[] = [];
  const labels = ITEM_LABELS_BY_LANG[lang];
  const scale = f.months * f.positions;
  const indirectTax = P["indirectTax.rate"] * scale * f.deltaDisposable;

  addItem(items, labels, "individual", "workIncome", scale * f.deltaWork);
  addItem(items, labels, "individual", "benefit", scale * f.deltaBenefit);
  addItem(items, labels, "individual", "socialAssistance", scale * f.deltaAssistance);
  addItem(items, labels, "individual", "housingBenefit", scale * f.deltaHousingBenefit);
  addItem(items, labels, "individual", "incomeTax", -scale * f.deltaTax);
  addItem(items, labels, "individual", "indirectTax", -indirectTax);

  addItem(items, labels, "municipality", "municipalTax", scale * f.deltaMunicipalTax);
  addItem(items, labels, "municipality", "socialAssistance", -scale * f.deltaAssistance);
  addProcurerItems(items, labels, "municipality", input);

  addItem(items, labels, "region", "regionalTax", scale * f.deltaRegionalTax);
  addProcurerItems(items, labels, "region", input);

  addItem(items, labels, "state", "employerFees", scale * f.fees);
  addItem(items, labels, "state", "stateIncomeTax", scale * f.deltaStateTax);
  addItem(items, labels, "state", "jobTaxCredit", -scale * f.deltaJobTaxCredit);
  addItem(items, labels, "state", "benefit", -scale * f.deltaBenefit);
  addItem(items, labels, "state", "housingBenefit", -scale * f.deltaHousingBenefit);
  addItem(items, labels, "state", "subsidy", -f.positions * f.subsidyTotal);
  addItem(items, labels, "state", "indirectTax", indirectTax);
  addProcurerItems(items, labels, "state", input);

  addItem(items, labels, "employer", "productionValue", scale * f.production);
  addItem(items, labels, "employer", "wageCost", -scale * f.wageCost);
  addItem(items, labels, "employer", "supervisionCost", -scale * f.supervision);
  addItem(items, labels, "employer", "subsidy", f.positions * f.subsidyTotal);
  addItem(items, labels, "employer", "adminCost", -f.positions * input.adminCost);
  addItem(items, labels, "employer", "bonus", input.bonus);
  return items;
}

/** Each actor's total as the sum of its items, in item order (a switch keeps this hot loop monomorphic). */
function actorTotals(items: readonly EffectItem[]): Record<ActorKey, number> {
  let individual = 0;
  let municipality = 0;
  let region = 0;
  let state = 0;
  let employer = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as EffectItem;
    switch (item.actor) {
      case "individual":
        individual += item.amount;
        break;
      case "municipality":
        municipality += item.amount;
        break;
      case "region":
        region += item.amount;
        break;
      case "state":
        state += item.amount;
        break;
      case "employer":
        employer += item.amount;
        break;
    }
  }
  return { individual, municipality, region, state, employer, society: individual + municipality + region + state + employer };
}

/** The engine on a parsed input and a resolved parameter set (the fast path for many rows). */
export function computeParsedEffect(input: ModelInput, P: ParameterValues, year: ParameterYear, lang: ModelLang = "sv"): EffectResult {
  const flows = placementFlows(input, P);
  const items = bookItems(input, flows, P, lang);
  return { year, modelVersion: MODEL_VERSION, actors: actorTotals(items), items, warnings: collectWarnings(input, flows, lang) };
}

/**
 * Parses a canonical input object and computes its effect. Throws ModelError (only) on a bad input,
 * year or override. The year is options.year, else the input's year, else the newest.
 */
export function computeEffect(rawInput: unknown, options: EffectOptions = {}): EffectResult {
  const input = parseInput(rawInput);
  const year = options.year !== undefined && options.year !== null ? resolveYear(options.year) : (input.year ?? NEWEST_YEAR);
  const P = resolveParameters(year, options.overrides);
  return computeParsedEffect(input, P, year, options.lang ?? "sv");
}

export type EffectOutcome = { readonly ok: true; readonly result: EffectResult } | { readonly ok: false; readonly error: ModelError };

/** computeEffect as a value: never throws for bad input. */
export function tryComputeEffect(rawInput: unknown, options: EffectOptions = {}): EffectOutcome {
  try {
    return { ok: true, result: computeEffect(rawInput, options) };
  } catch (error) {
    if (error instanceof ModelError) return { ok: false, error };
    throw error;
  }
}
