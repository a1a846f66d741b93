/**
 * One production build of the add-in per test run, shared by every suite that inspects dist/.
 * SYSS_PUBLIC_URL is set to a test origin so the manifest substitution is exercised.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(REPO_ROOT, "dist");
export const TEST_PUBLIC_URL = "https://syss.test.example/addin/";

let built = false;

export function productionBuild(): void {
  if (built) return;
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: REPO_ROOT,
    env: { ...process.env, SYSS_PUBLIC_URL: TEST_PUBLIC_URL },
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
