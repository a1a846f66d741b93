/**
 * `npm run bench`: runs every test/bench/*.bench.ts in turn. Each exports `run()` and prints its own
 * figures. Benchmarks are never assertions: this machine is shared and noisy, so numbers are reported,
 * compared with the targets in the README by a person, not by a test.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  for (const file of files) {
    console.log(`\n== ${file}`);
    const module = (await import(path.join(__dirname, file))) as { run?: () => Promise<void> };
    if (typeof module.run !== "function") throw new Error(`${file} does not export run()`);
    await module.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
