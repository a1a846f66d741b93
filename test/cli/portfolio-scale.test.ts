/**
 * The portfolio benchmark's script, at test size (3 files × 10 placements): it runs, reads every file,
 * and reports files/s and peak memory for both runs. The real figures come from `npm run bench -- portfolio`
 * (500 × 200); nothing here asserts a time.
 */
import { expect } from "chai";
import { portfolioBench } from "../bench/portfolio.bench";

describe("portfolio benchmark script (small)", function () {
  it("builds the portfolio over a fifth of the files and over all, reporting files/s, peak memory and the heap kept", async () => {
    const [fifth, all] = await portfolioBench(10, 10);
    expect([fifth!.files, all!.files]).to.deep.equal([2, 10]);
    for (const result of [fifth!, all!]) {
      expect(result.filesPerSecond).to.be.greaterThan(0);
      expect(result.peakRssMb).to.be.greaterThan(0);
      expect(result.keptHeapMb.before).to.be.greaterThan(0);
      expect(result.keptHeapMb.after).to.be.greaterThan(0);
    }
  });
});
