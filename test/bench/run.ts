/**
 * `npm run bench`: runs every test/bench/*.bench.ts in turn. Each exports `run()` and prints its own
 * figures. Benchmarks are never assertions: this machine is shared and noisy, so numbers are reported,
 * compared with the targets in the README by a person, not by a test.
 */
import { readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  // The load the figures were taken under (issue 19's acceptance asks for it): 1, 5 and 15-minute averages.
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(" / ");
  console.log(`load average at start ${load()} on ${cpus().length} cores`);
  for (const file of files) {
    console.log(`\n== ${file}`);
    const module = (await import(path.join(__dirname, file))) as { run?: () => Promise<void> };
    if (typeof module.run !== "function") throw new Error(`${file} does not export run()`);
    await module.run();
  }
  console.log(`\nload average at end ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
