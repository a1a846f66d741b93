/**
 * Group columns of the Portfölj table across files typed by different suppliers: a group spelled with another
 * case or spacing is the same group (one column, summed), so the table's headers stay unique as Excel requires.
 */
import { expect } from "chai";
import { groupNames, portfolioTable, portfolioTotals } from "../../../src/domain/portfolio/portfolio";
import type { ContractSummary } from "../../../src/domain/portfolio/summary";
import type { ContractStatus } from "../../../src/domain/validation/contractStatus";

function summary(file: string, byTargetGroup: Record<string, number>, byGender: Record<string, number> = {}): ContractSummary {
  const placements = Object.values(byTargetGroup).reduce((total, value) => total + value, 0);
  const status = { status: null, commitment: null, servedMonths: 0, plannedMonths: 0, forecastMonths: 0, share: null, placements, ongoing: placements, ended: 0, overdueReports: 0 } as unknown as ContractStatus;
  return {
    file, contractId: file, name: file, supplier: "", start: null, end: null, requirementType: "", status, errors: 0, warnings: 0, latestReport: null,
    byTargetGroup, byGender, byForm: {}, outcomes: {}, effects: null, effectsNotComputed: 0,
  };
}

describe("portfolio groups across files", () => {
  const contracts = [summary("a.xlsx", { "Unga 16–24": 3, Nyanlända: 2 }, { kvinna: 2, Man: 3 }), summary("b.xlsx", { "unga  16–24 ": 4, NYANLÄNDA: 1 }, { Kvinna: 5 })];

  it("one group per name whatever its case or spacing, spelled as first seen (the template's list spelling when listed)", () => {
    expect(groupNames(contracts, "targetGroup")).to.deep.equal(["Nyanlända", "Unga 16–24"]);
    expect(groupNames(contracts, "gender").filter((name) => /kvinna/i.test(name))).to.deep.equal(["Kvinna"]);
  });

  it("sums the variants in the table and the totals, and the table's headers are unique ignoring case", () => {
    const table = portfolioTable({ contracts, unreadable: [] }, { suppress: false, importedOn: "2026-11-30" });
    const lower = table.headers.map((header) => header.toLocaleLowerCase("sv"));
    expect(new Set(lower).size).to.equal(lower.length);
    const column = table.headers.indexOf("Målgrupp: Unga 16–24");
    expect(table.rows.map((row) => row[column])).to.deep.equal([3, 4]);
    const totals = portfolioTotals({ contracts, unreadable: [] });
    expect(totals.byTargetGroup).to.deep.equal({ Nyanlända: 3, "Unga 16–24": 7 });
    expect(totals.byGender.Kvinna).to.equal(7);
  });

  it("a group typed as a long text gets a header within Excel's 255 characters, and two such groups stay two columns", () => {
    const long = "Ung ".repeat(100);
    const table = portfolioTable({ contracts: [summary("a.xlsx", { [`${long}A`]: 2, [`${long}B`]: 3 })], unreadable: [] }, { suppress: false, importedOn: "2026-11-30" });
    const groupHeaders = table.headers.filter((header) => header.startsWith("Målgrupp: "));
    expect(groupHeaders).to.have.length(2);
    for (const header of groupHeaders) expect(header.length).to.be.at.most(255);
    expect(new Set(groupHeaders.map((header) => header.toLocaleLowerCase("sv"))).size).to.equal(2);
    expect(groupHeaders.map((header) => table.rows[0]![table.headers.indexOf(header)])).to.have.members([2, 3]);
  });
});
