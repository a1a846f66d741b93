/**
 * Issue 16: the matching sheets through the Office.js applier (over the in-memory Excel): a blank workbook, a
 * regeneration that changes nothing, and the upgrade of a filled 1.2.0 workbook that adds the sheets and the
 * outcome columns without losing one cell. The supplier version never gets them.
 */
import { expect } from "chai";
import type { Contract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { PLACEMENT_HEADERS } from "../../src/domain/followup/names";
import { MATCHING_SHEETS, MATCHING_TABLES, MATCHING_COLUMNS, STARTUP_ITEMS } from "../../src/domain/matching/sheets";
import { STAGE_FORMULA } from "../../src/domain/matching/formulas";
import { applyTemplatePlan, type ApplyOutcome, type ApplyReport } from "../../src/excel/template/apply";
import type { ExcelRequestContext, IsSetSupported } from "../../src/excel/host/api";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import type { WorkbookSnapshot } from "../../src/excel/fake/snapshot";
import { planBeforeMatching } from "../support/template-before-matching";

const everyApi: IsSetSupported = () => true;
const CONTRACT: Contract = {
  values: { name: "Städtjänster 2026", start: "2026-01-01", end: "2029-12-31", reportingInterval: "kvartal", commitmentMonths: 24 },
  targetGroups: [{ name: "Långtidsarbetslösa" }, { name: "Unga 16–24 år" }],
};
const MATCHING_SHEET_NAMES: string[] = Object.values(MATCHING_SHEETS);

function expectApplied(outcome: ApplyOutcome): ApplyReport {
  if (!outcome.ok) throw new Error(`apply failed: ${outcome.problems.map((p) => p.message.en).join(" | ")}`);
  return outcome.report;
}

async function inExcel(fake: ExcelFake, batch: (context: ExcelRequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

/** Every cell holding a value or formula, by "Sheet!A1". */
function filledCells(snapshot: WorkbookSnapshot): Map<string, { value: unknown; formula?: string }> {
  const out = new Map<string, { value: unknown; formula?: string }>();
  for (const sheet of snapshot.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if ((cell.value !== "" && cell.value !== null) || cell.formula) out.set(`${sheet.name}!${address}`, { value: cell.value, formula: cell.formula });
    }
  }
  return out;
}

describe("matching sheets through the Office.js applier (issue 16)", () => {

  it("a blank workbook gets every matching sheet, table, list, calculated column and overview formula", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    const snapshot = fake.snapshot();
    expect(report.createdSheets).to.include.members(MATCHING_SHEET_NAMES);
    expect(snapshot.sheets.find((s) => s.name === MATCHING_SHEETS.lists)?.visibility).to.equal("Hidden");
    const tables = Object.fromEntries(snapshot.tables.map((t) => [t.name, t]));
    for (const name of Object.values(MATCHING_TABLES)) expect(tables[name], name).to.not.equal(undefined);
    expect(tables[MATCHING_TABLES.matching]!.columns).to.deep.equal(Object.values(MATCHING_COLUMNS).map((c) => c.sv));
    expect(tables[MATCHING_TABLES.startup]!.address).to.equal(`A1:D${STARTUP_ITEMS.length + 1}`);
    expect(fake.cell(`${MATCHING_SHEETS.startup}!A5`)?.value).to.equal(STARTUP_ITEMS[3]!.sv);
    expect(fake.cell(`${MATCHING_SHEETS.matching}!L2`)?.formula).to.equal(STAGE_FORMULA);
    expect(fake.cell(`${MATCHING_SHEETS.matching}!A2`)?.validation?.rule).to.have.property("custom");
    expect(fake.cell(`${MATCHING_SHEETS.matching}!I500`)?.validation?.rule, "rules reach below the table").to.deep.equal({ list: { inCellDropDown: true, source: "=Lista_Beslut" } });
    expect(fake.cell(`${MATCHING_SHEETS.overview}!B5`)?.formula).to.match(/^=COUNTIF\(Matchning\[Steg\],">=1"\)$/);
    expect(snapshot.names["Lista_PlatsID"]?.formula).to.equal("=Platser[Plats-ID]");
    expect(tables["Placeringar"]!.columns.slice(-2)).to.deep.equal([PLACEMENT_HEADERS.outcomeAfterEnd, PLACEMENT_HEADERS.outcomeFollowedUp]);
  });

  it("the supplier version has none of it", async () => {
    const fake = createExcelFake();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT, { supplierVersion: true })));
    const snapshot = fake.snapshot();
    expect(snapshot.sheets.map((s) => s.name)).to.not.include.members(MATCHING_SHEET_NAMES);
    for (const sheet of MATCHING_SHEET_NAMES) expect(snapshot.sheets.map((s) => s.name)).to.not.include(sheet);
    expect(snapshot.tables.map((t) => t.name)).to.deep.equal(["Malgrupper", "Placeringar", "Rapporter", "Parametrar"]);
    expect(snapshot.tables.find((t) => t.name === "Placeringar")!.columns).to.not.include(PLACEMENT_HEADERS.outcomeAfterEnd);
    for (const name of Object.keys(snapshot.names)) expect(name.startsWith("Match_") || name === "Lista_PlatsID", name).to.equal(false);
  });

  it("regenerating a workbook with a filled pipeline changes nothing at all", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    await inExcel(fake, (context) => {
      const tables = context.workbook.tables;
      context.workbook.worksheets.getItem(MATCHING_SHEETS.positions).getRange("A2:J2").values = [
        ["L-01", "Lokalvårdare", 2, "anställning", 1, 46100, "Körkort", "Malmö", "Öppen", "Platschef"],
      ];
      tables.getItem(MATCHING_TABLES.matching).rows.add(undefined, [
        ["K-001", "L-01", "Långtidsarbetslösa", "Arbetsförmedlingen", "Ingen", 46000, 46010, 46020, "Startad", "P-001", "", "", ""],
        ["K-002", "L-01", "Unga 16–24 år", "Annan", "Praktik", 46005, "", "", "Pågår", "", "fri text", "", ""],
      ]);
      context.workbook.worksheets.getItem(MATCHING_SHEETS.lessons).getRange("A2:F2").values = [[5, "Tidigt möte", "Sena svar", "Boka i förväg", 46300, "Matchningsansvarig"]];
      context.workbook.worksheets.getItem(MATCHING_SHEETS.startup).getRange("B2:C2").values = [["Ja", 46000]];
    });
    const before = fake.snapshot();
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(fake.snapshot()).to.deep.equal(before);
    expect(report.createdSheets).to.deep.equal([]);
    expect(report.createdTables).to.deep.equal([]);
  });

  it("upgrading a filled 1.2.0 workbook adds the sheets and outcome columns and loses 0 cells", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    const older = planBeforeMatching(plan);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, older));
    expect(fake.snapshot().sheets.map((s) => s.name)).to.not.include(MATCHING_SHEETS.matching);
    await inExcel(fake, (context) => {
      const sheet = (name: string) => context.workbook.worksheets.getItem(name);
      sheet("Avtal").getRange("B5").values = [["Mitt avtal"]];
      const rows = [1, 2, 3].map((n) => [
        `P-00${n}`, "Långtidsarbetslösa", "Kvinna", 30 + n, "anställning", "Tillsvidare", 46000 + n, 46010 + n, 46400, "", "Pågår", 1, 25_000,
        "ingen", 14, "Nej", "Ja", "Nej", 32_000, 0.1, "", `rad ${n}`, null, null, null, null, null, n * 100,
      ]);
      sheet("Placeringar").getRange("A2:AB2").values = [rows[0]!.map((v) => (v === null ? "" : v))];
      context.workbook.tables.getItem("Placeringar").rows.add(undefined, rows.slice(1).map((r) => r.map((v) => (v === null ? "" : v))));
      sheet("Rapporter").getRange("D2:E2").values = [[46080, "Inkommen"]];
      context.workbook.worksheets.add("Egna anteckningar").getRange("A1:B2").values = [["Min anteckning", 1], ["Matchning", "K-001"]];
    });
    const before = filledCells(fake.snapshot());
    expect(before.size).to.be.greaterThan(100);

    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(report.previousVersion).to.equal("1.2.0");
    expect(report.createdSheets).to.deep.equal(MATCHING_SHEET_NAMES);
    expect(report.addedColumns).to.deep.equal([`Placeringar[${PLACEMENT_HEADERS.outcomeAfterEnd}]`, `Placeringar[${PLACEMENT_HEADERS.outcomeFollowedUp}]`]);
    const after = filledCells(fake.snapshot());
    const lost = [...before].filter(([address, cell]) => JSON.stringify(after.get(address)) !== JSON.stringify(cell)).map(([address]) => address);
    expect(lost, "cells lost or changed by the upgrade").to.deep.equal([]);
    expect(fake.snapshot().tables.find((t) => t.name === "Placeringar")!.address).to.equal("A1:AD4");

    const upgraded = fake.snapshot();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(fake.snapshot(), "a second apply is a no-op").to.deep.equal(upgraded);
  });
});
