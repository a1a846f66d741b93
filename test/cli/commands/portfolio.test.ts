import { expect } from "chai";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { SMALL_COUNT_TEXT } from "../../../src/domain/followup/formulas";
import { FIXED_COLUMNS, PORTFOLIO_SHEET, UNREADABLE_SHEET } from "../../../src/domain/portfolio/portfolio";
import { REPORT_SHEET } from "../../../src/domain/portfolio/report";
import { REPO_ROOT } from "../../support/build";
import { memoryIo } from "../../support/memory-io";
import { ROW, followupFile } from "../../support/portfolio-files";

const TODAY = "2025-10-01";
const BENEFITS = { unemployedMonths: 14, newArrival: "Nej", aKassa: "Ja", housingBenefit: "Nej" };

/** What a cell shows: a formula's cached result through .result (.value drops a falsy one, 0). */
function shownValue(cell: ExcelJS.Cell): unknown {
  return cell.formula ? cell.result : cell.value;
}

/** Rows of a sheet as header → value objects (first row the headers). */
async function sheetObjects(path: string, sheetName: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index] ?? null])));
  });
  return rows;
}

async function reportFigures(path: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const figures = new Map<string, unknown>();
  workbook.getWorksheet(REPORT_SHEET)!.eachRow((row) => {
    const value = shownValue(row.getCell(2));
    if (value === null || value === undefined) return;
    figures.set(String(row.getCell(1).value).trim(), value);
  });
  return figures;
}

describe("syss portfolio", function () {
  let dir: string;
  let folder: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "syss-portfolio-"));
    folder = join(dir, "avtal");
    mkdirSync(folder);
    // A: the procurer's full workbook, 6 placements (one ended) with the calculation's inputs.
    const many: Record<string, unknown>[] = Array.from({ length: 6 }, (_, index) => ({ ...ROW, ...BENEFITS, caseId: `P-${index + 1}`, gender: index < 4 ? "Kvinna" : "Man" }));
    many[5] = { ...many[5]!, actualEndDate: "2025-06-30", endReason: "Egen uppsägning" };
    writeFileSync(join(folder, "a-full.xlsx"), await followupFile(many));
    // B: a supplier's version of another contract, two placements, one with an error (scope 0).
    writeFileSync(
      join(folder, "b-supplier.xlsx"),
      await followupFile([ROW, { ...ROW, caseId: "P-2", scope: 0, form: "praktik" }], { supplier: true, contract: { contractId: "AV-2", name: "Bygg", commitmentMonths: 6 } }),
    );
    // C: no commitment and no placements.
    writeFileSync(join(folder, "c-empty.xlsx"), await followupFile([], { contract: { contractId: "AV-3", commitmentMonths: null } }));
    // D: corrupt; E: not a workbook at all; an Excel lock file that is no contract file.
    writeFileSync(join(folder, "d-corrupt.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]));
    writeFileSync(join(folder, "e-text.xlsx"), "hello");
    writeFileSync(join(folder, "~$a-full.xlsx"), "lock");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("gives each file the status and figures `syss validate` gives it (one implementation)", async () => {
    const io = memoryIo();
    expect(await main(["portfolio", folder, "--json", "--today", TODAY], io)).to.equal(1);
    const portfolio = JSON.parse(io.stdout);
    expect(portfolio.contracts.map((c: { file: string }) => c.file)).to.deep.equal(["a-full.xlsx", "b-supplier.xlsx", "c-empty.xlsx"].map((name) => join(folder, name)));
    for (const contract of portfolio.contracts) {
      const validate = memoryIo();
      await main(["validate", contract.file, "--today", TODAY], validate);
      const report = JSON.parse(validate.stdout);
      expect(contract.status, contract.file).to.equal(report.status.status);
      expect(contract.servedMonths).to.equal(report.status.servedMonths);
      expect(contract.forecastMonths).to.equal(report.status.forecastMonths);
      expect(contract.commitment).to.equal(report.status.commitment);
      expect(contract.placements).to.equal(report.status.placements);
      expect(contract.overdueReports).to.equal(report.status.overdueReports);
      expect([contract.errors, contract.warnings]).to.deep.equal([report.counts.error, report.counts.warning]);
    }
    expect(portfolio.contracts[1].errors).to.be.greaterThan(0);
    expect(portfolio.contracts[0].effects.society).to.be.a("number");
    expect(portfolio.contracts[1].effects).to.equal(null);
  });

  it("lists the files it could not read, with the reason, while the others still count", async () => {
    const io = memoryIo();
    expect(await main(["portfolio", folder, "--json", "--today", TODAY], io)).to.equal(1);
    const { unreadable } = JSON.parse(io.stdout);
    expect(unreadable.map((item: { file: string }) => item.file)).to.deep.equal([join(folder, "d-corrupt.xlsx"), join(folder, "e-text.xlsx")]);
    expect(unreadable[0].message).to.contain("skadad");
    expect(unreadable[1].message).to.contain("inte en Excel-arbetsbok");
  });

  it("writes Portfölj with counts of 1–4 as < 5 by default, and exact with --no-suppress", async () => {
    const shared = join(dir, "shared.xlsx");
    const internal = join(dir, "internal.xlsx");
    expect(await main(["portfolio", folder, "--out", shared, "--today", TODAY], memoryIo())).to.equal(1);
    expect(await main(["portfolio", folder, "--out", internal, "--today", TODAY, "--no-suppress"], memoryIo())).to.equal(1);
    const sharedRows = await sheetObjects(shared, PORTFOLIO_SHEET);
    const exactRows = await sheetObjects(internal, PORTFOLIO_SHEET);
    expect(sharedRows.map((row) => row[FIXED_COLUMNS.placements])).to.deep.equal([6, SMALL_COUNT_TEXT, 0]);
    expect(exactRows.map((row) => row[FIXED_COLUMNS.placements])).to.deep.equal([6, 2, 0]);
    expect(sharedRows.map((row) => row["Kön: Kvinna"])).to.deep.equal([SMALL_COUNT_TEXT, SMALL_COUNT_TEXT, 0]);
    expect(exactRows.map((row) => row["Kön: Kvinna"])).to.deep.equal([4, 2, 0]);
    // Months are not counts of people: never suppressed.
    expect(sharedRows.map((row) => row[FIXED_COLUMNS.served])).to.deep.equal(exactRows.map((row) => row[FIXED_COLUMNS.served]));
    const unreadable = await sheetObjects(shared, UNREADABLE_SHEET);
    expect(unreadable.map((row) => row.Fil)).to.deep.equal([join(folder, "d-corrupt.xlsx"), join(folder, "e-text.xlsx")]);
  });

  it("the Årsrapport's numbers are the portfolio's", async () => {
    const out = join(dir, "report.xlsx");
    expect(await main(["portfolio", folder, "--out", out, "--report", "--no-suppress", "--today", TODAY], memoryIo())).to.equal(1);
    const io = memoryIo();
    await main(["portfolio", folder, "--json", "--today", TODAY], io);
    const contracts: { servedMonths: number; commitment: number | null; placements: number; status: string | null; effects: Record<string, number> | null; byGender: Record<string, number> }[] =
      JSON.parse(io.stdout).contracts;
    const figures = await reportFigures(out);
    const sum = (pick: (c: (typeof contracts)[number]) => number) => contracts.reduce((total, c) => total + pick(c), 0);
    expect(figures.get("Avtal i portföljen")).to.equal(3);
    expect(figures.get("Filer som inte kunde läsas")).to.equal(2);
    expect(figures.get("Placeringar")).to.equal(sum((c) => c.placements));
    expect(figures.get("Utförda heltidsmånader")).to.be.closeTo(sum((c) => c.servedMonths), 1e-9);
    expect(figures.get("Åtagande, heltidsmånader (N)")).to.equal(sum((c) => c.commitment ?? 0));
    expect(figures.get("Risk")).to.equal(contracts.filter((c) => c.status === "Risk").length);
    expect(figures.get("Kvinna")).to.equal(sum((c) => c.byGender.Kvinna ?? 0));
    expect(figures.get("Samhället")).to.be.closeTo(sum((c) => c.effects?.society ?? 0), 1e-6);
  });

  describe("bad input: exit 2 and one JSON error object", () => {
    async function refused(args: string[]): Promise<{ code: string; message: string }> {
      const io = memoryIo();
      expect(await main(["portfolio", ...args], io)).to.equal(2);
      expect(io.stdout.trim().split("\n")).to.have.length(1);
      return JSON.parse(io.stdout).error;
    }

    it("no files, --report without --out, a folder without workbooks, a bad flag", async () => {
      expect((await refused([])).code).to.equal("BAD_ARGUMENT");
      expect((await refused([folder, "--report"])).code).to.equal("BAD_ARGUMENT");
      const emptyFolder = join(dir, "tom");
      mkdirSync(emptyFolder);
      expect((await refused([emptyFolder])).code).to.equal("NO_FILES");
      expect((await refused([folder, "--today", "igår"])).message).to.contain("ÅÅÅÅ-MM-DD");
      expect((await refused([folder, "--lang", "en", "--year", "x"])).message).to.contain("--year must be a year");
    });

    it("no file that can be read: no portfolio, one error object listing each file's reason, nothing written", async () => {
      const out = join(dir, "none.xlsx");
      const error = (await refused([join(folder, "d-corrupt.xlsx"), join(dir, "saknas.xlsx"), "--out", out, "--today", TODAY])) as { code: string; message: string; unreadable?: string[] };
      expect(error.code).to.equal("NO_READABLE_FILES");
      expect(error.unreadable).to.have.length(2);
      expect(error.unreadable![0]).to.contain("d-corrupt.xlsx");
      expect(error.unreadable![1]).to.contain("saknas.xlsx");
      expect(existsSync(out)).to.equal(false);
    });

    it("the one parser: a flag given twice, --name=value, --help", async () => {
      expect((await refused([folder, "--json", "--json"])).message).to.contain("--json");
      const io = memoryIo();
      expect(await main(["portfolio", folder, "--json", "--today=" + TODAY], io)).to.equal(1);
      expect(JSON.parse(io.stdout).contracts).to.have.length(3);
      const help = memoryIo();
      expect(await main(["portfolio", "--help", "--lang", "en"], help)).to.equal(0);
      expect(help.stdout).to.match(/^Usage: syss portfolio/);
    });

    it("a missing file is listed as unreadable, not a crash", async () => {
      const io = memoryIo();
      expect(await main(["portfolio", join(folder, "a-full.xlsx"), join(dir, "saknas.xlsx"), "--json", "--today", TODAY], io)).to.equal(1);
      const result = JSON.parse(io.stdout);
      expect(result.contracts).to.have.length(1);
      expect(result.unreadable[0].message).to.contain("saknas.xlsx");
    });
  });

  it("runs as a process", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/syss.ts"), "portfolio", folder, "--today", TODAY, "--lang", "en"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(result.status).to.equal(1);
    // The unreadable files are listed on stdout under the summary; stderr stays empty (docs/cli.md).
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).to.equal("Portfolio: 3 contracts, 2 files could not be read");
    expect(lines.slice(1).map((line) => line.startsWith("  "))).to.deep.equal([true, true]);
    expect(lines[1]).to.contain("d-corrupt.xlsx");
    expect(lines[2]).to.contain("e-text.xlsx").and.to.contain("not an Excel workbook");
    expect(result.stderr).to.equal("");
  });
});
