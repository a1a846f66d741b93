/**
 * Production builds of the add-in, each made once per test run and shared by every suite that inspects it.
 * SYSS_PUBLIC_URL is set to a test origin so the manifest substitution is exercised. Builds go to their own
 * folders (SYSS_OUTPUT_DIR), not dist/, so a developer's `npm start` writing dist/ cannot race the tests.
 *
 * - productionBuild(): with the preview and the office.js stand-in (SYSS_PREVIEW=1), which the browser tests
 *   serve; everything else in it is byte for byte what a deployment gets.
 * - deploymentBuild(): exactly what `npm run build` deploys, to prove the fake is not in it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");
// Under the checkout's own (git-ignored) .tmp/, not node_modules/: two checkouts sharing one installed
// node_modules (git worktrees) must not build into the same folder.
export const DIST = path.join(REPO_ROOT, ".tmp/syss-test-dist");
export const DEPLOYMENT_DIST = path.join(REPO_ROOT, ".tmp/syss-deployment-dist");
export const TEST_PUBLIC_URL = "https://syss.test.example/addin/";

/**
 * Safety net for a test or hook that waits for a build. A production build takes under a minute on an idle
 * 2-core machine and many minutes when other work shares it; the test waits for the build itself, so this
 * only stops a build that has truly hung.
 */
export const BUILD_TIMEOUT_MS = 900_000;

const done = new Set<string>();

function build(outputDir: string, extraEnv: Record<string, string>): void {
  if (done.has(outputDir)) return;
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: REPO_ROOT,
    env: { ...process.env, SYSS_PUBLIC_URL: TEST_PUBLIC_URL, SYSS_OUTPUT_DIR: outputDir, ...extraEnv },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`webpack production build failed:\n${result.stdout}\n${result.stderr}`);
  }
  done.add(outputDir);
}

export function productionBuild(): void {
  build(DIST, { SYSS_PREVIEW: "1" });
}

export function deploymentBuild(): void {
  build(DEPLOYMENT_DIST, { SYSS_PREVIEW: "" });
}

export function readDist(relativePath: string): string {
  return readFileSync(path.join(DIST, relativePath), "utf8");
}
