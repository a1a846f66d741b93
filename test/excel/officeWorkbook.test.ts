import { expect } from "chai";
import type { Contract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { TARGET_GROUP_TABLE_ROW } from "../../src/domain/followup/template";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import { isoToSerial as dateSerial } from "../../src/domain/common/dates";
import { ValidationReadError } from "../../src/excel/validation/read";
import { createExcelFake, FakeOfficeError, type ExcelFake } from "../../src/excel/fake";

const CONTRACT: Contract = {
  values: { name: "Städtjänster 2026", start: "2026-01-01", end: "2026-12-31", reportingInterval: "kvartal" },
  targetGroups: [{ name: "Långtidsarbetslösa" }],
};

function portOn(fake: ExcelFake) {
  return createOfficeTemplatePort({ run: fake.run, isSetSupported: () => true });
}

describe("office workbook port", () => {
  it("reads the template version: null without a marker, the plan's version after applying", async () => {
    const fake = createExcelFake();
    const port = portOn(fake);
    expect(await port.templateVersion()).to.equal(null);
    const plan = buildTemplatePlan(CONTRACT);
    await port.applyTemplate(plan);
    const before = fake.syncCount;
    expect(await port.templateVersion()).to.equal(plan.version);
    expect(fake.syncCount - before).to.equal(1);
  });

  it("reads the Avtal fields, every table and the other form cells in two round trips", async () => {
    const fake = createExcelFake();
    const port = portOn(fake);
    await port.applyTemplate(buildTemplatePlan(CONTRACT));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("A2:B2").values = [["P-001", "Långtidsarbetslösa"]];
      context.workbook.worksheets.getItem("Avtal").getRange("D2").values = [["anteckning 19121212-1212"]];
    });
    const before = fake.syncCount;
    const input = await port.readFollowup();
    expect(fake.syncCount - before).to.equal(2);

    expect(input.contract.sheet).to.equal("Avtal");
    expect(input.contract.fields.name).to.deep.equal({ address: "B5", value: "Städtjänster 2026" });
    expect(input.contract.fields.start).to.deep.equal({ address: "B11", value: dateSerial("2026-01-01") });
    const other = input.contract.otherCells.map((c) => c.address);
    expect(other).to.include("D2").and.include("A1");
    expect(other, "field cells are in fields").not.to.include("B5");
    // The table's rows follow the form's length (TARGET_GROUP_TABLE_ROW); the heading above it is an other cell.
    const inTargetGroups = (address: string): boolean => {
      const row = Number(/^[A-C](\d+)$/.exec(address)?.[1] ?? 0);
      return row >= TARGET_GROUP_TABLE_ROW && row <= TARGET_GROUP_TABLE_ROW + 4;
    };
    expect(other.some(inTargetGroups), "Malgrupper table cells are in tables").to.equal(false);
    expect(other).to.include(`A${TARGET_GROUP_TABLE_ROW - 1}`);

    const placements = input.tables.find((t) => t.name === "Placeringar")!;
    expect(placements).to.deep.include({ sheet: "Placeringar", firstDataRow: 2, firstColumn: 0 });
    expect(placements.headers[0]).to.equal("Ärende-ID");
    expect(placements.rows[0]!.slice(0, 2)).to.deep.equal(["P-001", "Långtidsarbetslösa"]);
    const reports = input.tables.find((t) => t.name === "Rapporter")!;
    expect(reports.rows).to.have.length(4);
    expect(reports.rows[1]![0]).to.equal(dateSerial("2026-04-01"));
    // Every table of the full template: the follow-up tables and, since 1.3.0, the matching workspace's.
    expect(input.tables.map((t) => t.name)).to.have.members(buildTemplatePlan().tables.map((table) => table.spec.name));
  });

  it("says which sheet is missing when the workbook has no follow-up template", async () => {
    try {
      await portOn(createExcelFake()).readFollowup();
      expect.fail("must reject");
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationReadError).with.property("code", "missingSheet");
    }
  });

  it("selects a cell, activating its sheet; a hidden sheet is refused", async () => {
    const fake = createExcelFake();
    const port = portOn(fake);
    await port.applyTemplate(buildTemplatePlan());
    await port.selectCell("Placeringar", "H7");
    expect(fake.snapshot()).to.deep.include({ activeSheet: "Placeringar", selection: "H7" });
    try {
      await port.selectCell("Listor", "A1");
      expect.fail("selecting on a hidden sheet must fail");
    } catch (error) {
      expect(error).to.be.instanceOf(FakeOfficeError).with.property("code", "InvalidOperation");
    }
  });
});
