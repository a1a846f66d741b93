/**
 * The .xlsx template path of `syss template` and `syss validate`: building the plan, writing the file
 * (ExcelJS plus the XML patch step) and reading it back, for growing numbers of placements.
 * Prints wall time in ms (median of a few runs) and the file size.
 */
import { parseContract } from "../../src/domain/followup/contract";
import { parsePlacements } from "../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { readFollowupWorkbook } from "../../src/xlsx/read";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { benchPlacements } from "./placements";

const CONTRACT = parseContract({ name: "Bench", start: "2026-01-01", end: "2035-12-31", reportingInterval: "månad", commitmentMonths: 120 });

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

export async function run(): Promise<void> {
  console.log("template (.xlsx): placements | plan ms | write ms | size kB | read ms");
  for (const count of [0, 1000, 5000]) {
    const placements = parsePlacements(benchPlacements(count));
    const planMs = await median(5, async () => buildTemplatePlan(CONTRACT, { placements }));
    const plan = buildTemplatePlan(CONTRACT, { placements });
    let bytes: Uint8Array = new Uint8Array();
    const writeMs = await median(3, async () => {
      bytes = await writeTemplateXlsx(plan);
    });
    const readMs = await median(3, () => readFollowupWorkbook(bytes, "bench.xlsx"));
    console.log(`template (.xlsx): ${String(count).padStart(10)} | ${String(planMs).padStart(7)} | ${String(writeMs).padStart(8)} | ${String(Math.round(bytes.length / 1024)).padStart(7)} | ${String(readMs).padStart(7)}`);
  }
}

if (require.main === module) {
  void run();
}
