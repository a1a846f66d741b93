/**
 * Issue 14 item 8 at the Excel layer: a template apply and a validation report their steps, and a cancel
 * between round trips stops them before anything is written (Office.js cannot abort a batch already sent, so
 * the write step itself is not cancellable).
 */
import { expect } from "chai";
import { WorkCancelled, type LongWork, type WorkReport } from "../../src/domain/common/work";
import type { Contract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { createExcelFake } from "../../src/excel/fake";
import { applyTemplatePlan } from "../../src/excel/template/apply";
import { validateInExcel } from "../../src/excel/validation/validate";

const everyApi = () => true;
const CONTRACT: Contract = {
  values: { name: "Städtjänster 2026", start: "2026-01-01", end: "2027-12-31", reportingInterval: "månad", commitmentMonths: 24 },
  targetGroups: [{ name: "Långtidsarbetslösa" }],
};

/** A LongWork that records every report and aborts when the step `cancelAt` is reported. */
function recordingWork(cancelAt?: WorkReport["step"]): { work: LongWork; reports: WorkReport[] } {
  const controller = new AbortController();
  const reports: WorkReport[] = [];
  const work: LongWork = {
    signal: controller.signal,
    onReport: (report) => {
      reports.push(report);
      if (report.step === cancelAt) controller.abort();
    },
  };
  return { work, reports };
}

function placementRows(count: number): (string | number | null)[][] {
  return Array.from({ length: count }, (_, i) => {
    const row: (string | number | null)[] = Array(30).fill(null);
    row[0] = `P-${String(i + 1).padStart(4, "0")}`;
    return row;
  });
}

describe("long work in Excel: steps and cancel (issue 14 item 8)", () => {
  it("a template apply reports read, compare, write in order; only the write step cannot be cancelled", async () => {
    const fake = createExcelFake();
    const { work, reports } = recordingWork();
    const outcome = await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT), { work });
    expect(outcome.ok).to.equal(true);
    expect(reports.map((report) => `${report.index}/${report.total} ${report.step} ${report.cancellable}`)).to.deep.equal([
      "1/3 read true",
      "2/3 compare true",
      "3/3 write false",
    ]);
  });

  for (const step of ["read", "compare"] as const) {
    it(`a template apply cancelled at "${step}" rejects with WorkCancelled and writes nothing`, async () => {
      const fake = createExcelFake();
      const before = fake.snapshot();
      const { work } = recordingWork(step);
      let caught: unknown;
      await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT), { work }).catch((error: unknown) => (caught = error));
      expect(caught).to.be.instanceOf(WorkCancelled);
      expect(fake.snapshot()).to.deep.equal(before);
      expect(fake.syncLog.every((sync) => sync.writes === 0), "no round trip wrote").to.equal(true);
    });
  }

  it("a cancel that arrives as the write step is announced still stops it: the batch was not sent yet", async () => {
    const fake = createExcelFake();
    const before = fake.snapshot();
    const { work } = recordingWork("write");
    let caught: unknown;
    await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT), { work }).catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(WorkCancelled);
    expect(fake.snapshot()).to.deep.equal(before);
  });

  it("a validation reports how many filled rows it checks, and a cancel there leaves Validering unwritten", async () => {
    const fake = createExcelFake();
    const applied = await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT, { placements: placementRows(120) }));
    expect(applied.ok).to.equal(true);
    const before = fake.snapshot();

    const { work, reports } = recordingWork("check");
    let caught: unknown;
    await validateInExcel(fake.run, { today: "2026-11-30", lang: "sv", work }).catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(WorkCancelled);
    expect(reports.map((report) => report.step)).to.deep.equal(["read", "check"]);
    // The 120 placements, plus the rows the template itself seeds (Rapporter, Målgrupper, Parametrar …).
    expect(reports[1]!.count).to.be.at.least(120);
    expect(fake.snapshot()).to.deep.equal(before);
    expect(before.sheets.map((sheet) => sheet.name)).to.not.include("Validering");
  });

  it("an uncancelled validation reports read, check, write and writes its findings", async () => {
    const fake = createExcelFake();
    await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT, { placements: placementRows(3) }));
    const { work, reports } = recordingWork();
    const validation = await validateInExcel(fake.run, { today: "2026-11-30", lang: "sv", work });
    expect(reports.map((report) => `${report.index}/${report.total} ${report.step}`)).to.deep.equal(["1/3 read", "2/3 check", "3/3 write"]);
    expect(reports[2]!.count).to.equal(validation.result.findings.length);
    expect(fake.snapshot().sheets.map((sheet) => sheet.name)).to.include("Validering");
  });
});
