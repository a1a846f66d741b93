import { expect } from "chai";
import { validateWorkbook, type Finding } from "../../../src/domain/validation";
import { personalDataInCell, scannableText } from "../../../src/domain/validation/personalDataRules";
import { PLACEMENT_HEADERS as P } from "../../../src/domain/followup/names";
import { contractValueCell } from "../../../src/domain/followup/template";
import { goodPlacement, workbook, type WorkbookData } from "./builders";

const TODAY = "2025-10-01";
/** Valid check digits (Luhn): a personnummer and a samordningsnummer (day 03 + 60). */
const PERSONNUMMER = "19850101-1236";
const SAMORDNINGSNUMMER = "701063-2383";
const PRIVACY_CODES = new Set(["PERSONAL_IDENTITY_NUMBER", "COORDINATION_NUMBER", "EMAIL_ADDRESS", "PHONE_NUMBER"]);

function privacy(data: WorkbookData): Finding[] {
  return validateWorkbook(workbook(data), { today: TODAY }).findings.filter((item) => PRIVACY_CODES.has(item.code));
}

function codes(data: WorkbookData): string[] {
  return privacy(data).map((item) => `${item.code}@${item.sheet}!${item.address}`);
}

describe("validation: personal data", () => {
  it("a personnummer in Placeringar is an error", () => {
    const [found] = privacy({ placements: [goodPlacement({ comment: `Pnr ${PERSONNUMMER}` })] });
    expect(found).to.include({ code: "PERSONAL_IDENTITY_NUMBER", severity: "error", sheet: "Placeringar", address: "V2", column: P.comment, rowId: "P-001" });
    expect(codes({ placements: [goodPlacement({ comment: "Startade 2025-03-01, lön 24 000 kr, 12 mån" })] })).to.deep.equal([]);
  });

  it("a samordningsnummer is an error", () => {
    expect(codes({ placements: [goodPlacement({ subcontractor: SAMORDNINGSNUMMER })] })).to.deep.equal(["COORDINATION_NUMBER@Placeringar!U2"]);
    expect(codes({ placements: [goodPlacement({ subcontractor: "Städ AB 556677-8899" })] })).to.deep.equal([]);
  });

  it("a personnummer typed as a 12-digit number is found; dates and amounts are not", () => {
    expect(codes({ placements: [goodPlacement({ comment: 198501011236 })] })).to.deep.equal(["PERSONAL_IDENTITY_NUMBER@Placeringar!V2"]);
    expect(codes({ placements: [goodPlacement({ comment: 45_717, salary: 1_234_567 })] })).to.deep.equal([]);
  });

  it("e-mail addresses and phone numbers in Placeringar are warnings", () => {
    const found = privacy({ placements: [goodPlacement({ comment: "Mejla anna.andersson@example.se eller ring 070-123 45 67" })] });
    expect(found.map((item) => [item.code, item.severity])).to.deep.equal([
      ["EMAIL_ADDRESS", "warning"],
      ["PHONE_NUMBER", "warning"],
    ]);
    expect(codes({ placements: [goodPlacement({ comment: "Kontakt via matchningsansvarig" })] })).to.deep.equal([]);
  });

  it("e-mail and phone elsewhere are the parties' own contact details, not findings; identity numbers are", () => {
    const reports = [{ periodFrom: "2025-01-01", periodTo: "2025-03-31", dueDate: "2025-04-30", receivedDate: "2025-04-20", comment: "Frågor: avtal@kommun.se, 08-123 456 78" }];
    expect(codes({ reports })).to.deep.equal([]);
    const withNumber = [{ ...reports[0]!, comment: `Gäller ${PERSONNUMMER}` }];
    expect(codes({ reports: withNumber })).to.deep.equal(["PERSONAL_IDENTITY_NUMBER@Rapporter!L2"]);
  });

  it("scans the Avtal form's values and other cells", () => {
    expect(codes({ contract: { matchingOrganisation: `Handläggare ${PERSONNUMMER}` } })).to.deep.equal([`PERSONAL_IDENTITY_NUMBER@Avtal!${contractValueCell("matchingOrganisation")}`]);
    expect(codes({ contractNotes: [{ address: "D40", value: `Anteckning ${SAMORDNINGSNUMMER}` }] })).to.deep.equal(["COORDINATION_NUMBER@Avtal!D40"]);
    expect(codes({ contract: { matchingOrganisation: "jobb@kommun.se" } })).to.deep.equal([]);
  });

  it("scans the other tables (Målgrupper, Parametrar)", () => {
    expect(codes({ targetGroups: ["Långtidsarbetslös", `Kalle ${PERSONNUMMER}`] })).to.deep.equal(["PERSONAL_IDENTITY_NUMBER@Avtal!A32"]);
  });

  it("never repeats the personal data: not in messages, fixes or row ids", () => {
    const result = validateWorkbook(
      workbook({ placements: [goodPlacement({ caseId: PERSONNUMMER, gender: PERSONNUMMER, comment: "anna@example.se" })] }),
      { today: TODAY },
    );
    const text = JSON.stringify(result.findings);
    expect(text).not.to.contain("1236");
    expect(text).not.to.contain("anna@");
    const listFinding = result.findings.find((item) => item.code === "LIST_UNKNOWN");
    expect(listFinding!.rowId).to.equal("");
    expect(listFinding!.message.en).to.contain("personal data, not shown");
  });

  it("pre-checks cheaply which cells can hold personal data", () => {
    expect(scannableText("12-3")).to.equal(null);
    // Text with letters is scanned for names and special-category terms; a list value gives nothing.
    expect(scannableText("Kvinna")).to.equal("Kvinna");
    expect(personalDataInCell("Kvinna", { year: 2026, month: 11, day: 30 }, true)).to.deep.equal([]);
    expect(scannableText("a@b.se")).to.equal("a@b.se");
    expect(scannableText("070 1234567")).to.equal("070 1234567");
    expect(scannableText(8501011236)).to.equal("8501011236");
    expect(scannableText(45_717)).to.equal(null);
    expect(scannableText(true)).to.equal(null);
  });

  it("finds a personnummer born 2000–2009 typed as a number, whose leading zero Excel dropped", () => {
    const reference = { year: 2026, month: 11, day: 25 };
    // 050101-1233 typed without a dash is stored as the number 501011233.
    expect(personalDataInCell(501_011_233, reference, true).map((item) => item.type)).to.deep.equal(["personnummer"]);
    // Nine-digit amounts and numbers failing the check digit stay quiet, even where phones would count.
    expect(personalDataInCell(501_011_234, reference, true)).to.deep.equal([]);
    expect(personalDataInCell(123_456_789, reference, true)).to.deep.equal([]);
  });
});
