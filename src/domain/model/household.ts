/**
 * The person's monthly economy in one state (spec/model.md §4.2): unemployed (state 0) or in the
 * placement (state 1). Everything per month per position.
 */
import { socialAssistance } from "./benefits";
import type { ParameterValues } from "./parameters";
import { annualIncomeTax } from "./tax";

export interface HouseholdMonth {
  readonly workIncome: number;
  readonly benefit: number;
  readonly municipalTax: number;
  readonly regionalTax: number;
  readonly stateTax: number;
  readonly jobTaxCredit: number;
  /** What the person pays: municipal + regional + state − jobbskatteavdrag. */
  readonly tax: number;
  readonly housingBenefit: number;
  readonly socialAssistance: number;
  /** Disposable income: work + benefit − tax + bostadsbidrag + försörjningsstöd. */
  readonly disposable: number;
}

/**
 * Taxes on the annual amounts (arbetsinkomst 12 × work income, FFI 12 × (work income + taxable
 * benefit)), monthly tax = annual / 12; then försörjningsstöd tops the net income up to the norm.
 */
export function householdMonth(
  workIncome: number,
  benefit: number,
  taxableBenefit: number,
  housingBenefit: number,
  housingCost: number,
  P: ParameterValues,
): HouseholdMonth {
  const annual = annualIncomeTax(12 * workIncome, 12 * (workIncome + taxableBenefit), P);
  const tax = annual.total / 12;
  const net = workIncome + benefit - tax + housingBenefit;
  const assistance = socialAssistance(net, housingCost, P);
  return {
    workIncome,
    benefit,
    municipalTax: annual.municipal / 12,
    regionalTax: annual.regional / 12,
    stateTax: annual.state / 12,
    jobTaxCredit: annual.jobTaxCredit / 12,
    tax,
    housingBenefit,
    socialAssistance: assistance,
    disposable: net + assistance,
  };
}
