/**
 * The totals-only engine: the six actor totals of computeEffect (engine.ts) without the line items and
 * warnings, for callers that show totals only (SYSS.EFFECT, SYSS.EFFECTS, `syss effect --totals`).
 *
 * It is the same arithmetic as engine.ts with benefits.ts, household.ts, tax.ts, fees.ts and
 * subsidies.ts, written out in local variables over a FastParameters set: no intermediate objects, no
 * dictionary lookups. Each total adds the same terms in the same order as the full engine's items, so
 * both paths give the same numbers; test/domain/model/totals.test.ts proves it over generated inputs in
 * every parameter year. A change to the model's rules must be made in both places (that test fails
 * until it is).
 */
import { MODEL_VERSION, type ActorKey } from "./engine";
import { fastParameters, type FastParameters } from "./fastParameters";
import * as inputs from "./inputs";
import type { ModelInput } from "./inputs";
import { resolveParameters, resolveYear, type ParameterOverrides } from "./overrides";
import { NEWEST_YEAR, type ParameterYear } from "./parameters";

export type ActorTotals = { -readonly [K in ActorKey]: number };

export interface EffectTotals {
  readonly year: ParameterYear;
  readonly modelVersion: string;
  readonly actors: Readonly<ActorTotals>;
}

export interface TotalsOptions {
  /** Parameter year; else the input's `year`, else the newest. */
  readonly year?: unknown;
  readonly overrides?: ParameterOverrides;
}

/** Employer fees on a monthly pay (fees.ts, employerFees). */
function fees(pay: number, age: number, F: FastParameters): number {
  if (pay <= 0) return 0;
  if (age >= F.feeOlderAge) return F.feeOlder * pay;
  if (F.hasYouthFee && age >= F.feeYouthMinAge && age <= F.feeYouthMaxAge) {
    const reducedPart = Math.min(pay, F.feeYouthCap);
    return F.feeYouth * reducedPart + F.feeStandard * (pay - reducedPart);
  }
  return F.feeStandard * pay;
}

/** Grundavdrag (tax.ts, basicAllowance). */
function allowance(ffi: number, F: FastParameters): number {
  if (ffi <= 0) return 0;
  let amount: number;
  if (ffi <= F.gdLimit1Test) amount = F.gdBaseAmount;
  else if (ffi <= F.gdLimit2Test) amount = F.gdBaseAmount + F.gdRise * (ffi - F.gdLimit1Amount);
  else if (ffi <= F.gdLimit3Test) amount = F.gdMaxAmount;
  else if (ffi <= F.gdLimit4Test) amount = F.gdMaxAmount - F.gdFall * (ffi - F.gdLimit3Amount);
  else amount = F.gdMinAmount;
  return Math.min(Math.ceil(amount / 100 - 1e-9) * 100, ffi);
}

/** Jobbskatteavdrag (tax.ts, jobTaxCredit). */
function jobTaxCredit(workIncome: number, gd: number, localTax: number, F: FastParameters): number {
  const ai = Math.floor(workIncome / 100 + 1e-9) * 100;
  if (ai <= 0) return 0;
  let base: number;
  if (ai <= F.jsaLimit1Test) base = ai;
  else if (ai <= F.jsaBandATest) base = F.jsaLimit1Amount + F.jsaRate1 * (ai - F.jsaLimit1Amount);
  else if (ai <= F.jsaBandBTest) base = F.jsaBase2Amount + F.jsaRate2 * (ai - F.jsaBandAAmount);
  else base = F.jsaMaxAmount;
  const eligible = Math.max(0, base - gd);
  let credit = Math.min(eligible * F.localTaxRate, localTax);
  if (F.hasPhaseOut && ai > F.jsaPhaseOutStartAmount) credit = Math.max(0, credit - F.jsaPhaseOutRate * (ai - F.jsaPhaseOutStartAmount));
  return credit;
}

/**
 * One state's month (household.ts, householdMonth): writes the monthly taxes, försörjningsstöd and
 * disposable income into `out` (a reused scratch object, so no allocation per evaluation).
 */
interface MonthScratch {
  municipal: number;
  regional: number;
  state: number;
  credit: number;
  tax: number;
  assistance: number;
  disposable: number;
}

function month(work: number, benefit: number, taxableBenefit: number, housing: number, housingCost: number, F: FastParameters, out: MonthScratch): void {
  const workIncome = 12 * work;
  const ffi = 12 * (work + taxableBenefit);
  const gd = allowance(ffi, F);
  const taxable = Math.max(0, ffi - gd);
  const municipal = F.taxMunicipal * taxable;
  const regional = F.taxRegional * taxable;
  const state = F.taxState * Math.max(0, taxable - F.taxStateThreshold);
  const credit = jobTaxCredit(workIncome, gd, municipal + regional, F);
  const tax = (municipal + regional + state - credit) / 12;
  const net = work + benefit - tax + housing;
  const assistance = Math.max(0, F.fsNorm + housingCost - net);
  out.municipal = municipal / 12;
  out.regional = regional / 12;
  out.state = state / 12;
  out.credit = credit / 12;
  out.tax = tax;
  out.assistance = assistance;
  out.disposable = net + assistance;
}

const STATE_0: MonthScratch = { municipal: 0, regional: 0, state: 0, credit: 0, tax: 0, assistance: 0, disposable: 0 };
const STATE_1: MonthScratch = { municipal: 0, regional: 0, state: 0, credit: 0, tax: 0, assistance: 0, disposable: 0 };

/** -0 reads as 0, as the full engine's items do. */
function plain(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * The six actor totals of a parsed input under a parameter set (FastParameters: see fastParameters()).
 * Equal to computeParsedEffect(input, P, …).actors.
 */
export function computeTotals(input: ModelInput, F: FastParameters): ActorTotals {
  const isJob = input.form !== "praktik";
  const scope = input.scope;
  const salary = input.salary;
  const age = input.age;

  // §4.1 the benefit before the placement (benefits.ts: deriveBenefit, monthlyBenefit).
  const kind =
    input.benefit !== null
      ? input.benefit
      : input.newArrival
        ? "etableringsersättning"
        : input.aKassa
          ? "a-kassa"
          : age < 25
            ? "utvecklingsersättning"
            : "aktivitetsstöd";
  let benefit = 0;
  let taxableKind = false;
  switch (kind) {
    case "etableringsersättning":
      benefit = F.etableringMonthly;
      break;
    case "a-kassa":
      benefit = Math.max(F.akassaBasicMonthly, F.akassaReplacement * Math.min(input.priorIncome, F.akassaCeiling));
      taxableKind = true;
      break;
    case "aktivitetsstöd":
      benefit = F.aktivitetsstodMonthly;
      taxableKind = true;
      break;
    case "utvecklingsersättning":
      benefit = F.utvecklingMonthly;
      break;
    case "ingen":
      break;
  }
  const housingCost = input.housingCost ?? F.fsHousingCost;

  // §4.2 state 0 (unemployed) and state 1 (in the placement).
  const housing0 = input.housingBenefit ? (input.housingBenefitAmount ?? F.bbMonthly) : 0;
  const taxableBenefit0 = taxableKind ? benefit : 0;
  month(0, benefit, taxableBenefit0, housing0, housingCost, F, STATE_0);
  const work1 = isJob ? salary : 0;
  const benefit1 = isJob ? benefit * (1 - scope) : benefit;
  const taxableBenefit1 = taxableKind ? benefit1 : 0;
  let housing1 = 0;
  if (housing0 > 0) {
    const reduction = (F.bbTaper * Math.max(0, 12 * (work1 + taxableBenefit1) - F.bbThreshold)) / 12;
    housing1 = Math.max(0, housing0 - reduction);
  }
  month(work1, benefit1, taxableBenefit1, housing1, housingCost, F, STATE_1);

  const employerFees = isJob ? fees(salary, age, F) : 0;
  const wageCost = isJob ? salary + employerFees : 0;

  // Subsidy (subsidies.ts, subsidyPlan): monthly amount × months paid.
  let subsidyMonthly = 0;
  let subsidyMonths = 0;
  if (isJob) {
    const months = input.months;
    switch (input.subsidy) {
      case "nystartsjobb": {
        const cappedWage = Math.min(salary, F.wageCap * scope);
        const multiple = input.newArrival
          ? F.nsjNewArrival
          : input.unemployedMonths >= 36
            ? F.nsjVeryLong
            : input.unemployedMonths >= 24
              ? F.nsjLong
              : F.nsjBase;
        subsidyMonthly = fees(cappedWage, age, F) + (multiple - 1) * F.feeStandard * cappedWage;
        subsidyMonths = Math.min(months, age < 25 ? F.nsjMaxMonthsYoung : F.nsjMaxMonths);
        break;
      }
      case "introduktionsjobb": {
        const cappedWage = Math.min(salary, F.wageCap * scope);
        subsidyMonthly = F.introRate * (cappedWage + fees(cappedWage, age, F));
        subsidyMonths = Math.min(months, F.introMaxMonths);
        break;
      }
      case "lönebidrag": {
        const cappedWage = Math.min(salary, F.lbCap * scope);
        subsidyMonthly = input.subsidyRate * (cappedWage + fees(cappedWage, age, F));
        subsidyMonths = months;
        break;
      }
      case "ingen":
        break;
    }
  }
  const subsidyTotal = subsidyMonthly * subsidyMonths;

  // Monthly differences placement − unemployed, per position (engine.ts, placementFlows).
  const deltaWork = work1 - 0;
  const deltaBenefit = benefit1 - benefit;
  const deltaAssistance = STATE_1.assistance - STATE_0.assistance;
  const deltaHousing = housing1 - housing0;
  const deltaTax = STATE_1.tax - STATE_0.tax;
  const deltaDisposable = STATE_1.disposable - STATE_0.disposable;
  const production = isJob ? input.productionFactor * wageCost : input.internValue * scope;
  const supervision = input.supervisorSalary * input.supervisionShare * (1 + F.feeStandard);

  // §4.4 booked on the actors, term by term in the order of engine.ts's items.
  const positions = input.positions;
  const scale = input.months * positions;
  const indirectTax = F.indirectTaxRate * scale * deltaDisposable;
  const subsidyPaid = positions * subsidyTotal;
  const procurer = input.organisation;

  let individual = plain(scale * deltaWork);
  individual += plain(scale * deltaBenefit);
  individual += plain(scale * deltaAssistance);
  individual += plain(scale * deltaHousing);
  individual += plain(-scale * deltaTax);
  individual += plain(-indirectTax);

  let municipality = plain(scale * (STATE_1.municipal - STATE_0.municipal));
  municipality += plain(-scale * deltaAssistance);
  if (procurer === "kommun") {
    municipality += plain(-input.procurementCost);
    municipality += plain(-input.bonus);
  }

  let region = plain(scale * (STATE_1.regional - STATE_0.regional));
  if (procurer === "region") {
    region += plain(-input.procurementCost);
    region += plain(-input.bonus);
  }

  let state = plain(scale * employerFees);
  state += plain(scale * (STATE_1.state - STATE_0.state));
  state += plain(-scale * (STATE_1.credit - STATE_0.credit));
  state += plain(-scale * deltaBenefit);
  state += plain(-scale * deltaHousing);
  state += plain(-subsidyPaid);
  state += plain(indirectTax);
  if (procurer === "stat") {
    state += plain(-input.procurementCost);
    state += plain(-input.bonus);
  }

  let employer = plain(scale * production);
  employer += plain(-scale * wageCost);
  employer += plain(-scale * supervision);
  employer += plain(subsidyPaid);
  employer += plain(-positions * input.adminCost);
  employer += plain(input.bonus);

  individual = plain(individual);
  municipality = plain(municipality);
  region = plain(region);
  state = plain(state);
  employer = plain(employer);
  return { individual, municipality, region, state, employer, society: individual + municipality + region + state + employer };
}

// Module-level copies: under tsx (esbuild → CommonJS) each use of an imported binding is a getter call.
const parseInput = inputs.parseInput;
const VERSION = MODEL_VERSION;

/** Default parameter sets in fast form, per year (overrides go through resolveParameters). */
const DEFAULT_FAST = new Map<ParameterYear, FastParameters>();

function fastFor(year: ParameterYear, overrides: ParameterOverrides | undefined): FastParameters {
  if (overrides === undefined) {
    let fast = DEFAULT_FAST.get(year);
    if (fast === undefined) {
      fast = fastParameters(resolveParameters(year));
      DEFAULT_FAST.set(year, fast);
    }
    return fast;
  }
  return fastParameters(resolveParameters(year, overrides));
}

/**
 * computeEffect without line items and warnings: parses a canonical input object and returns the year,
 * the model version and the six actor totals (equal to computeEffect's `actors`). Throws ModelError
 * (only) on a bad input, year or override, exactly as computeEffect does. For callers that need totals
 * only, e.g. `syss effect --totals` and the custom functions.
 */
export function computeEffectTotals(rawInput: unknown, options: TotalsOptions = {}): EffectTotals {
  const input = parseInput(rawInput);
  const year = options.year !== undefined && options.year !== null ? resolveYear(options.year) : (input.year ?? NEWEST_YEAR);
  return { year, modelVersion: VERSION, actors: computeTotals(input, fastFor(year, options.overrides)) };
}
