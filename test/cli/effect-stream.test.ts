/**
 * `syss effect --totals` and `--ndjson` (issue 19): the six actor totals without the line items, and one
 * compact result per line for an array, written as computed. Run as a process (test/support/cli-process.ts)
 * like a user's batch job, and in-process to see how the output is written.
 */
import { expect } from "chai";
import { main } from "../../src/cli/main";
import { computeEffect, type EffectResult } from "../../src/domain/model";
import { expectCliError } from "../support/cli-error";
import { cliBundle, runCli } from "../support/cli-process";
import type { CliIo } from "../../src/cli/io";

const INPUTS = [
  { form: "anställning", months: 12, salary: 20_500 },
  { form: "praktik", months: 3, internValue: 2_000 },
  { form: "lärlingsanställning", months: 24, salary: 18_000, age: 22, year: 2025 },
];

const TOTALS_KEYS = ["year", "modelVersion", "actors", "warnings"];

function totalsOf(result: EffectResult): Record<string, unknown> {
  return { year: result.year, modelVersion: result.modelVersion, actors: result.actors, warnings: result.warnings };
}

function lines(stdout: string): unknown[] {
  expect(stdout.endsWith("\n")).to.equal(true);
  return stdout.slice(0, -1).split("\n").map((line) => JSON.parse(line) as unknown);
}

describe("syss effect --totals and --ndjson", function () {
  // Processes on a shared machine: a safety net, not a limit.
  before(() => cliBundle());

  it("--totals prints year, model version, the six actor totals and the warnings, no line items", async () => {
    const single = await runCli(["effect", "--totals"], JSON.stringify(INPUTS[0]));
    expect(single.status, single.stdout).to.equal(0);
    const result = JSON.parse(single.stdout) as Record<string, unknown>;
    expect(Object.keys(result)).to.deep.equal(TOTALS_KEYS);
    expect(Object.keys(result.actors as object)).to.have.length(6);
    expect(result).to.deep.equal(totalsOf(computeEffect(INPUTS[0])));
    const many = await runCli(["effect", "--totals", "--year", "2019", "--lang", "en"], JSON.stringify(INPUTS.slice(0, 2)));
    expect(many.status).to.equal(0);
    expect(JSON.parse(many.stdout)).to.deep.equal(INPUTS.slice(0, 2).map((input) => totalsOf(computeEffect(input, { year: 2019, lang: "en" }))));
  });

  it("--ndjson prints one compact result per line, in input order; with --totals, the totals", async () => {
    const full = await runCli(["effect", "--ndjson"], JSON.stringify(INPUTS));
    expect(full.status, full.stdout).to.equal(0);
    expect(lines(full.stdout)).to.deep.equal(INPUTS.map((input) => computeEffect(input)));
    expect(full.stdout).not.to.contain("\n  "); // compact, not pretty-printed
    const totals = await runCli(["effect", "--ndjson", "--totals"], JSON.stringify(INPUTS));
    expect(lines(totals.stdout)).to.deep.equal(INPUTS.map((input) => totalsOf(computeEffect(input))));
    const one = await runCli(["effect", "--ndjson"], JSON.stringify(INPUTS[1]));
    expect(lines(one.stdout)).to.deep.equal([computeEffect(INPUTS[1])]);
    const none = await runCli(["effect", "--ndjson"], "[]");
    expect([none.status, none.stdout]).to.deep.equal([0, ""]);
  });

  it("--ndjson with a bad input anywhere: exit 2 and only the error object, no result lines", async () => {
    const inputs = [...INPUTS, { form: "anställning", months: 500, salary: 20_500 }];
    const outcome = await runCli(["effect", "--ndjson", "--totals"], JSON.stringify(inputs));
    expect(outcome.status).to.equal(2);
    const error = expectCliError(outcome.stdout);
    expect(error).to.include({ code: "INVALID_VALUE", field: "months" });
    expect(error.message).to.match(/^Post 4: /);
  });

  it("100 000 inputs with --ndjson --totals: every line, in order, the same totals as the engine", async () => {
    const inputs = Array.from({ length: 100_000 }, (_, index) => ({ form: "anställning", months: 1 + (index % 24), salary: 18_000 + (index % 1_000) }));
    const outcome = await runCli(["effect", "--ndjson", "--totals"], JSON.stringify(inputs));
    expect(outcome.status, outcome.stdout.slice(0, 300)).to.equal(0);
    const results = lines(outcome.stdout) as { actors: Record<string, number> }[];
    expect(results).to.have.length(100_000);
    for (const index of [0, 1, 4_321, 99_999]) {
      expect(results[index]!.actors, `input ${index}`).to.deep.equal(computeEffect(inputs[index]).actors);
    }
  });

  it("--ndjson writes as it computes: no write holds more than a small batch, whatever the input count", async () => {
    const inputs = Array.from({ length: 20_000 }, (_, index) => ({ form: "anställning", months: 12, salary: 20_000 + index }));
    let largest = 0;
    let total = 0;
    const io: CliIo = {
      readStdin: async () => JSON.stringify(inputs),
      writeStdout: (text) => {
        largest = Math.max(largest, text.length);
        total += text.length;
      },
      writeStderr: () => undefined,
    };
    expect(await main(["effect", "--ndjson"], io)).to.equal(0);
    expect(total).to.be.greaterThan(20 * 65_536);
    expect(largest).to.be.below(2 * 65_536);
  });
});
