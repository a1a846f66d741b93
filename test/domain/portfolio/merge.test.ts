import { expect } from "chai";
import { TEMPLATE_VERSION } from "../../../src/domain/followup/template";
import { PLACEMENT_HEADERS as P, REPORT_HEADERS as R } from "../../../src/domain/followup/names";
import { mergeCounts, planMerge, type MergeTable, type MergeValue } from "../../../src/domain/portfolio/merge";
import { mergeRefusal, type MergeSideFacts } from "../../../src/domain/portfolio/compatibility";
import { compareVersions } from "../../../src/domain/common/versions";

const FULL_HEADERS = [P.caseId, P.startDate, P.actualEndDate, P.endReason, P.unemployedMonths, P.fullTimeMonths, P.comment];
const SUPPLIER_HEADERS = [P.caseId, P.startDate, P.actualEndDate, P.endReason, P.fullTimeMonths, P.comment];

function table(headers: readonly string[], rows: readonly (readonly MergeValue[])[]): MergeTable {
  return { headers, rows: rows.map((values, index) => ({ row: index + 2, values })) };
}

const NO_REPORTS = table([R.periodFrom, R.periodTo, R.receivedDate, R.status], []);

describe("planMerge (supplier file into the full workbook)", () => {
  const full = table(FULL_HEADERS, [
    ["P-001", { date: "2025-03-01" }, null, "Pågår", 14, 3.2, null],
    ["P-002", { date: "2025-04-01" }, null, "Pågår", 6, 2, "procurer's note"],
    ["P-003", { date: "2025-05-01" }, null, "Pågår", 2, 1, null],
  ]);
  const supplier = table(SUPPLIER_HEADERS, [
    // P-001: the supplier fills the end date (empty in the full workbook): updated.
    ["p-001 ", { date: "2025-03-01" }, { date: "2025-09-30" }, "Pågår", 9.9, ""],
    // P-002: the supplier's comment differs from the procurer's: a conflict, not written.
    ["P-002", { date: "2025-04-01" }, null, "Pågår", 2, "supplier's note"],
    // P-004: new.
    ["P-004", { date: "2025-06-01" }, null, "Pågår", "", ""],
    // No Ärende-ID: cannot be matched.
    ["", { date: "2025-06-01" }, null, "Pågår", null, null],
  ]);
  const plan = planMerge({ placements: full, reports: NO_REPORTS }, { placements: supplier, reports: NO_REPORTS });

  it("adds new rows, updates empty cells, lists conflicts and keeps the rest", () => {
    expect(plan.added.map((row) => row.key)).to.deep.equal(["P-004"]);
    expect(plan.added[0]!.values).to.deep.equal({ [P.caseId]: "P-004", [P.startDate]: { date: "2025-06-01" }, [P.endReason]: "Pågår" });
    expect(plan.updated).to.deep.equal([{ table: "Placeringar", key: "P-001", column: P.actualEndDate, row: 2, value: { date: "2025-09-30" } }]);
    expect(plan.conflicts).to.deep.equal([{ table: "Placeringar", key: "P-002", column: P.comment, row: 3, full: "procurer's note", supplier: "supplier's note" }]);
    expect(plan.issues).to.deep.equal([{ table: "Placeringar", kind: "missingKey", key: "", rows: [5] }]);
    // P-002 (conflict only) and P-003 (absent from the supplier's file) are kept as they are.
    expect(mergeCounts(plan)).to.deep.equal({ added: 1, updated: 1, kept: 2, conflicts: 1 });
  });

  it("never takes calculated or procurer-only columns from the supplier", () => {
    const touched = [...plan.updated.map((cell) => cell.column), ...plan.conflicts.map((cell) => cell.column), ...plan.added.flatMap((row) => Object.keys(row.values))];
    expect(touched).not.to.include(P.fullTimeMonths);
    expect(touched).not.to.include(P.unemployedMonths);
  });

  it("a date equals its serial number (Office.js reads dates as numbers): kept, not a conflict", () => {
    const fromExcel = table(FULL_HEADERS, [["P-001", 45717, null, "Pågår", null, null, null]]);
    const fromFile = table(SUPPLIER_HEADERS, [["P-001", { date: "2025-03-01" }, null, "Pågår", null, null]]);
    const result = planMerge({ placements: fromExcel, reports: NO_REPORTS }, { placements: fromFile, reports: NO_REPORTS });
    expect([result.updated, result.conflicts, result.keptRows]).to.deep.equal([[], [], 1]);
    const typed = table(SUPPLIER_HEADERS, [["P-001", " 2025-03-01 ", null, "Pågår", null, null]]);
    expect(planMerge({ placements: fromExcel, reports: NO_REPORTS }, { placements: typed, reports: NO_REPORTS }).conflicts).to.deep.equal([]);
  });

  it("a key twice in the supplier's file is listed and not merged", () => {
    const twice = table(SUPPLIER_HEADERS, [
      ["P-009", null, null, "Pågår", null, null],
      ["P-009", null, null, "Avslutad", null, null],
    ]);
    const result = planMerge({ placements: full, reports: NO_REPORTS }, { placements: twice, reports: NO_REPORTS });
    expect(result.added).to.deep.equal([]);
    expect(result.issues).to.deep.equal([{ table: "Placeringar", kind: "duplicateInSupplier", key: "P-009", rows: [2, 3] }]);
  });

  it("matches reports by period (date or serial) and leaves the review columns to the procurer", () => {
    const headers = [R.periodFrom, R.periodTo, R.receivedDate, R.status, R.comment];
    const fullReports = table(headers, [[{ date: "2025-01-01" }, { date: "2025-06-30" }, null, "Godkänd", null]]);
    const supplierReports = table(headers, [
      [45658, 45838, { date: "2025-07-10" }, "Inkommen", "bifogad"],
      [{ date: "2025-07-01" }, { date: "2025-12-31" }, { date: "2026-01-10" }, "Inkommen", null],
    ]);
    const result = planMerge({ placements: table(FULL_HEADERS, []), reports: fullReports }, { placements: table(SUPPLIER_HEADERS, []), reports: supplierReports });
    expect(result.updated.map((cell) => cell.column)).to.deep.equal([R.receivedDate, R.comment]);
    expect(result.added.map((row) => row.key)).to.deep.equal(["2025-07-01–2025-12-31"]);
    expect(Object.keys(result.added[0]!.values)).not.to.include(R.status);
  });
});

describe("merge refusals (versions, contracts)", () => {
  const side = (overrides: Partial<MergeSideFacts>): MergeSideFacts => ({
    file: "f.xlsx",
    templateVersion: TEMPLATE_VERSION,
    contractId: "AV-1",
    contractName: "Städ",
    hasCurrentColumns: true,
    ...overrides,
  });

  it("compares versions numerically", () => {
    expect(compareVersions("1.10.0", "1.9.0")).to.equal(1);
    expect(compareVersions("1.2", "1.2.0")).to.equal(0);
    expect(compareVersions("1.1.9", "1.2.0")).to.equal(-1);
  });

  it("refuses an older template, a file of another contract and a non-SYSS workbook", () => {
    expect(mergeRefusal(side({}), side({ templateVersion: "1.1.0" }))?.code).to.equal("olderVersion");
    expect(mergeRefusal(side({}), side({ contractId: "AV-2" }))?.code).to.equal("otherContract");
    expect(mergeRefusal(side({}), side({ contractId: "", contractName: "Bygg" }))?.code).to.equal("otherContract");
    expect(mergeRefusal(side({}), side({ templateVersion: null, hasCurrentColumns: false }))?.code).to.equal("notSyss");
    expect(mergeRefusal(side({}), side({ contractId: " av-1 " }))).to.equal(null);
    expect(mergeRefusal(side({}), side({ templateVersion: null }))).to.equal(null);
  });
});
