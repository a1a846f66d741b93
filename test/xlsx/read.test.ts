import { expect } from "chai";
import { columnLetter } from "../../src/domain/common/a1";
import { PLACEMENTS_TABLE } from "../../src/domain/followup/template";
import ExcelJS from "exceljs";
import { parseContract } from "../../src/domain/followup/contract";
import { parsePlacements } from "../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { TEMPLATE_VERSION } from "../../src/domain/followup/template";
import { readFollowupWorkbook, WorkbookReadError } from "../../src/xlsx/read";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { readZip, writeStoredZip } from "../../src/xlsx/zip";

async function readError(bytes: Uint8Array): Promise<WorkbookReadError> {
  try {
    await readFollowupWorkbook(bytes, "fil.xlsx");
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error("expected a WorkbookReadError");
}

/** An OLE2 compound-file header followed by a directory entry name in UTF-16LE. */
function compoundFile(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...streamName].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const bytes = new Uint8Array(1024);
  bytes.set(header, 0);
  bytes.set(name, 512);
  return bytes;
}

async function excelJsFile(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("xlsx/read: a follow-up workbook into plain objects", () => {
  it("reads back what the writer wrote", async () => {
    const contract = parseContract({
      name: "Städ", start: "2026-01-01", end: "2026-12-31", commitmentMonths: 12, supplierOrgNumber: "556016-0680",
      targetGroups: ["Långtidsarbetslös", "Nyanländ"],
    });
    const placements = parsePlacements([
      { caseId: "P-001", form: "anställning", startDate: "2026-02-01", plannedEndDate: "2026-07-31", scope: 1, comment: "=inte en formel" },
      { caseId: "P-002", form: "praktik", offeredDate: "2026-03-01" },
    ]);
    const bytes = await writeTemplateXlsx(buildTemplatePlan(contract, { placements }));
    const workbook = await readFollowupWorkbook(bytes, "uppfoljning.xlsx");
    expect(workbook.templateVersion).to.equal(TEMPLATE_VERSION);
    expect(workbook.sheetNames).to.include.members(["Avtal", "Placeringar", "Rapporter", "Sammanställning"]);
    expect(workbook.contract.name).to.equal("Städ");
    expect(workbook.contract.start).to.deep.equal({ date: "2026-01-01" });
    expect(workbook.contract.commitmentMonths).to.equal(12);
    expect(workbook.contract.supplierOrgNumber).to.equal("556016-0680");
    expect(workbook.contractAddresses.start).to.equal("Avtal!B11");
    expect(workbook.targetGroups).to.deep.equal(["Långtidsarbetslös", "Nyanländ"]);

    const { placements: table } = workbook;
    expect(table.sheet).to.equal("Placeringar");
    expect(table.range).to.equal(`A1:${columnLetter(PLACEMENTS_TABLE.columns.length - 1)}3`);
    expect(table.headers[0]).to.equal("Ärende-ID");
    expect(table.rows.map((row) => row.row)).to.deep.equal([2, 3]);
    const column = (header: string) => table.headers.indexOf(header);
    expect(table.rows[0].values[column("Startdatum")]).to.deep.equal({ date: "2026-02-01" });
    expect(table.rows[0].values[column("Kommentar")]).to.equal("=inte en formel");
    expect(table.rows[1].values[column("Datum för erbjudande")]).to.deep.equal({ date: "2026-03-01" });
    expect(table.formulas[column("Heltidsmånader")]).to.match(/^=IF\(TRIM\(Placeringar\[\[#This Row\],\[Startdatum\]\]\)=""/);
    expect(table.formulas[column("Ärende-ID")]).to.equal(null);
    expect(workbook.reports.rows).to.have.length(4);
  });

  it("reads a number in a date column that is no Excel date as the number, and one too large for a date as #NUM!", async () => {
    const contract = parseContract({ name: "Datum", start: "2026-01-01", end: "2026-12-31" });
    const plan = buildTemplatePlan(contract, { placements: parsePlacements([{ caseId: "P-001", form: "anställning", startDate: "2026-02-01", scope: 1 }]) });
    const placementsTable = plan.tables.find((table) => table.spec.name === "Placeringar")!;
    const start = placementsTable.spec.columns.findIndex((column) => column.header === "Startdatum");
    const rows = [2_958_466, 1e21, 46_054].map((serial) => placementsTable.rows[0]!.map((value, index) => (index === start ? serial : value)));
    const withSerials = { ...plan, tables: plan.tables.map((table) => (table === placementsTable ? { ...table, rows, range: `A1:${columnLetter(table.spec.columns.length - 1)}4` } : table)) };
    const workbook = await readFollowupWorkbook(await writeTemplateXlsx(withSerials), "datum.xlsx");
    const starts = workbook.placements.rows.map((row) => row.values[start]);
    // 2 958 466 is the day after 9999-12-31, Excel's last date; 46 054 is 2026-02-01.
    expect(starts).to.deep.equal([2_958_466, { error: "#NUM!" }, { date: "2026-02-01" }]);
  });

  it("says clearly when the file is not a workbook", async () => {
    const error = await readError(new TextEncoder().encode("Ärende-ID;Startdatum\nP-001;2026-01-01\n"));
    expect(error.code).to.equal("notXlsx");
    expect(error.messageSv).to.equal("fil.xlsx är inte en Excel-arbetsbok (.xlsx).");
    expect(error.messageEn).to.equal("fil.xlsx is not an Excel workbook (.xlsx).");
    expect((await readError(compoundFile("Workbook"))).code).to.equal("notXlsx");
  });

  it("recognises a password-protected (encrypted) workbook", async () => {
    const error = await readError(compoundFile("EncryptionInfo"));
    expect(error.code).to.equal("encrypted");
    expect(error.inLanguage("en")).to.contain("password-protected");
  });

  it("reports a broken zip as unreadable", async () => {
    const zip = writeStoredZip(new Map([["hello.txt", new TextEncoder().encode("hej")]]));
    expect(["corrupt", "notXlsx"]).to.include((await readError(zip)).code);
    const truncated = (await writeTemplateXlsx(buildTemplatePlan())).slice(0, 5000);
    expect((await readError(truncated)).code).to.equal("corrupt");
  });

  it("reads a file whose relationship targets are absolute package paths, as openpyxl writes them", async () => {
    const contract = parseContract({ name: "Städ", start: "2026-01-01", end: "2026-12-31", commitmentMonths: 12 });
    const plan = buildTemplatePlan(contract, { placements: parsePlacements([{ caseId: "P-001", form: "anställning", startDate: "2026-02-01", scope: 1 }]) });
    const parts = await readZip(await writeTemplateXlsx(plan));
    const decoder = new TextDecoder();
    let rewritten = 0;
    for (const [name, data] of parts) {
      const match = /^(.*?)_rels\/[^/]+\.rels$/.exec(name);
      if (!match) continue;
      // openpyxl's form: Target="/xl/worksheets/sheet1.xml" instead of "worksheets/sheet1.xml".
      const folder = match[1]!;
      const xml = decoder.decode(data).replace(/Target="(?!\/|https?:)([^"]+)"/g, (_all, target: string) => {
        rewritten++;
        const absolute = new URL(target, `http://package/${folder}`).pathname;
        return `Target="${absolute}"`;
      });
      parts.set(name, new TextEncoder().encode(xml));
    }
    expect(rewritten).to.be.greaterThan(5);
    const workbook = await readFollowupWorkbook(writeStoredZip(parts), "openpyxl.xlsx");
    expect(workbook.placements.rows[0]!.values[0]).to.equal("P-001");
    expect(workbook.contract.name).to.equal("Städ");
  });

  it("never passes a library's internal error text on to the user", async () => {
    const truncated = (await writeTemplateXlsx(buildTemplatePlan())).slice(0, 5000);
    const error = await readError(truncated);
    expect(error.messageSv).to.equal("fil.xlsx kan inte läsas som Excel-arbetsbok: filen är skadad eller sparad på ett sätt som SYSS inte kan läsa. Öppna den i Excel och spara den som .xlsx igen.");
    expect(error.messageEn).to.not.match(/undefined|Cannot read properties|TypeError|zip/i);
  });

  it("names a missing sheet and a missing table", async () => {
    const noReports = await excelJsFile((workbook) => {
      workbook.addWorksheet("Avtal");
      workbook.addWorksheet("Placeringar");
    });
    const sheetError = await readError(noReports);
    expect(sheetError.code).to.equal("missingSheet");
    expect(sheetError.messageSv).to.contain("Rapporter");

    const noTable = await excelJsFile((workbook) => {
      workbook.addWorksheet("Avtal");
      workbook.addWorksheet("Placeringar").getCell("A1").value = "Ärende-ID";
      workbook.addWorksheet("Rapporter");
    });
    const tableError = await readError(noTable);
    expect(tableError.code).to.equal("missingTable");
    expect(tableError.messageEn).to.equal("fil.xlsx has no table Placeringar.");
  });
});
