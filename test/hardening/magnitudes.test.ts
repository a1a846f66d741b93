/**
 * Absurd magnitudes are input errors, never NaN or Infinity in a result (issue 15, item 7): 9E+307 kr in
 * any numeric input field or parameter override is refused naming the field (CLI exit 2, #NUM! in a
 * custom-function cell for an input), and every number the model returns for accepted input is finite.
 */
import { expect } from "chai";
import { computeEffect, INPUT_KEYS, isModelError, listParameters } from "../../src/domain/model";
import { effectValue } from "../../src/functions/effect";
import { main } from "../../src/cli/main";
import { CustomFunctionsErrorShim, thrownFunctionError, useCustomFunctionsShim } from "../support/custom-functions-shim";
import { memoryIo } from "../support/memory-io";

const BASE = { age: 30, form: "anställning", months: 12, scope: 1, salary: 20_500, subsidy: "nystartsjobb", newArrival: true };
const HUGE = 9e307;

function allFinite(result: ReturnType<typeof computeEffect>): boolean {
  return Object.values(result.actors).every(Number.isFinite) && result.items.every((item) => Number.isFinite(item.amount));
}

describe("absurd magnitudes (issue 15, item 7)", () => {
  useCustomFunctionsShim();

  it("a salary of 9E+307 is refused naming the salary, not computed into NaN", () => {
    let thrown: unknown;
    try {
      computeEffect({ ...BASE, salary: HUGE });
    } catch (error) {
      thrown = error;
    }
    expect(isModelError(thrown) && thrown.code === "VALUE_TOO_LARGE" && thrown.field === "salary").to.equal(true);
  });

  it("every input field given 9E+307 is either refused naming that field or gives only finite numbers", () => {
    for (const key of INPUT_KEYS) {
      for (const value of [HUGE, -HUGE, "9E+307"]) {
        try {
          expect(allFinite(computeEffect({ ...BASE, [key]: value })), `${key}=${value}`).to.equal(true);
        } catch (error) {
          if (!isModelError(error)) throw error;
          expect(error.field, `${key}=${value}`).to.equal(key);
        }
      }
    }
  });

  it("every parameter override of 9E+307 is refused or gives only finite numbers", () => {
    for (const { key } of listParameters(2026)) {
      try {
        expect(allFinite(computeEffect(BASE, { year: 2026, overrides: { [key]: HUGE } })), key).to.equal(true);
      } catch (error) {
        if (!isModelError(error)) throw error;
        expect(error.field, key).to.equal(key);
      }
    }
  });

  it("syss effect: exit 2 with one JSON error naming the field", async () => {
    const io = memoryIo(JSON.stringify({ ...BASE, salary: HUGE }));
    expect(await main(["effect"], io)).to.equal(2);
    const output = JSON.parse(io.stdout) as { error: { code: string; field: string } };
    expect(output.error.code).to.equal("VALUE_TOO_LARGE");
    expect(output.error.field).to.equal("salary");
    expect(io.stdout).not.to.contain("null");
  });

  it("SYSS.EFFECT shows #NUM! for a salary of 9E+307", () => {
    const headers = [["Ålder", "Sysselsättningsform", "Startdatum", "Planerat slutdatum", "Omfattning (%)", "Bruttolön per månad"]];
    const error = thrownFunctionError(() => effectValue([[30, "anställning", 45_658, 46_022, 100, HUGE]], headers));
    expect(error).to.be.instanceOf(CustomFunctionsErrorShim);
    expect(error.code).to.equal("#NUM!");
  });
});
