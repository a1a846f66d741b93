/** The workbook shape over Office.js (the Excel fake): the same facts in one block or many, never values. */
import { expect } from "chai";
import { parseContract } from "../../src/domain/followup/contract";
import { columnLetter } from "../../src/domain/common/a1";
import { PLACEMENTS_TABLE, TEMPLATE_VERSION } from "../../src/domain/followup/template";
import { diagnoseWorkbook } from "../../src/domain/followup/diagnosis";
import { readWorkbookShapeIn } from "../../src/excel/sheets/workbookShape";
import { addSampleRows, editCell } from "../../src/taskpane/preview/previewWrites";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { createExcelFake } from "../../src/excel/fake";

const CONTRACT = parseContract({ name: "Lokalvård", start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 });

describe("readWorkbookShape (Office.js)", () => {
  it("reads sheets, tables, marker and formulas; a user's formula is the only one not SYSS's", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv" });
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    await editCell(fake.run, "Placeringar", "V3", "=A3&B3");

    const before = fake.syncCount;
    const shape = await fake.run((context) => readWorkbookShapeIn(context));
    const oneBlock = fake.syncCount - before;
    expect(oneBlock).to.be.at.most(4);
    expect(shape.markerVersion).to.equal(TEMPLATE_VERSION);
    expect(shape.tables.find((table) => table.name === "Placeringar")?.range).to.equal(`A1:${columnLetter(PLACEMENTS_TABLE.columns.length - 1)}5`);
    expect(shape.formulas.every((cell) => cell.formula.startsWith("="))).to.equal(true);
    const diagnosis = diagnoseWorkbook(shape);
    expect(diagnosis.foreignFormulas).to.deep.equal({ count: 1, cells: ["Placeringar!V3"] });
    expect(diagnosis.sheets.foreign).to.deep.equal(["Blad1"]);

    // Under a tiny request limit the formulas come in many round trips, and nothing differs.
    const small = await fake.run((context) => readWorkbookShapeIn(context, { maxPayloadBytes: 2_000, bytesPerCell: 200 }));
    expect(fake.syncCount - before - oneBlock).to.be.greaterThan(oneBlock + 5);
    expect(small).to.deep.equal(shape);
  });
});
