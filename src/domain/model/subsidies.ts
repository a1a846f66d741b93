/**
 * Employment subsidies paid by Arbetsförmedlingen to the employer (spec/model.md §4.2): nystartsjobb,
 * introduktionsjobb and lönebidrag, each on a capped wage, for a capped number of months.
 */
import { employerFees } from "./fees";
import type { ModelInput } from "./inputs";
import type { ParameterValues } from "./parameters";

export interface SubsidyPlan {
  /** Per month per position. */
  readonly monthly: number;
  /** Months the subsidy is paid: min(placement months, the subsidy's maximum). */
  readonly months: number;
}

const NO_SUBSIDY: SubsidyPlan = { monthly: 0, months: 0 };

/** The nystartsjobb multiple of the employer fee, by new-arrival status and unemployment length. */
export function newStartJobMultiple(input: Pick<ModelInput, "newArrival" | "unemployedMonths">, P: ParameterValues): number {
  if (input.newArrival) return P["subsidy.nsj.newArrival"];
  if (input.unemployedMonths >= 36) return P["subsidy.nsj.veryLong"];
  if (input.unemployedMonths >= 24) return P["subsidy.nsj.long"];
  return P["subsidy.nsj.base"];
}

export function subsidyPlan(input: ModelInput, P: ParameterValues): SubsidyPlan {
  if (input.form === "praktik" || input.subsidy === "ingen") return NO_SUBSIDY;
  const { salary, scope, age, months } = input;
  switch (input.subsidy) {
    case "nystartsjobb": {
      const cappedWage = Math.min(salary, P["subsidy.wageCap"] * scope);
      const multiple = newStartJobMultiple(input, P);
      // The fee actually paid on the capped wage, plus (k − 1) full-rate fees on it.
      const monthly = employerFees(cappedWage, age, P) + (multiple - 1) * P["fee.standard"] * cappedWage;
      const maxMonths = age < 25 ? P["subsidy.nsj.maxMonthsYoung"] : P["subsidy.nsj.maxMonths"];
      return { monthly, months: Math.min(months, maxMonths) };
    }
    case "introduktionsjobb": {
      const cappedWage = Math.min(salary, P["subsidy.wageCap"] * scope);
      const monthly = P["subsidy.intro.rate"] * (cappedWage + employerFees(cappedWage, age, P));
      return { monthly, months: Math.min(months, P["subsidy.intro.maxMonths"]) };
    }
    case "lönebidrag": {
      const cappedWage = Math.min(salary, P["subsidy.lb.cap"] * scope);
      const monthly = input.subsidyRate * (cappedWage + employerFees(cappedWage, age, P));
      return { monthly, months };
    }
  }
}

/** Nystartsjobb eligibility as a plausibility check (a warning, not an error). */
/**
 * Introduktionsjobb (särskilt anställningsstöd, SFS 2018:42): every route into it — jobbgarantin för
 * ungdomar after 200 days, a new arrival, or jobb- och utvecklingsgarantin, which starts at 25 — requires
 * the person to have turned 20 (Arbetsförmedlingen's conditions for employers). Unemployment routes cannot
 * be checked from the model's inputs, so only the age is judged.
 */
export function isLikelyEligibleForIntroductionJob(input: Pick<ModelInput, "age">): boolean {
  return input.age >= 20;
}

export function isLikelyEligibleForNewStartJob(input: Pick<ModelInput, "newArrival" | "age" | "unemployedMonths">): boolean {
  // SFS 2018:43: nystartsjobb only from age 20, for new arrivals too; they are spared the unemployment time.
  if (input.age < 20) return false;
  if (input.newArrival) return true;
  if (input.age >= 25) return input.unemployedMonths >= 12;
  return input.unemployedMonths >= 6;
}
