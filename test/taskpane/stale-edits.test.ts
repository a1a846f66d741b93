/**
 * Issue 14 (1): a shown validation result becomes stale after a user's edit to the follow-up tables. The
 * services pass on edits to Placeringar (over the Excel fake, the path Excel takes), not the add-in's own
 * "Rätta" write, and stop when asked.
 */
import { expect } from "chai";
import { CLEANING_CONTRACT } from "./support/cleaning-contract";
import { addSampleRows, editCell } from "../../src/taskpane/preview/previewWrites";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { createExcelFake } from "../../src/excel/fake";

const CONTRACT = CLEANING_CONTRACT;

/** Lets Office's (the fake's) event delivery and the own-write guard's macrotask run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("task-pane services: edits that make a result stale", () => {
  it("reports a user's edit to Placeringar, not the add-in's own Rätta write, and nothing after stop", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    await editCell(fake.run, "Placeringar", "C5", "ej angivet");
    const view = await services.validate();

    let edits = 0;
    const stop = await services.watchEdits!(() => edits++);
    await editCell(fake.run, "Placeringar", "E3", "Nyanländ");
    await settle();
    expect(edits).to.equal(1);

    const near = view.findings.find((finding) => finding.correctable && finding.address === "C5");
    expect(near, "the near list value").to.not.equal(undefined);
    const result = await services.correctFinding(near!);
    expect(result.outcome).to.equal("corrected");
    await settle();
    expect(edits, "Rätta is no user edit").to.equal(1);

    await stop();
    await editCell(fake.run, "Placeringar", "E3", "Långtidsarbetslös");
    await settle();
    expect(edits).to.equal(1);
  });
});
