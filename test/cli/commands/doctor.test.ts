/**
 * `syss doctor` run as its own process (the sources through tsx, as `syss` runs them after a build): the
 * template, a filled file, a file with a renamed column and a non-SYSS workbook, and bad input.
 */
import { withRenamedColumn } from "../../excel/validationFixtures";
import { expect } from "chai";
import { columnLetter } from "../../../src/domain/common/a1";
import { PLACEMENTS_TABLE } from "../../../src/domain/followup/template";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseContract } from "../../../src/domain/followup/contract";
import { PANE_SHEETS } from "../../../src/domain/followup/diagnosis";
import { PLACEMENT_HEADERS, SHEETS } from "../../../src/domain/followup/names";
import { parsePlacements } from "../../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import { TEMPLATE_VERSION } from "../../../src/domain/followup/template";
import type { TemplatePlan } from "../../../src/domain/followup/types";
import { FINDINGS_SHEET } from "../../../src/domain/validation/input";
import { CALCULATION_SHEET_NAME } from "../../../src/taskpane/calculator/calculationSheet";
import { DECISION_SHEET_NAME } from "../../../src/taskpane/guide/decisionSheet";
import { writeTemplateXlsx } from "../../../src/xlsx/write";
import { main } from "../../../src/cli/main";
import { REPO_ROOT } from "../../support/build";
import { memoryIo } from "../../support/memory-io";

const CONTRACT = { name: "Städ", start: "2025-01-01", end: "2026-12-31", commitmentMonths: 12, reportingInterval: "halvår" };
const ROW = { caseId: "P-001", form: "anställning", offeredDate: "2025-02-01", startDate: "2025-03-01", plannedEndDate: "2026-03-31", scope: 1, salary: 24000, endReason: "Pågår" };
const SECRET_NAME = "Kalle Anka 850101-1236";

function syssDoctor(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/syss.ts"), "doctor", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Report {
  file: string;
  syssVersion: string;
  recognised: boolean;
  templateVersion: string | null;
  currentTemplateVersion: string;
  variant: string | null;
  sheets: { template: string[]; missing: string[]; added: string[]; foreign: string[] };
  tables: { name: string; sheet: string; range: string; missingColumns: string[]; unknownColumns: string[]; renamedColumns: { expected: string; found: string }[] }[];
  missingTables: string[];
  otherTables: { name: string; sheet: string; range: string }[];
  foreignFormulas: { count: number; cells: string[] };
}

function doctor(file: string): Report {
  const { status, stdout, stderr } = syssDoctor([file]);
  expect(stderr).to.equal("");
  expect(status).to.equal(0);
  return JSON.parse(stdout) as Report;
}

function expectError(args: string[], code: string, pattern: RegExp): void {
  const { status, stdout, stderr } = syssDoctor(args);
  expect(status).to.equal(2);
  expect(stderr).to.equal("");
  expect(stdout.trimEnd().split("\n")).to.have.length(1);
  const parsed = JSON.parse(stdout) as { error: { code: string; message: string } };
  expect(Object.keys(parsed)).to.deep.equal(["error"]);
  expect(parsed.error.code).to.equal(code);
  expect(parsed.error.message).to.match(pattern);
  expect(stdout).not.to.match(/\bat .+:\d+:\d+/);
}


describe("syss doctor (as a process)", function () {
  let dir: string;
  const file = (name: string) => join(dir, name);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "syss-doctor-"));
    writeFileSync(file("mall.xlsx"), await writeTemplateXlsx(buildTemplatePlan()));
    writeFileSync(file("leverantor.xlsx"), await writeTemplateXlsx(buildTemplatePlan(undefined, { supplierVersion: true })));
    const filled = buildTemplatePlan(parseContract(CONTRACT), { placements: parsePlacements([ROW, { ...ROW, caseId: "P-002", comment: SECRET_NAME }]) });
    writeFileSync(file("ifylld.xlsx"), await writeTemplateXlsx(filled));
    // A user's own formula on Sammanställning and a sheet of their own, beside the filled rows.
    const tinkered: TemplatePlan = {
      ...filled,
      sheets: [...filled.sheets, { name: "Mina anteckningar", visibility: "visible", tabIndex: filled.sheets.length, inSupplierVersion: true }],
      cells: [...filled.cells, { sheet: SHEETS.summary, address: "E2", formula: "=1+1" }, { sheet: "Mina anteckningar", address: "A1", value: SECRET_NAME }],
    };
    writeFileSync(file("egen.xlsx"), await writeTemplateXlsx(tinkered));
    writeFileSync(file("omdopt.xlsx"), await writeTemplateXlsx(withRenamedColumn(filled, PLACEMENT_HEADERS.startDate, "Start")));
    const other = new ExcelJS.Workbook();
    const sheet = other.addWorksheet("Blad1");
    sheet.getCell("A1").value = SECRET_NAME;
    sheet.getCell("A2").value = { formula: "LEN(A1)", result: 22 };
    sheet.addTable({ name: "Budget", ref: "C1", columns: [{ name: "Post" }, { name: "Belopp" }], rows: [["Hyra", 1000]] });
    writeFileSync(file("annan.xlsx"), new Uint8Array(await other.xlsx.writeBuffer()));
    writeFileSync(file("avtal.json"), "{}");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("the template: version, every sheet and table with its range, nothing missing, no foreign formula", () => {
    const report = doctor(file("mall.xlsx"));
    expect(report).to.include({ recognised: true, templateVersion: TEMPLATE_VERSION, currentTemplateVersion: TEMPLATE_VERSION, variant: "procurer" });
    // Every sheet of the full template (the follow-up sheets and, since 1.3.0, the matching workspace).
    expect(report.sheets).to.deep.equal({ template: buildTemplatePlan().sheets.map((sheet) => sheet.name), missing: [], added: [], foreign: [] });
    // Where the plan put them (the writer's ranges), read back from the file.
    const planned = buildTemplatePlan().tables.map((table) => [table.spec.name, table.spec.sheet, table.range]);
    expect(report.tables.map((table) => [table.name, table.sheet, table.range])).to.deep.equal(planned);
    for (const table of report.tables) expect([table.missingColumns, table.unknownColumns, table.renamedColumns]).to.deep.equal([[], [], []]);
    expect(report.missingTables).to.deep.equal([]);
    expect(report.foreignFormulas).to.deep.equal({ count: 0, cells: [] });
  });

  it("the supplier version is recognised as such: its left-out sheet is not reported missing", () => {
    const report = doctor(file("leverantor.xlsx"));
    expect(report.variant).to.equal("supplier");
    expect(report.sheets.missing).to.deep.equal([]);
    expect(report.sheets.template).not.to.include(SHEETS.economy);
  });

  it("a filled file: the tables grow with the rows, the calculated columns stay SYSS's, no cell value is printed", () => {
    const { stdout } = syssDoctor([file("ifylld.xlsx")]);
    const report = JSON.parse(stdout) as Report;
    // Header plus two rows, as wide as the template's Placeringar table.
    expect(report.tables.find((table) => table.name === "Placeringar")?.range).to.equal(`A1:${columnLetter(PLACEMENTS_TABLE.columns.length - 1)}3`);
    expect(report.foreignFormulas.count).to.equal(0);
    expect(stdout).not.to.contain("Kalle");
    expect(stdout).not.to.contain("P-002");
  });

  it("a user's own formula and sheet: listed by address and name, the sheet's contents not printed", () => {
    const { stdout } = syssDoctor([file("egen.xlsx")]);
    const report = JSON.parse(stdout) as Report;
    expect(report.foreignFormulas).to.deep.equal({ count: 1, cells: [`${SHEETS.summary}!E2`] });
    expect(report.sheets.foreign).to.deep.equal(["Mina anteckningar"]);
    expect(stdout).not.to.contain("Kalle");
  });

  it("a renamed column: named with what it was and what it is called now", () => {
    const report = doctor(file("omdopt.xlsx"));
    const placements = report.tables.find((table) => table.name === "Placeringar")!;
    expect(placements.renamedColumns).to.deep.equal([{ expected: PLACEMENT_HEADERS.startDate, found: "Start" }]);
    expect(placements.missingColumns).to.deep.equal([]);
    expect(placements.unknownColumns).to.deep.equal([]);
  });

  it("a workbook SYSS did not make: not recognised, its sheet and table listed as foreign, no values printed", () => {
    const { stdout } = syssDoctor([file("annan.xlsx")]);
    const report = JSON.parse(stdout) as Report;
    expect(report).to.include({ recognised: false, templateVersion: null, variant: null });
    expect(report.sheets).to.deep.equal({ template: [], missing: [], added: [], foreign: ["Blad1"] });
    expect(report.tables).to.deep.equal([]);
    expect(report.otherTables).to.deep.equal([{ name: "Budget", sheet: "Blad1", range: "C1:D2" }]);
    expect(report.foreignFormulas.count).to.equal(0);
    expect(stdout).not.to.contain("Kalle");
    expect(stdout).not.to.contain("Hyra");
  });

  it("bad input: exit 2 and one JSON error object on stdout, in Swedish or English", () => {
    expectError([], "BAD_ARGUMENT", /Användning: syss doctor/);
    expectError([file("avtal.json")], "NOT_XLSX", /inte en Excel-arbetsbok/);
    expectError([file("saknas.xlsx"), "--lang", "en"], "CANNOT_READ", /^Cannot read .*saknas\.xlsx \(ENOENT\)\.$/);
  });

  it("a wrong command line: exit 2 and the error object naming the argument", async () => {
    for (const [args, pattern] of [
      [[file("mall.xlsx"), "--strict"], /Okänt argument --strict/],
      [[file("mall.xlsx"), "--lang", "fi"], /Okänt språk "fi"/],
      [[file("mall.xlsx"), file("annan.xlsx"), "--lang=en"], /One file at a time/],
    ] as const) {
      const io = memoryIo();
      expect(await main(["doctor", ...args], io)).to.equal(2);
      expect(JSON.parse(io.stdout).error.message).to.match(pattern);
      expect(io.stderr).to.equal("");
    }
  });

  it("the sheets the task pane adds are the ones its writers name", () => {
    expect([...PANE_SHEETS]).to.deep.equal([FINDINGS_SHEET, CALCULATION_SHEET_NAME, DECISION_SHEET_NAME]);
  });
});
