/**
 * A source module as it ships: bundled into one scope, the way webpack's production build concatenates the
 * pane's and the CLI's modules. Under tsx every module is compiled to CommonJS on its own, and each use of
 * an imported function or constant becomes a getter call on the other module's exports; in a hot loop over
 * 10 000 rows those calls alone cost a sixth of the time. Benchmarks measure both forms and judge the
 * goal on this one. npm packages stay external (as in the CLI bundle); the bundle goes at exit.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const BUNDLE_DIR = path.join(REPO_ROOT, ".tmp", `bench-bundles-${process.pid}`);
let bundles = 0;

/** `require` of `entry` (a path relative to the repository) after bundling it with esbuild. */
export function bundledModule<T>(entry: string): T {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  if (bundles === 0) process.on("exit", () => rmSync(BUNDLE_DIR, { recursive: true, force: true }));
  const outfile = path.join(BUNDLE_DIR, `bundle-${++bundles}.js`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  esbuild.buildSync({
    entryPoints: [path.join(REPO_ROOT, entry)],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    outfile,
    logLevel: "error",
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as T;
}
