/**
 * The template applier and follow-up reader on the in-memory Excel fake: wall time of our own code (diff,
 * batching) plus the fake, the round trips, and the operations per write batch. Real Excel adds its own
 * per-round-trip latency (tens to hundreds of ms online), which is why the round trips are the figure to watch.
 */
import type { Contract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import type { CellValue } from "../../src/domain/followup/types";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import { createExcelFake } from "../../src/excel/fake";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { addSampleRows, editCell } from "../../src/taskpane/preview/previewWrites";
import { CLEANING_CONTRACT } from "../taskpane/support/cleaning-contract";
import { reportGoal } from "./goals";

const CONTRACT: Contract = {
  values: { name: "Bench", start: "2026-01-01", end: "2035-12-31", reportingInterval: "månad", commitmentMonths: 120 },
  targetGroups: null,
};

function placements(count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const row: CellValue[] = Array.from({ length: 28 }, () => null);
    row[0] = `P-${String(i + 1).padStart(4, "0")}`;
    row[2] = i % 2 === 0 ? "Kvinna" : "Man";
    row[7] = { date: "2026-03-01" };
    row[11] = 1;
    row[12] = 24_000;
    return row;
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: Math.round(performance.now() - start), result };
}

/**
 * The task pane's Validera and Rätta through the same services the pane calls, over the fake: round trips
 * (goal, issue 19: 2 each). The first Validera in a workbook with a sheet the template lacks takes one more,
 * to learn that sheet's shape; the figure is the second.
 */
async function paneRoundTrips(): Promise<void> {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
  await services.applyTemplate(CLEANING_CONTRACT, 2026);
  await addSampleRows(fake.run);
  await editCell(fake.run, "Placeringar", "C5", "ej angivet"); // a near list value: "Rätta" proposes "Ej angivet"
  const firstSyncs = fake.syncCount;
  await services.validate();
  const first = fake.syncCount - firstSyncs;
  const validateSyncs = fake.syncCount;
  const view = await services.validate();
  const validate = fake.syncCount - validateSyncs;
  const near = view.findings.find((finding) => finding.correctable && finding.code === "LIST_NOT_EXACT");
  if (near === undefined) throw new Error("the bench workbook has no LIST_NOT_EXACT finding to correct");
  const fixSyncs = fake.syncCount;
  const fixed = await services.correctFinding(near);
  if (fixed.outcome !== "corrected") throw new Error(`Rätta did not correct: ${fixed.outcome}`);
  const fix = fake.syncCount - fixSyncs;
  console.log(`pane Validera: ${first} round trips the first time (an unknown sheet, Blad1), ${validate} after; Rätta ${fix}`);
  reportGoal("Office.js round trips: pane Validera", validate, 2, "", false, true);
  reportGoal("Office.js round trips: Rätta", fix, 2, "", false, true);
}

export async function run(): Promise<void> {
  await paneRoundTrips();
  for (const count of [0, 500, 2000]) {
    const fake = createExcelFake();
    const port = createOfficeTemplatePort({ run: fake.run, isSetSupported: () => true });
    const plan = buildTemplatePlan(CONTRACT, { placements: placements(count) });
    const blank = await timed(() => port.applyTemplate(plan));
    const writeBatch = fake.syncLog.at(-1)!;
    const again = await timed(() => port.applyTemplate(plan));
    const tripsBefore = fake.syncCount;
    const read = await timed(() => port.readFollowup());
    console.log(
      `placements=${count} reports=120: apply on blank ${blank.ms} ms, ${blank.result.ok ? blank.result.report.roundTrips : "-"} round trips, ` +
        `${writeBatch.actions} operations in the write batch; regenerate ${again.ms} ms, ` +
        `${again.result.ok ? again.result.report.roundTrips : "-"} round trips; readFollowup ${read.ms} ms, ${fake.syncCount - tripsBefore} round trips`,
    );
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
