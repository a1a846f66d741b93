/**
 * Employer social security fees (arbetsgivaravgifter) on a monthly pay, by the employee's age at the
 * start of the year (spec/model.md §4.2): the reduced rate for older employees, the 2026 youth rate on
 * pay up to a cap, otherwise the full rate.
 */
import type { ParameterValues } from "./parameters";

function youthRateApplies(age: number, P: ParameterValues): boolean {
  const { "fee.youth": rate, "fee.youthMinAge": minAge, "fee.youthMaxAge": maxAge, "fee.youthCap": cap } = P;
  return rate !== undefined && minAge !== undefined && maxAge !== undefined && cap !== undefined && age >= minAge && age <= maxAge;
}

/** Employer fees in kr on a monthly pay. */
export function employerFees(monthlyPay: number, age: number, P: ParameterValues): number {
  if (monthlyPay <= 0) return 0;
  if (age >= P["fee.olderAge"]) return P["fee.older"] * monthlyPay;
  if (youthRateApplies(age, P)) {
    // Checked by youthRateApplies: the youth parameters exist in this set.
    const cap = P["fee.youthCap"] ?? 0;
    const youthRate = P["fee.youth"] ?? P["fee.standard"];
    const reducedPart = Math.min(monthlyPay, cap);
    return youthRate * reducedPart + P["fee.standard"] * (monthlyPay - reducedPart);
  }
  return P["fee.standard"] * monthlyPay;
}
