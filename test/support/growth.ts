/**
 * Linear time shown by comparing growth across sizes, never by a wall-clock limit: the same work is
 * timed (process CPU time, best of a few trials, repeated until it is long enough to measure) on an
 * input of size n and on one of size factor × n. A linear algorithm grows by about `factor`, a quadratic
 * one by factor², a cubic one by factor³; `growth` returns the measured ratio.
 */
function cpuMicros(work: () => void, repeat: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function best(work: () => void, repeat: number, trials: number): number {
  let fastest = Infinity;
  for (let trial = 0; trial < trials; trial++) fastest = Math.min(fastest, cpuMicros(work, repeat));
  return Math.max(fastest, 1);
}

export interface GrowthOptions {
  /** The small size (default 400). */
  readonly small?: number;
  /** How much larger the large size is (default 8). */
  readonly factor?: number;
}

/** The time on factor × n divided by the time on n, for `run(makeInput(n))`. */
export function growth(makeInput: (n: number) => string, run: (input: string) => unknown, options: GrowthOptions = {}): number {
  const small = options.small ?? 400;
  const factor = options.factor ?? 8;
  const smallInput = makeInput(small);
  const largeInput = makeInput(small * factor);
  const smallWork = (): void => void run(smallInput);
  const largeWork = (): void => void run(largeInput);
  let repeat = 1;
  while (repeat < 1 << 16 && cpuMicros(smallWork, repeat) < 1000) repeat *= 2;
  largeWork(); // warm up the large path too
  // The lowest of a few whole measurements: a busy machine (two test workers, another suite) can inflate one
  // measurement's ratio by noise, never lower it below the algorithm's real growth, so a quadratic pattern
  // still shows factor² in every attempt while a linear one is not failed by one unlucky sample.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= linearBound(factor); attempt++) {
    ratio = Math.min(ratio, best(largeWork, repeat, 4) / best(smallWork, repeat, 5));
  }
  return ratio;
}

/**
 * The bound a linear algorithm stays under: factor × 4 leaves room for noise (GC, a shared machine)
 * and for n·log n, and is still half of factor² (quadratic).
 */
export function linearBound(factor = 8): number {
  return factor * 4;
}
