/**
 * The portfolio over many contract files (spec/portfolio.md §4, target: 500 files × 200 placements,
 * time linear in files, memory bounded by the largest file). A few distinct workbooks are generated and
 * copied to the wanted number of files; the portfolio is then built twice, over a fifth of the files and
 * over all of them, printing files/s, the peak resident memory and the heap kept after garbage collection
 * per file read. Linear time shows as equal files/s; bounded memory as a kept heap that does not grow with
 * the files (the summaries are ~1 KB each). Peak RSS alone is no proof either way: the second run starts
 * with the first run's pages and V8 grows its heap lazily. SYSS_BENCH_PORTFOLIO_FILES / _PLACEMENTS change
 * the size.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { buildPortfolio } from "../../src/cli/commands/portfolio";
import { ROW, followupFile } from "../support/portfolio-files";

const TODAY = "2025-10-01";
const DISTINCT = 5;

function placements(count: number, seed: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_unused, index) => ({
    ...ROW,
    caseId: `P-${seed}-${String(index + 1).padStart(4, "0")}`,
    gender: index % 2 === 0 ? "Kvinna" : "Man",
    startDate: `2025-${String((index % 9) + 1).padStart(2, "0")}-01`,
    comment: index % 4 === 0 ? "Startade enligt plan, handledare utsedd." : "",
    ...(index % 5 === 0 ? { actualEndDate: "2025-09-30", endReason: "Egen uppsägning" } : {}),
    unemployedMonths: 12,
    newArrival: "Nej",
    aKassa: "Ja",
    housingBenefit: "Nej",
  }));
}

export interface PortfolioBenchResult {
  readonly files: number;
  readonly seconds: number;
  readonly filesPerSecond: number;
  readonly peakRssMb: number;
  /** Heap in use after a full garbage collection, before the first file and after the last. */
  readonly keptHeapMb: { readonly before: number; readonly after: number };
}

/** A full garbage collection: V8's own, switched on for this process (the bench runs without --expose-gc). */
function collectGarbage(): void {
  setFlagsFromString("--expose_gc");
  (runInNewContext("gc") as () => void)();
}

function keptHeapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function measure(files: readonly string[]): Promise<PortfolioBenchResult> {
  const before = keptHeapMb();
  let peak = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const portfolio = await buildPortfolio(files, TODAY, "sv", () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  });
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (portfolio.unreadable.length > 0) throw new Error(`unreadable: ${JSON.stringify(portfolio.unreadable[0])}`);
  const after = keptHeapMb(); // the portfolio is still referenced: what it keeps is counted
  return { files: files.length, seconds, filesPerSecond: files.length / seconds, peakRssMb: peak / 1024 / 1024, keptHeapMb: { before, after } };
}

export async function portfolioBench(fileCount: number, placementCount: number): Promise<PortfolioBenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "syss-portfolio-bench-"));
  try {
    const sources: string[] = [];
    for (let seed = 0; seed < DISTINCT; seed++) {
      const path = join(dir, `source-${seed}.xlsx`);
      writeFileSync(path, await followupFile(placements(placementCount, seed), { contract: { contractId: `AV-${seed}` } }));
      sources.push(path);
    }
    const files = Array.from({ length: fileCount }, (_unused, index) => {
      const path = join(dir, `avtal-${String(index).padStart(4, "0")}.xlsx`);
      copyFileSync(sources[index % DISTINCT]!, path);
      return path;
    });
    const fifth = files.slice(0, Math.max(1, Math.floor(fileCount / 5)));
    // A warm-up over a few files: the readers load on first use, and their code is not what a file keeps.
    await buildPortfolio(files.slice(0, DISTINCT), TODAY, "sv");
    return [await measure(fifth), await measure(files)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const files = Number(process.env.SYSS_BENCH_PORTFOLIO_FILES ?? 500);
  const placementCount = Number(process.env.SYSS_BENCH_PORTFOLIO_PLACEMENTS ?? 200);
  for (const result of await portfolioBench(files, placementCount)) {
    console.log(
      `portfolio: ${result.files} files × ${placementCount} placements in ${result.seconds.toFixed(1)} s = ${result.filesPerSecond.toFixed(1)} files/s, peak RSS ${result.peakRssMb.toFixed(0)} MB, ` +
        `heap kept after GC ${result.keptHeapMb.before.toFixed(1)} → ${result.keptHeapMb.after.toFixed(1)} MB ` +
        `(${(((result.keptHeapMb.after - result.keptHeapMb.before) * 1024) / result.files).toFixed(1)} KB per file)`,
    );
  }
}
