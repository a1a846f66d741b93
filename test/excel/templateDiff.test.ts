import { expect } from "chai";
import { compareVersions } from "../../src/domain/common/versions";

describe("template versions", () => {
  it("compares dotted versions numerically", () => {
    expect(compareVersions("1.10.0", "1.9.2")).to.equal(1);
    expect(compareVersions("1.0", "1.0.0")).to.equal(0);
    expect(compareVersions("0.9.0", "1.0.0")).to.equal(-1);
    expect(compareVersions("2.0.0-beta", "2.0.0")).to.equal(0);
  });
});
