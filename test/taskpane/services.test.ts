/**
 * The task pane's services over the real Office.js adapter (src/excel) running on the in-memory Excel fake:
 * the same path the preview and Excel take, minus React.
 */
import { expect } from "chai";
import { readZip } from "../../src/xlsx/zip";
import { parseContract } from "../../src/domain/followup/contract";
import { CLEANING_CONTRACT } from "./support/cleaning-contract";
import { TEMPLATE_VERSION } from "../../src/domain/followup/template";
import { SupplierConfirmationNeeded, TaskpaneError, describeError } from "../../src/taskpane/shell/errors";
import { emptyDecisionRecord } from "../../src/taskpane/guide/questions";
import { addSampleRows, editCell } from "../../src/taskpane/preview/previewWrites";
import { DEFAULT_DEBOUNCE_MS } from "../../src/excel/validation/live";
import { createExcelServices, localToday, toTaskpaneError } from "../../src/taskpane/services/officeServices";
import type { ValidationView } from "../../src/taskpane/services/types";
import { createExcelFake } from "../../src/excel/fake";

const CONTRACT = CLEANING_CONTRACT;

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Every value on the Validering sheet, as text. */
function validationSheetTexts(fake: ReturnType<typeof createExcelFake>): string[] {
  const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Validering");
  return Object.values(sheet?.cells ?? {}).map((cell) => String(cell.value));
}

function setUp() {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
  return { fake, services };
}

/** The template with the sample rows, P-003's Kön typed in lower case (a near list value, C5). */
async function withNearListValue() {
  const { fake, services } = setUp();
  await services.applyTemplate(CONTRACT, 2026);
  await addSampleRows(fake.run);
  expect(fake.cell("Placeringar!C5")?.value).to.equal("Ej angivet");
  await editCell(fake.run, "Placeringar", "C5", "ej angivet");
  return { fake, services };
}

describe("task-pane services over the Excel fake", () => {
  it("creates the follow-up workbook and then reports its version", async () => {
    const { fake, services } = setUp();
    expect(await services.templateStatus()).to.deep.equal({ version: null, currentVersion: TEMPLATE_VERSION });
    const summary = await services.applyTemplate(CONTRACT, 2026);
    expect(summary.sheetsCreated).to.be.greaterThan(5);
    expect((await services.templateStatus()).version).to.equal(TEMPLATE_VERSION);
    const sheets = fake.snapshot().sheets.map((sheet) => sheet.name);
    expect(sheets).to.include.members(["Avtal", "Placeringar", "Rapporter", "Sammanställning", "Parametrar"]);
  });

  it("makes the pane open with the workbook after a successful apply, not after a refused one", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    let autoOpens = 0;
    const onTemplateApplied = async () => {
      autoOpens++;
      throw new Error("a host without the document setting"); // best effort: never fails the apply
    };
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15", onTemplateApplied });
    expect((await services.applyTemplate(CONTRACT, 2026)).sheetsCreated).to.be.greaterThan(5);
    expect(autoOpens).to.equal(1);
    const refusing = createExcelServices({ run: fake.run, isSetSupported: () => false, lang: "sv", onTemplateApplied });
    const refused = await refusing.applyTemplate(CONTRACT, 2026).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(refused).to.be.instanceOf(TaskpaneError);
    expect(autoOpens).to.equal(1);
  });

  it("reads the contract back from the workbook's Avtal sheet", async () => {
    const { services } = setUp();
    expect(await services.workbookContract()).to.equal(null);
    await services.applyTemplate(CONTRACT, 2026);
    const contract = await services.workbookContract();
    expect(contract?.values).to.include({ name: "Lokalvård 2026", supplierOrgNumber: "556036-0793", start: "2026-01-01", commitmentMonths: 24 });
  });

  it("asks for the template before validating a workbook without one", async () => {
    const { services } = setUp();
    const error = await services.validate().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(TaskpaneError);
    expect(describeError(error, "sv")).to.contain("Skapa den under fliken Uppföljningsmall");
  });

  it("validates the sample rows and finds every planted mistake", async () => {
    const { fake, services } = setUp();
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    const view = await services.validate();
    const codes = new Set(view.findings.map((finding) => finding.code));
    expect(view.findings.some((f) => f.severity === "error" && /personnummer|samordningsnummer/i.test(f.message.sv))).to.equal(true);
    expect(view.findings.some((f) => f.severity === "warning" && /e-post/i.test(f.message.sv))).to.equal(true);
    expect(view.findings.some((f) => f.rowId === "P-003" && /Ärende-ID/i.test(f.message.sv))).to.equal(true);
    expect(view.findings.some((f) => f.rowId === "P-002" && /Omfattning/i.test(f.message.sv + f.column))).to.equal(true);
    expect(view.findings.some((f) => f.rowId === "P-002" && /slutdatum/i.test(f.message.sv + f.column))).to.equal(true);
    expect(codes.size).to.be.greaterThan(3);
    // The sample rows use the template's own target groups, so no list finding comes from them.
    expect(codes.has("LIST_UNKNOWN")).to.equal(false);
    expect(view.commitmentMonths).to.equal(24);
    expect(view.status).to.be.oneOf(["Uppfyllt", "Uppfyllt enligt 75 %-regeln", "På väg", "Risk", "Ej uppfyllt"]);
    // Every cell finding points at a real cell of its sheet.
    for (const finding of view.findings.filter((f) => f.address !== "")) {
      expect(finding.address).to.match(/^[A-Z]{1,3}\d+$/);
    }
  });

  it("writes the findings to the Validering sheet", async () => {
    const { fake, services } = setUp();
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    const view = await services.validate();
    const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Validering");
    expect(sheet, "Validering sheet").to.exist;
    const texts = Object.values(sheet!.cells).map((cell) => String(cell.value));
    expect(texts).to.include("DUPLICATE_CASE_ID");
    expect(view.findings.some((finding) => finding.code === "DUPLICATE_CASE_ID")).to.equal(true);
  });

  it("live mode shows the findings at once, re-validates after an edit in Placeringar (not after its own writes) and updates Validering", async () => {
    const { fake, services } = setUp();
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    const views: ValidationView[] = [];
    const stop = await services.watchPlacements((view) => views.push(view), (error) => {
      throw error;
    });
    expect(views).to.have.length(1);
    expect(views[0]!.findings.some((finding) => finding.code === "DUPLICATE_CASE_ID")).to.equal(true);
    expect(views[0]!.commitmentMonths).to.equal(24);
    expect(validationSheetTexts(fake)).to.include("DUPLICATE_CASE_ID");
    await services.validate(); // writes Validering: must not count as an edit
    await fake.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, DEFAULT_DEBOUNCE_MS + 100));
    expect(views).to.have.length(1);

    // The user fixes the duplicate case ID in A5 (the fourth sample row).
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("A5").values = [["P-004"]];
      await context.sync();
    });
    await fake.flushEvents();
    await waitUntil(() => views.length > 1, 3_000);
    expect(views).to.have.length(2);
    expect(views[1]!.findings.some((finding) => finding.code === "DUPLICATE_CASE_ID")).to.equal(false);
    expect(views[1]!.status).to.equal(views[0]!.status);
    expect(validationSheetTexts(fake)).not.to.include("DUPLICATE_CASE_ID");
    await stop();
  });

  it("marks a list value typed in lower case as correctable with the exact list value, and only it", async () => {
    const { services } = await withNearListValue();
    const view = await services.validate();
    const correctable = view.findings.filter((finding) => finding.correctable && finding.code === "LIST_NOT_EXACT");
    expect(correctable.map((finding) => [finding.code, finding.sheet, finding.address, finding.proposal])).to.deep.equal([
      ["LIST_NOT_EXACT", "Placeringar", "C5", "Ej angivet"],
    ]);
    expect(view.findings.filter((finding) => !finding.correctable).every((finding) => finding.proposal === null)).to.equal(true);

    // Live mode's results carry the same proposal.
    const views: ValidationView[] = [];
    const stop = await services.watchPlacements((next) => views.push(next), (error) => {
      throw error;
    });
    expect(views).to.have.length(1);
    expect(views[0]!.findings.filter((finding) => finding.correctable && finding.code === "LIST_NOT_EXACT").map((finding) => finding.proposal)).to.deep.equal(["Ej angivet"]);
    // The sample rows' other one-click fixes, each a finding carrying its own correction.
    expect(view.findings.filter((finding) => finding.correctable).map((finding) => `${finding.code}@${finding.address}${finding.removes ? " (Ta bort)" : ""}`)).to.deep.equal(
      views[0]!.findings.filter((finding) => finding.correctable).map((finding) => `${finding.code}@${finding.address}${finding.removes ? " (Ta bort)" : ""}`),
    );
    await stop();
  });

  it("Rätta writes the exact list value into that cell in two round trips, reading nothing again; Ångra puts it back", async () => {
    const { fake, services } = await withNearListValue();
    const view = await services.validate();
    const near = view.findings.find((finding) => finding.correctable && finding.code === "LIST_NOT_EXACT")!;
    expect(validationSheetTexts(fake)).to.include("LIST_NOT_EXACT");
    const syncs = fake.syncCount;
    const result = await services.correctFinding(near);
    expect(fake.syncCount - syncs).to.equal(2); // check the cell, write it
    expect(result.outcome).to.equal("corrected");
    expect(fake.cell("Placeringar!C5")?.value).to.equal("Ej angivet");
    if (result.outcome !== "corrected") return;
    const undoSyncs = fake.syncCount;
    expect(await services.undoCorrection(result.undo)).to.equal("undone");
    expect(fake.syncCount - undoSyncs).to.equal(2);
    expect(fake.cell("Placeringar!C5")?.value).to.equal("ej angivet");
    // Once the cell holds something else, Ångra leaves it alone.
    await editCell(fake.run, "Placeringar", "C5", "Annat");
    expect(await services.undoCorrection(result.undo)).to.equal("changedMeanwhile");
    expect(fake.cell("Placeringar!C5")?.value).to.equal("Annat");
  });

  it("Rätta writes nothing when the cell no longer holds the near value, or for a finding that is not correctable", async () => {
    const { fake, services } = await withNearListValue();
    const view = await services.validate();
    const near = view.findings.find((finding) => finding.correctable && finding.code === "LIST_NOT_EXACT")!;
    await editCell(fake.run, "Placeringar", "C5", "Annat");
    expect(await services.correctFinding(near)).to.deep.equal({ outcome: "changedMeanwhile" });
    expect(fake.cell("Placeringar!C5")?.value).to.equal("Annat");
    const before = fake.snapshot();
    const other = view.findings.find((finding) => finding.code === "DUPLICATE_CASE_ID")!;
    expect(await services.correctFinding(other)).to.deep.equal({ outcome: "notCorrectable" });
    // A view claiming to be correctable is checked, not trusted: it needs a correction, and one about its own cell.
    expect(await services.correctFinding({ ...other, correctable: true, proposal: "x" })).to.deep.equal({ outcome: "notCorrectable" });
    expect(await services.correctFinding({ ...near, address: "B5" })).to.deep.equal({ outcome: "notCorrectable" });
    expect(fake.snapshot()).to.deep.equal(before);
  });

  it("Validera takes two round trips (read with the marker, write); three the first time it meets a sheet the template lacks", async () => {
    const { fake, services } = await withNearListValue();
    // "Blad1" (the new workbook's own sheet) is unknown to the first read: one more round trip for it.
    let syncs = fake.syncCount;
    await services.validate();
    expect(fake.syncCount - syncs).to.equal(3);
    // From then on the read knows it: layout, marker and every sheet's data in one round trip, then the write.
    syncs = fake.syncCount;
    const view = await services.validate();
    expect(fake.syncCount - syncs).to.equal(2);
    expect(view.findings.some((finding) => finding.code === "LIST_NOT_EXACT" && finding.address === "C5")).to.equal(true);
    // A user's edit between validations changes no count.
    await editCell(fake.run, "Placeringar", "C5", "Ej angivet");
    syncs = fake.syncCount;
    const again = await services.validate();
    expect(fake.syncCount - syncs).to.equal(2);
    expect(again.findings.some((finding) => finding.code === "LIST_NOT_EXACT" && finding.address === "C5")).to.equal(false);

    const blank = setUp();
    const blankSyncs = blank.fake.syncCount;
    const error = await blank.services.validate().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((error as TaskpaneError).key).to.equal("error.templateMissing");
    // No template: the speculative read fails on the missing sheets, the layout read finds no marker.
    expect(blank.fake.syncCount - blankSyncs).to.equal(2);
  });

  it("live mode asks for the template first", async () => {
    const { services } = setUp();
    const error = await services.watchPlacements(
      () => undefined,
      () => undefined,
    ).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(TaskpaneError);
    expect((error as TaskpaneError).key).to.equal("error.templateMissing");
  });

  it("selects a finding's cell in the workbook", async () => {
    const { fake, services } = setUp();
    await services.applyTemplate(CONTRACT, 2026);
    await services.selectCell("Placeringar", "L4");
    const snapshot = fake.snapshot();
    expect(snapshot.activeSheet).to.equal("Placeringar");
    expect(snapshot.selection).to.match(/L4$/);
  });

  it("builds the supplier version as an .xlsx without Samhällsekonomi", async function () {
    const { services } = setUp();
    const file = await services.supplierVersion(CONTRACT, 2026);
    expect(file.fileName).to.equal("UH-2026-17_leverantor.xlsx");
    // The sheet names as the package's workbook part lists them.
    const workbookXml = new TextDecoder().decode((await readZip(file.bytes)).get("xl/workbook.xml"));
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((match) => match[1]);
    expect(names).to.include.members(["Avtal", "Placeringar", "Rapporter"]);
    expect(names).not.to.include("Samhällsekonomi");
    expect(workbookXml).not.to.match(/SYSS\./);
  });

  it("saves the decision answers on the Beslutsunderlag sheet", async () => {
    const { fake, services } = setUp();
    const record = emptyDecisionRecord();
    await services.saveDecisions(
      { ...record, goNoGo: record.goNoGo.map((_, i) => ({ answer: "yes" as const, note: i === 0 ? "KF 2026-02-01" : "" })) },
      "sv",
    );
    const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Beslutsunderlag")!;
    const texts = Object.values(sheet.cells).map((cell) => String(cell.value));
    expect(texts).to.include.members(["Fråga", "Svar", "Anteckning", "KF 2026-02-01", "Ja"]);
    expect(texts.some((text) => text.includes("Alla svar är ja: starta arbetet."))).to.equal(true);
    expect(texts.some((text) => text.startsWith("1. Finns det ett politiskt beslut"))).to.equal(true);
  });

  it("inserts the calculation sheet with the inputs and live formulas over them", async () => {
    const { fake, services } = setUp();
    const name = await services.insertCalculation({ form: "anställning", months: 6, salary: 24000, scope: 0.5 }, 2025, "sv");
    expect(name).to.equal("Kalkyl");
    expect(fake.cell("Kalkyl!A4")?.value).to.equal("Parameterår");
    expect(fake.cell("Kalkyl!B4")?.value).to.equal(2025);
    expect(fake.cell("Kalkyl!F9")?.formula).to.match(/^=SYSS\.EFFECT\(\$A\$4:\$B\$28,,"Samhället"\)$/);
    expect(fake.cell("Kalkyl!E12")?.formula).to.equal("=SYSS.BREAKDOWN($A$4:$B$28)");
  });

  it("writes the Parametrar table, keeping a user's edited value unless reset", async () => {
    const { fake, services } = setUp();
    await services.applyTemplate(CONTRACT, 2026);
    const find = () => {
      const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Parametrar")!;
      const keyCell = Object.entries(sheet.cells).find(([, cell]) => cell.value === "tax.municipal")!;
      const row = keyCell[0].replace(/^[A-Z]+/, "");
      return sheet.cells[`C${row}`]!;
    };
    const valueAddress = () => {
      const sheet = fake.snapshot().sheets.find((candidate) => candidate.name === "Parametrar")!;
      return `C${Object.entries(sheet.cells).find(([, cell]) => cell.value === "tax.municipal")![0].replace(/^[A-Z]+/, "")}`;
    };
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Parametrar").getRange(valueAddress()).values = [[0.2222]];
      await context.sync();
    });
    expect(await services.writeParameters(2026, "keepEdits")).to.be.greaterThan(30);
    expect(find().value).to.equal(0.2222);
    await services.writeParameters(2026, "reset");
    expect(find().value).to.equal(0.2069);
  });

  it("makes the supplier version a copy of the workbook: its Avtal values and its placement rows", async function () {
    const { fake, services } = setUp();
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    const formContract = parseContract({ contractId: "ANNAT-1", commitmentMonths: 5 });
    const reason = async (confirmed: boolean): Promise<unknown> =>
      services.supplierVersion(formContract, 2026, confirmed).then(
        () => null,
        (caught: unknown) => caught,
      );
    // The sample rows hold a personnummer (P-003's comment, V4): refused, even when confirmed; the cell named.
    const refused = await reason(true);
    expect(refused).to.be.instanceOf(TaskpaneError);
    expect((refused as TaskpaneError).key).to.equal("error.supplierPersonalData");
    expect(describeError(refused, "sv")).to.contain("Placeringar!V4");
    expect(describeError(refused, "sv")).to.not.contain("19850315");
    // Without it, the phone number (V3) and the filled benefit-history cells still need a confirmation.
    await editCell(fake.run, "Placeringar", "V4", "Kontakt via matchningsansvarig");
    const toConfirm = await reason(false);
    expect(toConfirm).to.be.instanceOf(SupplierConfirmationNeeded);
    expect((toConfirm as SupplierConfirmationNeeded).cells.sv).to.contain("Placeringar!V3 (telefonnummer)");
    expect((toConfirm as SupplierConfirmationNeeded).leftOutCount).to.be.greaterThan(0);
    // The pane's form now holds other values; the workbook's own win.
    const file = await services.supplierVersion(formContract, 2026, true);
    expect(file.fileName).to.equal("UH-2026-17_leverantor.xlsx");
    const entries = await readZip(file.bytes);
    const text = [...entries.entries()]
      .filter(([name]) => name.startsWith("xl/") && name.endsWith(".xml"))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join("\n");
    for (const caseId of ["P-001", "P-002", "P-003"]) expect(text).to.contain(caseId);
    expect(text).to.contain("Lokalvård 2026");
    expect(text).not.to.contain("ANNAT-1");
    // Minimised: the benefit-history columns are not in the supplier's copy; the workbook still has them.
    const tableXml = [...entries.entries()]
      .filter(([name]) => name.startsWith("xl/tables/"))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .find((xml) => xml.includes('name="Placeringar"'))!;
    expect(tableXml).to.contain("Kommentar");
    for (const header of ["Tid i arbetslöshet", "Nyanländ", "A-kassa", "Bostadsbidrag"]) expect(tableXml).not.to.contain(header);
    const placements = fake.snapshot().sheets.find((sheet) => sheet.name === "Placeringar")!;
    expect(JSON.stringify(placements)).to.contain("Tid i arbetslöshet");
  });

  it("turns Office error codes into advice and leaves other errors to the generic message", () => {
    expect((toTaskpaneError({ code: "InvalidOperationInCellEditMode" }) as TaskpaneError).key).to.equal("error.excelBusy");
    expect((toTaskpaneError({ code: "AccessDenied" }) as TaskpaneError).key).to.equal("error.sheetProtected");
    const plain = new Error("boom");
    expect(toTaskpaneError(plain)).to.equal(plain);
    expect(describeError(plain, "en")).to.match(/^Something unexpected went wrong/);
  });

  it("gives today's local date as yyyy-mm-dd", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).to.equal("2026-01-05");
  });
});
