import { expect } from "chai";
import fc from "fast-check";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { applyTemplatePlan } from "../../src/excel/template/apply";
import { columnLetter } from "../../src/domain/common/a1";
import { createExcelFake, type CellState } from "../../src/excel/fake";

/** Where a user types: Placeringar's data columns (A–V, AB, 1.3.0's AC–AD), Rapporter (A–L), Avtal values (B5–B22), Parametrar Värde. */
const userCell = fc.oneof(
  fc.record({ sheet: fc.constant("Placeringar"), column: fc.oneof(fc.integer({ min: 0, max: 21 }), fc.integer({ min: 27, max: 29 })), row: fc.integer({ min: 2, max: 7 }) }),
  fc.record({ sheet: fc.constant("Rapporter"), column: fc.integer({ min: 0, max: 11 }), row: fc.integer({ min: 2, max: 13 }) }),
  fc.record({ sheet: fc.constant("Avtal"), column: fc.constant(1), row: fc.integer({ min: 5, max: 22 }) }),
  fc.record({ sheet: fc.constant("Parametrar"), column: fc.constant(2), row: fc.integer({ min: 2, max: 20 }) }),
);

const typed = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom("=SUM(1,2)", "+46 70", "-5", "P-001", "19121212-1212"),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
);

describe("regeneration never loses a filled cell (property)", () => {
  it("keeps every cell a user typed, whatever and wherever it is", async () => {
    const plan = buildTemplatePlan({
      values: { start: "2026-01-01", end: "2026-12-31", reportingInterval: "månad" },
      targetGroups: null,
    });
    // Rows the user adds are as wide as the template's Placeringar (it grows with template versions).
    const placementWidth = plan.tables.find((table) => table.spec.name === "Placeringar")?.spec.columns.length ?? 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(userCell, typed), { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 5 }), async (edits, extraRows) => {
        const fake = createExcelFake();
        expect((await applyTemplatePlan(fake.run, () => true, plan)).ok).to.equal(true);
        await fake.run(async (context) => {
          if (extraRows > 0) {
            context.workbook.tables.getItem("Placeringar").rows.add(undefined, Array.from({ length: extraRows }, () => Array(placementWidth).fill("")));
          }
          for (const [cell, value] of edits) {
            context.workbook.worksheets.getItem(cell.sheet).getRange(`${columnLetter(cell.column)}${cell.row}`).values = [[value]];
          }
          await context.sync();
        });
        const content = (state: CellState | undefined) => ({ value: state?.value ?? "", formula: state?.formula });
        const addresses = [...new Set(edits.map(([cell]) => `${cell.sheet}!${columnLetter(cell.column)}${cell.row}`))];
        const before = addresses.map((address) => content(fake.cell(address)));
        const outcome = await applyTemplatePlan(fake.run, () => true, plan);
        expect(outcome.ok).to.equal(true);
        expect(addresses.map((address) => content(fake.cell(address)))).to.deep.equal(before);
      }),
      { numRuns: 12, seed: 20261125 },
    );
  });
});
