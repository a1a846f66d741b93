/** The ex-ante sheets through Office.js (over the Excel fake): new sheets only, never a user's cell lost. */
import { expect } from "chai";
import { clauseText } from "../../src/domain/exante/clause";
import { clauseSheet, estimateSheet } from "../../src/domain/exante/sheets";
import { parseContract } from "../../src/domain/followup/contract";
import { writeExanteSheet } from "../../src/excel/sheets/exante";
import { freeSheetName } from "../../src/excel/sheets/freeNames";
import { createExcelFake } from "../../src/excel/fake";
import { COMPLETE_CONTRACT } from "../support/exante-contracts";

describe("ex-ante sheet writer (Office.js)", () => {
  it("freeSheetName: the wanted name, else the first free numbered variant within 31 characters", () => {
    expect(freeSheetName("Avtalsvillkor", ["Avtal"])).to.equal("Avtalsvillkor");
    expect(freeSheetName("Avtalsvillkor", ["avtalsvillkor", "Avtalsvillkor (2)"])).to.equal("Avtalsvillkor (3)");
    const long = "x".repeat(31);
    expect(freeSheetName(long, [long])).to.equal(`${"x".repeat(27)} (2)`);
  });

  it("writes the clause sheet in two round trips with events off, wrapped paragraphs, and activates it", async () => {
    const fake = createExcelFake();
    const sheet = clauseSheet(clauseText(parseContract(COMPLETE_CONTRACT), "sv"));
    const name = await writeExanteSheet(fake.run, sheet);
    expect(name).to.equal("Avtalsvillkor");
    expect(fake.syncCount).to.equal(2);
    expect(fake.syncLog[1]).to.include({ writesWithEventsEnabled: 0, writesWithoutCalculationSuspended: 0 });
    expect(fake.cell("Avtalsvillkor!A1")?.value).to.equal(sheet.cells[0]?.value);
    expect(fake.cell("Avtalsvillkor!A3")?.value).to.contain("11554");
    expect(fake.snapshot()).to.deep.include({ activeSheet: "Avtalsvillkor", eventsEnabled: true });
  });

  it("running again keeps the first sheet and the user's edits in it: the new text goes to a new sheet", async () => {
    const fake = createExcelFake();
    const sheet = clauseSheet(clauseText(parseContract(COMPLETE_CONTRACT), "sv"));
    await writeExanteSheet(fake.run, sheet);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Avtalsvillkor").getRange("A5").values = [["Min egen formulering"]];
      context.workbook.worksheets.getItem("Avtalsvillkor").getRange("C2").values = [["anteckning"]];
      await context.sync();
    });
    const second = await writeExanteSheet(fake.run, sheet);
    expect(second).to.equal("Avtalsvillkor (2)");
    expect(fake.cell("Avtalsvillkor!A5")?.value).to.equal("Min egen formulering");
    expect(fake.cell("Avtalsvillkor!C2")?.value).to.equal("anteckning");
    expect(fake.cell("Avtalsvillkor (2)!A5")?.value).to.equal(sheet.cells[2]?.value);
  });

  it("writes the Förhandskalkyl formulas as given", async () => {
    const fake = createExcelFake();
    const sheet = estimateSheet([{ name: "A", form: "anställning", months: 12, salary: 20_500 }]);
    await writeExanteSheet(fake.run, sheet);
    const breakEven = sheet.cells.find((cell) => cell.formula?.startsWith("=SYSS.BREAKEVEN"));
    expect(breakEven).to.not.equal(undefined);
    expect(fake.cell(`Förhandskalkyl!${breakEven?.address ?? ""}`)?.formula).to.equal(breakEven?.formula);
  });
});
