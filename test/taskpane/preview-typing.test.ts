/**
 * Issue 14 (7): the preview's grid takes typed text as Excel does — checked against the same expectations
 * as Excel's (test/support/excel-typing.ts) — and a value typed right below a table extends it, as Excel's
 * AutoCorrect does.
 */
import { expect } from "chai";
import { parseContract } from "../../src/domain/followup/contract";
import { createExcelFake } from "../../src/excel/fake";
import { parseRect } from "../../src/domain/common/a1";
import { addSampleRows, editCell, tableToExtend } from "../../src/taskpane/preview/previewWrites";
import { typedEntry } from "../../src/taskpane/preview/typing";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { EXCEL_TYPING } from "../support/excel-typing";

describe("preview: typing into a cell as in Excel", () => {
  for (const expected of EXCEL_TYPING) {
    it(`"${expected.typed}" → ${JSON.stringify(expected.value)}${expected.format ? ` (${expected.format})` : ""}`, () => {
      const entry = typedEntry(expected.typed);
      if (expected.formula) {
        expect(entry).to.deep.equal({ kind: "formula", formula: expected.value });
        return;
      }
      expect(entry.kind).to.equal("value");
      if (entry.kind !== "value") return;
      expect(entry.value).to.equal(expected.value);
      const format = entry.numberFormat === undefined ? undefined : entry.numberFormat.includes("%") ? "percent" : entry.numberFormat.includes("yy") ? "date" : "other";
      expect(format).to.equal(expected.format);
    });
  }

  it("stores a typed date and '100 %' in the workbook as a date serial and a share, with Excel's formats", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    await editCell(fake.run, "Blad1", "B2", "2026-03-01");
    await editCell(fake.run, "Blad1", "C2", "100 %");
    expect(fake.cell("Blad1!B2")).to.include({ value: 46082 });
    expect(fake.cell("Blad1!B2")?.numberFormat).to.match(/yyyy/);
    expect(fake.cell("Blad1!C2")).to.include({ value: 1 });
    expect(fake.cell("Blad1!C2")?.numberFormat).to.contain("%");
  });
});

describe("preview: typing right below a table extends it", () => {
  const contract = parseContract({ name: "X", start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 });

  it("picks the table whose next row the cell is in, within its columns only", () => {
    const tables = [{ name: "Placeringar", sheet: "Placeringar", rect: parseRect("A1:X5") }];
    expect(tableToExtend(tables, "Placeringar", "A6")?.name).to.equal("Placeringar");
    expect(tableToExtend(tables, "Placeringar", "X6")?.name).to.equal("Placeringar");
    expect(tableToExtend(tables, "Placeringar", "Y6")).to.equal(null);
    expect(tableToExtend(tables, "Placeringar", "A7")).to.equal(null);
    expect(tableToExtend(tables, "Placeringar", "A5")).to.equal(null);
    expect(tableToExtend(tables, "Rapporter", "A6")).to.equal(null);
  });

  it("grows Placeringar by the typed row, filling its calculated columns; a cell further down does not", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    await services.applyTemplate(contract, 2026);
    await addSampleRows(fake.run);
    const before = parseRect(fake.snapshot().tables.find((table) => table.name === "Placeringar")!.address);
    const below = `A${before.top + before.rows + 1}`;
    await editCell(fake.run, "Placeringar", below, "P-005");
    const after = parseRect(fake.snapshot().tables.find((table) => table.name === "Placeringar")!.address);
    expect(after.rows).to.equal(before.rows + 1);
    expect(fake.cell(`Placeringar!${below}`)?.value).to.equal("P-005");
    const row = before.top + before.rows + 1;
    const formulas = Object.entries(fake.snapshot().sheets.find((sheet) => sheet.name === "Placeringar")!.cells).filter(
      ([address, cell]) => Number(address.replace(/^[A-Z]+/, "")) === row && cell.formula,
    );
    expect(formulas.length, "calculated columns filled in the new row").to.be.greaterThan(0);

    await editCell(fake.run, "Placeringar", `A${row + 2}`, "anteckning");
    expect(parseRect(fake.snapshot().tables.find((table) => table.name === "Placeringar")!.address).rows).to.equal(after.rows);
  });
});
