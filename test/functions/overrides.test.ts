import { expect } from "chai";
import { listParameters } from "../../src/domain/model";
import { readOverrides } from "../../src/functions/overrides";

describe("custom functions: reading an overrides range", () => {
  it("reads key | value pairs, skipping blank rows", () => {
    expect(readOverrides([["tax.municipal", 0.22], [null, null], ["bb.monthly", "2 800"]])).to.deep.equal({
      overrides: { "tax.municipal": 0.22, "bb.monthly": "2 800" },
      year: undefined,
    });
  });

  it("finds the Värde column by its header", () => {
    const range = [["Nyckel", "Enhet", "Värde"], ["tax.municipal", "andel", 0.22]];
    expect(readOverrides(range).overrides).to.deep.equal({ "tax.municipal": 0.22 });
  });

  it("reads the Parametrar layout without its header: the value is in the third column", () => {
    const range = [["tax.municipal", "Kommunal skattesats", 0.22, "andel", 0.2069, "SCB", "Ja"]];
    expect(readOverrides(range).overrides).to.deep.equal({ "tax.municipal": 0.22 });
  });

  it("infers the year of a complete Parametrar table from its keys", () => {
    for (const year of [2019, 2025, 2026] as const) {
      const table = listParameters(year).map((row) => [row.key, row.label, row.value]);
      expect(readOverrides(table).year).to.equal(year);
    }
  });

  it("takes the year from a year or Parameterår row", () => {
    expect(readOverrides([["Parameterår", 2019], ["pbb", 50_000]])).to.deep.equal({ overrides: { pbb: 50_000 }, year: 2019 });
    expect(readOverrides([["year", "2025"]])).to.deep.equal({ overrides: undefined, year: 2025 });
  });

  it("treats an omitted or empty range as no overrides", () => {
    expect(readOverrides(undefined)).to.deep.equal({ overrides: undefined, year: undefined });
    expect(readOverrides([["", ""]])).to.deep.equal({ overrides: undefined, year: undefined });
  });
});
