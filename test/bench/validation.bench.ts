/**
 * The validation rules over 10 000 placements (goal, issue 19: < 50 ms CPU): realistic rows, every 10th
 * with a problem and every 4th with a free-text comment (so the personal-data scan has work), plus
 * quarterly reports. Also live re-validation of 5 changed rows in the same workbook (goal < 10 ms): with
 * the memo live mode keeps from its previous re-validation, and without (the first edit after a full run).
 *
 * Measured on the code as it ships (bundled into one scope, bundled.ts) and, for comparison, as tsx runs
 * the sources; the first run of a fresh process (the JIT not yet warm) is printed beside the median.
 */
import * as sources from "../../src/domain/validation";
import { bundledModule } from "./bundled";
import { goodPlacement, workbook, type PlacementData } from "../domain/validation/builders";
import { reportGoal } from "./goals";

const TODAY = "2025-10-01";
const COMMENTS = [
  "Startade enligt plan, handledare utsedd.",
  "Uppföljningsmöte 2025-05-12 med matchningsansvarig.",
  "Ring 070-123 45 67 vid frånvaro",
  "Lön enligt kollektivavtal 24 500 kr, heltid.",
];

function placements(count: number): PlacementData[] {
  return Array.from({ length: count }, (_unused, index) => {
    const row = goodPlacement({ caseId: `P-${String(index + 1).padStart(5, "0")}` });
    if (index % 4 === 0) row.comment = COMMENTS[(index / 4) % COMMENTS.length]!;
    if (index % 10 === 3) row.scope = 1.5;
    if (index % 10 === 7) row.gender = "kvinna";
    return row;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Wall-clock and CPU milliseconds per run after `warmUp` runs for the JIT. On a shared, loaded machine the
 * wall clock includes time the process waited for a core; CPU time (user + system, the garbage collector's
 * threads included) is what the work itself cost.
 */
function time(work: () => unknown, rounds: number, warmUp = 5): { median: number; min: number; cpuMedian: number } {
  for (let round = 0; round < warmUp; round++) work();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpuStart = process.cpuUsage();
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(samples), min: Math.min(...samples), cpuMedian: median(cpu) };
}

type Validation = typeof sources;

function measure(label: string, code: Validation, input: sources.ValidationInput): { full: number; live: number } {
  const options = { today: TODAY };
  const firstStarted = process.hrtime.bigint();
  const result = code.validateWorkbook(input, options);
  const first = Number(process.hrtime.bigint() - firstStarted) / 1e6;
  const full = time(() => code.validateWorkbook(input, options), 31);
  console.log(
    `${label}: validateWorkbook, 10 000 placements: median ${full.median.toFixed(1)} ms, min ${full.min.toFixed(1)} ms, CPU median ${full.cpuMedian.toFixed(1)} ms; ` +
      `first run ${first.toFixed(0)} ms (${result.findings.length} findings)`,
  );
  const changed = [10, 2000, 5000, 7777, 9999];
  const noMemo = time(() => code.revalidatePlacementRows(input, options, changed), 15);
  console.log(`${label}: revalidatePlacementRows, 5 of 10 000 rows, no memo (first edit): median ${noMemo.median.toFixed(1)} ms, CPU median ${noMemo.cpuMedian.toFixed(1)} ms`);
  const memo = code.revalidatePlacementRows(input, options, []).memo;
  const live = time(() => code.revalidatePlacementRows(input, options, changed, memo), 31);
  console.log(`${label}: revalidatePlacementRows, 5 of 10 000 rows, with memo: median ${live.median.toFixed(1)} ms, min ${live.min.toFixed(1)} ms, CPU median ${live.cpuMedian.toFixed(1)} ms`);
  return { full: full.cpuMedian, live: live.cpuMedian };
}

export async function run(): Promise<void> {
  const reports = Array.from({ length: 8 }, (_unused, index) => ({
    periodFrom: `2025-0${(index % 4) * 3 + 1}-01`.replace("-010-", "-10-"),
    dueDate: "2025-04-30",
  }));
  const input = workbook({ placements: placements(10_000), reports });
  const shipped = measure("bundled", bundledModule<Validation>("src/domain/validation/index.ts"), input);
  measure("tsx", sources, input);
  reportGoal("validation rules, 10 000 placements (CPU median, bundled)", shipped.full, 50, "ms", false);
  reportGoal("live re-validation, 5 of 10 000 rows (CPU median, bundled)", shipped.live, 10, "ms", false);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
