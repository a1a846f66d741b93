import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EFFECTS_FORMULA, PLACEMENT_FORMULAS, SUMMARY_FORMULAS, column, escapeColumn, thisRow, usesCustomFunction } from "../../../src/domain/followup/formulas";
import { PLACEMENT_HEADERS, REPORT_HEADERS, SUMMARY_NAMES } from "../../../src/domain/followup/names";
import { TEMPLATE_VERSION } from "../../../src/domain/followup/template";

describe("followup/formulas", () => {
  it("builds structured references, escaping the characters Excel requires", () => {
    expect(thisRow("Placeringar", "Startdatum")).to.equal("Placeringar[[#This Row],[Startdatum]]");
    expect(column("Rapporter", "Inkom datum")).to.equal("Rapporter[Inkom datum]");
    expect(escapeColumn("Vikt [kg] #1 'x'")).to.equal("Vikt '[kg'] '#1 ''x''");
  });

  it("only the Samhällsekonomi formula uses a custom function", () => {
    expect(usesCustomFunction(EFFECTS_FORMULA)).to.equal(true);
    for (const formula of [...Object.values(PLACEMENT_FORMULAS), ...Object.values(SUMMARY_FORMULAS)]) expect(usesCustomFunction(formula), formula).to.equal(false);
  });

  describe("docs/template.md stays in step with the code", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/template.md"), "utf8");

    it("shows every formula exactly as written", () => {
      for (const formula of [...Object.values(PLACEMENT_FORMULAS), ...Object.values(SUMMARY_FORMULAS), EFFECTS_FORMULA]) {
        expect(doc.includes(formula), formula).to.equal(true);
      }
    });

    it("explains every column, every summary name and the template version", () => {
      for (const header of [...Object.values(PLACEMENT_HEADERS), ...Object.values(REPORT_HEADERS)]) expect(doc, header).to.contain(header);
      for (const name of Object.values(SUMMARY_NAMES)) expect(doc, name).to.contain(`\`${name}\``);
      expect(doc).to.contain(`Mallens version är **${TEMPLATE_VERSION}**`);
    });
  });
});
