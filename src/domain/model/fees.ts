/**
 * Employer social security fees (arbetsgivaravgifter) on a monthly pay, by the employee's age at the
 * start of the year (spec/model.md §4.2): the reduced rate for older employees, the 2026 youth rate on
 * pay up to a cap, otherwise the full rate.
 */
import type { ParameterValues } from "./parameters";

/** Employer fees in kr on a monthly pay. The older-employee rate wins if both reductions could apply. */
export function employerFees(monthlyPay: number, age: number, P: ParameterValues): number {
  if (monthlyPay <= 0) return 0;
  if (age >= P["fee.olderAge"]) return P["fee.older"] * monthlyPay;
  // The youth reduction exists only in parameter sets that define all four of its parameters (2026).
  const { "fee.youth": youthRate, "fee.youthMinAge": minAge, "fee.youthMaxAge": maxAge, "fee.youthCap": cap } = P;
  if (youthRate !== undefined && minAge !== undefined && maxAge !== undefined && cap !== undefined && age >= minAge && age <= maxAge) {
    const reducedPart = Math.min(monthlyPay, cap);
    return youthRate * reducedPart + P["fee.standard"] * (monthlyPay - reducedPart);
  }
  return P["fee.standard"] * monthlyPay;
}
