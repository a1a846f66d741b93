import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { computeEffect } from "../../src/domain/model";
import { memoryIo } from "../support/memory-io";

async function run(args: string[], stdin = "") {
  const io = memoryIo(stdin);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The only shape a failing command may print: {"error":{code,field,message}}. */
function expectErrorShape(stdout: string, code: string, field?: string): string {
  const parsed = JSON.parse(stdout) as { error: { code: string; field: string; message: string } };
  expect(Object.keys(parsed)).to.deep.equal(["error"]);
  expect(Object.keys(parsed.error)).to.deep.equal(["code", "field", "message"]);
  expect(parsed.error.code).to.equal(code);
  if (field !== undefined) expect(parsed.error.field).to.equal(field);
  return parsed.error.message;
}

describe("syss effect", () => {
  let directory: string;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), "syss-effect-"));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it("prints the result of one input; society = production − supervision − admin − procurement", async () => {
    const { code, stdout } = await run(["effect"], '{"form":"anställning","months":12,"salary":20500}');
    expect(code).to.equal(0);
    const result = JSON.parse(stdout) as { year: number; actors: Record<string, number>; items: { actor: string; key: string; amount: number }[] };
    expect(result.year).to.equal(2026);
    const production = result.items.find((item) => item.key === "productionValue")?.amount ?? Number.NaN;
    // No supervision, admin or procurement: society is the production value, 0.8 × 20 500 × 1.3142 × 12
    expect(production).to.be.closeTo(0.8 * 20_500 * 1.3142 * 12, 1e-6);
    expect(result.actors.society).to.be.closeTo(production, 0.01);
  });

  it("prints an array of results for an array of inputs, with --year and --lang", async () => {
    const inputs = [
      { form: "anställning", months: 12, salary: 20_500 },
      { form: "praktik", months: 3, internValue: 2_000 },
    ];
    const { code, stdout } = await run(["effect", "--year", "2019", "--lang=en"], JSON.stringify(inputs));
    expect(code).to.equal(0);
    const results = JSON.parse(stdout) as { year: number; items: { label: string }[] }[];
    expect(results).to.have.length(2);
    expect(results.map((result) => result.year)).to.deep.equal([2019, 2019]);
    expect(results[0]?.items[0]?.label).to.equal("Work income (gross pay)");
    expect(JSON.parse(stdout)).to.deep.equal([computeEffect(inputs[0], { year: 2019, lang: "en" }), computeEffect(inputs[1], { year: 2019, lang: "en" })]);
  });

  it("applies --overrides from a JSON file", async () => {
    const file = join(directory, "overrides.json");
    writeFileSync(file, JSON.stringify({ "tax.municipal": 0.2198 }));
    const input = { form: "anställning", months: 12, salary: 30_000, year: 2025 };
    const { code, stdout } = await run(["effect", "--overrides", file], JSON.stringify(input));
    expect(code).to.equal(0);
    expect(JSON.parse(stdout)).to.deep.equal(computeEffect(input, { overrides: { "tax.municipal": 0.2198 } }));
  });

  it("invalid input: exit 2 and only the error object, in Swedish or English", async () => {
    const swedish = await run(["effect"], '{"form":"anställning","months":12,"salary":20500,"age":12}');
    expect(swedish.code).to.equal(2);
    expect(expectErrorShape(swedish.stdout, "INVALID_VALUE", "age")).to.contain("ett heltal från 16 till 80");
    const english = await run(["effect", "--lang", "en"], '{"form":"anställning","months":0,"salary":20500}');
    expect(expectErrorShape(english.stdout, "INVALID_VALUE", "months")).to.contain("greater than 0 and at most 120");
  });

  it("names the failing element of an array", async () => {
    const { code, stdout } = await run(["effect"], '[{"form":"praktik","months":1},{"form":"x","months":1}]');
    expect(code).to.equal(2);
    expect(expectErrorShape(stdout, "INVALID_VALUE", "form")).to.match(/^Post 2: /);
  });

  it("unreadable JSON or no input: BAD_JSON", async () => {
    expect((await run(["effect"], "{form:")).code).to.equal(2);
    expectErrorShape((await run(["effect"], "{form:")).stdout, "BAD_JSON", "stdin");
    expectErrorShape((await run(["effect"], "  ")).stdout, "BAD_JSON", "stdin");
  });

  it("bad flags: exit 2 with the same error shape", async () => {
    for (const args of [["--bogus"], ["--year"], ["--lang", "de"], ["--year", "2019", "--year", "2025"], ["positional"]]) {
      const { code, stdout } = await run(["effect", ...args], "{}");
      expect(code, args.join(" ")).to.equal(2);
      expectErrorShape(stdout, "BAD_ARGUMENT");
    }
    const year = await run(["effect", "--year", "2020"], '{"form":"praktik","months":1}');
    expect(expectErrorShape(year.stdout, "UNKNOWN_YEAR", "year")).to.contain("2019, 2025, 2026");
  });

  it("a missing or bad overrides file: exit 2 with the error shape", async () => {
    expectErrorShape((await run(["effect", "--overrides", join(directory, "missing.json")], "{}")).stdout, "BAD_ARGUMENT", "--overrides");
    const broken = join(directory, "broken.json");
    writeFileSync(broken, "{");
    expectErrorShape((await run(["effect", "--overrides", broken], "{}")).stdout, "BAD_JSON", "--overrides");
    const list = join(directory, "list.json");
    writeFileSync(list, "[1]");
    expectErrorShape((await run(["effect", "--overrides", list], "{}")).stdout, "BAD_ARGUMENT", "--overrides");
    const unknown = join(directory, "unknown.json");
    writeFileSync(unknown, '{"tax.church": 0.01}');
    expectErrorShape((await run(["effect", "--overrides", unknown], '{"form":"praktik","months":1}')).stdout, "UNKNOWN_PARAMETER", "tax.church");
  });
});

describe("syss params", () => {
  it("prints [{key,label,unit,value,source,estimate}] for the newest year by default", async () => {
    const { code, stdout } = await run(["params"]);
    expect(code).to.equal(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    for (const row of rows) expect(Object.keys(row)).to.deep.equal(["key", "label", "unit", "value", "source", "estimate"]);
    expect(rows.find((row) => row.key === "pbb")).to.deep.include({ value: 59_200, label: "Prisbasbelopp", estimate: false });
    expect(rows.find((row) => row.key === "fee.youth")).to.deep.include({ value: 0.2081 });
  });

  it("prints a given year, in English on request", async () => {
    const { stdout } = await run(["params", "--year", "2019", "--lang", "en"]);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.find((row) => row.key === "pbb")).to.deep.include({ value: 46_500, label: "Price base amount" });
    expect(rows.find((row) => row.key === "fee.youth")).to.equal(undefined);
  });

  it("rejects a bad year or flag with exit 2 and the error shape", async () => {
    const year = await run(["params", "--year", "2030"]);
    expect(year.code).to.equal(2);
    expectErrorShape(year.stdout, "UNKNOWN_YEAR", "year");
    const flag = await run(["params", "--overrides", "x.json"]);
    expect(flag.code).to.equal(2);
    expectErrorShape(flag.stdout, "BAD_ARGUMENT", "--overrides");
  });
});
