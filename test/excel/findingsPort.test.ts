import { expect } from "chai";
import { applyTemplatePlan } from "../../src/excel/applyTemplate";
import { createOfficeFindingsPort } from "../../src/excel/findingsPort";
import type { PlacementsChange } from "../../src/excel/port";
import { validateWorkbook } from "../../src/domain/validation";
import { readValidationInput } from "../../src/excel/validationRead";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";
import { SCENARIOS } from "./validationFixtures";

const SCENARIO = SCENARIOS[0]!;

async function workbook(): Promise<ExcelFake> {
  const fake = createExcelFake();
  expect((await applyTemplatePlan(fake.run, () => true, SCENARIO.plan)).ok).to.equal(true);
  return fake;
}

describe("excel: FindingsPort over Office.js", () => {
  it("writeFindings creates, then replaces, the Validering table (probe + one write sync)", async () => {
    const fake = await workbook();
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "en" });
    const input = await fake.run((context) => readValidationInput(context));
    const { findings } = validateWorkbook(input.input, { today: SCENARIO.today });
    const before = fake.syncCount;
    await port.writeFindings(findings);
    expect(fake.syncCount - before).to.equal(2);
    expect(fake.syncLog.at(-1)!.writesWithEventsEnabled).to.equal(0);
    expect(fake.cell("Validering!B5")?.value).to.equal(findings[0]!.code);
    expect(String(fake.cell("Validering!A2")?.value)).to.equal("Validated 2025-10-01: 21 errors, 14 warnings, 1 notes.");
    await port.writeFindings(findings.slice(0, 2));
    expect(fake.cell("Validering!B6")?.value).to.equal(findings[1]!.code);
    expect(fake.cell("Validering!B7")?.value ?? "").to.equal("");
    await port.writeFindings([]);
    expect(fake.cell("Validering!G5")?.value).to.equal("No findings.");
  });

  it("onPlacementsChanged reports user edits, not the port's own writes, until unsubscribed", async () => {
    const fake = await workbook();
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "sv" });
    const changes: PlacementsChange[] = [];
    const unsubscribe = await port.onPlacementsChanged((change) => changes.push(change));
    await port.writeFindings([]);
    await fake.flushEvents();
    expect(changes).to.deep.equal([]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("L19").values = [[1]];
      await context.sync();
    });
    await fake.flushEvents();
    expect(changes).to.deep.equal([{ address: "L19", changeType: "RangeEdited" }]);
    await unsubscribe();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("L20").values = [[1]];
      await context.sync();
    });
    await fake.flushEvents();
    expect(changes).to.have.length(1);
  });
});
