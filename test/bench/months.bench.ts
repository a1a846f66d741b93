/**
 * The calendar-month rule's cost: calendarMonths builds four UTC dates per call (two for DATEDIF, two
 * EDATE steps), where the old rule was one division. It runs once per placement row in parsing and twice
 * per row in validation, so the figure to watch is calls per second against the engine's ~10^5 rows/s.
 */
import { calendarMonths } from "../../src/domain/model";

/** Deterministic start/end pairs over 2020–2030, ended 1 day to ~5 years after the start. */
function pairs(count: number): Float64Array {
  const values = new Float64Array(count * 2);
  let state = 20_251_125;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
  for (let index = 0; index < count; index++) {
    const start = 43_831 + Math.floor(next() * 4_018); // 2020-01-01 .. 2030-12-31
    values[index * 2] = start;
    values[index * 2 + 1] = start + Math.floor(next() * 1_800);
  }
  return values;
}

export async function run(): Promise<void> {
  const count = 10_000;
  const dates = pairs(count);
  const rounds = 100;
  let sink = 0;
  for (let index = 0; index < count; index++) sink += calendarMonths(dates[index * 2]!, dates[index * 2 + 1]!); // warm-up
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let index = 0; index < count; index++) sink += calendarMonths(dates[index * 2]!, dates[index * 2 + 1]!);
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(rounds / 2)]!;
  console.log(
    `calendarMonths, ${count.toLocaleString("en-US")} placements: median ${median.toFixed(2)} ms, best ${timings[0]!.toFixed(2)} ms ` +
      `(${Math.round((count / median) * 1000).toLocaleString("en-US")} calls/s; ${rounds} rounds)`,
  );
  if (!Number.isFinite(sink)) console.log("unexpected non-finite total");
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
