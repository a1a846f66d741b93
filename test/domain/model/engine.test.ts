import { expect } from "chai";
import { computeEffect, tryComputeEffect, type EffectResult, type ItemActor } from "../../../src/domain/model";
import { fromHeaderRow, headerKey } from "../../../src/domain/model/headers";
import { PLACEMENT_HEADERS } from "../../../src/domain/followup/names";

/** spec/model.md §5: Upphandlingsmyndigheten's worked example (2019). */
const REFERENCE = {
  organisation: "kommun",
  form: "anställning",
  months: 12,
  positions: 1,
  scope: 1,
  salary: 20_500,
  subsidy: "nystartsjobb",
  productionFactor: 0.8,
  age: 30,
  unemployedMonths: 18,
  newArrival: true,
  aKassa: false,
  housingBenefit: true,
  supervisorSalary: 30_000,
  supervisionShare: 0.1,
  adminCost: 10_000,
  procurementCost: 40_000,
  bonus: 0,
  year: 2019,
};

function item(result: EffectResult, actor: ItemActor, key: string): number {
  const found = result.items.find((candidate) => candidate.actor === actor && candidate.key === key);
  if (found === undefined) throw new Error(`no item ${actor}/${key}`);
  return found.amount;
}

describe("model: the reference scenario (spec §5, 2019)", () => {
  const result = computeEffect(REFERENCE);

  it("gives society = 0.8 × 323 293.2 − 47 311.2 − 10 000 − 40 000 = 161 323.36 kr (invariant I1)", () => {
    // wage cost 20 500 × 1.3142 × 12 = 323 293.2; production 0.8 × that = 258 634.56
    // supervision 30 000 × 0.10 × 1.3142 × 12 = 47 311.2
    expect(result.actors.society).to.be.closeTo(161_323.36, 0.005);
  });

  it("books the employer's flows", () => {
    expect(item(result, "employer", "productionValue")).to.be.closeTo(258_634.56, 1e-6);
    expect(item(result, "employer", "wageCost")).to.be.closeTo(-323_293.2, 1e-6);
    expect(item(result, "employer", "supervisionCost")).to.be.closeTo(-47_311.2, 1e-6);
    // nystartsjobb for a new arrival: k = 2.5 on the capped 20 000 kr: 6 284 + 1.5 × 6 284 = 15 710 × 12
    expect(item(result, "employer", "subsidy")).to.be.closeTo(188_520, 1e-6);
    expect(item(result, "employer", "adminCost")).to.equal(-10_000);
    // 258 634.56 − 323 293.2 − 47 311.2 + 188 520 − 10 000
    expect(result.actors.employer).to.be.closeTo(66_550.16, 1e-6);
  });

  it("pins every actor's result, computed by hand", () => {
    // Unemployed (state 0): etableringsersättning 308 × 21.67 = 6 674.36 tax-free; bostadsbidrag 2 500;
    //   försörjningsstöd 4 080 + 5 500 − (6 674.36 + 2 500) = 405.64; disposable 9 580.
    // Employed (state 1): FFI = AI = 246 000; GA 25 700; TI 220 300;
    //   municipal 0.207 × 220 300 = 45 602.1; regional 0.1149 × 220 300 = 25 312.47;
    //   JSA (83 528.22 − 25 700) × 0.3219 = 18 614.904; tax 52 299.666 / year = 4 358.3055 / month;
    //   bostadsbidrag 2 500 − 0.2 × (246 000 − 135 000) / 12 = 650 (issue 20: the 2019 limit is 135 000, not 117 000);
    //   net 20 500 − 4 358.3055 + 650 = 16 791.6945 ≥ 9 580, so no FS.
    // ΔD = 7 211.6945 / month, × 12 = 86 540.334; indirect tax 18 % = 15 577.26.
    // individual = 0.82 × 86 540.334 = 70 963.07
    expect(result.actors.individual).to.be.closeTo(70_963.0739, 0.001);
    // municipality = 45 602.1 + 405.64 × 12 − 40 000 = 10 469.78
    expect(result.actors.municipality).to.be.closeTo(10_469.78, 1e-6);
    // region = 25 312.47
    expect(result.actors.region).to.be.closeTo(25_312.47, 1e-6);
    // state = fees 77 293.2 − JSA 18 614.904 + benefit 80 092.32 + bostadsbidrag 1 850 × 12 − subsidy 188 520 + indirect 15 577.26
    expect(result.actors.state).to.be.closeTo(-11_972.1239, 0.001);
    expect(result.actors.employer).to.be.closeTo(66_550.16, 1e-6);
  });

  it("reports the year, the model version and the bostadsbidrag age warning", () => {
    expect(result.year).to.equal(2019);
    expect(result.modelVersion).to.match(/^1\.\d+\.\d+$/);
    expect(result.warnings.map((warning) => warning.code)).to.deep.equal(["HOUSING_BENEFIT_AGE"]);
  });
});

describe("model: computeEffect", () => {
  const job = { form: "anställning", months: 12, salary: 25_000, year: 2025 };

  it("makes every actor total the exact sum of its items, and society the sum of the five", () => {
    const result = computeEffect({ ...job, subsidy: "lönebidrag", housingBenefit: true, bonus: 5_000, procurementCost: 1_000 });
    for (const actor of ["individual", "municipality", "region", "state", "employer"] as const) {
      const sum = result.items.filter((candidate) => candidate.actor === actor).reduce((total, candidate) => total + candidate.amount, 0);
      expect(result.actors[actor]).to.equal(sum);
    }
    const { individual, municipality, region, state, employer } = result.actors;
    expect(result.actors.society).to.equal(individual + municipality + region + state + employer);
  });

  it("charges procurement cost and bonus to the procuring organisation, and pays the bonus to the employer", () => {
    for (const [organisation, actor] of [["kommun", "municipality"], ["region", "region"], ["stat", "state"]] as const) {
      const result = computeEffect({ ...job, organisation, procurementCost: 40_000, bonus: 15_000 });
      expect(item(result, actor, "procurementCost")).to.equal(-40_000);
      expect(item(result, actor, "bonus")).to.equal(-15_000);
      expect(item(result, "employer", "bonus")).to.equal(15_000);
      expect(result.items.filter((candidate) => candidate.key === "procurementCost")).to.have.length(1);
    }
  });

  it("praktik: no pay, the benefit continues, only production, supervision and admin remain", () => {
    const result = computeEffect({ form: "praktik", months: 6, scope: 0.5, internValue: 4_000, supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 2_000, year: 2025 });
    expect(result.actors.individual).to.equal(0);
    expect(result.actors.state).to.equal(0);
    expect(result.actors.municipality).to.equal(0);
    // 6 × 4 000 × 0.5 − 6 × 30 000 × 0.1 × 1.3142 − 2 000 = 12 000 − 23 655.6 − 2 000
    expect(result.actors.employer).to.be.closeTo(-13_655.6, 1e-6);
    expect(result.actors.society).to.be.closeTo(-13_655.6, 1e-6);
  });

  it("part time: the benefit continues for the hours not worked", () => {
    // aktivitetsstöd 365 × 21.67 = 7 909.55 per month; at 50 % half of it stops: −3 954.775 × 12
    const result = computeEffect({ ...job, scope: 0.5, salary: 12_500, age: 40 });
    expect(item(result, "individual", "benefit")).to.be.closeTo(-3_954.775 * 12, 1e-6);
    expect(item(result, "state", "benefit")).to.be.closeTo(3_954.775 * 12, 1e-6);
  });

  it("multiplies per-position flows by positions; procurement cost and bonus stay one-off", () => {
    const one = computeEffect({ ...job, adminCost: 1_000, procurementCost: 40_000, bonus: 10_000 });
    const three = computeEffect({ ...job, positions: 3, adminCost: 1_000, procurementCost: 40_000, bonus: 10_000 });
    expect(item(three, "employer", "wageCost")).to.be.closeTo(3 * item(one, "employer", "wageCost"), 1e-6);
    expect(item(three, "employer", "adminCost")).to.equal(-3_000);
    expect(item(three, "municipality", "procurementCost")).to.equal(-40_000);
    expect(item(three, "employer", "bonus")).to.equal(10_000);
  });

  it("uses the given year over the input's year, then the input's year, then the newest", () => {
    expect(computeEffect({ ...job, year: 2019 }, { year: 2025 }).year).to.equal(2025);
    expect(computeEffect({ ...job, year: 2019 }).year).to.equal(2019);
    expect(computeEffect({ form: "anställning", months: 12, salary: 25_000 }).year).to.equal(2026);
  });

  it("applies overrides", () => {
    const base = computeEffect(job);
    const higher = computeEffect(job, { overrides: { "tax.municipal": 0.25 } });
    expect(item(higher, "municipality", "municipalTax")).to.be.greaterThan(item(base, "municipality", "municipalTax"));
    expect(higher.actors.society).to.be.closeTo(base.actors.society, 1e-6);
  });

  it("labels items in Swedish by default and in English on request", () => {
    expect(computeEffect(job).items[0]?.label).to.equal("Arbetsinkomst (bruttolön)");
    expect(computeEffect(job, { lang: "en" }).items[0]?.label).to.equal("Work income (gross pay)");
  });

  it("warns about nystartsjobb eligibility, capped subsidy months, low salary and a salary for praktik", () => {
    const codes = (fields: Record<string, unknown>, lang: "sv" | "en" = "sv") => computeEffect({ ...job, ...fields }, { lang }).warnings.map((warning) => warning.code);
    expect(codes({ subsidy: "nystartsjobb", age: 30, unemployedMonths: 6 })).to.include("NSJ_NOT_ELIGIBLE");
    expect(codes({ subsidy: "nystartsjobb", age: 30, unemployedMonths: 12 })).not.to.include("NSJ_NOT_ELIGIBLE");
    expect(codes({ subsidy: "introduktionsjobb", months: 30 })).to.include("SUBSIDY_MONTHS_CAPPED");
    expect(codes({ subsidy: "introduktionsjobb", age: 19 })).to.include("INTRO_NOT_ELIGIBLE");
    expect(codes({ subsidy: "introduktionsjobb", age: 20 })).not.to.include("INTRO_NOT_ELIGIBLE");
    expect(codes({ salary: 11_000 })).to.include("LOW_SALARY");
    expect(codes({ salary: 12_000 })).not.to.include("LOW_SALARY");
    expect(codes({ form: "praktik", salary: 5_000, internValue: 3_000 })).to.deep.equal(["SALARY_IGNORED"]);
    const english = computeEffect({ ...job, salary: 5_000 }, { lang: "en" }).warnings[0]?.message;
    expect(english).to.contain("gross salary is below 60 %");
  });

  it("says why a praktik without production value gives society a negative result (issue 20)", () => {
    // 6 months, supervision 30 000 × 10 % × 1.3142 = 3 942.6 a month: society −23 655.6 with no production
    const without = computeEffect({ form: "praktik", months: 6, supervisorSalary: 30_000, supervisionShare: 0.1, year: 2025 });
    expect(without.actors.society).to.be.closeTo(-23_655.6, 1e-6);
    expect(without.warnings.map((warning) => warning.code)).to.deep.equal(["INTERN_VALUE_MISSING"]);
    expect(without.warnings[0]!.message).to.match(/samhällets resultat blir negativt/);
    const valued = computeEffect({ form: "praktik", months: 6, supervisorSalary: 30_000, supervisionShare: 0.1, internValue: 5_000, year: 2025 });
    expect(valued.warnings).to.deep.equal([]);
    expect(valued.actors.society).to.be.closeTo(30_000 - 23_655.6, 1e-6);
    // The template's column header feeds the same input.
    expect(headerKey(PLACEMENT_HEADERS.internValue)).to.equal("internValue");
    const fromColumn = computeEffect(fromHeaderRow(["Sysselsättningsform", "Antal månader", PLACEMENT_HEADERS.internValue], ["praktik", 6, 5_000]));
    expect(item(fromColumn, "employer", "productionValue")).to.equal(30_000);
  });

  it("returns a typed error for bad input, naming the field", () => {
    const outcome = tryComputeEffect({ ...job, age: 12 });
    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) {
      expect(outcome.error.field).to.equal("age");
      expect(outcome.error.messageIn("en")).to.contain("a whole number from 16 to 80");
    }
    expect(tryComputeEffect(job, { overrides: { nope: 1 } }).ok).to.equal(false);
    expect(tryComputeEffect(job, { year: 1999 }).ok).to.equal(false);
  });
});
