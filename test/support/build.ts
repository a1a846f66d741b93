/**
 * Production builds of the add-in, each made once per test run and shared by every suite that inspects it.
 * SYSS_PUBLIC_URL is set to a test origin so the manifest substitution is exercised. Builds go to their own
 * folders (SYSS_OUTPUT_DIR), not dist/, so a developer's `npm start` writing dist/ cannot race the tests.
 *
 * - productionBuild(): with the preview and the office.js stand-in (SYSS_PREVIEW=1), which the browser tests
 *   serve; everything else in it is what a deployment gets.
 * - deploymentBuild(): what `npm run build` deploys, to prove the fake is not in it.
 *
 * Both minify with esbuild (SYSS_MINIFIER=esbuild, see webpack.config.js) rather than the deployment's terser:
 * terser took half a minute per build, a quarter of the whole suite on 2 cores, and no test depends on which
 * minifier wrote the code.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");
// Under the checkout's own (git-ignored) .tmp/, not node_modules/: two checkouts sharing one installed
// node_modules (git worktrees) must not build into the same folder.
/**
 * One folder per `npm test` run (run-tests.ts sets SYSS_TEST_RUN_ID for the run and its workers; a lone mocha
 * process uses its pid), so two runs at the same time never build into, or serve from, each other's output.
 */
export const RUN_DIR = path.join(REPO_ROOT, ".tmp", `run-${process.env.SYSS_TEST_RUN_ID ?? process.pid}`);
export const DIST = path.join(RUN_DIR, "syss-test-dist");
export const DEPLOYMENT_DIST = path.join(RUN_DIR, "syss-deployment-dist");
export const TEST_PUBLIC_URL = "https://syss.test.example/addin/";

/**
 * Safety net for a test or hook that waits for a build. A production build takes under a minute on an idle
 * 2-core machine and many minutes when other work shares it; the test waits for the build itself, so this
 * only stops a build that has truly hung.
 */
export const BUILD_TIMEOUT_MS = 900_000;

const done = new Set<string>();
/** Written beside a finished build: later workers of the same run (mocha --parallel) reuse it. */
const completeMarker = (outputDir: string): string => `${outputDir}.complete`;
/** Written by buildAllAhead while its build runs: a suite that needs the build waits for it instead of starting another. */
const startedMarker = (outputDir: string): string => `${outputDir}.started`;
/** Holds webpack's output when a build started ahead failed. */
const failedMarker = (outputDir: string): string => `${outputDir}.failed`;
const webpackArgs = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"];
const buildEnv = (outputDir: string, extraEnv: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  SYSS_PUBLIC_URL: TEST_PUBLIC_URL,
  SYSS_OUTPUT_DIR: outputDir,
  SYSS_MINIFIER: "esbuild",
  ...extraEnv,
});
interface BuildSpec {
  readonly outputDir: string;
  readonly extraEnv: Record<string, string>;
  /** Extra webpack arguments: the deployment build only needs the web part (the CLI is the same in both). */
  readonly args: readonly string[];
}
const BUILDS: readonly BuildSpec[] = [
  { outputDir: DIST, extraEnv: { SYSS_PREVIEW: "1" }, args: [] },
  { outputDir: DEPLOYMENT_DIST, extraEnv: { SYSS_PREVIEW: "" }, args: ["--config-name", "web"] },
];

/** Blocks this thread for `ms` without spinning (the before hooks that need a build are synchronous). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Waits for a build buildAllAhead started; throws with webpack's output if it failed. */
function awaitBuildStartedAhead(outputDir: string): void {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!existsSync(completeMarker(outputDir))) {
    if (existsSync(failedMarker(outputDir))) throw new Error(readFileSync(failedMarker(outputDir), "utf8"));
    if (Date.now() > deadline) throw new Error(`the webpack build into ${outputDir} did not finish within ${BUILD_TIMEOUT_MS / 60_000} minutes`);
    sleepSync(250);
  }
}

function build({ outputDir, extraEnv, args }: BuildSpec): void {
  if (done.has(outputDir) || existsSync(completeMarker(outputDir))) return;
  if (existsSync(startedMarker(outputDir))) {
    awaitBuildStartedAhead(outputDir);
    done.add(outputDir);
    return;
  }
  const result = spawnSync(process.execPath, [...webpackArgs, ...args], { cwd: REPO_ROOT, env: buildEnv(outputDir, extraEnv), encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`webpack production build failed:\n${result.stdout}\n${result.stderr}`);
  }
  writeFileSync(completeMarker(outputDir), "");
  done.add(outputDir);
}

export function productionBuild(): void {
  build(BUILDS[0]!);
}

export function deploymentBuild(): void {
  build(BUILDS[1]!);
}

/**
 * Both builds at once, started before the suites (run-tests.ts, for a full run) and running beside the suites
 * that need no build: a webpack build keeps a core only partly busy, and the suites fill the rest. A suite that
 * needs a build waits for it in its before hook (build() sees the started marker). Resolves, when both are
 * done, with the first failure's output or null; a failure also reaches every suite waiting for that build.
 */
export async function buildAllAhead(): Promise<string | null> {
  mkdirSync(RUN_DIR, { recursive: true });
  const results = await Promise.all(
    BUILDS.map(({ outputDir, extraEnv, args }) => {
      writeFileSync(startedMarker(outputDir), "");
      return new Promise<string | null>((resolve) => {
        const child = spawn(process.execPath, [...webpackArgs, ...args], { cwd: REPO_ROOT, env: buildEnv(outputDir, extraEnv) });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("close", (code) => {
          const failure = code === 0 ? null : `webpack production build (${path.basename(outputDir)}) failed:\n${output}`;
          writeFileSync(failure === null ? completeMarker(outputDir) : failedMarker(outputDir), failure ?? "");
          resolve(failure);
        });
      });
    }),
  );
  return results.find((result) => result !== null) ?? null;
}

/**
 * What `npm run build` deploys, minified by terser as a deployment is (not esbuild, as the test builds are),
 * into a folder of its own: for the benchmark's first-load sizes, which depend on the minifier.
 */
export const TERSER_DEPLOYMENT_DIST = path.join(RUN_DIR, "syss-terser-deployment-dist");
export function terserDeploymentBuild(): string {
  build({ outputDir: TERSER_DEPLOYMENT_DIST, extraEnv: { SYSS_PREVIEW: "", SYSS_MINIFIER: "" }, args: ["--config-name", "web"] });
  return TERSER_DEPLOYMENT_DIST;
}

export function readDist(relativePath: string): string {
  return readFileSync(path.join(DIST, relativePath), "utf8");
}
