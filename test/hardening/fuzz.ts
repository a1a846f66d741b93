/**
 * Seeded fuzzing of every SYSS.* custom function and every `syss` command (issue 15, acceptance).
 * Functions are discovered from src/functions/functions.ts's exports and commands from the CLI's
 * registry, so ones added later are fuzzed too. Shared by the test (small, in `npm test`) and the bench
 * (larger). Properties: a function returns a value (finite when a number) or throws CustomFunctions.Error
 * with a short message; a command exits 0, 1 or 2 — never 70 — and on exit 2 prints exactly one line
 * (stdout JSON error or stderr), with no stack trace and no value quoted at full length.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as functions from "../../src/functions/functions";
import { commands } from "../../src/cli/commands";
import { main } from "../../src/cli/main";
import { CustomFunctionsErrorShim } from "../support/custom-functions-shim";
import { memoryIo } from "../support/memory-io";

export const FUZZ_SEED = 15_2026;
const LONG = "7".repeat(50_000);

/** Long strings shown short in a counterexample, so a failure report stays readable. */
function short(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "string" && inner.length > 60 ? `${inner.slice(0, 40)}…(${inner.length})` : inner));
}
const MAX_MESSAGE = 2_000;

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", "=1+1", "+46", "-", "@x", "9E+307", "-9E+307", "NaN", "Infinity", "1e400", "\uFEFF{}", "0,75", "75 %", LONG, " 1".repeat(5_000)),
  fc.constantFrom("anställning", "praktik", "Ja", "Nej", "Samhället", "tax.municipal", "2026", "2019"),
);
const hostileCell = fc.oneof(hostileText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom(9e307, -9e307, Number.MAX_VALUE, 1e-300));
const hostileMatrix = fc.array(fc.array(hostileCell, { maxLength: 8 }), { maxLength: 6 });
const hostileArgument = fc.oneof(hostileCell, hostileMatrix, fc.constant(undefined));

/** Every exported custom function, called with hostile arguments. */
export function fuzzFunctions(numRuns: number): void {
  type AnyFunction = (...args: unknown[]) => unknown;
  const all = Object.entries(functions as Record<string, unknown>)
    .filter(([, value]) => typeof value === "function")
    .map(([name, value]) => [name, value as AnyFunction] as const);
  if (all.length === 0) throw new Error("no custom functions found");
  fc.assert(
    fc.property(fc.constantFrom(...all), fc.array(hostileArgument, { maxLength: 5 }), ([name, run], args) => {
      try {
        const result = run(...args);
        if (typeof result === "number" && !Number.isFinite(result)) throw new Error(`${name} returned ${result}`);
        for (const row of Array.isArray(result) ? (result as unknown[][]) : []) {
          for (const cell of Array.isArray(row) ? row : []) {
            if (typeof cell === "number" && !Number.isFinite(cell)) throw new Error(`${name} returned ${cell} in a cell`);
          }
        }
      } catch (error) {
        if (!(error instanceof CustomFunctionsErrorShim)) throw error;
        const message = String(error.message ?? "");
        if (message.length > MAX_MESSAGE) throw new Error(`${name}: message of ${message.length} characters`);
      }
    }),
    { seed: FUZZ_SEED, numRuns, reporter: (details) => { if (details.failed) throw new Error(`seed ${FUZZ_SEED}: ${short(details.counterexample)}: ${String(details.errorInstance)}`); } },
  );
}

function deep(levels: number): string {
  return "[".repeat(levels) + "]".repeat(levels);
}

/** Every registered command, with hostile arguments, stdin and files. */
export async function fuzzCommands(numRuns: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "syss-fuzz-"));
  // A random argument after --out is a relative path: it must land in the temporary folder.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const junkFile = join(dir, "junk.xlsx");
    writeFileSync(junkFile, "PK\u0003\u0004 not really a zip");
    const jsonFile = join(dir, "contract.json");
    writeFileSync(jsonFile, `\uFEFF{"name": "${LONG}", "start": "2026-01-01"}`);
    const deepFile = join(dir, "deep.json");
    writeFileSync(deepFile, `{"name": ${deep(100_000)}}`);
    const names = Object.keys(commands);
    const argument = fc.oneof(
      fc.constantFrom(...names.map((name) => `--${name}`)),
      fc.constantFrom("--year", "--lang", "sv", "en", "--today", "2026-06-01", "--overrides", "--contract", "--out", "--supplier", "--reference-date", "--help"),
      fc.constantFrom(junkFile, jsonFile, deepFile, join(dir, "missing.xlsx"), join(dir, "out.xlsx"), LONG, "9E+307", "-1"),
      fc.string({ maxLength: 12 }),
    );
    const stdin = fc.oneof(
      fc.string(),
      fc.constantFrom("", "\uFEFF", "\uFEFF{}", "{}", "[]", "null", deep(100_000), `{"salary": 9E+307}`, `[${"{},".repeat(200)}{}]`, `"${LONG}"`, `${"070-123 45 67 ".repeat(2_000)}\nrad två\n`),
      fc.json(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.array(argument, { maxLength: 5 }), stdin, async (name, args, input) => {
        const io = memoryIo(input);
        const code = await main([name, ...args], io);
        const where = `${name} ${args.map((arg) => arg.slice(0, 20)).join(" ")}`;
        if (![0, 1, 2].includes(code)) throw new Error(`${where}: exit ${code} (${io.stderr.slice(0, 200)})`);
        if (/\n\s+at \S+/.test(io.stderr + io.stdout)) throw new Error(`${where}: a stack trace was printed`);
        if (code === 2) {
          const lines = (io.stdout + io.stderr).trimEnd().split("\n");
          if (lines.length !== 1) throw new Error(`${where}: exit 2 with ${lines.length} lines`);
          if (lines[0]!.length > MAX_MESSAGE) throw new Error(`${where}: a ${lines[0]!.length}-character message`);
          if (io.stdout !== "") JSON.parse(io.stdout);
        }
      }),
      { seed: FUZZ_SEED, numRuns, reporter: (details) => { if (details.failed) throw new Error(`seed ${FUZZ_SEED}: ${short(details.counterexample)}: ${String(details.errorInstance)}`); } },
    );
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}
