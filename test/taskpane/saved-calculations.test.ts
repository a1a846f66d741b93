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
});
