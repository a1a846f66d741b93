/**
 * The `syss` command as a user runs it (issue 19, CLI rows): the webpack CLI bundle (dist/cli/syss.js,
 * built here with the CLI configuration only, into the checkout's .tmp/) in its own processes.
 *
 * - start-up: `syss version` against bare `node -e ""`, medians of alternating runs (goal < 2×);
 * - `syss effect` over 100 000 inputs: pretty-printed with line items (the default), `--ndjson`, and
 *   `--ndjson --totals`; wall time and the process's own peak RSS (kernel max RSS, read at exit), beside the
 *   engine alone in this process on the same inputs (the limit the command can approach), and beside what
 *   Python's JSON parser and writer alone take on the same files (a lower bound for any Python reference);
 * - `syss template` with 10 000 and 100 000 placements: wall time, time per 1 000 rows (equal per-row times
 *   mean linear) and peak RSS; then `syss validate` on each file, which reads up to src/xlsx/limits.ts's
 *   limits and refuses a larger file with one line (exit 2).
 *
 * Standalone: `npx tsx test/bench/cli.bench.ts`. Never an assertion: the machine is shared.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { computeParsedEffect, parseInput, resolveParameters, resolveYear } from "../../src/domain/model";
import { REPO_ROOT, TEST_PUBLIC_URL } from "../support/build";
import { benchPlacements } from "./placements";

const OUTPUT_DIR = path.join(REPO_ROOT, ".tmp/syss-bench-cli");
const BUNDLE = path.join(OUTPUT_DIR, "cli/syss.js");
/** Loaded before the CLI with --require: prints the process's peak RSS (kB) on stderr at exit. */
const PEAK_PRELOAD = path.join(OUTPUT_DIR, "peak-rss.js");

function buildCli(): void {
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "cli"], {
    cwd: REPO_ROOT,
    env: { ...process.env, SYSS_PUBLIC_URL: TEST_PUBLIC_URL, SYSS_OUTPUT_DIR: OUTPUT_DIR },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`webpack CLI build failed:\n${result.stdout}\n${result.stderr}`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(PEAK_PRELOAD, 'process.on("exit", () => process.stderr.write(`PEAK_RSS_KB ${process.resourceUsage().maxRSS}\\n`));\n');
}

function millisecondsOf(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")}: exit ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function row(label: string, measured: string, goal: string, ratio: string): void {
  console.log(`${label.padEnd(52)} ${measured.padEnd(34)} goal ${goal.padEnd(22)} ${ratio}`);
}

function startUp(): void {
  const rounds = 21;
  const syss: number[] = [];
  const bare: number[] = [];
  millisecondsOf([BUNDLE, "version"]); // file-system cache warm for both
  for (let round = 0; round < rounds; round++) {
    // Alternating, so a burst of load on the shared machine hits both series alike.
    syss.push(millisecondsOf([BUNDLE, "version"]));
    bare.push(millisecondsOf(["-e", ""]));
  }
  const ratio = median(syss) / median(bare);
  row("syss start-up (version) vs bare node", `${median(syss).toFixed(0)} ms vs ${median(bare).toFixed(0)} ms`, "< 2 × bare node", `ratio ${ratio.toFixed(2)} ×`);
}

/**
 * What any Python implementation of `syss effect` must at least spend on the same files: reading the inputs
 * with Python's own JSON parser and writing the very output syss wrote (pretty with indent 2, or one line per
 * result), in milliseconds inside python3, its start-up left out. No arithmetic at all, so syss below it is
 * ahead of any Python reference (issue 19's goal); the reference itself is not in this repository. Undefined
 * when python3 is not installed (it is not a dependency; the row then says so).
 */
function pythonJsonAloneMs(inputFile: string, outputFile: string, ndjson: boolean): number | undefined {
  const script = [
    "import json, sys, time",
    "source, written, ndjson = sys.argv[1], sys.argv[2], sys.argv[3] == 'ndjson'",
    "with open(written, encoding='utf-8') as f:",
    "    result = [json.loads(line) for line in f if line.strip()] if ndjson else json.load(f)",
    "started = time.perf_counter()",
    "with open(source, encoding='utf-8') as f:",
    "    inputs = json.load(f)",
    "with open('/dev/null', 'w', encoding='utf-8') as out:",
    "    if ndjson:",
    "        for item in result: out.write(json.dumps(item, ensure_ascii=False) + '\\n')",
    "    else:",
    "        json.dump(result, out, indent=2, ensure_ascii=False)",
    "print((time.perf_counter() - started) * 1000)",
  ].join("\n");
  const result = spawnSync("python3", ["-c", script, inputFile, outputFile, ndjson ? "ndjson" : "pretty"], { encoding: "utf8", maxBuffer: 1024 * 1024 });
  if (result.error !== undefined || result.status !== 0) return undefined;
  return Number(result.stdout.trim());
}

function effectRun(label: string, flags: readonly string[], inputFile: string, outputFile: string, baselineMs: number): void {
  const input = openSync(inputFile, "r");
  const output = openSync(outputFile, "w");
  let ms: number;
  try {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--require", PEAK_PRELOAD, BUNDLE, "effect", ...flags], { stdio: [input, output, "pipe"], encoding: "utf8" });
    ms = Number(process.hrtime.bigint() - started) / 1e6;
    const peak = /PEAK_RSS_KB (\d+)/.exec(result.stderr ?? "");
    if (result.status !== 0) throw new Error(`syss effect ${flags.join(" ")}: exit ${result.status}`);
    const peakMb = peak ? (Number(peak[1]) / 1024).toFixed(0) : "?";
    row(label, `${(ms / 1000).toFixed(2)} s, peak RSS ${peakMb} MB`, "bounded memory", `${(ms / baselineMs).toFixed(1)} × the engine alone`);
  } finally {
    closeSync(input);
    closeSync(output);
  }
  const python = pythonJsonAloneMs(inputFile, outputFile, flags.includes("--ndjson"));
  const versus = python === undefined ? "python3 not installed: not compared" : `${(python / 1000).toFixed(2)} s`;
  const ratio = python === undefined ? "" : `syss at ${(ms / python).toFixed(2)} × of it${ms < python ? " (ahead)" : ""}`;
  row("  Python's JSON alone, same files (a lower bound)", versus, "syss ahead of Python", ratio);
}

/** Runs the bundle with the peak-RSS preload; wall ms, exit status, peak MB and stdout. */
function measured(args: readonly string[]): { ms: number; status: number | null; peakMb: string; stdout: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", PEAK_PRELOAD, BUNDLE, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = /PEAK_RSS_KB (\d+)/.exec(result.stderr ?? "");
  return { ms, status: result.status, peakMb: peak ? (Number(peak[1]) / 1024).toFixed(0) : "?", stdout: result.stdout ?? "" };
}

/** `syss template` with `count` placements, then `syss validate` on the file it wrote. */
function templateAndValidate(dir: string, count: number): void {
  const placements = benchPlacements(count);
  const contractFile = path.join(dir, `contract-${count}.json`);
  writeFileSync(contractFile, JSON.stringify({ name: "Bench", start: "2026-01-01", end: "2035-12-31", reportingInterval: "månad", commitmentMonths: 120, placements }));
  const workbook = path.join(dir, `template-${count}.xlsx`);
  const template = measured(["template", "--contract", contractFile, "--out", workbook]);
  if (template.status !== 0) throw new Error(`syss template (${count}): exit ${template.status}`);
  const label = count.toLocaleString("en-US");
  const perThousand = template.ms / (count / 1000);
  row(`syss template, ${label} placements`, `${(template.ms / 1000).toFixed(2)} s, peak RSS ${template.peakMb} MB`, "linear, bounded memory", `${perThousand.toFixed(0)} ms per 1 000 rows`);
  const validate = measured(["validate", workbook]);
  const refused = validate.status === 2 ? ` (refused: ${/"code":"([A-Z_]+)"/.exec(validate.stdout)?.[1] ?? "?"})` : ` (exit ${validate.status})`;
  row(`syss validate, ${label} placements`, `${(validate.ms / 1000).toFixed(2)} s, peak RSS ${validate.peakMb} MB${refused}`, "bounded memory", "");
}

/** The engine alone on the same inputs, in this process: the floor for the command's time. */
function engineAloneMs(inputs: readonly unknown[]): number {
  const year = resolveYear(undefined);
  const parameters = resolveParameters(year);
  let sink = 0;
  const started = process.hrtime.bigint();
  for (const raw of inputs) sink += computeParsedEffect(parseInput(raw), parameters, year).actors.society;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (Number.isNaN(sink)) throw new Error("engine gave NaN");
  return ms;
}

export async function run(): Promise<void> {
  buildCli();
  startUp();
  const dir = mkdtempSync(path.join(tmpdir(), "syss-cli-bench-"));
  try {
    const count = 100_000;
    const inputs = Array.from({ length: count }, (_, index) => ({ form: "anställning", months: 1 + (index % 24), salary: 18_000 + (index % 5_000), age: 18 + (index % 40) }));
    const inputFile = path.join(dir, "inputs.json");
    writeFileSync(inputFile, JSON.stringify(inputs));
    const baseline = engineAloneMs(inputs);
    row(`engine alone (parse + compute), ${count.toLocaleString("en-US")} inputs`, `${(baseline / 1000).toFixed(2)} s`, "", "limit");
    const outputFile = path.join(dir, "out.json");
    effectRun(`syss effect, ${count.toLocaleString("en-US")} inputs, pretty with line items`, [], inputFile, outputFile, baseline);
    effectRun(`syss effect --ndjson, ${count.toLocaleString("en-US")} inputs`, ["--ndjson"], inputFile, outputFile, baseline);
    effectRun(`syss effect --ndjson --totals, ${count.toLocaleString("en-US")} inputs`, ["--ndjson", "--totals"], inputFile, outputFile, baseline);
    for (const placements of [10_000, 100_000]) templateAndValidate(dir, placements);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
