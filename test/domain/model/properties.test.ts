/** Properties of the engine over random valid and invalid inputs (fast-check). */
import { expect } from "chai";
import fc from "fast-check";
import { INPUT_KEYS, ModelError, computeEffect, defaultParameters, parseInput, tryComputeEffect } from "../../../src/domain/model";
import { employerFees } from "../../../src/domain/model/fees";
import { validInput } from "../../support/model-inputs";

const RUNS = { numRuns: 500 };

/** Invariant I1's right-hand side, computed from the inputs without the engine's internals. */
function productionMinusCosts(raw: Record<string, unknown>): number {
  const input = parseInput(raw);
  const P = defaultParameters(input.year ?? 2026);
  const perMonth =
    input.form === "praktik"
      ? input.internValue * input.scope
      : input.productionFactor * (input.salary + employerFees(input.salary, input.age, P));
  const supervision = input.supervisorSalary * input.supervisionShare * (1 + P["fee.standard"]);
  return input.months * input.positions * (perMonth - supervision) - input.positions * input.adminCost - input.procurementCost;
}

describe("model: properties over random inputs", () => {
  it("I1: society = production − supervision − admin − procurement, within 0.01 kr", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(computeEffect(input).actors.society).to.be.closeTo(productionMinusCosts(input), 0.01);
      }),
      RUNS,
    );
  });

  it("every actor total is exactly the sum of its items", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = computeEffect(input);
        for (const actor of ["individual", "municipality", "region", "state", "employer"] as const) {
          let sum = 0;
          for (const item of result.items) if (item.actor === actor) sum += item.amount;
          expect(result.actors[actor]).to.equal(sum);
        }
      }),
      RUNS,
    );
  });

  it("never returns NaN or Infinity", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = computeEffect(input);
        for (const value of Object.values(result.actors)) expect(Number.isFinite(value)).to.equal(true);
        for (const item of result.items) expect(Number.isFinite(item.amount), item.key).to.equal(true);
      }),
      RUNS,
    );
  });

  it("is linear in positions, apart from the one-off procurement cost and bonus", () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 2, max: 500 }), (input, factor) => {
        const one = computeEffect({ ...input, positions: 1 });
        const many = computeEffect({ ...input, positions: factor });
        expect(many.items.length).to.equal(one.items.length);
        one.items.forEach((item, index) => {
          const scaled = many.items[index];
          expect(scaled?.key).to.equal(item.key);
          const expected = item.key === "procurementCost" || item.key === "bonus" ? item.amount : factor * item.amount;
          expect(scaled?.amount ?? Number.NaN).to.be.closeTo(expected, 1e-9 * Math.max(1, Math.abs(expected)));
        });
      }),
      RUNS,
    );
  });

  /** Values no key accepts: they are neither numbers, nor booleans, nor known choices, nor dates. */
  const alwaysInvalid = fc.constantFrom<unknown>("inte ett värde", "-", "12abc", {}, [1], Number.NaN, Number.NEGATIVE_INFINITY, -1e6);

  it("a known key with an invalid value gives a ModelError naming that key", () => {
    const corruptible = INPUT_KEYS.filter((key) => !["startDate", "plannedEndDate", "actualEndDate"].includes(key));
    fc.assert(
      fc.property(validInput, fc.constantFrom(...corruptible), alwaysInvalid, (input, key, value) => {
        const outcome = tryComputeEffect({ ...input, [key]: value });
        expect(outcome.ok).to.equal(false);
        if (!outcome.ok) {
          expect(outcome.error).to.be.instanceOf(ModelError);
          expect(outcome.error.field).to.equal(key);
          expect(outcome.error.messages.sv).to.be.a("string").and.not.empty;
        }
      }),
      RUNS,
    );
  });

  it("arbitrary values under known keys give a result or a ModelError, never another exception", () => {
    const randomFields = fc.dictionary(fc.constantFrom(...INPUT_KEYS), fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }));
    fc.assert(
      fc.property(validInput, randomFields, (input, fields) => {
        const outcome = tryComputeEffect({ ...input, ...fields });
        if (outcome.ok) {
          for (const value of Object.values(outcome.result.actors)) expect(Number.isFinite(value)).to.equal(true);
        } else {
          expect(outcome.error).to.be.instanceOf(ModelError);
        }
      }),
      RUNS,
    );
  });

  it("anything at all as the input gives a ModelError or a result", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (raw) => {
        const outcome = tryComputeEffect(raw);
        if (!outcome.ok) expect(outcome.error).to.be.instanceOf(ModelError);
      }),
      RUNS,
    );
  });
});
