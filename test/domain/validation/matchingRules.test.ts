/**
 * Issue 16: the matching rules on the spec's bad inputs — each gives one clear finding at the right cell, and the
 * input is left as it was (the rules only read).
 */
import { expect } from "chai";
import { isoToSerial } from "../../../src/domain/followup/dates";
import type { CellValue } from "../../../src/domain/followup/types";
import { MATCHING_COLUMNS, MATCHING_ORDER, POSITION_ORDER } from "../../../src/domain/matching/sheets";
import type { TableInput } from "../../../src/domain/validation/input";
import { matchingFindings } from "../../../src/domain/validation/matchingRules";

const d = (iso: string): number => isoToSerial(iso);

function table(name: string, headers: readonly string[], rows: CellValue[][]): TableInput {
  return { name, sheet: name, headers, firstDataRow: 2, firstColumn: 0, rows };
}

function matchingRow(values: Partial<Record<(typeof MATCHING_ORDER)[number], CellValue>>): CellValue[] {
  return MATCHING_ORDER.map((key) => values[key] ?? null);
}

const positions = table("Platser", POSITION_ORDER.map((key) => (key === "positionId" ? "Plats-ID" : key === "status" ? "Status" : key === "desiredStart" ? "Önskat startdatum" : key)), [
  POSITION_ORDER.map((key) => (key === "positionId" ? "L-01" : key === "status" ? "Öppen" : null)),
]);
const placements = table("Placeringar", ["Ärende-ID", "Startdatum"], [["P-001", d("2026-03-01")]]);
const good = { candidateId: "K-001", positionId: "L-01", referredDate: d("2026-02-01"), interviewDate: d("2026-02-05"), offerDate: d("2026-02-10"), decision: "Startad", caseId: "P-001" };

function run(rows: CellValue[][], today = "2026-04-01") {
  const matching = table("Matchning", MATCHING_ORDER.map((key) => MATCHING_COLUMNS[key].sv), rows);
  const tables = [positions, placements, matching];
  const before = JSON.stringify(tables);
  const findings = matchingFindings({ tables }, today);
  expect(JSON.stringify(tables), "the rules change nothing").to.equal(before);
  return findings;
}

describe("matching rules (issue 16)", () => {
  it("a complete, consistent started row gives no finding", () => {
    expect(run([matchingRow(good)])).to.deep.equal([]);
  });

  it("a Matchning row pointing at an unknown Plats-ID", () => {
    const findings = run([matchingRow({ ...good, positionId: "L-09" })]);
    expect(findings.map((f) => [f.code, f.severity, f.address])).to.deep.equal([["MATCH_POSITION_UNKNOWN", "error", "B2"]]);
    expect(findings[0]!.message.sv).to.contain("L-09").and.contain("Platser");
    expect(findings[0]!.message.en).to.contain("not in the Platser table");
  });

  it("dates out of order, including the placement's start", () => {
    const interviewFirst = run([matchingRow({ ...good, interviewDate: d("2026-01-20") })]);
    expect(interviewFirst.map((f) => [f.code, f.address])).to.deep.equal([["MATCH_DATES_OUT_OF_ORDER", "G2"]]);
    expect(interviewFirst[0]!.message.sv).to.contain("2026-01-20").and.contain("2026-02-01");
    const startBeforeOffer = run([matchingRow({ ...good, offerDate: d("2026-03-05") })]);
    expect(startBeforeOffer.map((f) => f.code)).to.deep.equal(["MATCH_DATES_OUT_OF_ORDER"]);
    expect(startBeforeOffer[0]!.message.en).to.contain("the placement's start date");
  });

  it("a started candidate without Ärende-ID (Beslut in other case, with spaces)", () => {
    const findings = run([matchingRow({ ...good, decision: " STARTAD ", caseId: null })]);
    expect(findings.map((f) => [f.code, f.severity, f.address])).to.deep.equal([["MATCH_STARTED_WITHOUT_CASE_ID", "error", "J2"]]);
  });

  it("a name typed as Kandidat-ID, never quoted back", () => {
    const findings = run([matchingRow({ ...good, candidateId: "Anna Svensson" })]);
    expect(findings.map((f) => [f.code, f.severity, f.address])).to.deep.equal([["MATCH_CANDIDATE_ID_INVALID", "error", "A2"]]);
    expect(JSON.stringify(findings)).to.not.contain("Anna").and.not.contain("Svensson");
  });

  it("an Ärende-ID used by two started rows, and one unknown to Placeringar", () => {
    const findings = run([matchingRow(good), matchingRow({ ...good, candidateId: "K-002" }), matchingRow({ ...good, candidateId: "K-003", caseId: "P-404" })]);
    expect(findings.map((f) => [f.code, f.address])).to.deep.equal([["MATCH_CASE_ID_REUSED", "J3"], ["MATCH_CASE_ID_UNKNOWN", "J4"]]);
  });

  it("an open position long without candidates is an info finding; with a candidate it is not", () => {
    const withDate = table("Platser", ["Plats-ID", "Status", "Önskat startdatum"], [["L-01", "Öppen", d("2026-01-01")]]);
    const lonely = matchingFindings({ tables: [withDate, placements, table("Matchning", ["Kandidat-ID", "Plats-ID"], [])] }, "2026-03-01");
    expect(lonely.map((f) => [f.code, f.severity])).to.deep.equal([["MATCH_OPEN_NO_CANDIDATES", "info"]]);
    expect(lonely[0]!.message.sv).to.contain("59 dagar");
    const served = matchingFindings({ tables: [withDate, placements, table("Matchning", ["Kandidat-ID", "Plats-ID"], [["K-001", "L-01"]])] }, "2026-03-01");
    expect(served).to.deep.equal([]);
  });
});
