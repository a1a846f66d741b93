/**
 * SYSS.EFFECTS over a 10 000-row Placeringar table in Node, as Excel would call it (rows + header row +
 * the Parametrar table as overrides). Goal (issue 19): < 50 ms CPU per call.
 */
import { listParameters } from "../../src/domain/model";
import { effectsMatrix } from "../../src/functions/effect";
import { installCustomFunctionsShim } from "../support/custom-functions-shim";
import { PLACERINGAR_HEADERS, realisticWorkload } from "../support/model-workload";
import { cpuMedianMs, reportGoal } from "./goals";

export async function run(): Promise<void> {
  const restore = installCustomFunctionsShim();
  try {
    const { rows } = realisticWorkload(10_000);
    const headers = [[...PLACERINGAR_HEADERS]];
    const parametrar = listParameters(2025).map((row) => [row.key, row.label, row.value, row.unit, row.value, row.source, row.estimate ? "Ja" : "Nej"]);
    for (let warmUp = 0; warmUp < 3; warmUp++) effectsMatrix(rows, headers, parametrar);
    const timings: number[] = [];
    for (let round = 0; round < 10; round++) {
      const started = process.hrtime.bigint();
      const result = effectsMatrix(rows, headers, parametrar);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (result.length !== rows.length) throw new Error("EFFECTS returned the wrong number of rows");
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)] ?? Number.NaN;
    console.log(`SYSS.EFFECTS, 10 000 rows with Parametrar overrides: wall clock median ${median.toFixed(1)} ms, best ${(timings[0] ?? Number.NaN).toFixed(1)} ms (10 runs)`);
    reportGoal("SYSS.EFFECTS, 10 000 rows (CPU median)", cpuMedianMs(15, () => effectsMatrix(rows, headers, parametrar)), 50, "ms", false);
  } finally {
    restore();
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
