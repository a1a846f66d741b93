import { expect } from "chai";
import { ACTOR_KEYS, computeEffect, fromKeyValueBlock } from "../../src/domain/model";
import { calculationSheet } from "../../src/taskpane/calculator/calculationSheet";
import { CALC_FIELDS, calcFormToInput, initialCalcState, parseFormNumber } from "../../src/taskpane/calculator/fields";

describe("calculator form and calculation sheet", () => {
  it("has a field for every model input the engine reads (except the placement dates)", () => {
    const keys = CALC_FIELDS.map((field) => field.key).sort();
    expect(keys).to.include.members(["organisation", "form", "months", "salary", "subsidy", "productionFactor", "bonus", "year"]);
    expect(keys).to.have.length(25);
  });

  it("turns the form text into model input: percentages to fractions, blanks left out, numbers in Swedish style", () => {
    const state = { ...initialCalcState(), scope: "75", salary: "22 500", months: "6,5", housingCost: "" };
    const { input, year } = calcFormToInput(state);
    expect(input.scope).to.equal(0.75);
    expect(input.salary).to.equal(22500);
    expect(input.months).to.equal(6.5);
    expect(input).not.to.have.property("housingCost");
    expect(input.newArrival).to.equal(false);
    expect(year).to.equal(2026);
    expect(parseFormNumber("abc")).to.equal(undefined);
    expect(calcFormToInput({ ...initialCalcState(), months: "tolv" }).input.months).to.equal("tolv");
  });

  it("writes a key/value block the model reads back to the same result, and live formulas over it", () => {
    const { input, year } = calcFormToInput({ ...initialCalcState(), subsidy: "nystartsjobb", age: "40" });
    const sheet = calculationSheet("Kalkyl", input, year, "sv");
    const cell = (address: string) => sheet.cells.find((c) => c.address === address);
    // Rebuild the A:B block as Excel would hold it and read it with the model's own key/value reader.
    const block: unknown[][] = [];
    for (let row = 4; row < 4 + CALC_FIELDS.length; row++) block.push([cell(`A${row}`)?.value, cell(`B${row}`)?.value]);
    const readBack = fromKeyValueBlock(block);
    expect(computeEffect(readBack, { year }).actors).to.deep.equal(computeEffect(input, { year }).actors);
    expect(readBack.year).to.equal(2026);

    const lastRow = 3 + CALC_FIELDS.length;
    expect(cell("F4")?.formula).to.equal(`=SYSS.EFFECT($A$4:$B$${lastRow},,"Individ")`);
    expect(cell(`F${3 + ACTOR_KEYS.length}`)?.formula).to.equal(`=SYSS.EFFECT($A$4:$B$${lastRow},,"Samhället")`);
    expect(sheet.cells.some((c) => c.formula === `=SYSS.BREAKDOWN($A$4:$B$${lastRow})`)).to.equal(true);
  });
});
