import { expect } from "chai";
import fc from "fast-check";
import { DEFAULT_READ_LIMITS, planRowBlocks } from "../../src/excel/host/readPlan";

describe("excel: read plan under the request limit", () => {
  it("reads small tables whole, all in one round trip", () => {
    const plan = planRowBlocks([{ name: "Placeringar", rows: 500, columns: 27 }, { name: "Rapporter", rows: 24, columns: 12 }]);
    expect(plan).to.have.length(1);
    expect(plan[0]!.map((block) => [block.table, block.firstRow, block.rowCount])).to.deep.equal([["Placeringar", 0, 500], ["Rapporter", 0, 24]]);
  });

  it("splits a large table into row blocks, each under the limit, packed into as few round trips as fit", () => {
    const limits = { maxPayloadBytes: 1000, bytesPerCell: 10 };
    const plan = planRowBlocks([{ name: "T", rows: 25, columns: 10 }], limits);
    expect(plan.map((group) => group.map((block) => [block.firstRow, block.rowCount]))).to.deep.equal([[[0, 10]], [[10, 10]], [[20, 5]]]);
  });

  it("100 000 placements at the default estimate need more than one round trip, none over 4 MB", () => {
    const plan = planRowBlocks([{ name: "Placeringar", rows: 100_000, columns: 27 }]);
    expect(plan.length).to.be.greaterThan(1);
    for (const group of plan) expect(group.reduce((sum, block) => sum + block.estimatedBytes, 0)).to.be.at.most(DEFAULT_READ_LIMITS.maxPayloadBytes);
  });

  it("covers every row exactly once, in order, and keeps each group within the limit (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rows: fc.integer({ min: 0, max: 300 }), columns: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 50, max: 5000 }),
        (sizes, maxPayloadBytes) => {
          const tables = sizes.map((size, index) => ({ name: `T${index}`, ...size }));
          const limits = { maxPayloadBytes, bytesPerCell: 7 };
          const plan = planRowBlocks(tables, limits);
          for (const table of tables) {
            const blocks = plan.flat().filter((block) => block.table === table.name);
            let next = 0;
            for (const block of blocks) {
              expect(block.firstRow).to.equal(next);
              next += block.rowCount;
            }
            expect(next).to.equal(table.rows);
          }
          for (const group of plan) {
            const bytes = group.reduce((sum, block) => sum + block.estimatedBytes, 0);
            // A group exceeds the limit only when it is a single row too big to split.
            if (bytes > maxPayloadBytes) expect(group).to.have.length(1) && expect(group[0]!.rowCount).to.equal(1);
          }
        },
      ),
    );
  });
});
