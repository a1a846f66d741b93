import { expect } from "chai";
import { defaultParameters, parseInput } from "../../../src/domain/model";
import { isLikelyEligibleForNewStartJob, subsidyPlan } from "../../../src/domain/model/subsidies";

const P2025 = defaultParameters(2025);

function plan(fields: Record<string, unknown>, P = P2025) {
  return subsidyPlan(parseInput({ form: "anställning", months: 12, salary: 25_000, ...fields }), P);
}

describe("model: employment subsidies", () => {
  it("nystartsjobb, under 24 months unemployed: 1 × the fee on the wage capped at 20 000 kr", () => {
    // min(25 000, 20 000) = 20 000; 0.3142 × 20 000 = 6 284
    const result = plan({ subsidy: "nystartsjobb", unemployedMonths: 12 });
    expect(result.monthly).to.be.closeTo(6_284, 1e-9);
    expect(result.months).to.equal(12);
  });

  it("nystartsjobb multiples: 2 × from 24 months, 2.5 × from 36 months and for new arrivals", () => {
    // 6 284 + (2 − 1) × 0.3142 × 20 000 = 12 568
    expect(plan({ subsidy: "nystartsjobb", unemployedMonths: 24 }).monthly).to.be.closeTo(12_568, 1e-9);
    // 6 284 + 1.5 × 6 284 = 15 710
    expect(plan({ subsidy: "nystartsjobb", unemployedMonths: 36 }).monthly).to.be.closeTo(15_710, 1e-9);
    expect(plan({ subsidy: "nystartsjobb", unemployedMonths: 0, newArrival: true }).monthly).to.be.closeTo(15_710, 1e-9);
  });

  it("nystartsjobb caps the wage at 20 000 × scope", () => {
    // part time 50 %: min(12 000, 10 000) = 10 000 → 3 142
    expect(plan({ subsidy: "nystartsjobb", scope: 0.5, salary: 12_000 }).monthly).to.be.closeTo(3_142, 1e-9);
    // below the cap the actual wage counts: 0.3142 × 15 000
    expect(plan({ subsidy: "nystartsjobb", salary: 15_000 }).monthly).to.be.closeTo(4_713, 1e-9);
  });

  it("nystartsjobb uses the fee actually paid (2026 youth rate) for the first multiple", () => {
    const P2026 = defaultParameters(2026);
    // age 22: 0.2081 × 20 000 = 4 162; long-term: 4 162 + 1 × 0.3142 × 20 000 = 10 446
    expect(plan({ subsidy: "nystartsjobb", age: 22 }, P2026).monthly).to.be.closeTo(4_162, 1e-9);
    expect(plan({ subsidy: "nystartsjobb", age: 22, unemployedMonths: 30 }, P2026).monthly).to.be.closeTo(10_446, 1e-9);
  });

  it("nystartsjobb is paid at most 12 months under 25 and 24 months from 25", () => {
    expect(plan({ subsidy: "nystartsjobb", age: 24, months: 30 }).months).to.equal(12);
    expect(plan({ subsidy: "nystartsjobb", age: 25, months: 30 }).months).to.equal(24);
    expect(plan({ subsidy: "nystartsjobb", age: 25, months: 6.5 }).months).to.equal(6.5);
  });

  it("introduktionsjobb: 80 % of the capped wage cost, at most 24 months", () => {
    // 0.8 × (20 000 + 6 284) = 21 027.2
    const result = plan({ subsidy: "introduktionsjobb", months: 30 });
    expect(result.monthly).to.be.closeTo(21_027.2, 1e-9);
    expect(result.months).to.equal(24);
  });

  it("lönebidrag: subsidyRate × the wage cost capped at lb.cap × scope, for all months", () => {
    // 2019: cap 19 100; 0.5 × (19 100 × 1.3142) = 12 550.61
    const result = plan({ subsidy: "lönebidrag", months: 60 }, defaultParameters(2019));
    expect(result.monthly).to.be.closeTo(12_550.61, 1e-9);
    expect(result.months).to.equal(60);
    // rate 0.8 and 2025 cap 20 000: 0.8 × 26 284
    expect(plan({ subsidy: "lönebidrag", subsidyRate: 0.8 }).monthly).to.be.closeTo(21_027.2, 1e-9);
  });

  it("pays nothing without a subsidy", () => {
    expect(plan({})).to.deep.equal({ monthly: 0, months: 0 });
  });

  it("flags nystartsjobb eligibility: age 20+, 6 months (20–24) or 12 months (25+), new arrivals always", () => {
    expect(isLikelyEligibleForNewStartJob({ newArrival: false, age: 19, unemployedMonths: 40 })).to.equal(false);
    // Under 20 no nystartsjobb, new arrival or not (SFS 2018:43).
    expect(isLikelyEligibleForNewStartJob({ newArrival: true, age: 19, unemployedMonths: 0 })).to.equal(false);
    expect(isLikelyEligibleForNewStartJob({ newArrival: true, age: 20, unemployedMonths: 0 })).to.equal(true);
    expect(isLikelyEligibleForNewStartJob({ newArrival: false, age: 22, unemployedMonths: 5 })).to.equal(false);
    expect(isLikelyEligibleForNewStartJob({ newArrival: false, age: 22, unemployedMonths: 6 })).to.equal(true);
    expect(isLikelyEligibleForNewStartJob({ newArrival: false, age: 25, unemployedMonths: 11 })).to.equal(false);
    expect(isLikelyEligibleForNewStartJob({ newArrival: false, age: 25, unemployedMonths: 12 })).to.equal(true);
  });
});
