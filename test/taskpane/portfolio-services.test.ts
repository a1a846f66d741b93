/**
 * The Portfölj tab's services over the in-memory Excel: the supplier's file read as bytes (as the browser
 * reads it), the dry run writes nothing, the import adds the new row (with the table's calculated columns)
 * and fills only empty cells, and a file of another contract or with personal data is refused.
 */
import { WorkCancelled } from "../../src/domain/common/work";
import { expect } from "chai";
import { parseContract } from "../../src/domain/followup/contract";
import { PLACEMENT_HEADERS as P } from "../../src/domain/followup/names";
import { createExcelFake } from "../../src/excel/fake";
import { addSampleRows } from "../../src/taskpane/preview/previewWrites";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import { followupFile } from "../support/portfolio-files";

const CONTRACT = {
  name: "Lokalvård 2026",
  contractId: "UH-2026-17",
  supplier: "Städ AB",
  start: "2026-01-01",
  end: "2027-12-31",
  commitmentMonths: 24,
  reportingInterval: "kvartal",
};

const SUPPLIER_ROWS = [
  // P-001 as in the workbook, with its actual end date filled by the supplier.
  { caseId: "P-001", gender: "Kvinna", form: "anställning", offeredDate: "2026-01-20", startDate: "2026-02-01", plannedEndDate: "2027-01-31", actualEndDate: "2026-05-31", scope: 1, salary: 26500, endReason: "Pågår", comment: "Lokalvård, dagtid" },
  // P-900: new.
  { caseId: "P-900", gender: "Man", form: "anställning", offeredDate: "2026-04-01", startDate: "2026-04-15", plannedEndDate: "2026-10-14", scope: 1, salary: 24000, endReason: "Pågår" },
];

async function setUp() {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
  await services.applyTemplate(parseContract(CONTRACT), 2026);
  await addSampleRows(fake.run);
  return { fake, services };
}

function placementColumn(fake: ReturnType<typeof createExcelFake>, header: string): string {
  const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Placeringar")!;
  const entry = Object.entries(sheet.cells).find(([address, cell]) => /^[A-Z]+1$/.test(address) && cell.value === header)!;
  return entry[0].replace("1", "");
}

describe("Portfölj services: import of a supplier's file over the Excel fake", function () {
  it("the dry run lists the change and writes nothing; the import adds the new row and fills the empty cell", async () => {
    const { fake, services } = await setUp();
    const file = { fileName: "retur.xlsx", bytes: await followupFile(SUPPLIER_ROWS, { supplier: true, contract: CONTRACT }) };
    const before = JSON.stringify(fake.snapshot());
    const preview = await services.previewSupplierImport(file);
    expect(JSON.stringify(fake.snapshot())).to.equal(before);
    expect(preview.added.map((row) => row.key)).to.deep.equal(["P-900"]);
    expect(preview.updated.map((cell) => `${cell.key} ${cell.column}`)).to.deep.equal([`P-001 ${P.actualEndDate}`]);
    // The sample's P-001 has a target group and other cells the supplier's row leaves empty: kept, no conflict.
    expect(preview.conflicts).to.deep.equal([]);

    const result = await services.applySupplierImport(file);
    expect([result.added, result.updated, result.skipped]).to.deep.equal([1, 1, 0]);
    const caseId = placementColumn(fake, P.caseId);
    const served = placementColumn(fake, P.fullTimeMonths);
    const end = placementColumn(fake, P.actualEndDate);
    expect(fake.cell(`Placeringar!${end}2`)?.value).to.equal(46173); // 2026-05-31
    // The sample has four rows (2–5); the new one is row 6, with the calculated column's formula.
    expect(fake.cell(`Placeringar!${caseId}6`)?.value).to.equal("P-900");
    expect(fake.cell(`Placeringar!${served}6`)?.formula).to.be.a("string").and.to.contain("#This Row");
  });

  it("refuses a file of another contract, naming both IDs, and a file with personal data", async () => {
    const { fake, services } = await setUp();
    const before = JSON.stringify(fake.snapshot());
    const other = { fileName: "fel.xlsx", bytes: await followupFile(SUPPLIER_ROWS, { supplier: true, contract: { ...CONTRACT, contractId: "UH-2026-99" } }) };
    const refused = await services.previewSupplierImport(other).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(TaskpaneError);
    expect((refused as TaskpaneError).detail?.sv).to.contain("UH-2026-99").and.to.contain("UH-2026-17");
    const leaky = { fileName: "pnr.xlsx", bytes: await followupFile([{ ...SUPPLIER_ROWS[1]!, comment: "pnr 850101-1236" }], { supplier: true, contract: CONTRACT }) };
    const stopped = await services.applySupplierImport(leaky).then(
      () => null,
      (error: unknown) => error,
    );
    expect((stopped as TaskpaneError).detail?.sv).to.contain("personuppgifter").and.to.contain("Placeringar!");
    expect(JSON.stringify(fake.snapshot())).to.equal(before);
  });

  it("builds the portfolio from picked files, one progress line per file, a broken file listed", async () => {
    const { services } = await setUp();
    const good = { fileName: "a.xlsx", bytes: await followupFile(SUPPLIER_ROWS, { contract: CONTRACT }) };
    const broken = { fileName: "b.xlsx", bytes: new TextEncoder().encode("inte en arbetsbok") };
    const progress: string[] = [];
    const result = await services.buildPortfolio([good, broken], (item) => progress.push(`${item.index}/${item.total} ${item.file} ${item.state}`));
    expect(progress).to.deep.equal(["1/2 a.xlsx reading", "1/2 a.xlsx done", "2/2 b.xlsx reading", "2/2 b.xlsx failed"]);
    expect(result.contracts.map((row) => row.contractId)).to.deep.equal(["UH-2026-17"]);
    expect(result.unreadable[0]!.message.sv).to.contain("inte en Excel-arbetsbok");
    expect([...result.workbook.bytes.slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
  });

  it("stops between files on Avbryt (issue 14 item 8): rejects with WorkCancelled, reads no further file", async () => {
    const { services } = await setUp();
    const bytes = await followupFile(SUPPLIER_ROWS, { contract: CONTRACT });
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((fileName) => ({ fileName, bytes }));
    const controller = new AbortController();
    const progress: string[] = [];
    let caught: unknown;
    await services
      .buildPortfolio(
        files,
        (item) => {
          progress.push(`${item.index} ${item.state}`);
          if (item.index === 1 && item.state === "done") controller.abort();
        },
        controller.signal,
      )
      .catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(WorkCancelled);
    expect(progress).to.deep.equal(["1 reading", "1 done"]);
  });
});
