import { expect } from "chai";
import { applyTemplatePlan } from "../../src/excel/template/apply";
import { createOfficeFindingsPort } from "../../src/excel/validation/officeFindings";
import type { ExcelRequestContext } from "../../src/excel/host/api";
import { DEFAULT_DEBOUNCE_MS } from "../../src/excel/validation/live";
import type { LiveUpdate } from "../../src/excel/workbook";
import { ValidationReadError } from "../../src/excel/validation/read";
import { validateWorkbook } from "../../src/domain/validation";
import { readValidationInput } from "../../src/excel/validation/read";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import { SCENARIOS } from "./validationFixtures";

const SCENARIO = SCENARIOS[0]!;

const failOn = (error: unknown): never => {
  throw error;
};

const placements = (context: ExcelRequestContext) => context.workbook.worksheets.getItem("Placeringar");

async function userEdit(fake: ExcelFake, change: (context: ExcelRequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    change(context);
    await context.sync();
  });
  await fake.flushEvents();
}

/** Live mode runs on the real timer here; its debounce is tested with a manual one in liveValidation.test.ts. */
const pastDebounce = () => new Promise((resolve) => setTimeout(resolve, DEFAULT_DEBOUNCE_MS + 200));

async function waitUntil(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The finding codes in the Validering sheet's Kod column (B). */
function validationCodes(fake: ExcelFake): string[] {
  const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Validering");
  return Object.entries(sheet?.cells ?? {})
    .filter(([address]) => /^B\d+$/.test(address))
    .map(([, cell]) => String(cell.value));
}

/** The codes the Validering table lists, in row order (without the header and emptied surplus rows). */
function listedCodes(fake: ExcelFake): string[] {
  const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Validering");
  return Object.entries(sheet?.cells ?? {})
    .map(([address, cell]) => ({ row: Number(/^B(\d+)$/.exec(address)?.[1] ?? NaN), code: String(cell.value ?? "") }))
    .filter((entry) => !Number.isNaN(entry.row) && entry.code !== "" && entry.code !== "Kod")
    .sort((a, b) => a.row - b.row)
    .map((entry) => entry.code);
}

async function workbook(): Promise<ExcelFake> {
  const fake = createExcelFake();
  expect((await applyTemplatePlan(fake.run, () => true, SCENARIO.plan)).ok).to.equal(true);
  return fake;
}

describe("excel: FindingsPort over Office.js", () => {
  it("validate reads, runs every rule and writes the Validering table in three round trips, then replaces it", async () => {
    const fake = await workbook();
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "en" });
    const input = await fake.run((context) => readValidationInput(context));
    const expected = validateWorkbook(input.input, { today: SCENARIO.today });
    const before = fake.syncCount;
    const result = (await port.validate())!;
    expect(fake.syncCount - before).to.equal(3); // layout, data, write
    expect(fake.syncLog.at(-1)!.writesWithEventsEnabled).to.equal(0);
    expect(result.findings).to.deep.equal(expected.findings);
    expect(result.status).to.deep.equal(expected.status);
    expect(listedCodes(fake)).to.deep.equal(expected.findings.map((item) => item.code));
    expect(String(fake.cell("Validering!A2")?.value)).to.match(/^Validated 2025-10-01: 21 errors, 20 warnings, 2 notes\. Status: /);

    // The user fixes P-018's scope: the next run lists one finding fewer and leaves no stale row behind.
    await userEdit(fake, (context) => (placements(context).getRange("L19").values = [[1]]));
    const again = (await port.validate())!;
    expect(again.findings).to.have.length(expected.findings.length - 1);
    expect(listedCodes(fake)).to.deep.equal(again.findings.map((item) => item.code));
    expect(validationCodes(fake)).not.to.include("SCOPE_OUT_OF_RANGE");
  });

  it("validate takes two round trips once it knows the workbook's sheets: layout, marker and data in one, then the write", async () => {
    const fake = await workbook();
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "en" });
    await port.validate(); // meets "Sheet1", which the template does not have
    const before = fake.syncCount;
    const result = (await port.validate())!;
    expect(fake.syncCount - before).to.equal(2);
    expect(fake.syncLog.at(-2)!.writes).to.equal(0);
    const input = await fake.run((context) => readValidationInput(context));
    expect(result.findings).to.deep.equal(validateWorkbook(input.input, { today: SCENARIO.today }).findings);
    expect(String(fake.cell("Validering!A2")?.value)).to.match(/^Validated 2025-10-01: 21 errors, 20 warnings, 2 notes\. Status: /);
  });

  it("startLiveValidation validates at once, then re-validates only the edited rows and rewrites Validering", async () => {
    const fake = await workbook();
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "sv" });
    const updates: LiveUpdate[] = [];
    const stop = await port.startLiveValidation({ onUpdate: (update) => updates.push(update), onError: failOn });
    expect(updates.map((update) => update.kind)).to.deep.equal(["full"]);
    expect(validationCodes(fake)).to.include("SCOPE_OUT_OF_RANGE");

    await userEdit(fake, (context) => (placements(context).getRange("L19").values = [[1]])); // P-018: scope fixed
    await waitUntil(() => updates.length > 1);
    expect(updates.map((update) => update.kind)).to.deep.equal(["full", "rows"]);
    expect(updates[1]!.sheetRows).to.deep.equal([19]);
    const input = await fake.run((context) => readValidationInput(context));
    const full = validateWorkbook(input.input, { today: SCENARIO.today });
    expect(updates[1]!.findings).to.deep.equal(full.findings);
    expect(updates[1]!.status).to.deep.equal(full.status);
    expect(validationCodes(fake)).not.to.include("SCOPE_OUT_OF_RANGE");
    await stop();
  });

  it("live mode does not take the port's own validation write for an edit, and is silent once stopped", async () => {
    const fake = await workbook();
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "en" });
    const updates: LiveUpdate[] = [];
    const stop = await port.startLiveValidation({ onUpdate: (update) => updates.push(update), onError: failOn });
    await port.validate();
    await fake.flushEvents();
    await pastDebounce();
    expect(updates).to.have.length(1);

    // An edit just before stopping: its pending re-validation is dropped.
    await userEdit(fake, (context) => (placements(context).getRange("L20").values = [[1]]));
    await stop();
    await pastDebounce();
    expect(updates).to.have.length(1);
  });

  it("startLiveValidation rejects on a workbook without the follow-up template", async () => {
    const port = createOfficeFindingsPort({ run: createExcelFake().run, today: () => SCENARIO.today, lang: () => "sv" });
    const error = await port.startLiveValidation({ onUpdate: () => undefined, onError: failOn }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(ValidationReadError);
  });

  it("validate resolves to null and writes nothing on a workbook without the SYSS marker", async () => {
    const fake = createExcelFake({ sheetNames: ["Avtal", "Placeringar"] });
    const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "sv" });
    const before = fake.snapshot();
    const syncs = fake.syncCount;
    expect(await port.validate()).to.equal(null);
    // The speculative read fails on the missing template tables; the layout read finds no marker.
    expect(fake.syncCount - syncs).to.equal(2);
    expect(fake.snapshot()).to.deep.equal(before);
  });

  describe("correct (Rätta): the finding's own correction, nothing read again", () => {
    const nearFinding = async (port: ReturnType<typeof createOfficeFindingsPort>) => {
      const result = (await port.validate())!;
      return result.findings.find((item) => item.code === "LIST_NOT_EXACT" && item.address === "C8")!;
    };

    it("replaces a list value differing only by case with the exact list value, in that cell only, in two round trips", async () => {
      const fake = await workbook();
      const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "sv" });
      const near = await nearFinding(port);
      expect(fake.cell("Placeringar!C8")?.value).to.equal("kvinna");
      const before = fake.snapshot();
      const syncs = fake.syncCount;
      const outcome = await port.correct(near.correction!);
      expect(outcome.outcome).to.equal("corrected");
      expect(fake.syncCount - syncs).to.equal(2); // check the cell, write it
      expect(fake.cell("Placeringar!C8")?.value).to.equal("Kvinna");
      const after = fake.snapshot();
      const changed = after.sheets.flatMap((sheet, index) =>
        Object.keys({ ...sheet.cells, ...before.sheets[index]!.cells })
          .filter((address) => JSON.stringify(sheet.cells[address]) !== JSON.stringify(before.sheets[index]!.cells[address]))
          .map((address) => `${sheet.name}!${address}`),
      );
      expect(changed).to.deep.equal(["Placeringar!C8"]);
      // Written with events on, so live mode would see it; validating again no longer lists it.
      expect(fake.syncLog.at(-1)!.writesWithEventsEnabled).to.equal(1);
      const again = (await port.validate())!;
      expect(again.findings.some((item) => item.code === "LIST_NOT_EXACT" && item.address === "C8")).to.equal(false);

      // Ångra: the inverse puts "kvinna" back (two round trips), and only while the cell holds what was written.
      if (outcome.outcome !== "corrected") return;
      const undoSyncs = fake.syncCount;
      expect((await port.correct(outcome.undo)).outcome).to.equal("corrected");
      expect(fake.syncCount - undoSyncs).to.equal(2);
      expect(fake.cell("Placeringar!C8")?.value).to.equal("kvinna");
      expect(fake.snapshot().sheets.find((sheet) => sheet.name === "Placeringar")).to.deep.equal(before.sheets.find((sheet) => sheet.name === "Placeringar"));
      expect((await port.correct(outcome.undo)).outcome).to.equal("changedMeanwhile");
    });

    it("corrects an upper-case value too", async () => {
      const fake = await workbook();
      await userEdit(fake, (context) => (placements(context).getRange("C8").values = [["KVINNA"]]));
      const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "en" });
      expect((await port.correct((await nearFinding(port)).correction!)).outcome).to.equal("corrected");
      expect(fake.cell("Placeringar!C8")?.value).to.equal("Kvinna");
    });

    it("leaves a cell alone that was changed after the validation (changedMeanwhile), whatever it now holds", async () => {
      for (const typed of ["KVINNA", "Annat"]) {
        const fake = await workbook();
        const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "sv" });
        const near = await nearFinding(port);
        await userEdit(fake, (context) => (placements(context).getRange("C8").values = [[typed]]));
        const before = fake.snapshot();
        expect((await port.correct(near.correction!)).outcome, typed).to.equal("changedMeanwhile");
        expect(fake.snapshot()).to.deep.equal(before);
      }
    });

    it("a finding of another code carries no correction", async () => {
      const fake = await workbook();
      const port = createOfficeFindingsPort({ run: fake.run, today: () => SCENARIO.today, lang: () => "sv" });
      const result = (await port.validate())!;
      const codes = new Set(result.findings.filter((item) => item.correction !== undefined).map((item) => item.code));
      for (const code of codes) expect(["LIST_NOT_EXACT", "NUMBER_AS_TEXT", "DATE_AS_TEXT", "ROWS_BELOW_TABLE", "SCOPE_OUT_OF_RANGE", "SUPERVISION_OUT_OF_RANGE", "PERSONAL_IDENTITY_NUMBER", "COORDINATION_NUMBER", "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON_NAME", "SPECIAL_CATEGORY_DATA", "CRIMINAL_RECORD_DATA"]).to.include(code);
      expect(result.findings.find((item) => item.code === "DUPLICATE_CASE_ID")?.correction).to.equal(undefined);
    });
  });
});
