/** fast-check generators of valid model inputs (canonical keys), shared by property tests. */
import fc from "fast-check";

const money = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

/** Any valid input: every form, subsidy, benefit, organisation and year, with optional fields left out at times. */
export const validInput = fc
  .record(
    {
      form: fc.constantFrom("anställning", "lärlingsanställning", "praktik"),
      organisation: fc.constantFrom("kommun", "region", "stat"),
      months: fc.double({ min: 0.05, max: 120, noNaN: true }),
      positions: fc.integer({ min: 1, max: 10_000 }),
      scope: fc.double({ min: 0.01, max: 1, noNaN: true }),
      salary: fc.double({ min: 1, max: 120_000, noNaN: true }),
      subsidy: fc.constantFrom("ingen", "nystartsjobb", "introduktionsjobb", "lönebidrag"),
      subsidyRate: fc.double({ min: 0, max: 1, noNaN: true }),
      productionFactor: fc.double({ min: 0, max: 1.5, noNaN: true }),
      internValue: money(30_000),
      age: fc.integer({ min: 16, max: 80 }),
      unemployedMonths: fc.integer({ min: 0, max: 200 }),
      newArrival: fc.boolean(),
      aKassa: fc.boolean(),
      priorIncome: money(100_000),
      benefit: fc.constantFrom("etableringsersättning", "a-kassa", "aktivitetsstöd", "utvecklingsersättning", "ingen"),
      housingBenefit: fc.boolean(),
      housingBenefitAmount: money(8_000),
      housingCost: money(20_000),
      supervisorSalary: money(80_000),
      supervisionShare: fc.double({ min: 0, max: 1, noNaN: true }),
      adminCost: money(100_000),
      procurementCost: money(1_000_000),
      bonus: money(1_000_000),
      year: fc.constantFrom(2019, 2025, 2026),
    },
    { requiredKeys: ["form", "months", "salary"] },
  )
  .map((input) => (input.form === "praktik" ? { ...input, subsidy: "ingen" } : input));

export type ValidInput = typeof validInput extends fc.Arbitrary<infer T> ? T : never;
