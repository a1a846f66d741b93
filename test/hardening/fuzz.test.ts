/** The seeded fuzz runs of test/hardening/fuzz.ts at a size that keeps `npm test` fast (larger: npm run bench). */
import { fuzzCommands, fuzzFunctions } from "./fuzz";
import { useCustomFunctionsShim } from "../support/custom-functions-shim";

describe("fuzzing every SYSS.* function and every syss command (issue 15)", function () {
  useCustomFunctionsShim();

  it("custom functions: a value (finite numbers) or a CustomFunctions.Error with a short message", () => {
    fuzzFunctions(300);
  });

  it("commands: exit 0, 1 or 2, one line on exit 2, never a stack trace or exit 70", async () => {
    await fuzzCommands(150);
  });
});
