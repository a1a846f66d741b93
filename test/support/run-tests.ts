/**
 * `npm test`: checks that the system programs the tests need are installed, then runs every
 * mocha suite (type check and lint are suites too, so they count in the closing line).
 * A missing program stops the run at once with the one command that installs it – never a
 * silent skip.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { missingProgramsMessage, requiredSystemPrograms } from "./system-programs";

const missing = missingProgramsMessage(requiredSystemPrograms, existsSync);
if (missing !== undefined) {
  console.error(missing);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// Without arguments every suite runs; `npm test -- test/some/file.test.ts` runs just that file.
const args = process.argv.slice(2);
const fullRun = !args.some((arg) => !arg.startsWith("-"));

// One id per run: builds and other per-run output go to .tmp/run-<id>/ (see build.ts), so two runs at the
// same time in one checkout never share files. Removed when the run ends.
process.env.SYSS_TEST_RUN_ID ??= `${process.pid}`;

/**
 * The suites that take longest (a real browser, LibreOffice, the type check; 20–50 s each on 2 cores) go to the
 * workers first, the many short ones after: the parallel run then ends with two workers finishing short suites
 * together instead of one worker alone on a long one. The long suites that need no build come before the browser
 * suites, which wait for the production build started beside them (build.ts, buildAllAhead). Only the order
 * changes; every file runs, and a suite that needs a build waits for it wherever it stands.
 */
const LONG_SUITES_FIRST = [/LibreOffice|libreoffice|MatchesSheet/, /^test\/static\/typecheck/, /^test\/cli\/contract/, /^test\/browser\//];

function suiteFiles(): string[] {
  const files = (readdirSync("test", { recursive: true }) as string[])
    .map((file) => path.join("test", file).split(path.sep).join("/"))
    .filter((file) => /\.test\.tsx?$/.test(file))
    .sort();
  const rank = (file: string): number => {
    const index = LONG_SUITES_FIRST.findIndex((pattern) => pattern.test(file));
    return index < 0 ? LONG_SUITES_FIRST.length : index;
  };
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Mocha in its own process, without blocking this one: the builds' completion handlers run here meanwhile. */
function runMocha(args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const mocha = spawn(process.execPath, [require.resolve("mocha/bin/mocha.js"), ...args], { stdio: "inherit" });
    mocha.on("close", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  // Lazily: build.ts reads SYSS_TEST_RUN_ID when it is loaded.
  const { RUN_DIR, buildAllAhead } = await import("./build");
  try {
    if (!fullRun) return await runMocha(args);
    // The production builds, both at once, beside the suites in two workers (the machine has 2 cores; most
    // suites wait on one thread: jsdom, the Excel fake, LibreOffice, Chromium, and so does most of a build).
    const builds = buildAllAhead();
    const status = await runMocha([...suiteFiles(), "--parallel", "--jobs", "2", ...args]);
    const failure = await builds;
    // The suites that need a build fail with webpack's output themselves; should none have asked for it, the
    // failure still fails the run, and the summary stays the last line.
    if (failure !== null && status === 0) {
      console.error(failure);
      console.log("0 passed, 1 failed");
      return 1;
    }
    return status;
  } finally {
    rmSync(RUN_DIR, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
