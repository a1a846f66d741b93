import { expect } from "chai";
import { applyTemplatePlan } from "../../src/excel/template/apply";
import type { ExcelRequestContext } from "../../src/excel/host/api";
import { readValidationInput, ValidationReadError } from "../../src/excel/validation/read";
import { cellLink, VALIDATION_HEADERS } from "../../src/excel/validation/findingsSheet";
import { validateInExcel } from "../../src/excel/validation/validate";
import { validateWorkbook } from "../../src/domain/validation";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import { SCENARIOS } from "./validationFixtures";

const EVERY_RULE = SCENARIOS[0]!;

async function templateWorkbook(): Promise<ExcelFake> {
  const fake = createExcelFake();
  const outcome = await applyTemplatePlan(fake.run, () => true, EVERY_RULE.plan);
  expect(outcome.ok).to.equal(true);
  return fake;
}

async function edit(fake: ExcelFake, change: (context: ExcelRequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    change(context);
    await context.sync();
  });
}

describe("excel: reading the workbook for validation", () => {
  it("reads everything in two round trips: the layout, then all data in one sync", async () => {
    const fake = await templateWorkbook();
    const before = fake.syncCount;
    const read = await fake.run((context) => readValidationInput(context));
    expect(read.syncs).to.equal(2);
    expect(fake.syncCount - before).to.equal(2);
    expect(fake.syncLog.slice(before).every((record) => record.writes === 0)).to.equal(true);
    const placements = read.input.tables.find((table) => table.name === "Placeringar")!;
    expect(placements.rows).to.have.length(33);
    expect(placements.firstDataRow).to.equal(2);
    expect(read.input.contract.fields.start).to.deep.equal({ address: "B11", value: 45658 });
  });

  it("splits large tables into row blocks under a (small, test) request limit and reads the same data", async () => {
    const fake = await templateWorkbook();
    const whole = await fake.run((context) => readValidationInput(context));
    const limits = { maxPayloadBytes: 27 * 10 * 8, bytesPerCell: 10 };
    const chunked = await fake.run((context) => readValidationInput(context, limits));
    expect(chunked.syncs).to.be.greaterThan(3);
    expect(chunked.input).to.deep.equal(whole.input);
    expect(validateWorkbook(chunked.input, { today: EVERY_RULE.today })).to.deep.equal(validateWorkbook(whole.input, { today: EVERY_RULE.today }));
  });

  it("reads the loose cells of every sheet: a user's own sheet whole, and cells typed outside a table (one more sync only then)", async () => {
    const fake = await templateWorkbook();
    const plain = await fake.run((context) => readValidationInput(context));
    expect(plain.syncs).to.equal(2);
    // The template's own loose texts (Sammanställning, Listor, …) are read and stay clean.
    expect(plain.input.looseCells!.length).to.be.greaterThan(0);
    const templateFindings = validateWorkbook(plain.input, { today: EVERY_RULE.today }).findings;
    // (The scenario's own Kommentar cells on Placeringar hold planted names and terms; no other sheet may.)
    expect(templateFindings.filter((item) => ["PERSON_NAME", "SPECIAL_CATEGORY_DATA", "CRIMINAL_RECORD_DATA"].includes(item.code) && item.sheet !== "Placeringar")).to.deep.equal([]);
    await edit(fake, (context) => {
      const notes = context.workbook.worksheets.add("Anteckningar");
      notes.getRange("B3").values = [["19850101-1236"]];
      notes.getRange("C7").values = [["Anna är sjukskriven"]];
      context.workbook.worksheets.getItem("Placeringar").getRange("D80").values = [["Dömd för stöld"]];
    });
    const read = await fake.run((context) => readValidationInput(context));
    expect(read.syncs).to.equal(3);
    const found = validateWorkbook(read.input, { today: EVERY_RULE.today })
      .findings.filter((item) => item.sheet === "Anteckningar" || item.address === "D80")
      .map((item) => `${item.code}@${item.sheet}!${item.address}`);
    expect(found).to.have.members([
      "PERSONAL_IDENTITY_NUMBER@Anteckningar!B3",
      "PERSON_NAME@Anteckningar!C7",
      "SPECIAL_CATEGORY_DATA@Anteckningar!C7",
      "CRIMINAL_RECORD_DATA@Placeringar!D80",
    ]);
  });

  it("a workbook without the follow-up sheets is a typed error, not a crash", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    let caught: unknown;
    await fake.run((context) => readValidationInput(context)).catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(ValidationReadError);
    expect((caught as ValidationReadError).code).to.equal("missingSheet");
  });
});

describe("excel: writing the findings to the Validering sheet", () => {
  it("writes a table with a link per finding in ONE round trip, events off, nothing else touched", async () => {
    const fake = await templateWorkbook();
    const before = fake.snapshot();
    const syncsBefore = fake.syncCount;
    const { result } = await validateInExcel(fake.run, { today: EVERY_RULE.today, lang: "sv" });
    expect(fake.syncCount - syncsBefore).to.equal(3);
    const write = fake.syncLog[fake.syncLog.length - 1]!;
    expect(write.writes).to.be.greaterThan(0);
    expect(write.writesWithEventsEnabled).to.equal(0);
    expect(write.writesWithoutCalculationSuspended).to.equal(0);
    const after = fake.snapshot();
    // The user's sheets are exactly as they were: no value, format or colour changed.
    expect(after.sheets.filter((sheet) => sheet.name !== "Validering")).to.deep.equal(before.sheets);
    const validering = after.tables.find((table) => table.name === "Validering")!;
    expect(validering).to.not.equal(undefined);
    expect(fake.cell("Validering!A4")?.value).to.equal(VALIDATION_HEADERS[0]);
    expect(fake.cell("Validering!B5")?.value).to.equal(result.findings[0]!.code);
    expect(fake.cell("Validering!D5")?.formula).to.equal(`=HYPERLINK("#'Placeringar'!E3","Placeringar!E3")`);
    expect(fake.cell(`Validering!G${4 + result.findings.length}`)?.value).to.equal(result.findings.at(-1)!.message.sv);
    expect(String(fake.cell("Validering!A2")?.value)).to.match(/^Validerad 2025-10-01: 21 fel, 20 varningar, 2 upplysningar\. Status: Risk\.$/);
  });

  it("rewrites in place: more findings add rows, fewer empty the rest", async () => {
    const fake = await templateWorkbook();
    await validateInExcel(fake.run, { today: EVERY_RULE.today, lang: "sv" });
    // Clear the Placeringar rows: far fewer findings.
    await edit(fake, (context) => context.workbook.worksheets.getItem("Placeringar").getRange("A3:V34").clear("Contents"));
    const fewer = await validateInExcel(fake.run, { today: EVERY_RULE.today, lang: "en" });
    const count = fewer.result.findings.length;
    expect(fake.cell(`Validering!B${4 + count}`)?.value).to.equal(fewer.result.findings.at(-1)!.code);
    expect(fake.cell(`Validering!B${5 + count}`)?.value ?? "").to.equal("");
    expect(fake.cell(`Validering!G${4 + count + 1}`)?.value ?? "").to.equal("");
    expect(fake.snapshot().tables.filter((table) => table.name === "Validering")).to.have.length(1);
    // Break 40 rows at once: more findings than the table has rows.
    await edit(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("Placeringar");
      sheet.getRange("A3:A42").values = Array.from({ length: 40 }, (_row, index) => [`Q-${index}`]);
      sheet.getRange("L3:L42").values = Array.from({ length: 40 }, () => [0]);
    });
    const more = await validateInExcel(fake.run, { today: EVERY_RULE.today, lang: "sv" });
    expect(more.result.findings.length).to.be.greaterThan(40);
    const table = fake.snapshot().tables.find((item) => item.name === "Validering")!;
    expect(JSON.stringify(table)).to.contain(`A4:H${4 + more.result.findings.length}`);
    expect(fake.cell(`Validering!B${4 + more.result.findings.length}`)?.value).to.equal(more.result.findings.at(-1)!.code);
  });

  it("writes a case ID that looks like a formula as text", async () => {
    const fake = await templateWorkbook();
    await edit(fake, (context) => {
      const range = context.workbook.worksheets.getItem("Placeringar").getRange("A3");
      range.numberFormat = [["@"]];
      range.values = [["=1+1"]];
    });
    await validateInExcel(fake.run, { today: EVERY_RULE.today, lang: "sv" });
    const snapshot = JSON.stringify(fake.snapshot().sheets.find((sheet) => sheet.name === "Validering"));
    expect(snapshot).to.contain('"value":"=1+1"');
    expect(snapshot).not.to.contain('"formula":"=1+1"');
  });

  it("restores Excel events as they were before the write", async () => {
    const fake = await templateWorkbook();
    await edit(fake, (context) => (context.runtime.enableEvents = false));
    await validateInExcel(fake.run, { today: EVERY_RULE.today, lang: "sv" });
    const after = await fake.run(async (context) => {
      const runtime = context.runtime.load("enableEvents");
      await context.sync();
      return runtime.enableEvents;
    });
    expect(after).to.equal(false);
  });

  it("links quote sheet names", () => {
    expect(cellLink("Avtal", "B14")).to.equal(`=HYPERLINK("#'Avtal'!B14","Avtal!B14")`);
    expect(cellLink("Avtal", "")).to.equal("");
  });
});
