import { expect } from "chai";
import { correctionFor } from "../../../src/domain/validation/corrections";
import { validateWorkbook } from "../../../src/domain/validation";
import { goodPlacement, workbook } from "./builders";

describe("validation: the Rätta correction of a near list match", () => {
  it("proposes the exact list value for the finding's cell", () => {
    const input = workbook({
      placements: [goodPlacement({ gender: "kvinna", form: "Anstallning", targetGroup: "nyanländ" })],
      reports: [{ periodFrom: "2025-01-01", periodTo: "2025-03-31", dueDate: "2025-04-30", receivedDate: "2025-04-10", status: "INKOMMEN" }],
    });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings.filter((item) => item.code === "LIST_NOT_EXACT");
    expect(findings.map((item) => correctionFor(input, item))).to.deep.equal([
      { sheet: "Placeringar", address: "B2", from: "nyanländ", to: "Nyanländ" },
      { sheet: "Placeringar", address: "C2", from: "kvinna", to: "Kvinna" },
      { sheet: "Placeringar", address: "E2", from: "Anstallning", to: "anställning" },
      { sheet: "Rapporter", address: "E2", from: "INKOMMEN", to: "Inkommen" },
    ]);
  });

  it("offers nothing for other findings, or when the cell has changed since", () => {
    const input = workbook({ placements: [goodPlacement({ gender: "Flicka", scope: 2 })] });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings;
    expect(findings.map((item) => correctionFor(input, item))).to.deep.equal(findings.map(() => null));
    const before = workbook({ placements: [goodPlacement({ gender: "kvinna" })] });
    const [near] = validateWorkbook(before, { today: "2025-10-01" }).findings.filter((item) => item.code === "LIST_NOT_EXACT");
    expect(correctionFor(workbook({ placements: [goodPlacement({ gender: "Kvinna" })] }), near!)).to.equal(null);
  });
});
