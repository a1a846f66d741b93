/** Issue 20: a praktik row without a production value gets an info finding saying why society's result is negative. */
import { expect } from "chai";
import { validateWorkbook } from "../../../src/domain/validation";
import { PLACEMENT_HEADERS as P } from "../../../src/domain/followup/names";
import { goodPlacement, workbook } from "./builders";

const internship = (overrides: Record<string, unknown> = {}) =>
  goodPlacement({ form: "praktik", salary: null, subsidy: "ingen", ...overrides });

function found(placements: ReturnType<typeof goodPlacement>[]) {
  return validateWorkbook(workbook({ placements }), { today: "2025-10-01" }).findings.filter((item) => item.code === "INTERN_VALUE_MISSING");
}

describe("validation: praktik without production value", () => {
  it("is an info finding on the Produktionsvärde cell, explaining the negative result", () => {
    const [finding, ...rest] = found([internship()]);
    expect(rest).to.deep.equal([]);
    expect(finding).to.include({ severity: "info", sheet: "Placeringar", column: P.internValue, rowId: "P-001" });
    expect(finding!.message.sv).to.contain("samhällets resultat för placeringen blir negativt");
    expect(finding!.message.en).to.contain("negative");
  });

  it("also when the value is 0, but not when a value is given or the row is not praktik", () => {
    expect(found([internship({ internValue: 0 })])).to.have.length(1);
    expect(found([internship({ internValue: 4_000 })])).to.deep.equal([]);
    expect(found([goodPlacement()])).to.deep.equal([]);
  });
});
