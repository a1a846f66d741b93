/** docs/method.md is a committed file; these checks keep it in step with the parameter data and the engine. */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PARAMETER_DEFINITIONS, calendarMonths, computeEffect } from "../../../src/domain/model";
import { isoToSerial } from "../../../src/domain/common/dates";
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
    expect(doc).to.contain('k = DATEDIF(S, E, "m")');
    expect(doc).to.contain("månader = k + (E − EDATE(S, k)) / (EDATE(S, k + 1) − EDATE(S, k))");
  });

  it("opens with a plain-Swedish summary for a procurer, before any formula (issue 20)", () => {
    const summary = doc.indexOf("## Kort sammanfattning för dig som upphandlar");
    expect(summary).to.be.greaterThan(0);
    const firstFormula = Math.min(...["`", "    "].map((marker) => doc.indexOf(marker, summary)));
    const summaryText = doc.slice(summary, doc.indexOf("\n## ", summary + 1));
    expect(doc.indexOf("\n## ", summary + 1)).to.be.lessThan(firstFormula);
    expect(summaryText.split(/\s+/).length).to.be.within(150, 450);
  });

  it("holds no stray debug output (issue 20: a JSON line before §5)", () => {
    expect(doc).to.not.match(/^\d{4} \{"individual":/m);
  });

  it("docs/template.md states the same months rule, not a formula in its place (issue 20)", () => {
    const template = readFileSync(join(__dirname, "../../../docs/template.md"), "utf8");
    const rule = template.slice(template.indexOf("### Månadsregeln"), template.indexOf("### Formlerna i Placeringar"));
    expect(rule).to.contain('k = DATEDIF(S, E, "m")');
    expect(rule).to.contain("månader = k + (E − EDATE(S, k)) / (EDATE(S, k + 1) − EDATE(S, k))");
    expect(rule).to.not.contain("=IF(");
  });

  it("gives month examples that the rule's implementation computes", () => {
    // Rows like "| 2025-01-31 | 2025-02-28 | 1 + 1/31 ≈ 1,03 |": whole months, a fraction, or both.
    const examples = [...doc.matchAll(/^\| (\d{4}-\d{2}-\d{2}) \| (\d{4}-\d{2}-\d{2}) \| ([^|≈]+?)(?: ≈ [\d,]+)? \|$/gm)];
    expect(examples).to.have.length.of.at.least(8);
    for (const [line, start, end, stated] of examples) {
      const value = stated!.split(" + ").reduce((sum, term) => {
        const [numerator, denominator] = term.split("/").map(Number);
        return sum + numerator! / (denominator ?? 1);
      }, 0);
      expect(calendarMonths(isoToSerial(start!), isoToSerial(end!)), line).to.be.closeTo(value, 1e-12);
    }
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
