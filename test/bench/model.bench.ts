/**
 * Model engine throughput on a realistic mix of placements, beside the "limit loop" (limitLoop.ts: the
 * same arithmetic hand-written over typed arrays), so the engine's headroom shows. Goals (issue 19):
 * ≥ 1 000 000 evaluations/s from canonical objects, ≥ 300 000/s from header rows. Figures are per CPU
 * second (the machine is shared; the wall clock includes waiting for a core).
 */
import { compileHeaders, computeEffect, computeEffectTotals, rowToRawInput } from "../../src/domain/model";
import { PLACERINGAR_HEADERS, realisticWorkload } from "../support/model-workload";
import { perCpuSecond, reportGoal } from "./goals";
import { makeLimitLoop, typedWorkload } from "./limitLoop";

export async function run(): Promise<void> {
  const { inputs, rows } = realisticWorkload(5_000);
  const size = inputs.length;
  let sink = 0;

  const engine = perCpuSecond(2_000_000, (index) => {
    sink += computeEffectTotals(inputs[index % size]).actors.society;
  });
  reportGoal("engine, canonical inputs (computeEffectTotals)", engine, 1_000_000, "/s", true);

  const typed = typedWorkload(inputs);
  const limitLoop = makeLimitLoop();
  const out = new Float64Array(6);
  const limit = perCpuSecond(4_000_000, (index) => {
    limitLoop(typed, index % size, out);
    sink += out[5]!;
  });
  let largest = 0;
  for (let index = 0; index < size; index++) {
    limitLoop(typed, index, out);
    const { actors } = computeEffectTotals(inputs[index]);
    [actors.individual, actors.municipality, actors.region, actors.state, actors.employer, actors.society].forEach((total, actor) => {
      largest = Math.max(largest, Math.abs(total - out[actor]!));
    });
  }
  console.log(
    `${"limit loop (same arithmetic, hand-written, typed arrays)".padEnd(56)} ${`${Math.round(limit).toLocaleString("en-US")} /s`.padStart(16)}  ` +
      `engine at ${(engine / limit).toFixed(2)} of it; same six totals to ${largest.toExponential(1)} kr`,
  );

  const full = perCpuSecond(500_000, (index) => {
    sink += computeEffect(inputs[index % size]).actors.society;
  });
  console.log(`${"full engine with 24 line items and warnings (computeEffect)".padEnd(56)} ${`${Math.round(full).toLocaleString("en-US")} /s`.padStart(16)}`);

  const headerMap = compileHeaders(PLACERINGAR_HEADERS);
  const headerRows = perCpuSecond(1_000_000, (index) => {
    sink += computeEffectTotals(rowToRawInput(headerMap, rows[index % size] ?? []), { year: 2025 }).actors.society;
  });
  reportGoal("header row + engine (headers compiled once)", headerRows, 300_000, "/s", true);
  if (!Number.isFinite(sink)) console.log("unexpected non-finite total");
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
