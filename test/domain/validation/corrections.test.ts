import { expect } from "chai";
import { cellFingerprint, correctionFor } from "../../../src/domain/validation/corrections";
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

describe("validation: each finding carries its own correction (Finding.correction)", () => {
  it("attaches the correction when the finding is made, the same one correctionFor gives", () => {
    const input = workbook({ placements: [goodPlacement({ gender: "kvinna", salary: "24 000" })] });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings;
    const withFix = findings.filter((item) => item.correction !== undefined);
    expect(withFix.map((item) => item.code)).to.deep.equal(["LIST_NOT_EXACT", "NUMBER_AS_TEXT"]);
    for (const item of findings) expect(item.correction ?? null, item.code).to.deep.equal(correctionFor(input, item));
  });

  it("proposes a share for a whole percentage typed as a number (75 → 75 %), not for ambiguous values", () => {
    const input = workbook({ placements: [goodPlacement({ scope: 75, supervisionShare: 20 }), goodPlacement({ caseId: "P-2", scope: 2 }), goodPlacement({ caseId: "P-3", scope: 1.5 })] });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings.filter((item) => item.code.endsWith("_OUT_OF_RANGE"));
    expect(findings.map((item) => [item.code, item.address, item.correction ?? null])).to.deep.equal([
      ["SCOPE_OUT_OF_RANGE", "L2", { sheet: "Placeringar", address: "L2", from: "75", to: 0.75, shown: "75 %" }],
      ["SUPERVISION_OUT_OF_RANGE", "T2", { sheet: "Placeringar", address: "T2", from: "20", to: 0.2, shown: "20 %" }],
      ["SCOPE_OUT_OF_RANGE", "L3", null],
      ["SCOPE_OUT_OF_RANGE", "L4", null],
    ]);
  });

  it("offers to clear a cell with personal data, without repeating the data in the finding", () => {
    const personnummer = "19121212-1212";
    const input = workbook({
      placements: [goodPlacement({ comment: "anna@example.se" })],
      contractNotes: [{ address: "D40", value: `Ring ${personnummer}` }],
    });
    const findings = validateWorkbook(input, { today: "2025-10-01" }).findings.filter((item) => item.correction?.clear === true);
    expect(findings.map((item) => [item.code, item.sheet, item.address, item.correction!.to, item.correction!.fingerprint])).to.deep.equal([
      ["PERSONAL_IDENTITY_NUMBER", "Avtal", "D40", "", true],
      ["EMAIL_ADDRESS", "Placeringar", "V2", "", true],
    ]);
    expect(findings[0]!.correction!.from).to.equal(cellFingerprint(`Ring ${personnummer}`));
    expect(JSON.stringify(findings)).not.to.contain("1212-").and.not.to.contain("anna@");
  });

  it("a fingerprint tells texts apart without containing them", () => {
    expect(cellFingerprint("19121212-1212")).to.not.equal(cellFingerprint("19121212-1213"));
    expect(cellFingerprint("abc")).to.equal(cellFingerprint("abc")).and.not.contain("abc");
  });
});
