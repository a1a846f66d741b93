import { expect } from "chai";
import { overallStatus, placementMonths, validateWorkbook, type ValidationResult } from "../../../src/domain/validation";
import { isoToSerial } from "../../../src/domain/common/dates";
import { readPlacementRow, type PlacementContext, type PlacementRow } from "../../../src/domain/validation/placementRules";
import { TableView, findTable } from "../../../src/domain/validation/input";
import { defaultParameters } from "../../../src/domain/model/parameters";
import { goodPlacement, workbook, type WorkbookData } from "./builders";

function run(data: WorkbookData, today: string): ValidationResult {
  return validateWorkbook(workbook(data), { today });
}

function contractCodes(result: ValidationResult): string[] {
  return result.findings.filter((item) => item.sheet === "Avtal").map((item) => item.code);
}

const d = isoToSerial;

interface RowFields {
  start?: number | null;
  plannedEnd?: number | null;
  actualEnd?: number | null;
  offered?: number | null;
  scope?: number | null;
  endReason?: string | null;
  form?: string;
  actualEndGiven?: boolean;
  endReasonGiven?: boolean;
}

const CONTEXT: PlacementContext = {
  today: 0, todayIso: "2025-10-01", contractStart: null, contractEnd: null, targetGroups: [], parameters: defaultParameters(2026),
  sensitive: new Set(), requirementType: "anställning",
};

/** One typed row, read from a one-row table as the validation reads it. */
function row(fields: RowFields): PlacementRow {
  const placement = goodPlacement({
    offeredDate: fields.offered ?? null, startDate: fields.start ?? null, plannedEndDate: fields.plannedEnd ?? null,
    actualEndDate: fields.actualEnd ?? null, scope: fields.scope === undefined ? 1 : fields.scope, endReason: fields.endReason ?? null,
    form: fields.form ?? "anställning",
  });
  const view = new TableView(findTable(workbook({ placements: [placement] }), "Placeringar")!);
  return readPlacementRow(view, 0, CONTEXT).row;
}

describe("validation: contract status", () => {
  describe("the calculated columns, as the template's formulas", () => {
    it("Heltidsmånader: calendar months from start to actual end inclusive, × omfattning", () => {
      const months = placementMonths(row({ start: d("2025-01-01"), actualEnd: d("2025-01-31"), actualEndGiven: true, scope: 0.5 }), d("2025-10-01"));
      expect(months.served).to.equal(0.5);
      const partly = placementMonths(row({ start: d("2025-01-15"), actualEnd: d("2025-03-24"), actualEndGiven: true, scope: 0.5 }), d("2025-10-01"));
      expect(partly.served).to.be.closeTo((2 + 10 / 31) * 0.5, 1e-12);
    });

    it("an ongoing placement counts to today; one starting later counts 0; no start is blank", () => {
      expect(placementMonths(row({ start: d("2025-10-01") }), d("2025-10-01")).served).to.equal(1 / 31);
      expect(placementMonths(row({ start: d("2025-10-01") }), d("2025-09-30")).served).to.equal(0);
      expect(placementMonths(row({ start: d("2025-11-01") }), d("2025-10-01")).served).to.equal(0);
      expect(placementMonths(row({ offered: d("2025-09-01") }), d("2025-10-01")).served).to.equal(null);
    });

    it("Prognos: served when ended, else the larger of served and planned", () => {
      const ongoing = placementMonths(row({ start: d("2025-01-01"), plannedEnd: d("2025-12-31") }), d("2025-03-31"));
      expect(ongoing.forecast).to.equal(12);
      const ended = placementMonths(row({ start: d("2025-01-01"), plannedEnd: d("2025-12-31"), actualEnd: d("2025-03-31"), actualEndGiven: true }), d("2025-10-01"));
      expect(ended.forecast).to.equal(3);
    });

    it("Förtida avslut enligt 75 %-regeln: an accepted reason and an actual end before the planned end", () => {
      const base = { start: d("2025-01-01"), plannedEnd: d("2025-12-31"), actualEnd: d("2025-06-30"), actualEndGiven: true, endReasonGiven: true };
      expect(placementMonths(row({ ...base, endReason: "Egen uppsägning" }), d("2025-10-01")).earlyEnd75).to.equal(true);
      expect(placementMonths(row({ ...base, endReason: "Annat" }), d("2025-10-01")).earlyEnd75).to.equal(false);
      expect(placementMonths(row({ ...base, endReason: "Avsked", actualEnd: d("2025-12-31") }), d("2025-10-01")).earlyEnd75).to.equal(false);
    });
  });

  describe("the start rule (deadline = Avtalsstart + 6 months = 2025-07-01)", () => {
    it("is broken once the deadline has passed without a start or offer: an error, status Ej uppfyllt", () => {
      const result = run({ placements: [] }, "2025-07-02");
      expect(result.status.startRule).to.equal("Ej uppfylld");
      expect(result.status.status).to.equal("Ej uppfyllt");
      expect(contractCodes(result)).to.include("START_RULE_BROKEN");
      expect(result.findings.find((item) => item.code === "START_RULE_BROKEN")!.message.sv).to.contain("2025-07-01");
    });

    it("a start after the deadline does not meet it", () => {
      const result = run({ placements: [goodPlacement({ offeredDate: null, startDate: "2025-07-02" })] }, "2025-08-01");
      expect(result.status.startRule).to.equal("Ej uppfylld");
    });

    it("is met by an offer on the deadline even if the start comes later", () => {
      const result = run({ placements: [goodPlacement({ offeredDate: "2025-07-01", startDate: "2025-08-01" })] }, "2025-08-01");
      expect(result.status.startRule).to.equal("Uppfylld");
      expect(contractCodes(result)).not.to.include("START_RULE_BROKEN");
    });

    it("is undecided before the deadline: information with the days left", () => {
      const result = run({ placements: [] }, "2025-06-01");
      expect(result.status.startRule).to.equal("Ej avgjord");
      const pending = result.findings.find((item) => item.code === "START_RULE_PENDING");
      expect(pending!.severity).to.equal("info");
      expect(pending!.message.en).to.contain("30 days left");
    });

    it("uses the form's month count, and 6 when it is blank", () => {
      expect(run({ contract: { startDeadlineMonths: 3 } }, "2025-04-02").status.startDeadline).to.equal("2025-04-01");
      expect(run({ contract: { startDeadlineMonths: null } }, "2025-04-02").status.startDeadline).to.equal("2025-07-01");
    });
  });

  describe("the overall status (Sammanställning's rule)", () => {
    it("Uppfyllt when served ≥ N (a calendar year is exactly 12 months by the team-wide rule)", () => {
      const result = run({ placements: [goodPlacement({ startDate: "2025-01-01", offeredDate: null, actualEndDate: "2025-12-31", plannedEndDate: "2025-12-31", endReason: "Avtalad tid fullgjord" })], contract: { commitmentMonths: 12 } }, "2026-01-15");
      expect(result.status.status).to.equal("Uppfyllt");
      expect(contractCodes(result)).to.deep.equal(["COMMITMENT_PROGRESS"]);
    });

    it("Uppfyllt enligt 75 %-regeln after an early end when served ≥ 75 % of N", () => {
      const early = goodPlacement({ startDate: "2025-01-01", offeredDate: null, plannedEndDate: "2025-12-31", actualEndDate: "2025-10-15", endReason: "Egen uppsägning" });
      const result = run({ placements: [early] }, "2025-11-01");
      expect(result.status).to.include({ status: "Uppfyllt enligt 75 %-regeln", rule75: "Uppfylld", earlyEnds: 1, threshold75: 9 });
      expect(contractCodes(result)).to.deep.equal(["COMMITMENT_PROGRESS", "RULE_75_MET"]);
    });

    it("the 75 % rule not reached is a warning", () => {
      const early = goodPlacement({ startDate: "2025-01-01", offeredDate: null, plannedEndDate: "2025-12-31", actualEndDate: "2025-03-31", endReason: "Saklig grund" });
      const result = run({ placements: [early] }, "2025-11-01");
      expect(result.status.rule75).to.equal("Ej uppfylld");
      expect(result.status.status).to.equal("Risk");
      expect(contractCodes(result)).to.deep.equal(["COMMITMENT_AT_RISK", "RULE_75_NOT_MET", "COMMITMENT_PROGRESS"]);
    });

    it("Risk when the forecast from planned ends is below N", () => {
      const result = run({ placements: [goodPlacement({ plannedEndDate: "2025-12-31" })] }, "2025-10-01");
      expect(result.status.status).to.equal("Risk");
      expect(contractCodes(result)).to.deep.equal(["COMMITMENT_AT_RISK", "COMMITMENT_PROGRESS"]);
    });

    it("På väg when the forecast reaches N", () => {
      const result = run({ placements: [goodPlacement()] }, "2025-10-01");
      expect(result.status.status).to.equal("På väg");
      expect(result.status.forecastMonths).to.be.greaterThan(12);
      expect(contractCodes(result)).to.deep.equal(["COMMITMENT_PROGRESS"]);
    });

    it("Ej uppfyllt after Avtalsslut with served < N: an error", () => {
      const result = run({ placements: [goodPlacement({ actualEndDate: "2025-06-30", endReason: "Annat" })] }, "2027-01-01");
      expect(result.status.status).to.equal("Ej uppfyllt");
      expect(contractCodes(result)).to.deep.equal(["COMMITMENT_NOT_MET", "COMMITMENT_PROGRESS"]);
    });

    it("no status without a commitment N, and a warning that it is missing", () => {
      const result = run({ placements: [goodPlacement()], contract: { commitmentMonths: null } }, "2025-10-01");
      expect(result.status.status).to.equal(null);
      expect(contractCodes(result)).to.deep.equal(["CONTRACT_VALUE_MISSING"]);
    });

    it("follows the formula's order of tests", () => {
      const base = { commitment: 12, served: 5, forecast: 20, earlyEnds: 0, threshold75: 9, startRule: "Uppfylld" as const, contractEnd: 100, today: 50 };
      expect(overallStatus(base)).to.equal("På väg");
      expect(overallStatus({ ...base, served: 12 })).to.equal("Uppfyllt");
      expect(overallStatus({ ...base, served: 9, earlyEnds: 1 })).to.equal("Uppfyllt enligt 75 %-regeln");
      expect(overallStatus({ ...base, served: 9, earlyEnds: 0, forecast: 9 })).to.equal("Risk");
      expect(overallStatus({ ...base, startRule: "Ej uppfylld" })).to.equal("Ej uppfyllt");
      expect(overallStatus({ ...base, today: 101 })).to.equal("Ej uppfyllt");
      expect(overallStatus({ ...base, commitment: 0 })).to.equal(null);
    });
  });

  it("counts overdue reports", () => {
    const reports = [
      { periodFrom: "2025-01-01", periodTo: "2025-03-31", dueDate: "2025-04-30", receivedDate: null },
      { periodFrom: "2025-04-01", periodTo: "2025-06-30", dueDate: "2025-07-31", receivedDate: "2025-07-31" },
      { periodFrom: "2025-07-01", periodTo: "2025-09-30", dueDate: "2025-10-31", receivedDate: null },
    ];
    expect(run({ placements: [goodPlacement()], reports }, "2025-10-01").status.overdueReports).to.equal(1);
  });

  it("reports unusable contract values on the Avtal sheet", () => {
    const result = run({ contract: { start: "1 januari", commitmentMonths: "tolv" } }, "2025-10-01");
    expect(result.findings.filter((item) => item.sheet === "Avtal").map((item) => `${item.code}@${item.column}`)).to.deep.equal([
      "NOT_A_DATE@Avtalsstart",
      "NOT_A_NUMBER@Åtagande i heltidsmånader (N)",
    ]);
  });
});

describe("validation: structure and the rows that count (issue #11)", () => {
  const today = "2025-10-01";

  it("a renamed month column is one COLUMN_MISSING naming it, no finding per row, and status Kan inte bedömas", () => {
    const input = workbook({ placements: [goodPlacement(), goodPlacement({ caseId: "P-002" }), goodPlacement({ caseId: "P-003" })] });
    const placements = input.tables.find((table) => table.name === "Placeringar")!;
    const renamed = { ...input, tables: input.tables.map((table) => (table === placements ? { ...table, headers: table.headers.map((h) => (h === "Omfattning (%)" ? "Omfattning" : h)) } : table)) };
    const result = validateWorkbook(renamed, { today });
    const structural = result.findings.filter((item) => item.code === "COLUMN_MISSING");
    expect(structural.map((item) => [item.column, item.address, item.severity])).to.deep.equal([["Omfattning (%)", "A1", "error"]]);
    expect(structural[0]!.message.sv).to.contain("avtalets status kan inte bedömas");
    expect(result.findings.filter((item) => item.code === "REQUIRED_MISSING")).to.deep.equal([]);
    expect(result.status.status).to.equal("Kan inte bedömas");
    expect(result.findings.map((item) => item.code)).to.not.include.members(["COMMITMENT_PROGRESS", "COMMITMENT_AT_RISK"]);
  });

  it("a missing column the months do not depend on is one finding and leaves the status alone", () => {
    const input = workbook({ placements: [goodPlacement()] });
    const placements = input.tables.find((table) => table.name === "Placeringar")!;
    const index = placements.headers.indexOf("Kön");
    const without = {
      ...input,
      tables: input.tables.map((table) =>
        table === placements ? { ...table, headers: table.headers.filter((_h, i) => i !== index), rows: table.rows.map((row) => row.filter((_c, i) => i !== index)) } : table,
      ),
    };
    const result = validateWorkbook(without, { today });
    expect(result.findings.filter((item) => item.code === "COLUMN_MISSING").map((item) => item.column)).to.deep.equal(["Kön"]);
    expect(result.status.status).to.not.equal("Kan inte bedömas");
  });

  it("Kravtyp anställning: praktik does not count (FORM_NOT_COUNTED), lärlingsanställning does; valfri counts both", () => {
    const rows = [goodPlacement({ form: "praktik", salary: null }), goodPlacement({ caseId: "P-002", form: "lärlingsanställning" })];
    const strict = validateWorkbook(workbook({ contract: { requirementType: "anställning" }, placements: rows }), { today });
    expect(strict.findings.filter((item) => item.code === "FORM_NOT_COUNTED").map((item) => item.rowId)).to.deep.equal(["P-001"]);
    expect(strict.status.notCounted).to.deep.equal({ total: 1, requirementType: 1, values: 0 });
    const open = validateWorkbook(workbook({ contract: { requirementType: "valfri" }, placements: rows }), { today });
    expect(open.status.notCounted.total).to.equal(0);
    expect(open.status.servedMonths).to.be.closeTo(2 * strict.status.servedMonths, 1e-9);
  });

  it("a blank Kravtyp counts every form and says so; an unknown one counts none and is reported on Avtal", () => {
    const rows = [goodPlacement({ form: "praktik", salary: null })];
    const blank = validateWorkbook(workbook({ contract: { requirementType: null }, placements: rows }), { today });
    expect(blank.status.notCounted.total).to.equal(0);
    expect(blank.findings.find((item) => item.code === "CONTRACT_VALUE_MISSING" && item.column === "Kravtyp")!.message.sv).to.contain("valfri");
    const unknown = validateWorkbook(workbook({ contract: { requirementType: "jobb" }, placements: rows }), { today });
    expect(unknown.status.notCounted).to.deep.equal({ total: 1, requirementType: 1, values: 0 });
    expect(unknown.findings.filter((item) => item.sheet === "Avtal" && item.code === "LIST_UNKNOWN")).to.have.length(1);
  });

  it("75 % rule: Övergång till annan anställning is an early end like Egen uppsägning (amendment 1)", () => {
    const ended = (endReason: string) =>
      validateWorkbook(
        workbook({ placements: [goodPlacement({ startDate: "2025-01-01", plannedEndDate: "2025-12-31", actualEndDate: "2025-10-31", endReason })] }),
        { today: "2026-02-01", },
      );
    for (const reason of ["Egen uppsägning", "Övergång till annan anställning"]) {
      const result = ended(reason);
      expect(result.status.status, reason).to.equal("Uppfyllt enligt 75 %-regeln");
      expect(result.findings.map((item) => item.code), reason).to.include("RULE_75_MET").and.not.include("COMMITMENT_NOT_MET");
    }
  });

  it("the 75 % message shows the decimals that decide, and counts early ends in good English", () => {
    // 8.97 full-time months against a threshold of 9: "9 does not reach 9" would be wrong.
    const result = validateWorkbook(
      workbook({ placements: [goodPlacement({ startDate: "2025-01-01", plannedEndDate: "2025-12-31", actualEndDate: "2025-09-30", endReason: "Egen uppsägning", scope: 0.9967 })] }),
      { today: "2025-11-01" },
    );
    const notMet = result.findings.find((item) => item.code === "RULE_75_NOT_MET")!;
    expect(notMet.message.sv).to.contain("8,97 heltidsmånader når inte gränsen 9");
    expect(notMet.message.en).to.contain("1 early end,").and.not.contain("early ends");
  });
});
