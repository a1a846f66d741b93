/**
 * `npm test`: checks that the system programs the tests need are installed, then runs every
 * mocha suite (type check and lint are suites too, so they count in the closing line).
 * A missing program stops the run at once with the one command that installs it – never a
 * silent skip.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { missingProgramsMessage, requiredSystemPrograms } from "./system-programs";

const missing = missingProgramsMessage(requiredSystemPrograms, existsSync);
if (missing !== undefined) {
  console.error(missing);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// Without arguments every suite runs; `npm test -- test/some/file.test.ts` runs just that file.
const args = process.argv.slice(2);
const specs = args.some((arg) => !arg.startsWith("-")) ? [] : ["test/**/*.test.{ts,tsx}"];
const mocha = spawnSync(process.execPath, [require.resolve("mocha/bin/mocha.js"), ...specs, ...args], {
  stdio: "inherit",
});
process.exit(mocha.status ?? 1);
