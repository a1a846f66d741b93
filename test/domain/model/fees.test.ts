import { expect } from "chai";
import { defaultParameters } from "../../../src/domain/model";
import { employerFees } from "../../../src/domain/model/fees";

describe("model: employer fees", () => {
  it("charges the full 31.42 % below the older-employee age", () => {
    expect(employerFees(20_000, 30, defaultParameters(2025))).to.be.closeTo(6_284, 1e-9);
  });

  it("charges 10.21 % from age 66 (2019, 2025) and from 67 (2026)", () => {
    expect(employerFees(20_000, 66, defaultParameters(2019))).to.be.closeTo(2_042, 1e-9);
    expect(employerFees(20_000, 66, defaultParameters(2025))).to.be.closeTo(2_042, 1e-9);
    expect(employerFees(20_000, 66, defaultParameters(2026))).to.be.closeTo(6_284, 1e-9);
    expect(employerFees(20_000, 67, defaultParameters(2026))).to.be.closeTo(2_042, 1e-9);
  });

  it("2026: 20.81 % for ages 18–22 on pay up to 25 000 kr, the full rate above the cap", () => {
    const P = defaultParameters(2026);
    // 0.2081 × 25 000 + 0.3142 × 5 000 = 5 202.5 + 1 571
    expect(employerFees(30_000, 20, P)).to.be.closeTo(6_773.5, 1e-9);
    expect(employerFees(20_000, 18, P)).to.be.closeTo(4_162, 1e-9);
    expect(employerFees(20_000, 22, P)).to.be.closeTo(4_162, 1e-9);
    expect(employerFees(20_000, 17, P)).to.be.closeTo(6_284, 1e-9);
    expect(employerFees(20_000, 23, P)).to.be.closeTo(6_284, 1e-9);
  });

  it("has no youth rate before 2026", () => {
    expect(employerFees(20_000, 20, defaultParameters(2025))).to.be.closeTo(6_284, 1e-9);
    expect(employerFees(20_000, 20, defaultParameters(2019))).to.be.closeTo(6_284, 1e-9);
  });

  it("is zero without pay", () => {
    expect(employerFees(0, 30, defaultParameters(2025))).to.equal(0);
  });
});
