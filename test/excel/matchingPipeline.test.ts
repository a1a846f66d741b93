/**
 * The Matchning tab's reads and writes over the Excel fake (src/excel/sheets/matching.ts): one batch per action
 * with events off, only the action's cells written, calculated columns kept, and nothing written on a refusal.
 */
import { expect } from "chai";
import { addCandidate, advanceStage, startPlacement, type Pipeline } from "../../src/domain/matching/pipeline";
import { applyPipelineAction, PipelineActionError, readMatchingPipeline } from "../../src/excel/sheets/matching";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import { matchingWorkbook } from "./matchingFixture";

/** The Steg column's formula as the template writes it (the calculated column of Matchning). */
const STAGE_FORMULA_START = "=IF(LEN(TRIM(Matchning[[#This Row],[Kandidat-ID]]))=0";

/** Every stored cell of the workbook by sheet, as text, for "nothing else changed". */
function cells(fake: ExcelFake): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const sheet of fake.snapshot().sheets) out[sheet.name] = Object.fromEntries(Object.entries(sheet.cells).map(([address, cell]) => [address, JSON.stringify(cell)]));
  return out;
}

function changedCells(before: Record<string, Record<string, string>>, after: Record<string, Record<string, string>>): string[] {
  const changed: string[] = [];
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[sheet] ?? {}, after[sheet] ?? {}];
    for (const address of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[address] !== b[address]) changed.push(`${sheet}!${address}`);
  }
  return changed.sort();
}

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof PipelineActionError) return error.problem.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** The writes of the round trips since `from` (the fake counts every queued change to the document). */
const writesSince = (fake: ExcelFake, from: number) => fake.syncLog.slice(from).reduce((sum, record) => sum + record.writes, 0);

describe("matching reads and writes (Office.js over the Excel fake)", function () {
  // A whole-workbook snapshot of the full template is slow on a loaded machine; the safety net is generous.
  let fake: ExcelFake;
  beforeEach(async () => {
    fake = await matchingWorkbook();
  });

  it("reads the pipeline in one run: positions, candidates (dates from serials), target groups", async () => {
    const before = fake.syncCount;
    const { pipeline, missing } = await readMatchingPipeline(fake.run);
    expect(fake.syncCount - before).to.equal(2);
    expect(missing).to.deep.equal([]);
    expect(pipeline.positions.map((p) => p.id)).to.deep.equal(["L-01", "L-02"]);
    expect(pipeline.candidates.map((c) => [c.candidateId, c.referred, c.offered])).to.deep.equal([
      ["K-001", "2026-03-01", null],
      ["K-002", "2026-03-02", "2026-03-20"],
    ]);
    expect(pipeline.targetGroups).to.include("Nyanlända");
  });

  it("names the missing tables of a workbook without the matching sheets, and an action there writes nothing", async () => {
    const empty = createExcelFake();
    expect((await readMatchingPipeline(empty.run)).missing).to.deep.equal(["Platser", "Matchning"]);
    expect(await refusal(applyPipelineAction(empty.run, (p) => addCandidate(p, { candidateId: "K-001", positionId: "L-01", targetGroup: "", source: "", referred: "2026-04-01" })))).to.equal("missingTable");
    expect(writesSince(empty, 0)).to.equal(0);
  });

  it("adds a candidate into the trailing empty row, writing only its input cells (the Steg formula stays), events off", async () => {
    const before = cells(fake);
    const syncs = fake.syncCount;
    await applyPipelineAction(fake.run, (p) => addCandidate(p, { candidateId: "K-003", positionId: "L-01", targetGroup: "Nyanlända", source: "", referred: "2026-04-01" }));
    expect(fake.syncCount - syncs, "read layout, read cells, write").to.equal(3);
    expect(fake.syncLog.at(-1)).to.include({ writesWithEventsEnabled: 0 });
    expect(changedCells(before, cells(fake))).to.deep.equal(["Matchning!A4", "Matchning!B4", "Matchning!C4", "Matchning!F4", "Matchning!I4"]);
    expect(fake.cell("Matchning!A4")?.value).to.equal("K-003");
    expect(fake.cell("Matchning!F4")).to.deep.include({ value: 46113, numberFormat: "yyyy-mm-dd" });
    expect(fake.cell("Matchning!L4")?.formula?.startsWith(STAGE_FORMULA_START)).to.equal(true);
    expect(fake.snapshot().eventsEnabled).to.equal(true);
  });

  it("adds a row to the table when it has no empty row left; the calculated column fills it", async () => {
    const add = (id: string) => applyPipelineAction(fake.run, (p) => addCandidate(p, { candidateId: id, positionId: "L-01", targetGroup: "", source: "", referred: "2026-04-01" }));
    await add("K-003");
    await add("K-004");
    const table = fake.snapshot().tables.find((t) => t.name === "Matchning")!;
    expect(table.address).to.match(/A1:M5$/);
    expect(fake.cell("Matchning!A5")?.value).to.equal("K-004");
    expect(fake.cell("Matchning!L5")?.formula?.startsWith(STAGE_FORMULA_START)).to.equal(true);
    expect(fake.cell("Matchning!M5")?.formula, "Dagar till start").to.match(/^=IF\(N\(/);
    expect(fake.cell("Matchning!K5")?.value ?? "").to.equal("");
  });

  it("moves a candidate on: only the stage's date cell of its row (its value and date format)", async () => {
    const from = fake.syncLog.length;
    await applyPipelineAction(fake.run, (p) => advanceStage(p, 0, "2026-03-04"));
    expect(writesSince(fake, from)).to.equal(2);
    expect(fake.cell("Matchning!G2")).to.deep.include({ value: 46085, numberFormat: "yyyy-mm-dd" });
  });

  it("starts a placement: a new Placeringar row with a new Ärende-ID and the non-personal fields; Beslut and Ärende-ID in Matchning", async () => {
    const before = cells(fake);
    const outcome = await applyPipelineAction(fake.run, (p) => startPlacement(p, 1, "2026-04-01"));
    expect(outcome).to.deep.equal({ caseId: "P-001" });
    const changed = changedCells(before, cells(fake));
    expect(changed.filter((a) => a.startsWith("Matchning!"))).to.deep.equal(["Matchning!I3", "Matchning!J3"]);
    expect(fake.cell("Matchning!I3")?.value).to.equal("Startad");
    expect(fake.cell("Matchning!J3")?.value).to.equal("P-001");
    const placement = changed.filter((a) => a.startsWith("Placeringar!"));
    // Ärende-ID, Målgrupp, Sysselsättningsform, Datum för erbjudande, Startdatum, Omfattning: nothing else.
    expect(placement).to.deep.equal(["Placeringar!A2", "Placeringar!B2", "Placeringar!E2", "Placeringar!G2", "Placeringar!H2", "Placeringar!L2"]);
    expect([fake.cell("Placeringar!A2")?.value, fake.cell("Placeringar!B2")?.value, fake.cell("Placeringar!E2")?.value]).to.deep.equal(["P-001", "Unga 18–24 år", "anställning"]);
    expect([fake.cell("Placeringar!G2")?.value, fake.cell("Placeringar!H2")?.value, fake.cell("Placeringar!L2")?.value]).to.deep.equal([46101, 46113, 0.75]);
    // No candidate ID anywhere in Placeringar.
    const placementSheet = fake.snapshot().sheets.find((s) => s.name === "Placeringar")!;
    expect(JSON.stringify(placementSheet.cells)).not.to.contain("K-002");
  });

  it("a second placement takes the next Ärende-ID and a new table row below the first", async () => {
    await applyPipelineAction(fake.run, (p) => startPlacement(p, 1, "2026-04-01"));
    await applyPipelineAction(fake.run, (p) => advanceStage(p, 0, "2026-03-04"));
    await applyPipelineAction(fake.run, (p) => advanceStage(p, 0, "2026-03-06"));
    const second = await applyPipelineAction(fake.run, (p) => startPlacement(p, 0, "2026-04-02"));
    expect(second.caseId).to.equal("P-002");
    expect(fake.cell("Placeringar!A3")?.value).to.equal("P-002");
    expect(fake.cell("Placeringar!A2")?.value).to.equal("P-001");
  });

  it("bad input writes nothing: a name as Kandidat-ID, an unknown Plats-ID, dates out of order, a double start", async () => {
    await applyPipelineAction(fake.run, (p) => startPlacement(p, 1, "2026-04-01"));
    const from = fake.syncLog.length;
    const add = (candidateId: string, positionId: string) => (p: Pipeline) => addCandidate(p, { candidateId, positionId, targetGroup: "", source: "", referred: "2026-04-01" });
    expect(await refusal(applyPipelineAction(fake.run, add("Anna Andersson", "L-01")))).to.equal("candidateIdFormat");
    expect(await refusal(applyPipelineAction(fake.run, add("K-009", "L-07")))).to.equal("unknownPosition");
    expect(await refusal(applyPipelineAction(fake.run, (p) => advanceStage(p, 0, "2026-02-01")))).to.equal("dateBeforeEarlier");
    expect(await refusal(applyPipelineAction(fake.run, (p) => startPlacement(p, 1, "2026-04-01")))).to.equal("alreadyStarted");
    // Each refusal read, then stopped: not one change reached the workbook.
    expect(fake.syncLog.length - from).to.equal(8);
    expect(writesSince(fake, from)).to.equal(0);
  });
});
