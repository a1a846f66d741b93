/**
 * One line per goal of issue 19: measured / goal / ratio. A ratio ≥ 1 meets the goal (for a time goal the
 * ratio is goal ÷ measured; `atMost` for a count such as round trips, where the goal itself is met). Printed only, never asserted: the machine is shared and its load varies.
 */
export function reportGoal(label: string, measured: number, goal: number, unit: string, higherIsBetter: boolean, atMost = false): void {
  const ratio = higherIsBetter ? measured / goal : goal / measured;
  const format = (value: number): string => (value >= 1000 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1));
  const goalText = `${higherIsBetter ? "≥" : atMost ? "≤" : "<"} ${format(goal)} ${unit}`;
  console.log(`${label.padEnd(56)} ${`${format(measured)} ${unit}`.padStart(16)}  goal ${goalText.padEnd(18)} ratio ${ratio.toFixed(2)}${ratio >= 1 ? "" : "  (below goal)"}`);
}

/** Evaluations per CPU second of `work` over `iterations` calls, after a warm-up for the JIT. */
export function perCpuSecond(iterations: number, work: (index: number) => void): number {
  for (let index = 0; index < Math.min(iterations, 50_000); index++) work(index);
  const started = process.cpuUsage();
  for (let index = 0; index < iterations; index++) work(index);
  const used = process.cpuUsage(started);
  return iterations / ((used.user + used.system) / 1e6);
}

/** Median CPU milliseconds of `work` over `rounds` runs, after one warm-up run. */
export function cpuMedianMs(rounds: number, work: () => unknown): number {
  work();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}
