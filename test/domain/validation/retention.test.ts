import { expect } from "chai";
import { defaultRetentionDate, parseContract } from "../../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import { validateWorkbook } from "../../../src/domain/validation";
import { goodPlacement, workbook } from "./builders";

const retention = (data: Parameters<typeof workbook>[0], today: string) =>
  validateWorkbook(workbook(data), { today }).findings.filter((item) => item.code === "RETENTION_PASSED");

describe("retention: Gallras senast (amendment v1.1 item 8)", () => {
  it("defaults to Avtalsslut + 2 years in the plan, and a given date is kept", () => {
    expect(defaultRetentionDate("2026-12-31")).to.equal("2028-12-31");
    expect(defaultRetentionDate("2024-02-29")).to.equal("2026-02-28");
    expect(defaultRetentionDate(null)).to.equal(null);
    const plan = buildTemplatePlan(parseContract({ end: "2026-12-31" }));
    expect(plan.forms[0]!.values.retentionDate).to.deep.equal({ date: "2028-12-31" });
    const edited = buildTemplatePlan(parseContract({ end: "2026-12-31", retentionDate: "2027-06-30" }));
    expect(edited.forms[0]!.values.retentionDate).to.deep.equal({ date: "2027-06-30" });
    expect(buildTemplatePlan().forms[0]!.values.retentionDate).to.equal(null);
  });

  it("warns after the date while the workbook still holds placements, naming the date and the count", () => {
    const found = retention({ contract: { retentionDate: "2027-06-30" }, placements: [goodPlacement(), goodPlacement({ caseId: "P-002" })] }, "2027-07-01");
    expect(found).to.have.length(1);
    expect(found[0]!.severity).to.equal("warning");
    expect(found[0]!.sheet).to.equal("Avtal");
    expect(found[0]!.message.sv).to.equal("Gallras senast (2027-06-30) har passerats, men arbetsboken innehåller fortfarande 2 placeringar.");
  });

  it("is silent on or before the date, and when no placements remain", () => {
    expect(retention({ contract: { retentionDate: "2027-06-30" }, placements: [goodPlacement()] }, "2027-06-30")).to.deep.equal([]);
    expect(retention({ contract: { retentionDate: "2027-06-30" }, placements: [] }, "2030-01-01")).to.deep.equal([]);
  });

  it("falls back to Avtalsslut + 2 years when Gallras senast is blank", () => {
    // DEFAULT_CONTRACT ends 2026-12-31.
    expect(retention({ placements: [goodPlacement()] }, "2028-12-31")).to.deep.equal([]);
    expect(retention({ placements: [goodPlacement()] }, "2029-01-01")).to.have.length(1);
  });

  it("reports an unreadable Gallras senast once, as NOT_A_DATE", () => {
    const findings = validateWorkbook(workbook({ contract: { retentionDate: "snart" }, placements: [goodPlacement()] }), { today: "2026-01-01" }).findings;
    expect(findings.filter((item) => item.code === "NOT_A_DATE" && item.sheet === "Avtal")).to.have.length(1);
  });
});
