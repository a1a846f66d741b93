/**
 * Income support around the placement (spec/model.md §4.1–4.2): the benefit the person had while
 * unemployed (derived when not given), bostadsbidrag and its income taper, and försörjningsstöd.
 */
import type { BenefitKind, ModelInput } from "./inputs";
import type { ParameterValues } from "./parameters";

/** The given benefit, else: new arrival → etableringsersättning; a-kassa → a-kassa; under 25 → utvecklingsersättning; else aktivitetsstöd. */
export function deriveBenefit(input: Pick<ModelInput, "benefit" | "newArrival" | "aKassa" | "age">): BenefitKind {
  if (input.benefit !== null) return input.benefit;
  if (input.newArrival) return "etableringsersättning";
  if (input.aKassa) return "a-kassa";
  if (input.age < 25) return "utvecklingsersättning";
  return "aktivitetsstöd";
}

export interface MonthlyBenefit {
  /** Full-time amount per month, kr. */
  readonly amount: number;
  /** Whether it counts as taxable income (fastställd förvärvsinkomst). */
  readonly taxable: boolean;
}

export function monthlyBenefit(kind: BenefitKind, priorIncome: number, P: ParameterValues): MonthlyBenefit {
  const days = P["benefit.daysPerMonth"];
  switch (kind) {
    case "etableringsersättning":
      return { amount: P["benefit.etablering.daily"] * days, taxable: false };
    case "a-kassa":
      return {
        amount: Math.max(
          P["benefit.akassa.basicDaily"] * days,
          P["benefit.akassa.replacement"] * Math.min(priorIncome, P["benefit.akassa.ceiling"]),
        ),
        taxable: true,
      };
    case "aktivitetsstöd":
      return { amount: P["benefit.aktivitetsstod.daily"] * days, taxable: true };
    case "utvecklingsersättning":
      return { amount: P["benefit.utveckling.daily"] * days, taxable: false };
    case "ingen":
      return { amount: 0, taxable: false };
  }
}

/**
 * Bostadsbidrag in a month, reduced by bb.taper of the annual income above bb.threshold
 * (income = 12 × (work income + taxable benefit)).
 */
export function housingBenefitAfterTaper(unemployedAmount: number, annualIncome: number, P: ParameterValues): number {
  const reduction = (P["bb.taper"] * Math.max(0, annualIncome - P["bb.threshold"])) / 12;
  return Math.max(0, unemployedAmount - reduction);
}

/** Försörjningsstöd: what tops net income up to the riksnorm plus a reasonable housing cost. */
export function socialAssistance(netIncome: number, housingCost: number, P: ParameterValues): number {
  return Math.max(0, P["fs.norm"] + housingCost - netIncome);
}
