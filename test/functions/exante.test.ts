/** SYSS.BREAKEVEN and SYSS.SENSITIVITY over worksheet-shaped arguments. */
import { expect } from "chai";
import { breakEvenProductionFactor, parseProfiles, sensitivityOf } from "../../src/domain/exante/sensitivity";
import { breakEvenValue, sensitivityMatrix } from "../../src/functions/exante";
import { CustomFunctionsErrorShim, thrownFunctionError, useCustomFunctionsShim } from "../support/custom-functions-shim";

/** A Förhandskalkyl-like table: form, months, positions, salary, subsidy, production factor, costs. */
const HEADERS = [["Profil", "Sysselsättningsform", "Antal månader", "Antal tjänster", "Bruttolön per månad (kr)", "Anställningsstöd", "Produktionsfaktor",
  "Handledarens bruttolön", "Tid för handledning (%)", "Administrationskostnad", "Upphandlingskostnad", "Parameterår"]];
const ROWS = [
  ["Städ, 12 mån", "anställning", 12, 2, 20_500, "nystartsjobb", 80, 30_000, 10, 10_000, 40_000, 2019],
  ["", "", "", "", "", "", "", "", "", "", "", ""],
  ["Praktik", "praktik", 3, 1, "", "", "", "", "", "", "", 2019],
];
const CANONICAL = [
  { form: "anställning", months: 12, positions: 2, salary: 20_500, subsidy: "nystartsjobb", productionFactor: 0.8, supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 10_000, procurementCost: 40_000, year: 2019 },
  { form: "praktik", months: 3, positions: 1, year: 2019 },
];

describe("SYSS.BREAKEVEN", () => {
  useCustomFunctionsShim();

  it("solves the rows as one portfolio, skipping blank rows: (2 × 47 311.2 + 20 000 + 40 000) ÷ (2 × 323 293.2)", () => {
    const expected = (2 * 12 * 3_000 * 1.3142 + 20_000 + 40_000) / (2 * 12 * 20_500 * 1.3142);
    expect(breakEvenValue(ROWS, HEADERS)).to.be.closeTo(expected, 1e-12);
    expect(breakEvenValue(ROWS, HEADERS)).to.equal(breakEvenProductionFactor(parseProfiles(CANONICAL)));
  });

  it("reads a key | value block (reference scenario ≈ 0.301)", () => {
    const block = [
      ["Sysselsättningsform", "anställning"], ["Antal månader", 12], ["Bruttolön per månad (kr)", 20_500],
      ["Handledarens bruttolön", 30_000], ["Tid för handledning", 0.1], ["Administrationskostnad", 10_000], ["Upphandlingskostnad", 40_000], ["Parameterår", 2019],
    ];
    expect(breakEvenValue(block)).to.be.closeTo(0.301, 0.0005);
  });

  it("is #N/A with a message when no row is a job, #VALUE! naming the field for a bad value", () => {
    const internship = thrownFunctionError(() => breakEvenValue([ROWS[2]], HEADERS));
    expect(internship.code).to.equal("#N/A");
    expect(internship.message).to.contain("praktik");
    const bad = thrownFunctionError(() => breakEvenValue([["x", "anställning", 12, 1, -5, "", "", "", "", "", "", ""]], HEADERS));
    expect(bad.code).to.equal("#VALUE!");
    expect(bad.message).to.contain("Bruttolön");
    const empty = thrownFunctionError(() => breakEvenValue([ROWS[1]], HEADERS));
    expect(empty).to.be.instanceOf(CustomFunctionsErrorShim);
    expect(empty.message).to.contain("ingen placering");
  });
});

describe("SYSS.SENSITIVITY", () => {
  useCustomFunctionsShim();

  it("returns Antagande | Min | Bas | Max for the actor, equal to the domain's ranges", () => {
    const expected = sensitivityOf(parseProfiles(CANONICAL));
    const matrix = sensitivityMatrix(ROWS, HEADERS, "Kommun");
    expect(matrix[0]).to.deep.equal(["Antagande", "Min (kr)", "Bas (kr)", "Max (kr)"]);
    expect(matrix).to.have.length(5);
    expect(matrix[1]?.slice(1)).to.deep.equal([expected.ranges.productionFactor.min.municipality, expected.base.municipality, expected.ranges.productionFactor.max.municipality]);
    expect(matrix[3]?.slice(1)).to.deep.equal([expected.ranges.unemployedMonths.min.municipality, expected.base.municipality, expected.ranges.unemployedMonths.max.municipality]);
  });

  it("defaults to Samhället and rejects an unknown actor", () => {
    const society = sensitivityMatrix(ROWS, HEADERS);
    expect(society[2]?.[2]).to.equal(sensitivityOf(parseProfiles(CANONICAL)).base.society);
    expect(thrownFunctionError(() => sensitivityMatrix(ROWS, HEADERS, "Kyrkan")).message).to.contain("Okänd aktör");
  });
});
