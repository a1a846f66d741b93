/**
 * The totals-only engine (totals.ts) against the full engine (engine.ts): the same six actor totals,
 * to 1e-6 kr, over generated inputs in every parameter year, with and without parameter overrides, and
 * the same errors for bad input. Seeded, so a failure reproduces.
 */
import { expect } from "chai";
import fc from "fast-check";
import {
  ACTOR_KEYS,
  PARAMETER_YEARS,
  computeEffect,
  computeEffectTotals,
  computeParsedEffect,
  computeTotals,
  fastParameters,
  parseInput,
  resolveParameters,
  tryComputeEffect,
} from "../../../src/domain/model";
import { validInput } from "../../support/model-inputs";

const RUNS = { numRuns: 2_000, seed: 19_2026 };
const TOLERANCE = 1e-6;

function expectSameTotals(actual: Readonly<Record<string, number>>, expected: Readonly<Record<string, number>>, context: unknown): void {
  for (const actor of ACTOR_KEYS) {
    const difference = Math.abs((actual[actor] ?? Number.NaN) - (expected[actor] ?? Number.NaN));
    expect(difference <= TOLERANCE, `${actor}: ${actual[actor]} vs ${expected[actor]} for ${JSON.stringify(context)}`).to.equal(true);
  }
}

/** Overrides that move the thresholds and rates the tax and subsidy bands turn on. */
const overrides = fc.record(
  {
    "tax.municipal": fc.double({ min: 0.15, max: 0.25, noNaN: true }),
    "tax.stateThreshold": fc.double({ min: 100_000, max: 900_000, noNaN: true }),
    "fee.standard": fc.double({ min: 0.2, max: 0.4, noNaN: true }),
    "subsidy.wageCap": fc.double({ min: 10_000, max: 40_000, noNaN: true }),
    "bb.threshold": fc.double({ min: 50_000, max: 300_000, noNaN: true }),
    "indirectTax.rate": fc.double({ min: 0, max: 0.3, noNaN: true }),
  },
  { requiredKeys: [] },
);

describe("model: the totals-only engine equals the full engine", () => {
  it("gives the full engine's six actor totals for generated inputs in every year", () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...PARAMETER_YEARS), (raw, year) => {
        const input = parseInput(raw);
        const P = resolveParameters(year);
        expectSameTotals(computeTotals(input, fastParameters(P)), computeParsedEffect(input, P, year).actors, { raw, year });
      }),
      RUNS,
    );
  });

  it("gives the same totals under parameter overrides", () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...PARAMETER_YEARS), overrides, (raw, year, values) => {
        const full = computeEffect(raw, { year, overrides: values });
        const totals = computeEffectTotals(raw, { year, overrides: values });
        expect(totals.year).to.equal(full.year);
        expectSameTotals(totals.actors, full.actors, { raw, year, values });
      }),
      { ...RUNS, numRuns: 500 },
    );
  });

  it("takes the year as computeEffect does: the option, else the input's, else the newest", () => {
    fc.assert(
      fc.property(validInput, (raw) => {
        const full = computeEffect(raw);
        const totals = computeEffectTotals(raw);
        expect(totals.year).to.equal(full.year);
        expect(totals.modelVersion).to.equal(full.modelVersion);
        expectSameTotals(totals.actors, full.actors, raw);
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it("the reference scenario's totals are the full engine's, and the youth fee and 2019 phase-out paths are covered", () => {
    const reference = {
      organisation: "kommun", form: "anställning", months: 12, positions: 1, scope: 1, salary: 20_500, subsidy: "nystartsjobb",
      productionFactor: 0.8, age: 30, unemployedMonths: 18, newArrival: true, aKassa: false, housingBenefit: true,
      supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 10_000, procurementCost: 40_000, year: 2019,
    };
    expectSameTotals(computeEffectTotals(reference).actors, computeEffect(reference).actors, reference);
    const young = { form: "anställning", months: 6, salary: 40_000, age: 20, subsidy: "introduktionsjobb", year: 2026 };
    expectSameTotals(computeEffectTotals(young).actors, computeEffect(young).actors, young);
    const highEarner = { form: "anställning", months: 12, salary: 90_000, age: 40, aKassa: true, priorIncome: 90_000, year: 2019 };
    expectSameTotals(computeEffectTotals(highEarner).actors, computeEffect(highEarner).actors, highEarner);
  });

  it("rejects bad input with the full engine's error", () => {
    for (const raw of [{ form: "anställning" }, { form: "praktik", months: 0 }, { form: "jobb", months: 3 }, null]) {
      const full = tryComputeEffect(raw);
      expect(full.ok).to.equal(false);
      let thrown: unknown = null;
      try {
        computeEffectTotals(raw);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(raw)).to.deep.equal(full.ok ? null : full.error);
    }
  });
});
