import { expect } from "chai";
import { PLACEMENTS_TABLE } from "../../src/domain/followup/template";
import { applyTemplatePlan } from "../../src/excel/template/apply";
import type { ExcelRequestContext } from "../../src/excel/host/api";
import { startLiveValidation, type LiveUpdate, type Timer } from "../../src/excel/validation/live";
import { validateInExcel } from "../../src/excel/validation/validate";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import { SCENARIOS } from "./validationFixtures";

const SCENARIO = SCENARIOS[0]!;

/** A timer the test fires by hand, remembering the delays asked for. */
class ManualTimer implements Timer {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; milliseconds: number }>();
  set(callback: () => void, milliseconds: number): unknown {
    const handle = this.next++;
    this.pending.set(handle, { callback, milliseconds });
    return handle;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fire(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const { callback } of due) callback();
  }
}

async function setup(): Promise<{ fake: ExcelFake; timer: ManualTimer; updates: LiveUpdate[]; live: Awaited<ReturnType<typeof startLiveValidation>> }> {
  const fake = createExcelFake();
  expect((await applyTemplatePlan(fake.run, () => true, SCENARIO.plan)).ok).to.equal(true);
  const timer = new ManualTimer();
  const updates: LiveUpdate[] = [];
  const live = await startLiveValidation({
    run: fake.run,
    today: () => SCENARIO.today,
    lang: "sv",
    timer,
    onUpdate: (update) => updates.push(update),
    onError: (error) => {
      throw error;
    },
  });
  return { fake, timer, updates, live };
}

async function userEdit(fake: ExcelFake, change: (context: ExcelRequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    change(context);
    await context.sync();
  });
  await fake.flushEvents();
}

const placements = (context: ExcelRequestContext) => context.workbook.worksheets.getItem("Placeringar");

describe("excel: live validation", () => {
  it("starts with a full validation written to the Validering sheet", async () => {
    const { updates, live } = await setup();
    expect(updates.map((update) => update.kind)).to.deep.equal(["full"]);
    expect(live.current().length).to.equal(43); // the "every row rule" scenario's findings (validationEndToEnd.test.ts)
  });

  it("re-validates only the edited rows after the debounce, and the result equals a full validation", async () => {
    const { fake, timer, updates, live } = await setup();
    await userEdit(fake, (context) => (placements(context).getRange("L19").values = [[1]])); // P-018: scope fixed
    expect(updates).to.have.length(1);
    expect([...timer.pending.values()].map((item) => item.milliseconds)).to.deep.equal([300]);
    timer.fire();
    await live.idle();
    expect(updates).to.have.length(2);
    expect(updates[1]!.kind).to.equal("rows");
    expect(updates[1]!.sheetRows).to.deep.equal([19]);
    expect(live.current().some((item) => item.code === "SCOPE_OUT_OF_RANGE")).to.equal(false);
    const full = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(live.current()).to.deep.equal(full.result.findings);
  });

  it("successive edits re-read only their rows and keep equalling a full validation", async () => {
    const { fake, timer, updates, live } = await setup();
    await userEdit(fake, (context) => (placements(context).getRange("L19").values = [[1]])); // P-018: scope fixed
    timer.fire();
    await live.idle();
    await userEdit(fake, (context) => (placements(context).getRange("D20").values = [[40]])); // P-019 age fixed
    timer.fire();
    await live.idle();
    await userEdit(fake, (context) => (placements(context).getRange("A26").values = [["P-025"]])); // duplicate fixed
    timer.fire();
    await live.idle();
    expect(updates.map((update) => update.kind)).to.deep.equal(["full", "rows", "rows", "rows"]);
    const full = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(live.current()).to.deep.equal(full.result.findings);
  });

  it("an edited header row renames a column, so it triggers a full validation", async () => {
    const { fake, timer, updates, live } = await setup();
    await userEdit(fake, (context) => (placements(context).getRange("D1").values = [["Ålder (år)"]]));
    timer.fire();
    await live.idle();
    expect(updates.map((update) => update.kind)).to.deep.equal(["full", "full"]);
    const full = await validateInExcel(fake.run, { today: SCENARIO.today, lang: "sv" });
    expect(live.current()).to.deep.equal(full.result.findings);
  });

  it("debounces: several edits within the window give one re-validation of all their rows", async () => {
    const { fake, timer, updates, live } = await setup();
    await userEdit(fake, (context) => (placements(context).getRange("D20").values = [[40]])); // P-019 age
    await userEdit(fake, (context) => (placements(context).getRange("M21:M22").values = [[20000], [20000]])); // P-020, P-021 salary
    expect(timer.pending.size).to.equal(1);
    timer.fire();
    await live.idle();
    expect(updates.map((update) => update.kind)).to.deep.equal(["full", "rows"]);
    expect(updates[1]!.sheetRows).to.deep.equal([20, 21, 22]);
    const codes = live.current().map((item) => item.code);
    expect(codes).not.to.include.members(["AGE_OUT_OF_RANGE", "SALARY_NOT_POSITIVE", "SALARY_LOW"]);
  });

  it("a new duplicate or a fixed one updates the other rows' findings too", async () => {
    const { fake, timer, live } = await setup();
    await userEdit(fake, (context) => (placements(context).getRange("A26").values = [["P-025"]]));
    timer.fire();
    await live.idle();
    expect(live.current().some((item) => item.code === "DUPLICATE_CASE_ID")).to.equal(false);
  });

  it("ignores the add-in's own writes: writing the findings raises no re-validation", async () => {
    const { fake, timer, updates } = await setup();
    await validateInExcel(fake.run, { today: SCENARIO.today, lang: "en" });
    await fake.flushEvents();
    expect(timer.pending.size).to.equal(0);
    expect(updates).to.have.length(1);
  });

  it("an add-in write to Placeringar wrapped in ownWrite is not taken for a user edit, even with events on", async () => {
    const { fake, timer, updates, live } = await setup();
    await live.ownWrite(() => userEdit(fake, (context) => (placements(context).getRange("C8").values = [["Kvinna"]])));
    await fake.flushEvents();
    expect(timer.pending.size).to.equal(0);
    // The same write by the user is re-validated.
    await userEdit(fake, (context) => (placements(context).getRange("C8").values = [["kvinna"]]));
    expect(timer.pending.size).to.equal(1);
    timer.fire();
    await live.idle();
    expect(updates.map((update) => update.kind)).to.deep.equal(["full", "rows"]);
  });

  it("inserted rows shift addresses, so they trigger a full validation", async () => {
    const { fake, timer, updates, live } = await setup();
    await userEdit(fake, (context) => {
      context.workbook.tables.getItem("Placeringar").rows.add(undefined, [Array.from({ length: PLACEMENTS_TABLE.columns.length }, (_value, index) => (index === 0 ? "P-099" : ""))]);
    });
    timer.fire();
    await live.idle();
    expect(updates.map((update) => update.kind)).to.deep.equal(["full", "full"]);
    expect(live.current().some((item) => item.rowId === "P-099")).to.equal(true);
  });

  it("stops listening when stopped", async () => {
    const { fake, timer, updates, live } = await setup();
    live.stop();
    await userEdit(fake, (context) => (placements(context).getRange("L19").values = [[1]]));
    timer.fire();
    await live.idle();
    expect(updates).to.have.length(1);
  });
});
