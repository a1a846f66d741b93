/** The recruitment chain's pure actions (spec/matching.md): what each writes, and each refusal with nothing written. */
import { expect } from "chai";
import {
  addCandidate,
  advanceStage,
  nextCaseId,
  nextCandidateId,
  pipelineFunnel,
  readPipeline,
  startPlacement,
  type Pipeline,
  type PipelineResult,
} from "../../../src/domain/matching/pipeline";
import type { InputCell, TableInput } from "../../../src/domain/validation/input";

const table = (name: string, headers: string[], rows: InputCell[][]): TableInput => ({ name, sheet: name, headers, firstDataRow: 2, firstColumn: 0, rows });

const PLATSER = table(
  "Platser",
  ["Plats-ID", "Yrke/roll", "Antal", "Sysselsättningsform", "Omfattning (%)", "Önskat startdatum", "Status"],
  [
    ["L-01", "Lokalvårdare", 2, "anställning", 0.75, null, "Öppen"],
    ["L-02", "Vaktmästare", 1, "praktik", 1, null, "Avbruten"],
    [null, null, null, null, null, null, null],
  ],
);

// Dates as Excel serials (46082 = 2026-03-01) and as ISO text, as users type them.
const MATCHNING_HEADERS = ["Kandidat-ID", "Plats-ID", "Målgrupp", "Källa", "Förberedande insats", "Anvisad datum", "Intervju datum", "Erbjudande datum", "Beslut", "Ärende-ID", "Kommentar", "Steg"];
const MATCHNING = table("Matchning", MATCHNING_HEADERS, [
  ["K-001", "L-01", "Nyanlända", "Arbetsförmedlingen", "Ingen", 46082, null, null, "Pågår", null, null, 1],
  ["K-002", "L-01", "Unga 18–24 år", "Annan", null, "2026-03-02", "2026-03-10", "2026-03-20", "Pågår", null, null, 3],
  ["K-003", "L-01", null, null, null, 46082, null, null, "Tackade nej", null, null, 1],
  ["K-004", "L-01", "Nyanlända", null, null, "2026-02-01", "2026-02-05", "2026-02-10", "Startad", "P-007", null, 4],
  ["K-005", "L-01", null, null, null, "snart", null, null, "Pågår", null, null, 1],
]);
const PLACERINGAR = table("Placeringar", ["Ärende-ID", "Målgrupp"], [["P-001", "Nyanlända"], ["P-007", "Nyanlända"], [null, null]]);
const MALGRUPPER = table("Malgrupper", ["Målgrupp", "Beskrivning"], [["Unga 18–24 år", null], ["Nyanlända", null]]);

const pipeline: Pipeline = readPipeline({ platser: PLATSER, matchning: MATCHNING, placeringar: PLACERINGAR, malgrupper: MALGRUPPER });

function refused(result: PipelineResult): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem.code;
}

describe("matching pipeline actions (domain/matching/pipeline.ts)", () => {
  it("reads positions, candidates with their dates, the case IDs and the target groups; blank rows keep row numbers", () => {
    expect(pipeline.positions.map((p) => [p.row, p.id, p.form, p.scope, p.status])).to.deep.equal([
      [0, "L-01", "anställning", 0.75, "Öppen"],
      [1, "L-02", "praktik", 1, "Avbruten"],
    ]);
    expect(pipeline.candidates[0]).to.deep.include({ row: 0, candidateId: "K-001", referred: "2026-03-01", interviewed: null });
    expect(pipeline.candidates[4]!.invalidDates).to.deep.equal(["referred"]);
    expect(pipeline.caseIds).to.deep.equal(["P-001", "P-007"]);
    expect(pipeline.targetGroups).to.deep.equal(["Unga 18–24 år", "Nyanlända"]);
  });

  it("counts by the funnel's one definition: every row with a Kandidat-ID at every stage it has reached", () => {
    // K-005's Anvisad datum is not a date, but the row is a referral all the same (funnel.ts stageOf).
    expect(pipeline.candidates.map((c) => c.step)).to.deep.equal([1, 3, 1, 4, 1]);
    expect(pipelineFunnel(pipeline, "2026-06-15").stages).to.deep.equal({ referred: 5, interviewed: 2, offered: 2, started: 1 });
  });

  it("numbers new IDs after the highest in use", () => {
    expect(nextCandidateId(pipeline)).to.equal("K-006");
    expect(nextCaseId(pipeline)).to.equal("P-008");
    expect(nextCaseId(readPipeline({}))).to.equal("P-001");
  });

  it("adding a candidate appends one Matchning row: IDs, list values as listed, Anvisad as a date, Beslut Pågår", () => {
    const result = addCandidate(pipeline, { candidateId: " K-006 ", positionId: "l-01", targetGroup: "nyanlända", source: "arbetsförmedlingen", referred: "2026-04-01" });
    expect(result).to.deep.equal({
      ok: true,
      write: {
        appends: [
          {
            table: "Matchning",
            cells: { "Kandidat-ID": "K-006", "Plats-ID": "L-01", Målgrupp: "Nyanlända", Källa: "Arbetsförmedlingen", "Anvisad datum": { date: "2026-04-01" }, Beslut: "Pågår" },
          },
        ],
        updates: [],
      },
    });
  });

  it("refuses a name or a personnummer typed as Kandidat-ID, an unknown or closed position, a duplicate, a bad date or list value", () => {
    const base = { candidateId: "K-006", positionId: "L-01", targetGroup: "", source: "", referred: "2026-04-01" };
    expect(refused(addCandidate(pipeline, { ...base, candidateId: "Anna Svensson" }))).to.equal("candidateIdFormat");
    expect(refused(addCandidate(pipeline, { ...base, candidateId: "19900101-1234" }))).to.equal("candidateIdFormat");
    expect(refused(addCandidate(pipeline, { ...base, positionId: "L-99" }))).to.equal("unknownPosition");
    expect(refused(addCandidate(pipeline, { ...base, positionId: "L-02" }))).to.equal("positionClosed");
    expect(refused(addCandidate(pipeline, { ...base, candidateId: "K-001" }))).to.equal("duplicateCandidate");
    expect(refused(addCandidate(pipeline, { ...base, referred: "2026-02-30" }))).to.equal("badDate");
    expect(refused(addCandidate(pipeline, { ...base, referred: " " }))).to.equal("missingDate");
    expect(refused(addCandidate(pipeline, { ...base, targetGroup: "Pensionärer" }))).to.equal("unknownTargetGroup");
    expect(refused(addCandidate(pipeline, { ...base, source: "Grannen" }))).to.equal("unknownSource");
  });

  it("the next stage writes only that stage's date cell, not before the earlier dates", () => {
    expect(advanceStage(pipeline, 0, "2026-03-05")).to.deep.equal({
      ok: true,
      write: { appends: [], updates: [{ table: "Matchning", row: 0, cells: { "Intervju datum": { date: "2026-03-05" } } }] },
    });
    const result = advanceStage(pipeline, 0, "2026-02-28");
    expect(result).to.deep.equal({ ok: false, problem: { code: "dateBeforeEarlier", params: { value: "2026-02-28", column: "Anvisad datum", earlier: "2026-03-01" } } });
  });

  it("refuses the next stage of a closed, started, offered or unreadable candidate", () => {
    expect(refused(advanceStage(pipeline, 2, "2026-04-01"))).to.equal("candidateClosed");
    expect(refused(advanceStage(pipeline, 3, "2026-04-01"))).to.equal("candidateClosed");
    expect(refused(advanceStage(pipeline, 1, "2026-04-01"))).to.equal("useStartPlacement");
    expect(refused(advanceStage(pipeline, 4, "2026-04-01"))).to.equal("unreadableDate");
    expect(refused(advanceStage(pipeline, 9, "2026-04-01"))).to.equal("candidateChanged");
  });

  it("starting a placement: a Placeringar row with a new Ärende-ID and only non-personal fields, linked in Matchning", () => {
    const result = startPlacement(pipeline, 1, "2026-04-01");
    expect(result).to.deep.equal({
      ok: true,
      caseId: "P-008",
      write: {
        appends: [
          {
            table: "Placeringar",
            cells: {
              "Ärende-ID": "P-008",
              "Datum för erbjudande": { date: "2026-03-20" },
              Startdatum: { date: "2026-04-01" },
              Målgrupp: "Unga 18–24 år",
              Sysselsättningsform: "anställning",
              "Omfattning (%)": 0.75,
            },
          },
        ],
        updates: [{ table: "Matchning", row: 1, cells: { Beslut: "Startad", "Ärende-ID": "P-008" } }],
      },
    });
    // The candidate's ID never reaches Placeringar.
    expect(JSON.stringify(result.ok && result.write.appends)).not.to.contain("K-002");
  });

  it("refuses to start before the offer, twice, a closed candidate, or with a start before the offer", () => {
    expect(refused(startPlacement(pipeline, 0, "2026-04-01"))).to.equal("notOffered");
    expect(refused(startPlacement(pipeline, 3, "2026-04-01"))).to.equal("alreadyStarted");
    expect(refused(startPlacement(pipeline, 2, "2026-04-01"))).to.equal("candidateClosed");
    expect(refused(startPlacement(pipeline, 1, "2026-03-19"))).to.equal("dateBeforeEarlier");
    expect(refused(startPlacement(pipeline, 1, "1 april"))).to.equal("badDate");
  });
});
