import { expect } from "chai";
import { SMALL_COUNT_TEXT, sharedCountFormula, suppressSmallCount } from "../../../src/domain/followup/formulas";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import { SHARED_COUNT_HEADING } from "../../../src/domain/followup/template";

describe("small-count suppression (issue 13 item 7)", () => {
  it("shows 1–4 as < 5 and keeps 0, 5 and more, and blanks", () => {
    expect([0, 1, 2, 3, 4, 5, 12].map(suppressSmallCount)).to.deep.equal([0, SMALL_COUNT_TEXT, "< 5", "< 5", "< 5", 5, 12]);
    expect(suppressSmallCount(null)).to.equal(null);
    expect(sharedCountFormula("B40")).to.equal('=IF(AND(ISNUMBER(B40),B40>=1,B40<5),"< 5",B40)');
  });

  it("Sammanställning repeats the counts per sex and per target group for sharing, suppressed, in both versions", () => {
    for (const supplierVersion of [false, true]) {
      const cells = buildTemplatePlan(undefined, { supplierVersion }).cells.filter((cell) => cell.sheet === "Sammanställning");
      const headings = cells.filter((cell) => cell.value === SHARED_COUNT_HEADING);
      expect(headings, "per kön and per målgrupp").to.have.length(2);
      const shared = cells.filter((cell) => cell.formula?.includes('"< 5"'));
      expect(shared, "4 sexes + 10 target-group rows").to.have.length(14);
      for (const cell of shared) expect(cell.address.startsWith("C")).to.equal(true);
    }
  });
});
