/**
 * Swedish income tax on an annual income (spec/model.md §4.3): grundavdrag, municipal, regional and
 * state tax, and jobbskatteavdrag. Amounts in kr per year. The only rounding is where the law rounds:
 * grundavdrag up to whole 100 kr, arbetsinkomst down to whole 100 kr in the jobbskatteavdrag.
 */
import type { ParameterValues } from "./parameters";

/** Tolerance for band limits computed as pbb × factor, which floating point may miss by a hair. */
const LIMIT_EPSILON = 1e-6;

function roundUpToHundred(amount: number): number {
  return Math.ceil(amount / 100 - 1e-9) * 100;
}

function roundDownToHundred(amount: number): number {
  return Math.floor(amount / 100 + 1e-9) * 100;
}

/** Grundavdrag from fastställd förvärvsinkomst (FFI), rounded up to 100 kr, never above FFI. */
export function basicAllowance(ffi: number, P: ParameterValues): number {
  if (ffi <= 0) return 0;
  const pbb = P.pbb;
  let allowance: number;
  if (ffi <= P["gd.limit1"] * pbb + LIMIT_EPSILON) {
    allowance = P["gd.base"] * pbb;
  } else if (ffi <= P["gd.limit2"] * pbb + LIMIT_EPSILON) {
    allowance = P["gd.base"] * pbb + P["gd.rise"] * (ffi - P["gd.limit1"] * pbb);
  } else if (ffi <= P["gd.limit3"] * pbb + LIMIT_EPSILON) {
    allowance = P["gd.max"] * pbb;
  } else if (ffi <= P["gd.limit4"] * pbb + LIMIT_EPSILON) {
    allowance = P["gd.max"] * pbb - P["gd.fall"] * (ffi - P["gd.limit3"] * pbb);
  } else {
    allowance = P["gd.min"] * pbb;
  }
  return Math.min(roundUpToHundred(allowance), ffi);
}

/** The jobbskatteavdrag bracket amount before the grundavdrag is subtracted, from rounded arbetsinkomst. */
export function jobTaxCreditBase(roundedWorkIncome: number, P: ParameterValues): number {
  const ai = roundedWorkIncome;
  const pbb = P.pbb;
  const limit1 = P["jsa.limit1"] * pbb;
  if (ai <= limit1 + LIMIT_EPSILON) return ai;
  if (ai <= P["jsa.bandA"] * pbb + LIMIT_EPSILON) return limit1 + P["jsa.rate1"] * (ai - limit1);
  if (ai <= P["jsa.bandB"] * pbb + LIMIT_EPSILON) return P["jsa.base2"] * pbb + P["jsa.rate2"] * (ai - P["jsa.bandA"] * pbb);
  return P["jsa.max"] * pbb;
}

/**
 * Jobbskatteavdrag: min(U × (municipal + regional rate), municipal + regional tax) with
 * U = max(0, bracket − grundavdrag); then the 2019 phase-out above jsa.phaseOutStart pbb.
 */
export function jobTaxCredit(workIncome: number, allowance: number, localTax: number, P: ParameterValues): number {
  const ai = roundDownToHundred(workIncome);
  if (ai <= 0) return 0;
  const eligible = Math.max(0, jobTaxCreditBase(ai, P) - allowance);
  let credit = Math.min(eligible * (P["tax.municipal"] + P["tax.regional"]), localTax);
  const phaseOutStart = P["jsa.phaseOutStart"];
  const phaseOutRate = P["jsa.phaseOutRate"];
  if (phaseOutStart !== undefined && phaseOutRate !== undefined && ai > phaseOutStart * P.pbb) {
    credit = Math.max(0, credit - phaseOutRate * (ai - phaseOutStart * P.pbb));
  }
  return credit;
}

/** One year's income tax, split by who receives it. */
export interface AnnualTax {
  readonly allowance: number;
  readonly taxableIncome: number;
  readonly municipal: number;
  readonly regional: number;
  readonly state: number;
  /** Jobbskatteavdrag, financed by the state. */
  readonly jobTaxCredit: number;
  /** What the person pays: municipal + regional + state − jobbskatteavdrag. */
  readonly total: number;
}

/**
 * @param workIncome arbetsinkomst per year (salary)
 * @param assessedIncome fastställd förvärvsinkomst per year (salary + taxable benefits)
 */
export function annualIncomeTax(workIncome: number, assessedIncome: number, P: ParameterValues): AnnualTax {
  const allowance = basicAllowance(assessedIncome, P);
  const taxableIncome = Math.max(0, assessedIncome - allowance);
  const municipal = P["tax.municipal"] * taxableIncome;
  const regional = P["tax.regional"] * taxableIncome;
  const state = P["tax.state"] * Math.max(0, taxableIncome - P["tax.stateThreshold"]);
  const credit = jobTaxCredit(workIncome, allowance, municipal + regional, P);
  return { allowance, taxableIncome, municipal, regional, state, jobTaxCredit: credit, total: municipal + regional + state - credit };
}
