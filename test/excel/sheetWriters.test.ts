import { expect } from "chai";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import type { ParameterRow } from "../../src/domain/followup/types";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import { ExcelPortError } from "../../src/excel/portError";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";

function portOn(fake: ExcelFake) {
  return createOfficeTemplatePort({ run: fake.run, isSetSupported: () => true });
}

const ROWS: ParameterRow[] = [
  { key: "taxRate", label: "Kommunalskatt", value: 0.32, unit: "andel", default: 0.32, source: "SCB", estimate: false },
  { key: "fee", label: "Avgift", value: 0.3142, unit: "andel", default: 0.3142, source: "Skatteverket", estimate: false },
  { key: "cost", label: "Kostnad", value: 1000, unit: "kr", default: 1000, source: "Egen", estimate: true },
];

describe("sheet writers", () => {
  it("writes a sheet cell by cell in two round trips, events off, and activates it", async () => {
    const fake = createExcelFake();
    const name = await portOn(fake).writeSheet({
      sheetName: "Kalkyl",
      cells: [
        { address: "A1", value: "Kalkyl", bold: true },
        { address: "B4", value: 0.5, numberFormat: "0%" },
        { address: "F4", formula: '=SYSS.EFFECT($A$4:$B$9,,"Kommun")' },
      ],
      columnWidths: { A: 30 },
    });
    expect(name).to.equal("Kalkyl");
    expect(fake.syncCount).to.equal(2);
    expect(fake.syncLog[1]).to.include({ writesWithEventsEnabled: 0, writesWithoutCalculationSuspended: 0 });
    expect(fake.cell("Kalkyl!A1")).to.deep.equal({ value: "Kalkyl", bold: true });
    expect(fake.cell("Kalkyl!B4")).to.deep.equal({ value: 0.5, numberFormat: "0%" });
    expect(fake.cell("Kalkyl!F4")?.formula).to.equal('=SYSS.EFFECT($A$4:$B$9,,"Kommun")');
    expect(fake.snapshot()).to.deep.include({ activeSheet: "Kalkyl", eventsEnabled: true });
    expect(fake.snapshot().sheets.find((s) => s.name === "Kalkyl")?.columnWidths).to.deep.equal({ A: 161.25 });
  });

  it("merges into a sheet of the same name when every changed cell is the add-in's own (as last written)", async () => {
    const fake = createExcelFake();
    const port = portOn(fake);
    await port.writeSheet({ sheetName: "Kalkyl", cells: [{ address: "C9", value: "old", bold: true }] });
    const name = await port.writeSheet({ sheetName: "kalkyl", cells: [{ address: "A1", value: "new" }] }, { C9: "old" });
    expect(name).to.equal("Kalkyl");
    expect(fake.cell("Kalkyl!C9")?.value ?? "", "the add-in's old cell is cleared").to.equal("");
    expect(fake.cell("Kalkyl!A1")?.value).to.equal("new");
    expect(fake.snapshot().sheets.map((s) => s.name)).to.deep.equal(["Sheet1", "Kalkyl"]);
  });

  it("writes the Beslutsunderlag sheet with headers, answers and the conclusion", async () => {
    const fake = createExcelFake();
    await portOn(fake).writeDecisionSheet({
      title: "Beslutsunderlag (2026-11-25)",
      rows: [{ question: "1. Finns arbetskraftsbehov?", answer: "Ja", comment: "Städ" }],
      conclusion: "Ställ sysselsättningskrav.",
    });
    expect(fake.cell("Beslutsunderlag!A3")).to.deep.equal({ value: "Fråga", bold: true });
    expect(fake.cell("Beslutsunderlag!B4")?.value).to.equal("Ja");
    expect(fake.cell("Beslutsunderlag!A6")).to.deep.equal({ value: "Ställ sysselsättningskrav.", bold: true });
  });
});

describe("writeParameters", () => {
  async function templateWith(fake: ExcelFake, rows: readonly ParameterRow[]): Promise<void> {
    const result = await portOn(fake).applyTemplate(buildTemplatePlan(undefined, { parameters: rows }));
    expect(result.ok).to.equal(true);
  }

  it("keeps a user's edited Värde and updates the others to the new set", async () => {
    const fake = createExcelFake();
    await templateWith(fake, ROWS);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Parametrar").getRange("C2").values = [[0.3]];
      context.workbook.tables.getItem("Parametrar").rows.add(undefined, [["ownKey2", "Eget 2", 8, "", "", "", ""]]);
    });
    const next = ROWS.map((row) => ({ ...row, value: row.value * 2, default: row.default * 2 }));
    const written = await portOn(fake).writeParameters(next, "keepEdits");
    expect(written).to.equal(3);
    expect(fake.cell("Parametrar!C2")?.value, "edited: kept").to.equal(0.3);
    expect(fake.cell("Parametrar!E2")?.value, "its default follows the set").to.equal(0.64);
    expect(fake.cell("Parametrar!C3")?.value, "not edited: new value").to.equal(0.6284);
    expect(fake.cell("Parametrar!A5")?.value, "a user's own row is kept").to.equal("ownKey2");
  });

  it("resets every Värde to the set's value", async () => {
    const fake = createExcelFake();
    await templateWith(fake, ROWS);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Parametrar").getRange("C2").values = [[0.3]];
    });
    await portOn(fake).writeParameters(ROWS, "reset");
    expect(fake.cell("Parametrar!C2")?.value).to.equal(0.32);
  });

  it("grows the table for a longer set and blanks leftover rows for a shorter one", async () => {
    const fake = createExcelFake();
    await templateWith(fake, ROWS.slice(0, 2));
    await portOn(fake).writeParameters(ROWS, "keepEdits");
    expect(fake.snapshot().tables.find((t) => t.name === "Parametrar")?.address).to.equal("A1:G4");
    expect(fake.cell("Parametrar!A4")?.value).to.equal("cost");
    await portOn(fake).writeParameters(ROWS.slice(0, 1), "keepEdits");
    expect(fake.cell("Parametrar!A3")?.value ?? "").to.equal("");
  });

  it("says the template is missing, in Swedish and English", async () => {
    try {
      await portOn(createExcelFake()).writeParameters(ROWS, "reset");
      expect.fail("must reject");
    } catch (error) {
      expect(error).to.be.instanceOf(ExcelPortError);
      expect((error as ExcelPortError).texts.sv).to.contain("Parametrar").and.contain("mallen");
      expect((error as ExcelPortError).code).to.equal("parametersMissing");
    }
  });
});
