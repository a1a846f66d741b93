import { expect } from "chai";
import { applyTemplatePlan } from "../../src/excel/template/apply";
import { applyCorrection } from "../../src/excel/validation/writeCorrection";
import { validateInExcel } from "../../src/excel/validation/validate";
import { readValidationInput } from "../../src/excel/validation/read";
import { correctionFor } from "../../src/domain/validation/corrections";
import { createExcelFake } from "../../src/excel/fake";
import { SCENARIOS } from "./validationFixtures";
import { columnLetter } from "../../src/domain/common/a1";
import { PLACEMENTS_TABLE } from "../../src/domain/followup/template";

/** Placeringar's last column, wherever the template's column count puts it. */
const PLACEMENTS_LAST_COLUMN = columnLetter(PLACEMENTS_TABLE.columns.length - 1);

const SCENARIO = SCENARIOS[0]!;

describe("excel: applying a Rätta correction", () => {
  it("writes the exact list value into that one cell, after which the finding is gone", async () => {
    const fake = createExcelFake();
    expect((await applyTemplatePlan(fake.run, () => true, SCENARIO.plan)).ok).to.equal(true);
    const { result, read } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    const near = result.findings.find((item) => item.code === "LIST_NOT_EXACT")!;
    const correction = correctionFor(read.input, near)!;
    expect(correction).to.deep.equal({ sheet: "Placeringar", address: "C8", from: "kvinna", to: "Kvinna", shown: "Kvinna" });
    const before = fake.snapshot();
    expect(await applyCorrection(fake.run, correction)).to.equal("corrected");
    const after = fake.snapshot();
    expect(fake.cell("Placeringar!C8")?.value).to.equal("Kvinna");
    // Only that cell changed.
    const changed = after.sheets.flatMap((sheet, index) =>
      Object.keys({ ...sheet.cells, ...before.sheets[index]!.cells })
        .filter((address) => JSON.stringify(sheet.cells[address]) !== JSON.stringify(before.sheets[index]!.cells[address]))
        .map((address) => `${sheet.name}!${address}`),
    );
    expect(changed).to.deep.equal(["Placeringar!C8"]);
    const again = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(again.result.findings.some((item) => item.code === "LIST_NOT_EXACT")).to.equal(false);
  });

  it("writes the real number for a number typed as text, after which the row counts", async () => {
    const fake = createExcelFake();
    await applyTemplatePlan(fake.run, () => true, SCENARIO.plan);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("L2").values = [["0,75"]];
      await context.sync();
    });
    const { result, read } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    const asText = result.findings.find((item) => item.code === "NUMBER_AS_TEXT" && item.address === "L2")!;
    const correction = correctionFor(read.input, asText)!;
    expect(correction).to.deep.equal({ sheet: "Placeringar", address: "L2", from: "0,75", to: 0.75, shown: "75 %" });
    expect(await applyCorrection(fake.run, correction)).to.equal("corrected");
    expect(fake.cell("Placeringar!L2")?.value).to.equal(0.75);
    const again = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(again.result.findings.some((item) => item.address === "L2")).to.equal(false);
    expect(again.result.status.notCounted.total).to.be.below(result.status.notCounted.total);
  });

  it("does not overwrite a cell the user changed after the validation", async () => {
    const fake = createExcelFake();
    await applyTemplatePlan(fake.run, () => true, SCENARIO.plan);
    const read = await fake.run((context) => readValidationInput(context));
    const { result } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    const correction = correctionFor(read.input, result.findings.find((item) => item.code === "LIST_NOT_EXACT")!)!;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("C8").values = [["Annat"]];
      await context.sync();
    });
    expect(await applyCorrection(fake.run, correction)).to.equal("changedMeanwhile");
    expect(fake.cell("Placeringar!C8")?.value).to.equal("Annat");
  });
});

describe("excel: rows typed just below a table (issue #11, amendment 4)", () => {
  it("are one finding for the block, and a personnummer there is still found", async () => {
    const fake = createExcelFake();
    await applyTemplatePlan(fake.run, () => true, SCENARIO.plan);
    const { result: before } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    const lastRow = Math.max(...before.findings.filter((item) => item.sheet === "Placeringar").map((item) => Number(/\d+$/.exec(item.address)![0])));
    const read = await fake.run((context) => readValidationInput(context));
    const placements = read.input.tables.find((table) => table.name === "Placeringar")!;
    const firstBelow = placements.firstDataRow + placements.rows.length;
    expect(firstBelow).to.be.greaterThan(lastRow);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Placeringar");
      sheet.getRange(`A${firstBelow}:B${firstBelow + 1}`).values = [["P-900", "Långtidsarbetslös"], ["P-901", "Kommentar 19850101-1236"]];
      await context.sync();
    });
    const { result } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    const block = result.findings.filter((item) => item.code === "ROWS_BELOW_TABLE");
    expect(block.map((item) => [item.address, item.severity])).to.deep.equal([[`A${firstBelow}`, "error"]]);
    expect(block[0]!.message.sv).to.contain(`2 ifyllda rader (A${firstBelow}:`);
    expect(result.findings.some((item) => item.code === "PERSONAL_IDENTITY_NUMBER" && item.address === `B${firstBelow + 1}`)).to.equal(true);

    // Rätta extends the table over the two rows, changing no cell value; then they are validated as placements.
    const again = await fake.run((context) => readValidationInput(context));
    const correction = correctionFor(again.input, block[0]!)!;
    expect(correction.resizeTable).to.deep.equal({ name: "Placeringar", from: `A1:${PLACEMENTS_LAST_COLUMN}${firstBelow - 1}`, to: `A1:${PLACEMENTS_LAST_COLUMN}${firstBelow + 1}` });
    expect(await applyCorrection(fake.run, correction)).to.equal("corrected");
    expect(fake.cell(`Placeringar!A${firstBelow}`)?.value).to.equal("P-900");
    const after = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(after.result.findings.some((item) => item.code === "ROWS_BELOW_TABLE")).to.equal(false);
    expect(after.result.findings.some((item) => item.rowId === "P-900" && item.code === "REQUIRED_MISSING")).to.equal(true);
    // A second Rätta with the old proposal does not resize again.
    expect(await applyCorrection(fake.run, correction)).to.equal("changedMeanwhile");
  });
});
