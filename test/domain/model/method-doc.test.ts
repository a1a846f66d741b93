/** docs/method.md is a committed file; these checks keep it in step with the parameter data and the engine. */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DAYS_PER_MONTH, PARAMETER_DEFINITIONS, computeEffect } from "../../../src/domain/model";
import { PARAMETER_TABLE_HEADER, parameterTableRows } from "../../support/parameter-table";

const doc = readFileSync(join(__dirname, "../../../docs/method.md"), "utf8");

function swedishRounded(value: number): string {
  const rounded = Math.round(value);
  const grouped = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${rounded < 0 ? "−" : ""}${grouped}`;
}

describe("docs/method.md", () => {
  it("mentions every parameter key", () => {
    for (const definition of PARAMETER_DEFINITIONS) expect(doc, definition.key).to.contain(`\`${definition.key}\``);
  });

  it("holds the parameter table exactly as generated from the data", () => {
    const table = [...PARAMETER_TABLE_HEADER, ...parameterTableRows()].join("\n");
    expect(doc).to.contain(table);
  });

  it("states the team-wide months-from-dates rule", () => {
    expect(DAYS_PER_MONTH).to.equal(30.4375);
    expect(doc).to.contain("månader = (slut − start + 1) / 30,4375");
  });

  it("shows this model's reference-scenario result per actor", () => {
    const result = computeEffect({
      organisation: "kommun", form: "anställning", months: 12, positions: 1, scope: 1, salary: 20_500, subsidy: "nystartsjobb",
      productionFactor: 0.8, age: 30, unemployedMonths: 18, newArrival: true, aKassa: false, housingBenefit: true,
      supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 10_000, procurementCost: 40_000, bonus: 0, year: 2019,
    });
    const labels = { individual: "Individ", municipality: "Kommun", region: "Region", state: "Stat", employer: "Arbetsgivare", society: "Samhället" } as const;
    for (const [actor, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
      expect(doc, actor).to.contain(`| ${label} | ${swedishRounded(result.actors[actor])} |`);
    }
    expect(doc).to.contain("över 200 000 kr");
  });
});
