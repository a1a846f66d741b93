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
    expect((await applyCorrection(fake.run, correction)).outcome).to.equal("corrected");
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
    expect((await applyCorrection(fake.run, correction)).outcome).to.equal("corrected");
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
    expect((await applyCorrection(fake.run, correction)).outcome).to.equal("changedMeanwhile");
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
    expect((await applyCorrection(fake.run, correction)).outcome).to.equal("corrected");
    expect(fake.cell(`Placeringar!A${firstBelow}`)?.value).to.equal("P-900");
    const after = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(after.result.findings.some((item) => item.code === "ROWS_BELOW_TABLE")).to.equal(false);
    expect(after.result.findings.some((item) => item.rowId === "P-900" && item.code === "REQUIRED_MISSING")).to.equal(true);
    // A second Rätta with the old proposal does not resize again.
    expect((await applyCorrection(fake.run, correction)).outcome).to.equal("changedMeanwhile");
  });
});

describe("excel: one-click fixes from the finding's own correction, each with Ångra", () => {
  /** Writes `value` into Placeringar!`address`, validates, and returns the finding of `code` there. */
  async function findingAfterTyping(address: string, value: string | number, code: string) {
    const fake = createExcelFake();
    await applyTemplatePlan(fake.run, () => true, SCENARIO.plan);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange(address).values = [[value]];
      await context.sync();
    });
    const { result } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    const found = result.findings.find((item) => item.code === code && item.address === address);
    expect(found, `${code} at ${address}`).to.not.equal(undefined);
    return { fake, finding: found! };
  }

  /** Applies the fix, checks the cell, undoes it (two round trips each) and checks the cell is as typed again. */
  async function fixAndUndo(fake: ReturnType<typeof createExcelFake>, address: string, correction: Parameters<typeof applyCorrection>[1], expected: unknown, typed: unknown) {
    const syncs = fake.syncCount;
    const outcome = await applyCorrection(fake.run, correction);
    expect(fake.syncCount - syncs, "Rätta: check and write").to.equal(2);
    expect(outcome.outcome).to.equal("corrected");
    expect(fake.cell(`Placeringar!${address}`)?.value ?? "").to.equal(expected);
    if (outcome.outcome !== "corrected") return;
    const undoSyncs = fake.syncCount;
    expect((await applyCorrection(fake.run, outcome.undo)).outcome).to.equal("corrected");
    expect(fake.syncCount - undoSyncs, "Ångra: check and write").to.equal(2);
    expect(fake.cell(`Placeringar!${address}`)?.value).to.equal(typed);
  }

  it("a date typed as text becomes the date (its serial), and Ångra brings the text back", async () => {
    const { fake, finding } = await findingAfterTyping("H2", "2026-3-1", "DATE_AS_TEXT");
    expect(finding.correction).to.deep.include({ to: 46082, shown: "2026-03-01" });
    await fixAndUndo(fake, "H2", finding.correction!, 46082, "2026-3-1");
  });

  it("a percentage typed as a whole number (75) becomes 75 %, and Ångra brings 75 back", async () => {
    const { fake, finding } = await findingAfterTyping("L2", 75, "SCOPE_OUT_OF_RANGE");
    expect(finding.correction).to.deep.include({ from: "75", to: 0.75, shown: "75 %" });
    await fixAndUndo(fake, "L2", finding.correction!, 0.75, 75);
    const { result } = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(result.findings.some((item) => item.code === "SCOPE_OUT_OF_RANGE" && item.address === "L2")).to.equal(true);
  });

  it("Ta bort empties a cell with personal data (never naming it), Ångra restores it; a changed cell is left alone", async () => {
    const comment = "Ring 19850101-1236";
    const { fake, finding } = await findingAfterTyping("V2", comment, "PERSONAL_IDENTITY_NUMBER");
    expect(finding.correction).to.deep.include({ to: "", clear: true, fingerprint: true });
    expect(JSON.stringify(finding)).not.to.contain("1236");
    await fixAndUndo(fake, "V2", finding.correction!, "", comment);

    // The user edits the comment after validating: "Ta bort" writes nothing.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("V2").values = [["Ring 19850101-1236 efter lunch"]];
      await context.sync();
    });
    expect((await applyCorrection(fake.run, finding.correction!)).outcome).to.equal("changedMeanwhile");
    expect(fake.cell("Placeringar!V2")?.value).to.equal("Ring 19850101-1236 efter lunch");
  });
});
