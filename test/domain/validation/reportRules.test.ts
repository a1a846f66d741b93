import { expect } from "chai";
import { validateWorkbook } from "../../../src/domain/validation";
import { REPORT_HEADERS as R } from "../../../src/domain/followup/names";
import { goodPlacement, workbook, type ReportData } from "./builders";

const TODAY = "2025-10-01";
const PERIOD: ReportData = { periodFrom: "2025-04-01", periodTo: "2025-06-30", dueDate: "2025-07-31", status: "Inkommen", receivedDate: "2025-07-20" };

function codes(reports: readonly ReportData[], today = TODAY): string[] {
  return validateWorkbook(workbook({ placements: [goodPlacement()], reports }), { today })
    .findings.filter((item) => item.sheet === "Rapporter")
    .map((item) => `${item.code}@${item.column}`);
}

describe("validation: report rules", () => {
  it("a report past its due date without Inkom datum is overdue", () => {
    expect(codes([{ ...PERIOD, receivedDate: null, status: "Ej inkommen" }])).to.deep.equal([`REPORT_OVERDUE@${R.receivedDate}`]);
    expect(codes([PERIOD])).to.deep.equal([]);
  });

  it("a report due today is not overdue yet (the sheet's rule: due date before today)", () => {
    expect(codes([{ ...PERIOD, receivedDate: null, status: "Ej inkommen" }], "2025-07-31")).to.deep.equal([]);
    expect(codes([{ ...PERIOD, receivedDate: null, status: "Ej inkommen" }], "2025-08-01")).to.deep.equal([`REPORT_OVERDUE@${R.receivedDate}`]);
  });

  it("names the period and the due date", () => {
    const [found] = validateWorkbook(workbook({ reports: [{ ...PERIOD, receivedDate: null }] }), { today: TODAY }).findings.filter((item) => item.code === "REPORT_OVERDUE");
    expect(found).to.include({ severity: "warning", sheet: "Rapporter", address: "D2", rowId: "2025-04-01–2025-06-30" });
    expect(found!.message.sv).to.contain("2025-07-31");
  });

  it("checks Status, Granskad av and Åtgärd against their lists", () => {
    expect(codes([{ ...PERIOD, status: "inkommen" }])).to.deep.equal([`LIST_NOT_EXACT@${R.status}`]);
    expect(codes([{ ...PERIOD, action: "Böter" }])).to.deep.equal([`LIST_UNKNOWN@${R.action}`]);
    expect(codes([{ ...PERIOD, status: "Granskad", reviewedBy: "Avtalsförvaltare", action: "Ingen" }])).to.deep.equal([]);
  });

  it("checks the report dates", () => {
    expect(codes([{ ...PERIOD, receivedDate: "igår" }])).to.deep.equal([`NOT_A_DATE@${R.receivedDate}`]);
    expect(codes([{ ...PERIOD, reviewDate: "2025-08-05" }])).to.deep.equal([]);
  });

  it("skips empty rows", () => {
    expect(codes([PERIOD, {}])).to.deep.equal([]);
  });
});
