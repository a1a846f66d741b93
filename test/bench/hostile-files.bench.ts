/**
 * Peak memory of `syss validate` on hostile and huge files (issue 15, item 4; target: exit 2, one line,
 * peak resident memory under 1 GB): a file whose Placeringar table claims 1 048 576 rows, a 1 MB zip
 * bomb that unpacks to 1 GB, a file with 1 000 000 real rows, and data validations over the whole sheet
 * (read, exit 0). Each runs in its own process (the CLI from source through tsx), so the figure is that
 * process's own peak (max RSS, from the kernel).
 * Standalone: `npx tsx test/bench/hostile-files.bench.ts`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { manyRows, tableClaimingRows, validationsOver, zipBomb } from "../support/hostile-files";

const ROOT = resolve(__dirname, "../..");
/** Runs the CLI and reports its own peak RSS from inside, at exit (covers every thread of the process). */
const RUNNER = `
const { main } = require(${JSON.stringify(join(ROOT, "src/cli/main.ts"))});
const { processIo } = require(${JSON.stringify(join(ROOT, "src/cli/io.ts"))});
main(process.argv.slice(1), processIo).then((code) => {
  process.stderr.write("PEAK_RSS_KB " + process.resourceUsage().maxRSS + "\\n");
  process.exitCode = code;
});`;

function validate(file: string): { code: number | null; line: string; peakMb: number } {
  // --import (not --require tsx/cjs): the commands load the file readers with import(), which the CommonJS hook cannot resolve.
  const child = spawnSync(process.execPath, ["--import", "tsx", "-e", RUNNER, "validate", file], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0 && child.status !== 1 && child.status !== 2) throw new Error(`syss validate ${file}: exit ${child.status}\n${child.stdout}\n${child.stderr}`);
  const peak = /PEAK_RSS_KB (\d+)/.exec(child.stderr ?? "");
  // The error (exit 2) is the one JSON object on stdout (src/cli/errors.ts); show its message.
  const error = child.status === 2 ? (JSON.parse(child.stdout) as { error: { message: string } }).error.message : "";
  const line = error || (child.stderr ?? "").replace(/PEAK_RSS_KB \d+\n?/, "").trim();
  return { code: child.status, line, peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "syss-hostile-bench-"));
  try {
    const cases: [string, () => Promise<Uint8Array>][] = [
      ["table claiming 1 048 576 rows", () => tableClaimingRows(1_048_576)],
      ["zip bomb (1 GB unpacked)", () => zipBomb(1024)],
      ["1 000 000 real rows", () => manyRows(1_000_000)],
      ["49 000 real rows (read in full)", () => manyRows(49_000)],
      ["data validation on the whole sheet", () => validationsOver("A1:XFD1048576")],
    ];
    for (const [label, build] of cases) {
      const file = join(dir, `${label.replace(/\W+/g, "-")}.xlsx`);
      writeFileSync(file, await build());
      const size = statSync(file).size / 1024 / 1024;
      const result = validate(file);
      console.log(`${label.padEnd(32)} file ${size.toFixed(2).padStart(6)} MB  exit ${result.code}  peak RSS ${result.peakMb.toFixed(0).padStart(5)} MB  | ${result.line}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
