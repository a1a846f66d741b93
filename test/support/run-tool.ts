import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./build";

/** Runs a Node tool from node_modules in the repository root; returns its exit code and combined output. */
export function runNodeTool(script: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [require.resolve(script), ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
