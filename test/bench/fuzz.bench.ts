/**
 * The seeded fuzz runs of test/hardening/fuzz.ts at a larger size than `npm test` uses (issue 15,
 * acceptance). Prints the run counts; a failure throws with the seed and the shrunk counterexample.
 * Standalone: `npx tsx test/bench/fuzz.bench.ts`.
 */
import { installCustomFunctionsShim } from "../support/custom-functions-shim";
import { FUZZ_SEED, fuzzCommands, fuzzFunctions } from "../hardening/fuzz";

export async function run(): Promise<void> {
  installCustomFunctionsShim();
  const started = Date.now();
  fuzzFunctions(20_000);
  console.log(`custom functions: 20 000 seeded runs (seed ${FUZZ_SEED}) passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const commandsStarted = Date.now();
  await fuzzCommands(2_000);
  console.log(`commands: 2 000 seeded runs (seed ${FUZZ_SEED}) passed in ${((Date.now() - commandsStarted) / 1000).toFixed(1)} s`);
}

if (require.main === module) void run();
