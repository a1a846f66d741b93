/** The ex-ante estimate: totals, ranges and the break-even production factor (spec/exante.md §2). */
import { expect } from "chai";
import fc from "fast-check";
import { computeEffect, ModelError } from "../../../src/domain/model";
import { breakEvenProductionFactor, parseProfiles, sensitivityOf, totals } from "../../../src/domain/exante/sensitivity";
import { validInput } from "../../support/model-inputs";

/** spec/model.md §5. */
const REFERENCE = {
  organisation: "kommun", form: "anställning", months: 12, positions: 1, scope: 1, salary: 20_500, subsidy: "nystartsjobb",
  productionFactor: 0.8, age: 30, unemployedMonths: 18, newArrival: true, aKassa: false, housingBenefit: true,
  supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 10_000, procurementCost: 40_000, bonus: 0, year: 2019,
};

describe("exante: break-even production factor", () => {
  it("reference scenario: (47 311.2 + 10 000 + 40 000) ÷ 323 293.2 = 0.30100", () => {
    const wageCost = 12 * 20_500 * 1.3142; // 323 293.2
    const costs = 12 * 30_000 * 0.1 * 1.3142 + 10_000 + 40_000; // 97 311.2
    const factor = breakEvenProductionFactor(parseProfiles(REFERENCE));
    expect(factor).to.be.closeTo(costs / wageCost, 1e-12);
    expect(factor).to.be.closeTo(0.301, 0.0005);
  });

  it("two profiles: procurement counted once, internship production lowers the cost to cover", () => {
    const job = { form: "anställning", months: 6, positions: 2, salary: 25_000, supervisorSalary: 30_000, supervisionShare: 0.2, adminCost: 5_000, procurementCost: 30_000, year: 2025 };
    const internship = { form: "praktik", months: 3, internValue: 4_000, year: 2025 };
    // By hand: W = 6 × 2 × 25 000 × 1.3142 = 394 260; supervision = 6 × 2 × 6 000 × 1.3142 = 94 622.4;
    // admin 10 000; procurement 30 000; internship production 3 × 4 000 = 12 000.
    const expected = (94_622.4 + 10_000 + 30_000 - 12_000) / 394_260;
    expect(breakEvenProductionFactor(parseProfiles([job, internship]))).to.be.closeTo(expected, 1e-12);
  });

  it("is null when no profile is a job", () => {
    expect(breakEvenProductionFactor(parseProfiles({ form: "praktik", months: 3, internValue: 1_000 }))).to.equal(null);
  });

  it("property: every job profile at the break-even factor puts society's result at 0 within 1 kr", () => {
    fc.assert(
      fc.property(fc.array(validInput, { minLength: 1, maxLength: 4 }), (inputs) => {
        const profiles = parseProfiles(inputs, { year: 2026 });
        const factor = breakEvenProductionFactor(profiles);
        if (factor === null) return;
        // The engine itself, not the formula: set the factor on every job and sum society.
        const society = totals(profiles, (input) => (input.form === "praktik" ? input : { ...input, productionFactor: factor })).society;
        expect(Math.abs(society)).to.be.at.most(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("exante: sensitivity ranges", () => {
  const result = sensitivityOf(parseProfiles(REFERENCE));

  it("base equals the engine's result for the profile", () => {
    expect(result.base).to.deep.equal(computeEffect(REFERENCE).actors);
    expect(result.base.society).to.be.closeTo(161_323.36, 0.01);
  });

  it("production factor ±20 pp moves society by ±0.2 × wage cost, only through the employer", () => {
    const shift = 0.2 * 12 * 20_500 * 1.3142;
    const range = result.ranges.productionFactor;
    expect(range.min.society).to.be.closeTo(result.base.society - shift, 0.01);
    expect(range.max.society).to.be.closeTo(result.base.society + shift, 0.01);
    expect(range.min.individual).to.equal(result.base.individual);
    expect(range.cases.map((entry) => entry.variant)).to.deep.equal(["-0.2", "+0.2"]);
  });

  it("the subsidy on/off range: off takes the subsidy away from the employer and gives it to the state", () => {
    const off = result.ranges.subsidy.cases.find((entry) => entry.variant === "off")?.actors;
    expect(off).to.deep.equal(computeEffect({ ...REFERENCE, subsidy: "ingen" }).actors);
    expect(result.ranges.subsidy.min.employer).to.equal(off?.employer);
    expect(result.ranges.subsidy.max.state).to.equal(off?.state);
  });

  it("months in unemployment 6 / 12 / 24 / 36 each equal an engine run; min ≤ base ≤ max for every actor", () => {
    const cases = result.ranges.unemployedMonths.cases;
    expect(cases.map((entry) => entry.variant)).to.deep.equal(["6", "12", "24", "36"]);
    expect(cases[3]?.actors).to.deep.equal(computeEffect({ ...REFERENCE, unemployedMonths: 36 }).actors);
    for (const range of Object.values(result.ranges)) {
      for (const key of Object.keys(result.base) as (keyof typeof result.base)[]) {
        expect(range.min[key]).to.be.at.most(result.base[key]);
        expect(range.max[key]).to.be.at.least(result.base[key]);
      }
    }
  });

  it("salary ±10 % equals engine runs at 18 450 and 22 550 kr", () => {
    const cases = result.ranges.salary.cases;
    expect(cases[0]?.actors.society).to.be.closeTo(computeEffect({ ...REFERENCE, salary: 18_450 }).actors.society, 1e-6);
    expect(cases[1]?.actors.society).to.be.closeTo(computeEffect({ ...REFERENCE, salary: 22_550 }).actors.society, 1e-6);
  });

  it("a bad profile among several says which one", () => {
    expect(() => parseProfiles([REFERENCE, { form: "anställning", months: -1, salary: 1 }])).to.throw(ModelError, /Profil 2/);
  });
});
