import { expect } from "chai";
import { ModelError, parseInput, tryParseInput } from "../../../src/domain/model";

const minimal = { form: "anställning", months: 12, salary: 20_500 };

function errorOf(raw: unknown): ModelError {
  const outcome = tryParseInput(raw);
  if (outcome.ok) throw new Error(`expected an error for ${JSON.stringify(raw)}`);
  return outcome.error;
}

describe("model: input parsing", () => {
  it("fills in the spec's defaults", () => {
    const input = parseInput(minimal);
    expect(input).to.deep.include({
      organisation: "kommun",
      positions: 1,
      scope: 1,
      subsidy: "ingen",
      subsidyRate: 0.5,
      productionFactor: 0.8,
      internValue: 0,
      age: 30,
      unemployedMonths: 12,
      newArrival: false,
      aKassa: false,
      priorIncome: 20_500,
      benefit: null,
      housingBenefit: false,
      housingBenefitAmount: null,
      housingCost: null,
      supervisorSalary: 0,
      supervisionShare: 0,
      adminCost: 0,
      procurementCost: 0,
      bonus: 0,
      year: null,
    });
    expect(parseInput({ ...minimal, form: "lärlingsanställning" }).productionFactor).to.equal(0.5);
  });

  it("accepts English choices, diacritic-free spellings and percentages", () => {
    const input = parseInput({
      ...minimal,
      form: "apprenticeship",
      organisation: "State",
      subsidy: "introduction job",
      scope: "75 %",
      supervisionShare: 10,
      benefit: "akassa",
      newArrival: "ja",
      year: "2019",
    });
    expect(input).to.deep.include({ form: "lärlingsanställning", organisation: "stat", subsidy: "introduktionsjobb", scope: 0.75, benefit: "a-kassa", newArrival: true, year: 2019 });
    expect(input.supervisionShare).to.be.closeTo(0.1, 1e-12);
    expect(parseInput({ ...minimal, form: "Anstallning" }).form).to.equal("anställning");
  });

  it("ignores unknown keys", () => {
    expect(() => parseInput({ ...minimal, Kommentar: "x", foo: {} })).not.to.throw();
  });

  it("names the field, value and allowed range of a bad value in Swedish and English", () => {
    const error = errorOf({ ...minimal, scope: 150 });
    expect(error.code).to.equal("INVALID_VALUE");
    expect(error.field).to.equal("scope");
    expect(error.value).to.equal(150);
    expect(error.messages.sv).to.equal("Ogiltigt värde för Omfattning: 150. Tillåtet: en andel större än 0 och högst 1 (eller procent större än 0 och högst 100).");
    expect(error.messages.en).to.contain("Invalid value for Scope: 150");
  });

  const badValues: [string, unknown, string][] = [
    ["form", "heltid", "form"],
    ["organisation", "företag", "organisation"],
    ["months", 0, "months"],
    ["months", 121, "months"],
    ["positions", 1.5, "positions"],
    ["positions", 10_001, "positions"],
    ["scope", 0, "scope"],
    ["salary", 0, "salary"],
    ["salary", -1, "salary"],
    ["subsidy", "bidrag", "subsidy"],
    ["subsidyRate", 120, "subsidyRate"],
    ["productionFactor", 200, "productionFactor"],
    ["age", 15, "age"],
    ["age", 30.5, "age"],
    ["unemployedMonths", -1, "unemployedMonths"],
    ["newArrival", "kanske", "newArrival"],
    ["benefit", "lön", "benefit"],
    ["supervisionShare", 101, "supervisionShare"],
    ["adminCost", -100, "adminCost"],
    ["bonus", "mycket", "bonus"],
    ["months", Number.NaN, "months"],
    ["salary", Number.POSITIVE_INFINITY, "salary"],
  ];
  for (const [key, value, field] of badValues) {
    it(`rejects ${key} = ${String(value)}`, () => {
      expect(errorOf({ ...minimal, [key]: value }).field).to.equal(field);
    });
  }

  it("rejects a subsidy for praktik and requires a salary for a job", () => {
    expect(errorOf({ form: "praktik", months: 3, subsidy: "nystartsjobb" }).field).to.equal("subsidy");
    const missing = errorOf({ form: "anställning", months: 3 });
    expect(missing.code).to.equal("MISSING_VALUE");
    expect(missing.field).to.equal("salary");
    expect(parseInput({ form: "praktik", months: 3 }).salary).to.equal(0);
  });

  it("requires the form", () => {
    expect(errorOf({ months: 3, salary: 1 }).code).to.equal("MISSING_VALUE");
  });

  it("rejects a year without a parameter set", () => {
    expect(errorOf({ ...minimal, year: 2020 }).code).to.equal("UNKNOWN_YEAR");
  });

  it("rejects what is not an input object", () => {
    for (const raw of [null, 42, "text", [minimal]]) expect(errorOf(raw).code).to.equal("INVALID_INPUT");
  });
});

describe("model: months from placement dates", () => {
  const job = { form: "anställning", salary: 20_500 };

  it("counts calendar months with the planned end date, the end day included", () => {
    expect(parseInput({ ...job, startDate: "2025-01-01", plannedEndDate: "2025-12-31" }).months).to.equal(12);
    expect(parseInput({ ...job, startDate: "2025-01-01", plannedEndDate: "2025-06-30" }).months).to.equal(6);
    expect(parseInput({ ...job, startDate: "2025-01-01", plannedEndDate: "2025-01-15" }).months).to.equal(15 / 31);
  });

  it("prefers the actual end date, and accepts Excel serial dates", () => {
    // serials 45658 (2025-01-01) .. 45688 (2025-01-31): the whole of January
    const input = parseInput({ ...job, startDate: 45_658, plannedEndDate: 46_022, actualEndDate: 45_688 });
    expect(input.months).to.equal(1);
    expect(parseInput({ ...job, startDate: 45_658, plannedEndDate: 46_022, actualEndDate: 45_667 }).months).to.equal(10 / 31);
  });

  it("prefers an explicit number of months over dates", () => {
    expect(parseInput({ ...job, months: 6, startDate: "2025-01-01", plannedEndDate: "2025-12-31" }).months).to.equal(6);
  });

  it("rejects an end before the start, and missing dates", () => {
    const error = errorOf({ ...job, startDate: "2025-03-01", plannedEndDate: "2025-02-01" });
    expect(error.field).to.equal("plannedEndDate");
    expect(error.messages.sv).to.contain("inte är före startdatum");
    expect(errorOf({ ...job, startDate: "2025-03-01" }).field).to.equal("months");
    expect(errorOf({ ...job, startDate: "2025-03-01", actualEndDate: "igår" }).field).to.equal("actualEndDate");
  });

  it("rejects a period longer than 120 months", () => {
    expect(errorOf({ ...job, startDate: "2020-01-01", plannedEndDate: "2031-01-01" }).field).to.equal("months");
  });
});
