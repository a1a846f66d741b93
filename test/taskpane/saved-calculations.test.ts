/** Issue 14 (2): each "Infoga i arbetsboken" writes a new calculation sheet and never overwrites one. */
import { expect } from "chai";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { createExcelFake } from "../../src/excel/fake";

describe("task-pane services: several saved calculations", () => {
  it("writes Kalkyl, then Kalkyl (2), then Kalkyl (3), leaving the earlier sheets as they were", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    expect(await services.insertCalculation({ form: "anställning", months: 6, salary: 24000 }, 2025, "sv")).to.equal("Kalkyl");
    // The same calculation again is a second saved calculation, not a rewrite of the first.
    expect(await services.insertCalculation({ form: "anställning", months: 6, salary: 24000 }, 2025, "sv")).to.equal("Kalkyl (2)");
    expect(await services.insertCalculation({ form: "anställning", months: 9, salary: 24000 }, 2026, "sv")).to.equal("Kalkyl (3)");
    expect(fake.cell("Kalkyl!B4")?.value).to.equal(2025);
    expect(fake.cell("Kalkyl (2)!B4")?.value).to.equal(2025);
    expect(fake.cell("Kalkyl (3)!B4")?.value).to.equal(2026);
    expect(fake.cell("Kalkyl!B6")?.value).to.equal("anställning");
  });

  it("takes two round trips however many calculations the workbook has, and never touches a user's sheet of that name", async () => {
    const fake = createExcelFake({ sheetNames: ["kalkyl", "Kalkyl (2)"] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("kalkyl").getRange("A1").values = [["mina egna siffror"]];
      await context.sync();
    });
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    for (const expected of ["Kalkyl (3)", "Kalkyl (4)", "Kalkyl (5)"]) {
      const syncs = fake.syncCount;
      expect(await services.insertCalculation({ form: "anställning", months: 6, salary: 24000 }, 2025, "sv")).to.equal(expected);
      expect(fake.syncCount - syncs, expected).to.equal(2); // the sheet names, then the write
    }
    expect(fake.cell("kalkyl!A1")?.value).to.equal("mina egna siffror");
    expect(fake.cell("Kalkyl (5)!B4")?.value).to.equal(2025);
  });
});
