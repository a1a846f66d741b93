import { correctionFor } from "../../../src/domain/validation/corrections";
import { expect } from "chai";
import { validateWorkbook, type Finding } from "../../../src/domain/validation";
import { PLACEMENT_HEADERS as P } from "../../../src/domain/followup/names";
import { goodPlacement, workbook, type PlacementData, type WorkbookData } from "./builders";

const TODAY = "2025-10-01";

/** Findings about Placeringar (the contract-level results are tested in contractStatus.test.ts). */
function rowFindings(placements: readonly PlacementData[], extra: WorkbookData = {}): Finding[] {
  return validateWorkbook(workbook({ ...extra, placements }), { today: TODAY }).findings.filter((item) => item.sheet === "Placeringar");
}

function codes(placements: readonly PlacementData[], extra: WorkbookData = {}): string[] {
  return rowFindings(placements, extra).map((item) => `${item.code}@${item.column}`);
}

interface RuleCase {
  readonly name: string;
  readonly breaking: PlacementData;
  readonly expected: string;
  /** A nearby value that the rule accepts. */
  readonly passing: PlacementData;
}

const SHORT = { plannedEndDate: "2025-12-31" } as const;

const CASES: readonly RuleCase[] = [
  { name: "Ärende-ID is required", breaking: { caseId: null }, expected: `REQUIRED_MISSING@${P.caseId}`, passing: { caseId: "X-9" } },
  { name: "Sysselsättningsform is required", breaking: { form: "  " }, expected: `REQUIRED_MISSING@${P.form}`, passing: { form: "lärlingsanställning" } },
  { name: "Startdatum or Erbjuden datum is required", breaking: { startDate: null, offeredDate: null, plannedEndDate: null }, expected: `REQUIRED_MISSING@${P.startDate}`, passing: { startDate: null, plannedEndDate: null } },
  { name: "Omfattning is required", breaking: { scope: null }, expected: `REQUIRED_MISSING@${P.scope}`, passing: { scope: 0.5, salary: 12_000 } },
  { name: "Bruttolön is required for anställning", breaking: { salary: null }, expected: `REQUIRED_MISSING@${P.salary}`, passing: { salary: null, form: "praktik", internValue: 5000 } },
  { name: "Bruttolön is required for lärlingsanställning", breaking: { salary: null, form: "lärlingsanställning" }, expected: `REQUIRED_MISSING@${P.salary}`, passing: { form: "lärlingsanställning" } },
  { name: "a list value in another case is proposed exactly", breaking: { gender: "kvinna" }, expected: `LIST_NOT_EXACT@${P.gender}`, passing: { gender: "Ej angivet" } },
  { name: "a list value without accents is proposed exactly", breaking: { form: "anstallning" }, expected: `LIST_NOT_EXACT@${P.form}`, passing: { form: "anställning" } },
  { name: "a value outside the list", breaking: { endReason: "Flyttade", actualEndDate: "2025-09-30" }, expected: `LIST_UNKNOWN@${P.endReason}`, passing: { endReason: "Annat", actualEndDate: "2025-09-30" } },
  { name: "Målgrupp comes from the Avtal sheet's list", breaking: { targetGroup: "Studerande" }, expected: `LIST_UNKNOWN@${P.targetGroup}`, passing: { targetGroup: "Nyanländ" } },
  { name: "Ja/Nej columns", breaking: { aKassa: "Kanske" }, expected: `LIST_UNKNOWN@${P.aKassa}`, passing: { aKassa: "Ja" } },
  { name: "a date that does not exist", breaking: { startDate: "2025-02-30" }, expected: `NOT_A_DATE@${P.startDate}`, passing: { startDate: "2025-02-28" } },
  { name: "a small number is not a date", breaking: { offeredDate: 15 }, expected: `NOT_A_DATE@${P.offeredDate}`, passing: { offeredDate: "2025-02-15" } },
  { name: "a date in another notation", breaking: { startDate: "2025/03/01" }, expected: `NOT_A_DATE@${P.startDate}`, passing: {} },
  { name: "a date stored as text", breaking: { plannedEndDate: " 2026-03-31" }, expected: `DATE_AS_TEXT@${P.plannedEndDate}`, passing: {} },
  { name: "a number that is words", breaking: { age: "trettio" }, expected: `NOT_A_NUMBER@${P.age}`, passing: { age: 30 } },
  { name: "a number stored as text", breaking: { salary: "24 000" }, expected: `NUMBER_AS_TEXT@${P.salary}`, passing: { salary: 24_000 } },
  { name: "planned end before start", breaking: { plannedEndDate: "2025-02-28" }, expected: `PLANNED_END_BEFORE_START@${P.plannedEndDate}`, passing: { plannedEndDate: "2025-03-01" } },
  { name: "actual end before start", breaking: { actualEndDate: "2025-02-27", endReason: "Annat" }, expected: `ACTUAL_END_BEFORE_START@${P.actualEndDate}`, passing: { actualEndDate: "2025-03-01", endReason: "Annat" } },
  { name: "actual end in the future", breaking: { actualEndDate: "2025-10-02", endReason: "Annat" }, expected: `ACTUAL_END_IN_FUTURE@${P.actualEndDate}`, passing: { actualEndDate: TODAY, endReason: "Annat" } },
  { name: "start before Avtalsstart", breaking: { offeredDate: "2024-12-01", startDate: "2024-12-31" }, expected: `START_BEFORE_CONTRACT@${P.startDate}`, passing: { startDate: "2025-01-01" } },
  { name: "start after Avtalsslut", breaking: { startDate: "2027-01-01", plannedEndDate: "2027-06-30" }, expected: `START_AFTER_CONTRACT@${P.startDate}`, passing: { startDate: "2026-12-31", plannedEndDate: "2027-06-30" } },
  { name: "Omfattning 0 %", breaking: { scope: 0 }, expected: `SCOPE_OUT_OF_RANGE@${P.scope}`, passing: { scope: 0.01, salary: 1000, form: "praktik", internValue: 5000 } },
  { name: "Omfattning above 100 %", breaking: { scope: 1.2 }, expected: `SCOPE_OUT_OF_RANGE@${P.scope}`, passing: { scope: 1 } },
  { name: "Ålder under 16", breaking: { age: 15 }, expected: `AGE_OUT_OF_RANGE@${P.age}`, passing: { age: 16, subsidy: "ingen" } },
  { name: "Ålder over 80", breaking: { age: 81 }, expected: `AGE_OUT_OF_RANGE@${P.age}`, passing: { age: 80 } },
  { name: "Bruttolön 0", breaking: { salary: 0 }, expected: `SALARY_NOT_POSITIVE@${P.salary}`, passing: { salary: 1, form: "praktik", internValue: 5000 } },
  { name: "Bruttolön below 60 % of 20 000 × omfattning", breaking: { salary: 11_999 }, expected: `SALARY_LOW@${P.salary}`, passing: { salary: 12_000 } },
  { name: "low pay scales with omfattning", breaking: { scope: 0.5, salary: 5_999 }, expected: `SALARY_LOW@${P.salary}`, passing: { scope: 0.5, salary: 6_000 } },
  { name: "Tid för handledning above 100 %", breaking: { supervisionShare: 1.01 }, expected: `SUPERVISION_OUT_OF_RANGE@${P.supervisionShare}`, passing: { supervisionShare: 1 } },
  { name: "Tid för handledning below 0 %", breaking: { supervisionShare: -0.1 }, expected: `SUPERVISION_OUT_OF_RANGE@${P.supervisionShare}`, passing: { supervisionShare: 0 } },
  { name: "an actual end needs an end reason", breaking: { actualEndDate: "2025-09-30", endReason: null }, expected: `END_REASON_MISSING@${P.endReason}`, passing: { actualEndDate: "2025-09-30", endReason: "Saklig grund" } },
  { name: "Pågår is no end reason", breaking: { actualEndDate: "2025-09-30", endReason: "Pågår" }, expected: `END_REASON_MISSING@${P.endReason}`, passing: { actualEndDate: null, endReason: "Pågår" } },
  { name: "an end reason needs an actual end", breaking: { endReason: "Egen uppsägning" }, expected: `END_DATE_MISSING@${P.actualEndDate}`, passing: { endReason: null } },
  { name: "nystartsjobb under 20", breaking: { ...SHORT, subsidy: "nystartsjobb", age: 19 }, expected: `NSJ_NOT_ELIGIBLE@${P.subsidy}`, passing: { ...SHORT, subsidy: "nystartsjobb", age: 20, unemployedMonths: 6 } },
  { name: "introduktionsjobb under 20", breaking: { ...SHORT, subsidy: "introduktionsjobb", age: 19 }, expected: `INTRO_NOT_ELIGIBLE@${P.subsidy}`, passing: { ...SHORT, subsidy: "introduktionsjobb", age: 20 } },
  { name: "nystartsjobb from 25 needs 12 months", breaking: { ...SHORT, subsidy: "nystartsjobb", age: 30, unemployedMonths: 11 }, expected: `NSJ_NOT_ELIGIBLE@${P.subsidy}`, passing: { ...SHORT, subsidy: "nystartsjobb", age: 30, unemployedMonths: 12 } },
  { name: "nystartsjobb 20–24 needs 6 months unless new arrival", breaking: { ...SHORT, subsidy: "nystartsjobb", age: 22, unemployedMonths: 5 }, expected: `NSJ_NOT_ELIGIBLE@${P.subsidy}`, passing: { ...SHORT, subsidy: "nystartsjobb", age: 22, unemployedMonths: 5, newArrival: "Ja" } },
  { name: "nystartsjobb under 25 at most 12 months", breaking: { subsidy: "nystartsjobb", age: 24, unemployedMonths: 8 }, expected: `SUBSIDY_TOO_LONG@${P.subsidy}`, passing: { subsidy: "nystartsjobb", age: 24, unemployedMonths: 8, plannedEndDate: "2026-02-28" } },
  { name: "introduktionsjobb at most 24 months", breaking: { subsidy: "introduktionsjobb", plannedEndDate: "2027-03-31" }, expected: `SUBSIDY_TOO_LONG@${P.subsidy}`, passing: { subsidy: "introduktionsjobb", plannedEndDate: "2027-02-28" } },
  { name: "no employment subsidy for praktik", breaking: { form: "praktik", salary: null, subsidy: "lönebidrag", internValue: 5000 }, expected: `SUBSIDY_FOR_INTERNSHIP@${P.subsidy}`, passing: { form: "praktik", salary: null, subsidy: "ingen", internValue: 5000 } },
];

describe("validation: placement rules", () => {
  it("a complete, valid placement gives no finding", () => {
    expect(codes([goodPlacement()])).to.deep.equal([]);
  });

  for (const rule of CASES) {
    it(`${rule.name}: breaking gives exactly ${rule.expected}; the accepted value gives nothing`, () => {
      expect(codes([goodPlacement(rule.breaking)])).to.deep.equal([rule.expected]);
      expect(codes([goodPlacement(rule.passing)])).to.deep.equal([]);
    });
  }

  it("points each finding at the cell (sheet, address, column) and the row's Ärende-ID", () => {
    const [found] = rowFindings([goodPlacement(), goodPlacement({ caseId: "P-002", scope: 1.2 })]);
    expect(found).to.include({ code: "SCOPE_OUT_OF_RANGE", severity: "error", sheet: "Placeringar", address: "L3", column: P.scope, rowId: "P-002" });
    expect(found!.message.sv).to.contain("P-002").and.contain("120 %");
    expect(found!.message.en).to.contain("120 %");
  });

  it("proposes the exact list value in the fix and never changes the cell", () => {
    const input = workbook({ placements: [goodPlacement({ gender: "KVINNA" })] });
    const before = JSON.stringify(input);
    const [found] = validateWorkbook(input, { today: TODAY }).findings.filter((item) => item.code === "LIST_NOT_EXACT");
    expect(found!.fix.sv).to.contain('"Kvinna"');
    expect(found!.fix.en).to.contain('"Kvinna"');
    expect(JSON.stringify(input)).to.equal(before);
  });

  it("suggests the percentage when a whole number was typed into Omfattning", () => {
    const [found] = rowFindings([goodPlacement({ scope: 75, salary: 20_000 })]);
    expect(found!.code).to.equal("SCOPE_OUT_OF_RANGE");
    expect(found!.fix.sv).to.contain("menade du 75 %");
  });

  it("reports a duplicate Ärende-ID on every later row, naming the first row, ignoring case and spaces", () => {
    const found = rowFindings([goodPlacement(), goodPlacement({ caseId: "P-002" }), goodPlacement({ caseId: " p-001 " }), goodPlacement({ caseId: "P-001" })]);
    expect(found.map((item) => `${item.code}@${item.address}`)).to.deep.equal(["DUPLICATE_CASE_ID@A4", "DUPLICATE_CASE_ID@A5"]);
    expect(found[0]!.message.en).to.contain("row 2");
    expect(codes([goodPlacement(), goodPlacement({ caseId: "P-002" })])).to.deep.equal([]);
  });

  it("labels a row without Ärende-ID by its sheet row", () => {
    const [found] = rowFindings([goodPlacement(), goodPlacement({ caseId: null })]);
    expect(found!.rowId).to.equal("");
    expect(found!.message.sv).to.match(/^Rad 3: /);
    expect(found!.message.en).to.match(/^Row 3: /);
  });

  it("skips empty table rows, even with calculated columns filled", () => {
    expect(codes([goodPlacement(), { fullTimeMonths: 0, earlyEnd75: false, extraPlace: false }])).to.deep.equal([]);
  });

  it("does not check Målgrupp when the Avtal sheet lists no target groups", () => {
    expect(codes([goodPlacement({ targetGroup: "Vad som helst" })], { targetGroups: [] })).to.deep.equal([]);
  });

  it("uses the workbook's Parametrar value for a subsidy's maximum length", () => {
    const long = goodPlacement({ subsidy: "nystartsjobb", age: 30, plannedEndDate: "2026-12-31" });
    expect(codes([long])).to.deep.equal([]);
    expect(codes([long], { parameters: [{ key: "subsidy.nsj.maxMonths", value: 12 }] })).to.deep.equal([`SUBSIDY_TOO_LONG@${P.subsidy}`]);
  });

  it("reports an unusable cell once, as a type problem, not again in the rules that read it", () => {
    expect(codes([goodPlacement({ startDate: "snart", offeredDate: null })])).to.deep.equal([`NOT_A_DATE@${P.startDate}`]);
  });
});

describe("validation: messages that say what the value looks like (issue #11)", () => {
  it("a year of birth typed as the age is named as such, without a thousands space", () => {
    const findings = validateWorkbook(workbook({ placements: [goodPlacement({ age: 1987 })] }), { today: "2025-10-01" }).findings;
    const age = findings.find((item) => item.code === "AGE_OUT_OF_RANGE")!;
    expect(age.message.sv).to.contain("Ålder 1987 ").and.contain("födelseår").and.not.contain("1\u00a0987");
    expect(age.message.en).to.contain("year of birth");
  });

  it("a target group typed with a hyphen instead of the en dash, or in another case, gets a Rätta proposal", () => {
    for (const typed of ["Ung vuxen 18-24 år", "ung vuxen 18—24 år"]) {
      const input = workbook({ placements: [goodPlacement({ targetGroup: typed })] });
      const near = validateWorkbook(input, { today: "2025-10-01" }).findings.find((item) => item.code === "LIST_NOT_EXACT");
      expect(near, typed).to.not.equal(undefined);
      expect(correctionFor(input, near!)?.to, typed).to.equal("Ung vuxen 18–24 år");
    }
  });
});

describe("validation: subsidy plausibility (issue #11)", () => {
  it("nystartsjobb at 19 is unlikely also for a new arrival (SFS 2018:43: from age 20)", () => {
    const findings = validateWorkbook(workbook({ placements: [goodPlacement({ subsidy: "nystartsjobb", age: 19, newArrival: "Ja" })] }), { today: "2025-10-01" }).findings;
    const nsj = findings.find((item) => item.code === "NSJ_NOT_ELIGIBLE")!;
    expect(nsj.message.sv).to.contain("nyanländ, men under 20 år");
    const at20 = validateWorkbook(workbook({ placements: [goodPlacement({ subsidy: "nystartsjobb", age: 20, newArrival: "Ja" })] }), { today: "2025-10-01" }).findings;
    expect(at20.map((item) => item.code)).to.not.include("NSJ_NOT_ELIGIBLE");
  });
});
