/** `syss size`, `syss sensitivity` and `syss clause` through the CLI entry point, as a user runs them. */
import { expect } from "chai";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { memoryIo } from "../../support/memory-io";
import { COMPLETE_CONTRACT, INCOMPLETE_CONTRACT } from "../../support/exante-contracts";

async function run(args: string[], stdin = "") {
  const io = memoryIo(stdin);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** Exit 2 and exactly one {"error":{code,field,message}} object on stdout. */
async function expectError(args: string[], field: string, stdin = ""): Promise<string> {
  const { code, stdout } = await run(args, stdin);
  expect(code, stdout).to.equal(2);
  expect(stdout.trim().split("\n")).to.have.length(1);
  const parsed = JSON.parse(stdout) as { error: { code: string; field: string; message: string } };
  expect(Object.keys(parsed)).to.deep.equal(["error"]);
  expect(Object.keys(parsed.error)).to.deep.equal(["code", "field", "message"]);
  expect(parsed.error.field).to.equal(field);
  return parsed.error.message;
}

const REFERENCE = {
  organisation: "kommun", form: "anställning", months: 12, salary: 20_500, subsidy: "nystartsjobb", productionFactor: 0.8, age: 30,
  unemployedMonths: 18, newArrival: true, housingBenefit: true, supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 10_000,
  procurementCost: 40_000, year: 2019,
};

describe("syss size", () => {
  it("prints N, the steps and the people per placement length; shares as 0.4 or \"40 %\"", async () => {
    for (const share of ["0.4", "40 %", "40%"]) {
      const { code, stdout } = await run(["size", "--value", "10000000", "--labour-share", share, "--share", "0.05"]);
      expect(code).to.equal(0);
      const result = JSON.parse(stdout) as { N: number; steps: { key: string; value: number }[]; people: Record<string, number> };
      expect(Object.keys(result).slice(0, 3)).to.deep.equal(["N", "steps", "people"]);
      // 10 000 000 × 0.4 × 0.05 / (20 500 × 1.3142) = 7.42
      expect(result.N).to.equal(7);
      expect(result.people).to.deep.equal({ "6": 2, "12": 1, "24": 1 });
      expect(result.steps.map((step) => step.key)).to.deep.equal(["labourCost", "requirementBudget", "monthlyCost", "exactMonths", "commitment"]);
    }
  });

  it("--salary, --year, --months and --lang change the result and the texts", async () => {
    const { stdout } = await run(["size", "--value=50000000", "--labour-share=0.6", "--share=10 %", "--salary=25000", "--year=2019", "--months=18", "--lang=en"]);
    const result = JSON.parse(stdout) as { N: number; people: Record<string, number>; year: number; steps: { label: string }[] };
    expect(result.N).to.equal(91);
    expect(result.year).to.equal(2019);
    expect(result.people["24"]).to.equal(6);
    expect(result.steps[0]?.label).to.equal("Labour cost in the contract");
  });

  it("--pools runs the capacity check and warns below three times the people needed", async () => {
    const directory = mkdtempSync(join(tmpdir(), "syss-size-"));
    try {
      const pools = join(directory, "pools.json");
      writeFileSync(pools, JSON.stringify([{ targetGroup: "Unga", pool: 10 }, { targetGroup: "Nyanlända", pool: 13 }]));
      const { code, stdout } = await run(["size", "--value", "50000000", "--labour-share", "0.6", "--share", "0.1", "--salary", "25000", "--pools", pools]);
      expect(code).to.equal(0);
      const result = JSON.parse(stdout) as { capacity: { pool: number; needed: number }[]; warnings: { code: string }[] };
      expect(result.capacity).to.deep.equal([{ targetGroup: "alla målgrupper", pool: 23, needed: 8, sufficient: false }]);
      expect(result.warnings.map((warning) => warning.code)).to.deep.equal(["POOL_TOO_SMALL"]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("bad input: exit 2 and one JSON error naming the flag", async () => {
    expect(await expectError(["size", "--value", "-5", "--labour-share", "0.4"], "--value")).to.contain("Kontraktsvärde");
    expect(await expectError(["size", "--value", "1000000", "--labour-share", "140 %"], "--labour-share")).to.contain("100 %");
    await expectError(["size", "--value", "1000000", "--labour-share", "1.5"], "--labour-share");
    await expectError(["size", "--value", "1000000", "--labour-share", "0.4", "--share", "101%"], "--share");
    expect(await expectError(["size", "--value", "1000000", "--labour-share", "0.4", "--year", "2031", "--lang", "en"], "--year")).to.contain("2031");
    await expectError(["size", "--value", "1000000", "--labour-share", "0.4", "--salary", "-1"], "--salary");
    await expectError(["size", "--value", "1000000", "--labour-share", "0.4", "--months", "-2"], "--months");
    await expectError(["size", "--labour-share", "0.4"], "--value");
    await expectError(["size", "--value", "1000000", "--labour-share", "0.4", "--bogus", "1"], "--bogus");
    await expectError(["size", "--value", "1000000", "--labour-share", "0.4", "--pools", "/nonexistent/pools.json"], "--pools");
  });
});

describe("syss sensitivity", () => {
  it("reference scenario: base per actor, break-even ≈ 0.301 and min/max per dimension", async () => {
    const { code, stdout } = await run(["sensitivity"], JSON.stringify(REFERENCE));
    expect(code).to.equal(0);
    const result = JSON.parse(stdout) as {
      base: Record<string, number>;
      breakEvenProductionFactor: number;
      ranges: Record<string, { min: Record<string, number>; max: Record<string, number> }>;
    };
    expect(Object.keys(result.base)).to.deep.equal(["individual", "municipality", "region", "state", "employer", "society"]);
    expect(result.base.society).to.be.closeTo(161_323.36, 0.01);
    expect(result.breakEvenProductionFactor).to.be.closeTo((12 * 3_000 * 1.3142 + 50_000) / (12 * 20_500 * 1.3142), 1e-12);
    expect(result.breakEvenProductionFactor.toFixed(3)).to.equal("0.301");
    expect(Object.keys(result.ranges)).to.deep.equal(["productionFactor", "salary", "unemployedMonths", "subsidy"]);
    expect(result.ranges.productionFactor?.max.society).to.be.closeTo(161_323.36 + 0.2 * 12 * 20_500 * 1.3142, 0.01);
  });

  it("an array of profiles is one portfolio; --year applies to all", async () => {
    const profiles = [{ form: "anställning", months: 12, salary: 20_500 }, { form: "praktik", months: 3, internValue: 1_000 }];
    const { code, stdout } = await run(["sensitivity", "--year", "2025"], JSON.stringify(profiles));
    expect(code).to.equal(0);
    const result = JSON.parse(stdout) as { year: number; breakEvenProductionFactor: number };
    expect(result.year).to.equal(2025);
    // No costs, internship production 3 000 kr: the break-even factor is negative, −3 000 / wage cost.
    expect(result.breakEvenProductionFactor).to.be.closeTo(-3_000 / (12 * 20_500 * 1.3142), 1e-12);
  });

  it("bad input: exit 2 naming the field", async () => {
    await expectError(["sensitivity"], "salary", JSON.stringify({ form: "anställning", months: 12, salary: -100 }));
    await expectError(["sensitivity"], "year", JSON.stringify({ form: "anställning", months: 12, salary: 20_000, year: 2031 }));
    await expectError(["sensitivity"], "scope", JSON.stringify({ form: "anställning", months: 12, salary: 20_000, scope: "140 %" }));
    await expectError(["sensitivity"], "stdin", "{not json");
    await expectError(["sensitivity"], "stdin", "");
    await expectError(["sensitivity"], "profiles", "[]");
    expect(await expectError(["sensitivity", "--lang", "en"], "months", JSON.stringify([REFERENCE, { form: "praktik", months: -1 }]))).to.match(/^Profile 2: /);
  });
});

describe("syss clause", () => {
  let directory: string;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), "syss-clause-"));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  function contractFile(contract: unknown): string {
    const path = join(directory, `contract-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(contract));
    return path;
  }

  it("prints the golden text in Swedish by default and in English with --lang en", async () => {
    const path = contractFile(COMPLETE_CONTRACT);
    const sv = await run(["clause", "--contract", path]);
    expect(sv.code).to.equal(0);
    expect(sv.stdout).to.equal(readFileSync(join(__dirname, "../../domain/exante/golden/clause-complete.sv.txt"), "utf8"));
    expect(sv.stderr).to.equal("");
    const en = await run(["clause", "--contract", path, "--lang", "en"]);
    expect(en.stdout).to.equal(readFileSync(join(__dirname, "../../domain/exante/golden/clause-complete.en.txt"), "utf8"));
  });

  it("names missing fields in the text and lists them on stderr", async () => {
    const { code, stdout, stderr } = await run(["clause", "--contract", contractFile(INCOMPLETE_CONTRACT)]);
    expect(code).to.equal(0);
    expect(stdout).to.contain("[uppgift saknas: Vite per saknad heltidsmånad (kr)]");
    expect(stderr).to.contain("saknas i avtalet").and.contain("Vite för utebliven rapport (kr)");
  });

  it("bad input: exit 2 naming the field", async () => {
    await expectError(["clause", "--contract", contractFile({ ...COMPLETE_CONTRACT, penaltyPerMissingMonth: -1 })], "penaltyPerMissingMonth");
    await expectError(["clause", "--contract", contractFile({ ...COMPLETE_CONTRACT, approvedShare: 1.4 })], "approvedShare");
    await expectError(["clause", "--contract", contractFile({ ...COMPLETE_CONTRACT, parameterYear: 2031 })], "parameterYear");
    await expectError(["clause"], "--contract");
    await expectError(["clause", "--contract", join(directory, "none.json")], "--contract");
    await expectError(["clause", "--contract", contractFile(COMPLETE_CONTRACT), "--lang", "fi"], "--lang");
  });
});

describe("syss clause / sensitivity --out", () => {
  let directory: string;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), "syss-exante-out-"));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  async function sheetOf(path: string, name: string): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  it("clause --out writes the Avtalsvillkor sheet, one wrapped paragraph per cell", async () => {
    const contract = join(directory, "contract.json");
    writeFileSync(contract, JSON.stringify(COMPLETE_CONTRACT));
    const out = join(directory, "villkor.xlsx");
    const { code, stdout } = await run(["clause", "--contract", contract, "--out", out]);
    expect(code).to.equal(0);
    const sheet = await sheetOf(out, "Avtalsvillkor");
    const paragraphs = stdout.trim().split("\n\n");
    expect(paragraphs).to.have.length(11);
    paragraphs.forEach((paragraph, index) => expect(sheet.getCell(`A${1 + 2 * index}`).value).to.equal(paragraph));
    expect(sheet.getCell("A3").alignment?.wrapText).to.equal(true);
  });

  it("never overwrites an existing file: exit 2 naming --out, the file unchanged", async () => {
    const contract = join(directory, "contract2.json");
    writeFileSync(contract, JSON.stringify(COMPLETE_CONTRACT));
    const out = join(directory, "mine.xlsx");
    writeFileSync(out, "user's file");
    await expectError(["clause", "--contract", contract, "--out", out], "--out");
    expect(readFileSync(out, "utf8")).to.equal("user's file");
    await expectError(["sensitivity", "--out", out], "--out", JSON.stringify(REFERENCE));
    expect(readFileSync(out, "utf8")).to.equal("user's file");
  });

  it("sensitivity --out writes Förhandskalkyl with the profiles and custom-function formulas in file form", async () => {
    const out = join(directory, "kalkyl.xlsx");
    const { code } = await run(["sensitivity", "--out", out], JSON.stringify([{ name: "Städ", ...REFERENCE }]));
    expect(code).to.equal(0);
    const sheet = await sheetOf(out, "Förhandskalkyl");
    expect(sheet.getCell("A4").value).to.equal("Städ");
    expect(sheet.getCell("F4").value).to.equal(20_500);
    const effect = sheet.getCell("R4").value as { formula: string };
    expect(effect.formula).to.match(/^_xldudf_SYSS_EFFECT\(\$A4:\$Q4,/);
    const breakEven = sheet.getCell("B7").value as { formula: string };
    expect(breakEven.formula).to.match(/^_xldudf_SYSS_BREAKEVEN\(/);
  });
});
