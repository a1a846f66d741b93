/**
 * Issue 20 renamed two template columns (template 1.1.0). Until a workbook is upgraded it carries the old
 * headers; validation must read those columns as the new ones: same findings, no column reported missing.
 */
import { expect } from "chai";
import { validateWorkbook, type ValidationInput } from "../../../src/domain/validation";
import { formerHeadersOf, headerIndex, RENAMED_HEADERS } from "../../../src/domain/followup/formerHeaders";
import { PLACEMENT_HEADERS as P, REPORT_HEADERS as R } from "../../../src/domain/followup/names";
import { goodPlacement, workbook } from "./builders";

const TODAY = "2025-10-01";

/** The same workbook as an older template version wrote it: the renamed columns under their old headers. */
function withFormerHeaders(input: ValidationInput): ValidationInput {
  return {
    ...input,
    tables: input.tables.map((table) => ({
      ...table,
      headers: table.headers.map((header) => RENAMED_HEADERS.find((renamed) => renamed.table === table.name && renamed.current === header)?.former ?? header),
    })),
  };
}

const summary = (input: ValidationInput): string[] =>
  validateWorkbook(input, { today: TODAY }).findings.map((item) => `${item.code}@${item.sheet}!${item.address}`).sort();

describe("validation of a workbook with the headers of template 1.0.0", () => {
  const overdue = { periodFrom: "2025-04-01", periodTo: "2025-06-30", dueDate: "2025-07-31", status: "Ej inkommen", receivedDate: null };

  it("really has the old headers in the test input", () => {
    const old = withFormerHeaders(workbook({ placements: [goodPlacement()], reports: [overdue] }));
    expect(old.tables.flatMap((table) => table.headers)).to.include.members(["Erbjuden datum", "Senast inkommen"]);
    expect(old.tables.flatMap((table) => table.headers)).to.not.include.members([P.offeredDate]);
  });

  it("finds an overdue report by its due date under «Senast inkommen»", () => {
    const old = withFormerHeaders(workbook({ placements: [goodPlacement()], reports: [overdue] }));
    expect(summary(old)).to.include("REPORT_OVERDUE@Rapporter!D2");
  });

  it("accepts an offer date under «Erbjuden datum» in place of a start date", () => {
    const offeredOnly = goodPlacement({ startDate: null, plannedEndDate: null, endReason: null });
    const old = withFormerHeaders(workbook({ placements: [offeredOnly] }));
    expect(summary(old).filter((code) => code.startsWith("REQUIRED_MISSING"))).to.deep.equal([]);
  });

  it("gives exactly the findings the upgraded workbook gives", () => {
    const data = { placements: [goodPlacement(), goodPlacement({ caseId: "P-002", startDate: null, offeredDate: "2025-01-10" })], reports: [overdue] };
    expect(summary(withFormerHeaders(workbook(data)))).to.deep.equal(summary(workbook(data)));
  });
});

describe("former headers", () => {
  it("finds a column under its current header first, else under a former one, ignoring case and spaces", () => {
    expect(formerHeadersOf(R.dueDate)).to.deep.equal(["Senast inkommen"]);
    expect(formerHeadersOf(P.offeredDate)).to.deep.equal(["Erbjuden datum"]);
    expect(headerIndex(["Period från", " senast inkommen "], R.dueDate)).to.equal(1);
    expect(headerIndex(["Senast inkommen", R.dueDate], R.dueDate)).to.equal(1);
    expect(headerIndex(["Period från"], R.dueDate)).to.equal(-1);
  });
});
