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

export async function run(): Promise<void> {
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
