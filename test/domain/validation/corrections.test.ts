import { expect } from "chai";
import { correctionFor } from "../../../src/domain/validation/corrections";
import { validateWorkbook } from "../../../src/domain/validation";
import { goodPlacement, workbook } from "./builders";

describe("validation: the Rätta correction of a number or date typed as text", () => {
  it("proposes the real number, share or date the text stands for, in tables and on Avtal", () => {
    const input = workbook({
      contract: { start: "2025-1-1" },
      placements: [goodPlacement({ scope: "0,75", salary: "24 000", startDate: "2025-3-1", supervisionShare: "10 %" })],
    });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings.filter((item) => item.code === "NUMBER_AS_TEXT" || item.code === "DATE_AS_TEXT");
    expect(findings.map((item) => correctionFor(input, item))).to.deep.equal([
      { sheet: "Avtal", address: "B11", from: "2025-1-1", to: 45658, shown: "2025-01-01" },
      { sheet: "Placeringar", address: "H2", from: "2025-3-1", to: 45717, shown: "2025-03-01" },
      { sheet: "Placeringar", address: "L2", from: "0,75", to: 0.75, shown: "75 %" },
      { sheet: "Placeringar", address: "M2", from: "24 000", to: 24000, shown: "24\u00a0000" },
      { sheet: "Placeringar", address: "T2", from: "10 %", to: 0.1, shown: "10 %" },
    ]);
  });

  it("says that a text value in a column the months depend on keeps the row out of the count", () => {
    const input = workbook({ placements: [goodPlacement({ scope: "0,75", salary: "24 000" })] });
    const byColumn = new Map(validateWorkbook(input, { today: "2025-10-01" }).findings.map((item) => [item.column, item.message.sv]));
    expect(byColumn.get("Omfattning (%)")).to.contain("räknar inte radens månader förrän värdet är rättat");
    expect(byColumn.get("Bruttolön per månad")).to.contain("olika beroende på språkinställning").and.not.contain("räknar inte");
  });
});

describe("validation: the Rätta correction of a near list match", () => {
  it("proposes the exact list value for the finding's cell", () => {
    const input = workbook({
      placements: [goodPlacement({ gender: "kvinna", form: "Anstallning", targetGroup: "nyanländ" })],
      reports: [{ periodFrom: "2025-01-01", periodTo: "2025-03-31", dueDate: "2025-04-30", receivedDate: "2025-04-10", status: "INKOMMEN" }],
    });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings.filter((item) => item.code === "LIST_NOT_EXACT");
    expect(findings.map((item) => correctionFor(input, item))).to.deep.equal([
      { sheet: "Placeringar", address: "B2", from: "nyanländ", to: "Nyanländ", shown: "Nyanländ" },
      { sheet: "Placeringar", address: "C2", from: "kvinna", to: "Kvinna", shown: "Kvinna" },
      { sheet: "Placeringar", address: "E2", from: "Anstallning", to: "anställning", shown: "anställning" },
      { sheet: "Rapporter", address: "E2", from: "INKOMMEN", to: "Inkommen", shown: "Inkommen" },
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
