/**
 * Model engine throughput on a realistic mix of placements (targets on the 2-core CI machine:
 * ≥ 200 000 evaluations/s from canonical objects, ≥ 100 000/s from header rows).
 */
import { compileHeaders, computeEffect, fromHeaderRow, rowToRawInput } from "../../src/domain/model";
import { PLACERINGAR_HEADERS, realisticWorkload } from "../support/model-workload";

function measure(label: string, iterations: number, work: (index: number) => void): number {
  for (let index = 0; index < Math.min(iterations, 20_000); index++) work(index); // warm-up for the JIT
  const started = process.hrtime.bigint();
  for (let index = 0; index < iterations; index++) work(index);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const perSecond = iterations / seconds;
  console.log(`${label.padEnd(58)} ${Math.round(perSecond).toLocaleString("en-US").padStart(10)} /s  (${iterations} in ${(seconds * 1000).toFixed(0)} ms)`);
  return perSecond;
}

export async function run(): Promise<void> {
  const { inputs, rows } = realisticWorkload(5_000);
  const size = inputs.length;
  let sink = 0;
  const iterations = 400_000;

  measure("computeEffect, canonical objects", iterations, (index) => {
    sink += computeEffect(inputs[index % size]).actors.society;
  });
  measure("header row + computeEffect (headers matched per row)", iterations, (index) => {
    sink += computeEffect(fromHeaderRow(PLACERINGAR_HEADERS, rows[index % size] ?? []), { year: 2025 }).actors.society;
  });
  const headerMap = compileHeaders(PLACERINGAR_HEADERS);
  measure("header row + computeEffect (headers compiled once)", iterations, (index) => {
    sink += computeEffect(rowToRawInput(headerMap, rows[index % size] ?? []), { year: 2025 }).actors.society;
  });
  if (!Number.isFinite(sink)) console.log("unexpected non-finite total");
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
