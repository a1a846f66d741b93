import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./build";

/**
 * Runs a Node tool's script from node_modules (e.g. "eslint/bin/eslint.js") in the repository root;
 * returns its exit code and combined output. Paths, not require.resolve: some packages don't export their bin.
 */
export function runNodeTool(script: string, args: string[]): { status: number | null; output: string } {
  const file = path.join(REPO_ROOT, "node_modules", script);
  const result = spawnSync(process.execPath, [file, ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
