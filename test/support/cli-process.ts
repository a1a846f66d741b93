/**
 * `syss` as its own process, the way a user runs it, without webpack's minutes-long build: the sources are
 * bundled once per test run with esbuild (the bundler tsx itself uses; npm packages stay external, as in the
 * webpack CLI bundle) into the checkout's git-ignored .tmp/, and each call is a plain `node` process.
 * The folder is this process's own (test workers and concurrent runs never share it) and goes at exit.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./build";

const BUNDLE_DIR = path.join(REPO_ROOT, ".tmp", `syss-cli-process-${process.pid}`);
const BUNDLE = path.join(BUNDLE_DIR, "syss.js");
let bundled = false;

/** Bundles src/cli/syss.ts once; later calls return at once. */
export function cliBundle(): string {
  if (!bundled) {
    mkdirSync(BUNDLE_DIR, { recursive: true });
    process.on("exit", () => rmSync(BUNDLE_DIR, { recursive: true, force: true }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require("esbuild") as typeof import("esbuild");
    esbuild.buildSync({
      entryPoints: [path.join(REPO_ROOT, "src/cli/syss.ts")],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      packages: "external",
      outfile: BUNDLE,
      logLevel: "error",
    });
    bundled = true;
  }
  return BUNDLE;
}

export interface CliOutcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the process in kB (Linux), or undefined where it cannot be read. */
  readonly peakRssKb?: number;
}

/** Runs `syss ARGS < stdin` as a process and collects its output. */
export function runCli(args: readonly string[], stdin = ""): Promise<CliOutcome> {
  const bundle = cliBundle();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd: REPO_ROOT });
    const stdout: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr }));
    child.stdin.on("error", () => undefined); // a command may exit before it reads stdin
    child.stdin.end(stdin);
  });
}
