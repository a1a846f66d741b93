/**
 * One production build of the add-in per test run, shared by every suite that inspects the built add-in.
 * SYSS_PUBLIC_URL is set to a test origin so the manifest substitution is exercised. The build goes to its
 * own folder (SYSS_OUTPUT_DIR), not dist/, so a developer's `npm start` writing dist/ cannot race the tests.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(REPO_ROOT, "node_modules/.cache/syss-test-dist");
export const TEST_PUBLIC_URL = "https://syss.test.example/addin/";

let built = false;

export function productionBuild(): void {
  if (built) return;
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: REPO_ROOT,
    env: { ...process.env, SYSS_PUBLIC_URL: TEST_PUBLIC_URL, SYSS_OUTPUT_DIR: DIST },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`webpack production build failed:\n${result.stdout}\n${result.stderr}`);
  }
  built = true;
}

export function readDist(relativePath: string): string {
  return readFileSync(path.join(DIST, relativePath), "utf8");
}
