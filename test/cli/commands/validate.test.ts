import { expect } from "chai";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { makeValidateCommand } from "../../../src/cli/commands/validate";
import { parseContract } from "../../../src/domain/followup/contract";
import { parsePlacements } from "../../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import { writeTemplateXlsx } from "../../../src/xlsx/write";
import { readZip, writeStoredZip } from "../../../src/xlsx/zip";
import { expectCliError } from "../../support/cli-error";
import { memoryIo } from "../../support/memory-io";

const CONTRACT = { name: "Städ", start: "2025-01-01", end: "2026-12-31", commitmentMonths: 12, reportingInterval: "halvår" };
const GOOD_ROW = { caseId: "P-001", form: "anställning", offeredDate: "2025-02-01", startDate: "2025-03-01", plannedEndDate: "2026-03-31", scope: 1, salary: 24000, endReason: "Pågår" };

async function workbookFile(dir: string, name: string, placements: unknown[]): Promise<string> {
  const plan = buildTemplatePlan(parseContract(CONTRACT), { placements: parsePlacements(placements) });
  const path = join(dir, name);
  writeFileSync(path, await writeTemplateXlsx(plan));
  return path;
}

describe("syss validate", () => {
  let dir: string;
  let clean: string;
  let broken: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "syss-validate-"));
    clean = await workbookFile(dir, "ok.xlsx", [GOOD_ROW]);
    broken = await workbookFile(dir, "fel.xlsx", [GOOD_ROW, { ...GOOD_ROW, caseId: "P-002", scope: 0 }]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("exit 0 and JSON findings + status when there is no error", async () => {
    const io = memoryIo();
    // 2025-06-15: before the first report is due, so nothing is overdue.
    expect(await main(["validate", clean, "--today", "2025-06-15"], io)).to.equal(0);
    const report = JSON.parse(io.stdout);
    expect(report.status.status).to.equal("På väg");
    expect(report.counts).to.deep.equal({ error: 0, warning: 0, info: 1 });
    expect(report.findings.map((item: { code: string }) => item.code)).to.deep.equal(["COMMITMENT_PROGRESS"]);
    expect(io.stderr).to.equal("");
  });

  it("--lang en gives the status words in English too, not only the messages", async () => {
    const io = memoryIo();
    expect(await main(["validate", clean, "--today", "2025-06-15", "--lang", "en"], io)).to.equal(0);
    const status = JSON.parse(io.stdout).status;
    expect([status.status, status.startRule, status.rule75]).to.deep.equal(["On track", "Met", "Not applicable"]);
  });

  it("finds personal data in the workbook's other tables too (here a target group naming a person)", async () => {
    const plan = buildTemplatePlan(parseContract({ ...CONTRACT, targetGroups: ["Nyanlända", "Kalle 850101-1236"] }), {
      placements: parsePlacements([GOOD_ROW]),
    });
    const file = join(dir, "malgrupp.xlsx");
    writeFileSync(file, await writeTemplateXlsx(plan));
    const io = memoryIo();
    expect(await main(["validate", file, "--today", "2025-06-15"], io)).to.equal(1);
    const found = JSON.parse(io.stdout).findings.filter((item: { code: string }) => item.code === "PERSONAL_IDENTITY_NUMBER");
    expect(found).to.have.length(1);
    expect(found[0].sheet).to.equal("Avtal");
    expect(io.stdout).to.not.contain("850101");
  });

  it("scans every filled cell of every sheet, also a sheet the user added and cells outside tables", async () => {
    // The template, opened and saved again with a sheet of the supplier's own notes (as Excel would).
    const parts = await readZip(new Uint8Array(readFileSync(clean)));
    for (const [name, data] of parts) {
      if (!/^xl\/tables\//.test(name)) continue;
      const xml = new TextDecoder().decode(data).replace(/<calculatedColumnFormula\b[^>]*>[\s\S]*?<\/calculatedColumnFormula>/g, "");
      parts.set(name, new TextEncoder().encode(xml.replace(/<tableColumn\b([^>]*?)>\s*<\/tableColumn>/g, "<tableColumn$1/>")));
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(writeStoredZip(parts) as unknown as ArrayBuffer);
    const notes = workbook.addWorksheet("Anteckningar");
    notes.getCell("B3").value = "19850101-1236";
    notes.getCell("C7").value = "Anna är sjukskriven för depression";
    notes.getCell("A1").value = "Lokalvård Eva-gatan, 20 timmar per månad";
    workbook.getWorksheet("Placeringar")!.getCell("D40").value = "Dömd för stöld";
    const file = join(dir, "anteckningar.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const io = memoryIo();
    expect(await main(["validate", file, "--today", "2025-06-15"], io)).to.equal(1);
    const personal = (JSON.parse(io.stdout) as { findings: { code: string; sheet: string; address: string }[] }).findings
      .filter((item) => ["PERSONAL_IDENTITY_NUMBER", "PERSON_NAME", "SPECIAL_CATEGORY_DATA", "CRIMINAL_RECORD_DATA"].includes(item.code))
      .map((item) => `${item.code}@${item.sheet}!${item.address}`);
    expect(personal).to.have.members([
      "PERSONAL_IDENTITY_NUMBER@Anteckningar!B3",
      "PERSON_NAME@Anteckningar!C7",
      "SPECIAL_CATEGORY_DATA@Anteckningar!C7",
      "CRIMINAL_RECORD_DATA@Placeringar!D40",
    ]);
    expect(io.stdout).to.not.contain("1236");
  });

  it("exit 1 when there are errors; texts in Swedish by default and English with --lang en", async () => {
    const sv = memoryIo();
    expect(await main(["validate", broken, "--today", "2025-06-15"], sv)).to.equal(1);
    const found = JSON.parse(sv.stdout).findings[0];
    expect(found).to.include({ code: "SCOPE_OUT_OF_RANGE", severity: "error", sheet: "Placeringar", address: "L3", rowId: "P-002" });
    expect(found.message).to.match(/ligger utanför/);
    const en = memoryIo();
    expect(await main(["validate", "--lang", "en", broken, "--today", "2025-06-15"], en)).to.equal(1);
    expect(JSON.parse(en.stdout).findings[0].message).to.match(/is outside/);
  });

  it("takes today from the clock when --today is not given", async () => {
    const io = memoryIo();
    expect(await makeValidateCommand(() => "2025-07-02")([clean], io)).to.equal(0);
    expect(JSON.parse(io.stdout).today).to.equal("2025-07-02");
  });

  async function failsWith(args: string[], pattern: RegExp): Promise<void> {
    const io = memoryIo();
    expect(await main(["validate", ...args], io)).to.equal(2);
    expect(expectCliError(io.stdout).message).to.match(pattern);
    expect(io.stdout).not.to.match(/\bat .+:\d+:\d+/);
  }

  it("exit 2 with one line for a file that is not an .xlsx", async () => {
    const path = join(dir, "avtal.json");
    writeFileSync(path, "{}");
    await failsWith([path], /inte en Excel-arbetsbok/);
  });

  it("exit 2 for a missing file", async () => {
    await failsWith([join(dir, "finns-inte.xlsx"), "--lang", "en"], /^Cannot read .*finns-inte\.xlsx: ENOENT$/);
  });

  it("exit 2 for a workbook without the follow-up sheets or tables", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = "hej";
    const path = join(dir, "annan.xlsx");
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await failsWith([path], /saknar bladet/);
    for (const name of ["Avtal", "Placeringar", "Rapporter"]) workbook.addWorksheet(name);
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await failsWith([path, "--lang", "en"], /has no table/);
  });

  it("exit 2 for a password-protected workbook", async () => {
    // How Excel stores an encrypted .xlsx: an OLE2 compound file with an EncryptionInfo stream.
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    const path = join(dir, "lösen.xlsx");
    writeFileSync(path, new Uint8Array([...header, ...new Array(504).fill(0), ...name, ...new Array(64).fill(0)]));
    await failsWith([path], /lösenordsskyddad/);
  });

  it("exit 2 with the usage for a wrong command line", async () => {
    await failsWith([], /Användning: syss validate/);
    await failsWith([clean, "--today", "2025-02-30"], /--today: 2025-02-30/);
    await failsWith([clean, "--lang", "fi"], /--lang: fi/);
    await failsWith([clean, "--strict"], /Okänt argument: --strict/);
    await failsWith([clean, "other.xlsx", "--lang", "en"], /Unknown argument: other\.xlsx/);
  });
});
