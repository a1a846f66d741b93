import { expect } from "chai";
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EFFECTS_FORMULA, PLACEMENT_FORMULAS, SUMMARY_FORMULAS, column, escapeColumn, monthsBetween, thisRow, usesCustomFunction } from "../../../src/domain/followup/formulas";
import { calendarMonths } from "../../../src/domain/model";
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

  it("the month expression computes the model's calendarMonths in a formula engine (HyperFormula)", () => {
    // A1 = start, B1 = end (inclusive); serials from 2000 to 2040, the end up to ~8 years after or 40 days before.
    // Starts on day 1–28 only: HyperFormula's EDATE clamps to February's 28 days even in leap years (Excel and
    // LibreOffice give Feb 29), so month-end starts are checked against LibreOffice in test/xlsx instead.
    const dayOfMonth = (serial: number) => new Date((serial - 25_569) * 86_400_000).getUTCDate();
    const sheet = HyperFormula.buildFromArray([[0, 0, `=${monthsBetween("A1", "B1")}`]], { licenseKey: "gpl-v3", smartRounding: false });
    try {
      const evaluate = (start: number, end: number) => {
        sheet.setCellContents({ sheet: 0, row: 0, col: 0 }, [[start, end]]);
        return sheet.getCellValue({ sheet: 0, row: 0, col: 2 });
      };
      expect(evaluate(45_658, 46_022)).to.equal(12); // 2025-01-01..2025-12-31
      expect(evaluate(45_688, 45_715)).to.equal(1); // 2025-01-31..2025-02-27
      expect(evaluate(45_700, 45_699)).to.equal(0); // the end the day before the start
      fc.assert(
        fc.property(fc.integer({ min: 36_526, max: 51_136 }).filter((start) => dayOfMonth(start) <= 28), fc.integer({ min: -40, max: 3_000 }), (start, length) => {
          expect(evaluate(start, start + length)).to.equal(calendarMonths(start, start + length));
        }),
        { numRuns: 500 },
      );
    } finally {
      sheet.destroy();
    }
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
