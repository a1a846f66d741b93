import { expect } from "chai";
import { NEWEST_YEAR, PARAMETER_DEFINITIONS, PARAMETER_YEARS, defaultParameters, listParameters } from "../../../src/domain/model";
import { CONTRACT_FIELDS, CONTRACT_PARAMETER_YEARS } from "../../../src/domain/followup/contract";

/** spec/model.md §3 (and the §4.3 bands), transcribed independently: [2019, 2025, 2026], null = not in that year. */
const SPEC: Record<string, [number | null, number | null, number | null]> = {
  pbb: [46_500, 58_800, 59_200],
  "tax.municipal": [0.207, 0.2072, 0.2069],
  "tax.regional": [0.1149, 0.1169, 0.1169],
  "tax.state": [0.2, 0.2, 0.2],
  "tax.stateThreshold": [490_700, 625_800, 643_000],
  "fee.standard": [0.3142, 0.3142, 0.3142],
  "fee.older": [0.1021, 0.1021, 0.1021],
  "fee.olderAge": [66, 66, 67],
  "fee.youth": [null, null, 0.2081],
  "fee.youthMinAge": [null, null, 18],
  "fee.youthMaxAge": [null, null, 22],
  "fee.youthCap": [null, null, 25_000],
  "subsidy.wageCap": [20_000, 20_000, 20_000],
  "subsidy.nsj.base": [1, 1, 1],
  "subsidy.nsj.long": [2, 2, 2],
  "subsidy.nsj.veryLong": [2.5, 2.5, 2.5],
  "subsidy.nsj.newArrival": [2.5, 2.5, 2.5],
  "subsidy.nsj.maxMonthsYoung": [12, 12, 12],
  "subsidy.nsj.maxMonths": [24, 24, 24],
  "subsidy.intro.rate": [0.8, 0.8, 0.8],
  "subsidy.intro.maxMonths": [24, 24, 24],
  "subsidy.lb.cap": [19_100, 20_000, 20_000],
  "gd.base": [0.423, 0.423, 0.423],
  "gd.max": [0.77, 0.77, 0.77],
  "gd.min": [0.293, 0.293, 0.293],
  "gd.limit1": [0.99, 0.99, 0.99],
  "gd.limit2": [2.72, 2.72, 2.72],
  "gd.limit3": [3.11, 3.11, 3.11],
  "gd.limit4": [7.88, 7.88, 7.88],
  "gd.rise": [0.2, 0.2, 0.2],
  "gd.fall": [0.1, 0.1, 0.1],
  "jsa.limit1": [0.91, 0.91, 0.91],
  "jsa.rate1": [0.332, 0.3874, 0.3874],
  "jsa.bandA": [2.72, 3.24, 3.24],
  "jsa.base2": [1.511, 1.813, 1.813],
  "jsa.rate2": [0.111, 0.199, 0.251],
  "jsa.bandB": [7.08, 8.08, 8.08],
  "jsa.max": [1.995, 2.776, 3.027],
  "jsa.phaseOutStart": [13.48, null, null],
  "jsa.phaseOutRate": [0.03, null, null],
  "benefit.daysPerMonth": [21.67, 21.67, 21.67],
  "benefit.etablering.daily": [308, 308, 308],
  "benefit.akassa.replacement": [0.8, 0.8, 0.8],
  "benefit.akassa.ceiling": [24_650, 34_000, 34_000],
  "benefit.akassa.basicDaily": [365, 510, 510],
  "benefit.aktivitetsstod.daily": [223, 365, 365],
  "benefit.utveckling.daily": [145, 166, 166],
  "fs.norm": [4_080, 5_180, 5_220],
  "fs.housingCost": [5_500, 6_700, 6_900],
  "bb.monthly": [2_500, 3_000, 3_000],
  "bb.threshold": [135_000, 135_000, 135_000],
  "bb.taper": [0.2, 0.2, 0.2],
  "indirectTax.rate": [0.18, 0.18, 0.18],
};

/** The values the spec marks *est.*: [2019, 2025, 2026]. */
const ESTIMATES: Record<string, [boolean, boolean, boolean]> = {
  "tax.municipal": [false, true, true],
  "tax.regional": [false, true, true],
  "subsidy.nsj.newArrival": [true, false, false],
  "subsidy.lb.cap": [false, true, true],
  "jsa.max": [false, true, false],
  "benefit.akassa.basicDaily": [false, true, true],
  "benefit.utveckling.daily": [true, true, true],
  "fs.norm": [false, true, false],
  "fs.housingCost": [true, true, true],
  "bb.monthly": [true, true, true],
  // issue 20: 135 000 kr is Försäkringskassan's limit from 1 March 2018, said unchanged in 2025; 2026 unpublished
  "bb.threshold": [false, false, true],
  "indirectTax.rate": [true, true, true],
};

describe("model: parameter sets", () => {
  it("define exactly the spec's parameters", () => {
    expect(PARAMETER_DEFINITIONS.map((definition) => definition.key).sort()).to.deep.equal(Object.keys(SPEC).sort());
  });

  it("have one year list, oldest first, taken from the table, and the newest year last", () => {
    expect(PARAMETER_YEARS).to.deep.equal([2019, 2025, 2026]);
    expect(NEWEST_YEAR).to.equal(2026);
  });

  it("key every parameter's values and estimate flags by exactly those years", () => {
    for (const definition of PARAMETER_DEFINITIONS) {
      expect(Object.keys(definition.values).map(Number), definition.key).to.deep.equal([...PARAMETER_YEARS]);
      expect(Object.keys(definition.estimate).map(Number), definition.key).to.deep.equal([...PARAMETER_YEARS]);
    }
  });

  it("are the years the contract form offers, the newest as its default", () => {
    expect(CONTRACT_PARAMETER_YEARS).to.equal(PARAMETER_YEARS);
    const field = CONTRACT_FIELDS.find((candidate) => candidate.key === "parameterYear");
    expect(field?.options).to.deep.equal(PARAMETER_YEARS.map(String));
    expect(field?.default).to.equal(NEWEST_YEAR);
  });

  PARAMETER_YEARS.forEach((year, index) => {
    it(`hold the spec's values for ${year}`, () => {
      const values = defaultParameters(year) as Readonly<Record<string, number | undefined>>;
      for (const [key, perYear] of Object.entries(SPEC)) {
        expect(values[key], `${key} ${year}`).to.equal(perYear[index] ?? undefined);
      }
    });

    it(`flag exactly the spec's estimates for ${year}`, () => {
      for (const definition of PARAMETER_DEFINITIONS) {
        const expected = ESTIMATES[definition.key]?.[index] ?? false;
        expect(definition.estimate[year], `${definition.key} ${year}`).to.equal(expected);
      }
    });
  });

  it("carry a Swedish and English label, a unit and a source for every parameter", () => {
    for (const definition of PARAMETER_DEFINITIONS) {
      expect(definition.labelSv, definition.key).to.be.a("string").and.not.empty;
      expect(definition.labelEn, definition.key).to.be.a("string").and.not.empty;
      expect(definition.unit.sv, definition.key).to.not.be.empty;
      expect(definition.source, definition.key).to.not.be.empty;
    }
  });

  it("are frozen, so no caller can change a default by accident", () => {
    expect(Object.isFrozen(defaultParameters(2025))).to.equal(true);
  });

  it("list a year's parameters with label, unit, value, source and estimate flag", () => {
    const rows2025 = listParameters(2025);
    expect(rows2025.find((row) => row.key === "fee.youth")).to.equal(undefined);
    expect(rows2025.find((row) => row.key === "tax.municipal")).to.deep.include({ value: 0.2072, estimate: true, unit: "andel" });
    const youth = listParameters(2026, "en").find((row) => row.key === "fee.youth");
    expect(youth).to.deep.include({ value: 0.2081, label: "Employer fee, young employees", estimate: false });
    expect(listParameters(2019).map((row) => row.key)).to.include("jsa.phaseOutStart");
  });
});
