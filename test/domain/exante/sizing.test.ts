/** Sizing the commitment N (spec/exante.md §1), checked against sums done by hand. */
import { expect } from "chai";
import { ModelError } from "../../../src/domain/model";
import { ExanteError } from "../../../src/domain/exante/errors";
import { capacityCheck, computeSizing, parsePools, parseSizingInput, peopleNeeded } from "../../../src/domain/exante/sizing";

describe("exante: sizing N", () => {
  it("10 Mkr, 40 %, 5 %, 20 500 kr in 2026: 200 000 ÷ 26 941.10 = 7.42 → N = 7", () => {
    const result = computeSizing(parseSizingInput({ contractValue: 10_000_000, labourShare: 0.4 }));
    // By hand: 10 000 000 × 0.4 = 4 000 000; × 0.05 = 200 000; 20 500 × 1.3142 = 26 941.10; 200 000 / 26 941.10 = 7.4236
    expect(result.steps.map((step) => step.value)).to.deep.equal([4_000_000, 200_000, 20_500 * 1.3142, 200_000 / (20_500 * 1.3142), 7]);
    expect(result.N).to.equal(7);
    expect(result.people).to.deep.equal({ "6": 2, "12": 1, "24": 1 });
    expect(result.steps[0]?.formula).to.equal("10 000 000 × 40 % = 4 000 000");
    expect(result.steps[4]?.formula).to.equal("⌊7,42⌋ = 7");
  });

  it("50 Mkr, \"60 %\", \"10 %\", 25 000 kr: 3 000 000 ÷ 32 855 = 91.31 → N = 91; people 16 / 8 / 4", () => {
    const result = computeSizing(parseSizingInput({ contractValue: "50 000 000", labourShare: "60 %", requirementShare: "10%", salary: 25_000 }), { lang: "en" });
    expect(result.N).to.equal(91);
    expect(result.people).to.deep.equal({ "6": 16, "12": 8, "24": 4 });
    expect(result.steps[2]?.formula).to.equal("25,000 × (1 + 0.3142) = 32,855");
  });

  it("a placement cannot run longer than the contract: 24-month placements in an 18-month contract count 18 months", () => {
    expect(peopleNeeded(91, 24, 18)).to.equal(6);
    expect(peopleNeeded(91, 24, null)).to.equal(4);
    expect(peopleNeeded(0, 6, null)).to.equal(0);
    const result = computeSizing(parseSizingInput({ contractValue: 50_000_000, labourShare: 0.6, requirementShare: 0.1, salary: 25_000, contractMonths: 18 }));
    expect(result.people["24"]).to.equal(6);
  });

  it("uses the year's employer-fee rate and warns when N is 0", () => {
    const result = computeSizing(parseSizingInput({ contractValue: 100_000, labourShare: 0.3, year: 2019 }));
    expect(result.feeRate).to.equal(0.3142);
    expect(result.N).to.equal(0);
    expect(result.warnings.map((warning) => warning.code)).to.deep.equal(["ZERO_COMMITMENT"]);
  });

  it("bad input names the field: negative value, share over 100 %, unknown year", () => {
    const fieldOf = (raw: Record<string, unknown>): string => {
      try {
        parseSizingInput(raw);
      } catch (error) {
        if (error instanceof ExanteError || error instanceof ModelError) return error.field;
        throw error;
      }
      throw new Error("no error");
    };
    expect(fieldOf({ contractValue: -5, labourShare: 0.4 })).to.equal("contractValue");
    expect(fieldOf({ contractValue: 1e6, labourShare: "140 %" })).to.equal("labourShare");
    expect(fieldOf({ contractValue: 1e6, labourShare: 0.4, requirementShare: 1.2 })).to.equal("requirementShare");
    // A bare number is a fraction: 1.5 is 150 %, not 1.5 %.
    expect(fieldOf({ contractValue: 1e6, labourShare: 1.5 })).to.equal("labourShare");
    expect(fieldOf({ contractValue: 1e6, labourShare: "0" })).to.equal("labourShare");
    expect(fieldOf({ contractValue: 1e6, labourShare: 0.4, year: 2031 })).to.equal("year");
    expect(fieldOf({ contractValue: 1e6, labourShare: 0.4, salary: 0 })).to.equal("salary");
    expect(fieldOf({ contractValue: 1e6, labourShare: 0.4, contractMonths: -3 })).to.equal("contractMonths");
    expect(fieldOf({ labourShare: 0.4 })).to.equal("contractValue");
  });

  it("Swedish messages by default, English on request", () => {
    try {
      parseSizingInput({ contractValue: 1e6, labourShare: "140 %" });
      expect.fail("no error");
    } catch (error) {
      expect(error).to.be.instanceOf(ExanteError);
      const exante = error as ExanteError;
      expect(exante.messageIn("sv")).to.contain("Lönekostnadsandel").and.contain("100 %");
      expect(exante.messageIn("en")).to.contain("Labour-cost share");
    }
  });
});

describe("exante: capacity check against the mapping", () => {
  it("warns when a pool is smaller than three times the people needed", () => {
    const pools = parsePools([
      { targetGroup: "Unga 18–24", pool: 20, expectedPeople: 5 },
      { targetGroup: "Nyanlända", pool: 14, expectedPeople: 5 },
    ]);
    const { rows, warnings } = capacityCheck(pools, 10, "sv");
    expect(rows.map((row) => [row.targetGroup, row.sufficient])).to.deep.equal([["Unga 18–24", true], ["Nyanlända", false], ["alla målgrupper", true]]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]?.message).to.contain("Nyanlända").and.contain("14");
  });

  it("the pool of exactly 3 × people is enough; one fewer is not", () => {
    expect(capacityCheck([{ targetGroup: "A", pool: 30 }], 10, "en").warnings).to.have.length(0);
    expect(capacityCheck([{ targetGroup: "A", pool: 29 }], 10, "en").warnings).to.have.length(1);
  });

  it("computeSizing runs the check on the 12-month people count", () => {
    const result = computeSizing(parseSizingInput({ contractValue: 50_000_000, labourShare: 0.6, requirementShare: 0.1, salary: 25_000 }), {
      pools: [{ targetGroup: "A", pool: 23 }],
    });
    expect(result.capacity).to.deep.equal([{ targetGroup: "alla målgrupper", pool: 23, needed: 8, sufficient: false }]);
    expect(result.warnings.map((warning) => warning.code)).to.deep.equal(["POOL_TOO_SMALL"]);
  });

  it("rejects a negative pool", () => {
    expect(() => parsePools([{ targetGroup: "A", pool: -1 }])).to.throw(ExanteError);
    expect(() => parsePools({})).to.throw(ExanteError);
  });
});
