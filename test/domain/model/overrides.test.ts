import { expect } from "chai";
import { ModelError, defaultParameters, resolveParameters, resolveYear } from "../../../src/domain/model";

function errorOf(action: () => unknown): ModelError {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error("expected a ModelError");
}

describe("model: parameter overrides", () => {
  it("replace the given values and keep the rest", () => {
    const P = resolveParameters(2025, { "tax.municipal": 0.2198, "bb.monthly": "2 800" });
    expect(P["tax.municipal"]).to.equal(0.2198);
    expect(P["bb.monthly"]).to.equal(2_800);
    expect(P.pbb).to.equal(58_800);
    expect(defaultParameters(2025)["tax.municipal"]).to.equal(0.2072);
  });

  it("read a share written as a percentage or with a decimal comma", () => {
    expect(resolveParameters(2025, { "tax.municipal": "21,98 %" })["tax.municipal"]).to.be.closeTo(0.2198, 1e-12);
    expect(resolveParameters(2025, { "tax.municipal": "0,2198" })["tax.municipal"]).to.be.closeTo(0.2198, 1e-12);
  });

  it("ignore blank values (blank rows of the Parametrar table)", () => {
    expect(resolveParameters(2025, { "tax.municipal": "" })).to.deep.equal(defaultParameters(2025));
    expect(resolveParameters(2025, {})).to.equal(defaultParameters(2025));
  });

  it("reject an unknown key, or a key the year lacks, with UNKNOWN_PARAMETER", () => {
    const unknown = errorOf(() => resolveParameters(2025, { "tax.church": 0.01 }));
    expect(unknown.code).to.equal("UNKNOWN_PARAMETER");
    expect(unknown.field).to.equal("tax.church");
    expect(unknown.messages.sv).to.contain("tax.church");
    expect(errorOf(() => resolveParameters(2025, { "fee.youth": 0.2 })).code).to.equal("UNKNOWN_PARAMETER");
  });

  it("reject a value outside the parameter's range with INVALID_PARAMETER naming the range", () => {
    const negative = errorOf(() => resolveParameters(2025, { "tax.municipal": -0.1 }));
    expect(negative.code).to.equal("INVALID_PARAMETER");
    expect(negative.messages.sv).to.contain("andel från 0 till 1");
    expect(errorOf(() => resolveParameters(2025, { "tax.state": 250 })).code).to.equal("INVALID_PARAMETER");
    expect(errorOf(() => resolveParameters(2025, { pbb: 0 })).code).to.equal("INVALID_PARAMETER");
    expect(errorOf(() => resolveParameters(2025, { "fee.olderAge": 66.5 })).code).to.equal("INVALID_PARAMETER");
    expect(errorOf(() => resolveParameters(2025, { "benefit.daysPerMonth": 40 })).code).to.equal("INVALID_PARAMETER");
    expect(errorOf(() => resolveParameters(2025, { "bb.monthly": "mycket" })).code).to.equal("INVALID_PARAMETER");
    expect(errorOf(() => resolveParameters(2025, { "bb.monthly": Number.NaN })).code).to.equal("INVALID_PARAMETER");
  });
});

describe("model: parameter year", () => {
  it("defaults to the newest year and accepts numbers and numeric text", () => {
    expect(resolveYear(undefined)).to.equal(2026);
    expect(resolveYear("")).to.equal(2026);
    expect(resolveYear(2019)).to.equal(2019);
    expect(resolveYear("2025")).to.equal(2025);
  });

  it("lists the available years when the year is wrong", () => {
    const error = errorOf(() => resolveYear(2020));
    expect(error.code).to.equal("UNKNOWN_YEAR");
    expect(error.messages.sv).to.contain("2019, 2025, 2026");
    expect(error.messages.en).to.contain("Available years: 2019, 2025, 2026");
  });
});
