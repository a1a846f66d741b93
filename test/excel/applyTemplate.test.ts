import { expect } from "chai";
import type { Contract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { TARGET_GROUP_TABLE_ROW } from "../../src/domain/followup/template";
import type { TablePlan, TemplatePlan } from "../../src/domain/followup/types";
import { PLACEMENT_FORMULAS } from "../../src/domain/followup/formulas";
import { RENAMED_HEADERS } from "../../src/domain/followup/formerHeaders";
import { applyTemplatePlan, type ApplyOutcome, type ApplyReport } from "../../src/excel/template/apply";
import type { ExcelRequestContext, IsSetSupported } from "../../src/excel/host/api";
import { isoToSerial as dateSerial } from "../../src/domain/common/dates";
import { formatRect, parseRect, rightColumn } from "../../src/domain/common/a1";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";

const everyApi: IsSetSupported = () => true;
const upTo18: IsSetSupported = (_name, version) => Number(version ?? "1.1") <= 1.8;

const CONTRACT: Contract = {
  values: {
    name: "Städtjänster 2026",
    start: "2026-01-01",
    end: "2029-12-31",
    reportingInterval: "månad",
    commitmentMonths: 24,
  },
  targetGroups: [{ name: "Långtidsarbetslösa" }, { name: "Unga 16–24 år" }],
};

function expectApplied(outcome: ApplyOutcome): ApplyReport {
  if (!outcome.ok) throw new Error(`apply failed: ${outcome.problems.map((p) => p.message.en).join(" | ")}`);
  return outcome.report;
}

function expectProblems(outcome: ApplyOutcome): Extract<ApplyOutcome, { ok: false }>["problems"] {
  if (outcome.ok) throw new Error("expected the apply to stop");
  return outcome.problems;
}

async function inExcel(fake: ExcelFake, batch: (context: ExcelRequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

/** A placement row in Placeringar column order (30 columns; calculated columns left empty). */
function placementRow(caseId: string, start: number, comment: string): (string | number)[] {
  const row: (string | number)[] = Array.from({ length: 30 }, () => "");
  row[0] = caseId;
  row[6] = start - 10;
  row[1] = "Långtidsarbetslösa";
  row[2] = "Kvinna";
  row[3] = 34;
  row[4] = "anställning";
  row[7] = start;
  row[11] = 1;
  row[12] = 24_000;
  row[21] = comment;
  return row;
}

describe("applyTemplate on a blank workbook", () => {
  it("takes two round trips, all writes in one batch with events off and calculation/screen updating suspended", async () => {
    const fake = createExcelFake();
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT)));
    expect(report.roundTrips).to.equal(2);
    expect(fake.syncCount).to.equal(2);
    const [load, write] = fake.syncLog;
    expect(load!.writes, "the first round trip only reads").to.equal(0);
    expect(write!.writes).to.be.greaterThan(100);
    expect(write).to.include({
      writesWithEventsEnabled: 0,
      writesWithoutCalculationSuspended: 0,
      writesWithoutScreenUpdatingSuspended: 0,
    });
    expect(fake.snapshot().eventsEnabled, "events are restored").to.equal(true);
  });

  it("keeps the round trips fixed whatever the table sizes", async () => {
    const small = createExcelFake();
    const large = createExcelFake();
    const rows = Array.from({ length: 400 }, (_, i) => [`P-${String(i + 1).padStart(3, "0")}`, ...Array(29).fill(null)]);
    const longContract: Contract = { ...CONTRACT, values: { ...CONTRACT.values, end: "2040-12-31" } };
    expectApplied(await applyTemplatePlan(small.run, everyApi, buildTemplatePlan()));
    expectApplied(await applyTemplatePlan(large.run, everyApi, buildTemplatePlan(longContract, { placements: rows })));
    expect(large.syncCount).to.equal(small.syncCount);
    expect(large.snapshot().tables.find((t) => t.name === "Placeringar")?.address).to.equal("A1:AD401");
  });

  it("writes every sheet in tab order, tables, names, the marker and hides Listor", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    const snapshot = fake.snapshot();
    expect(snapshot.sheets.map((s) => s.name)).to.deep.equal([...plan.sheets.map((s) => s.name), "Sheet1"]);
    expect(snapshot.sheets.find((s) => s.name === "Listor")?.visibility).to.equal("Hidden");
    for (const table of plan.tables) {
      const written = snapshot.tables.find((t) => t.name === table.spec.name);
      expect(written, table.spec.name).to.deep.include({
        sheet: table.spec.sheet,
        address: table.range,
        columns: table.spec.columns.map((c) => c.header),
      });
    }
    for (const name of plan.names) {
      expect(snapshot.names[name.name], name.name).to.deep.include({ formula: name.refersTo, visible: name.hidden !== true });
    }
    expect(snapshot.customProperties[plan.marker.customProperty]).to.equal(plan.version);
    expect(report).to.include({ previousVersion: null, version: plan.version, keptFormValues: 0 });
    expect(report.createdTables).to.have.members(plan.tables.map((t) => t.spec.name));
  });

  it("writes values, dates as serials, calculated columns, formats, validation, conditional formats and panes", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(fake.cell("Avtal!B5")?.value).to.equal("Städtjänster 2026");
    expect(fake.cell("Avtal!B11")).to.deep.include({ value: dateSerial("2026-01-01"), numberFormat: "yyyy-mm-dd" });
    expect(dateSerial("2026-01-01")).to.equal(46023);
    expect(fake.cell("Placeringar!W2")?.formula).to.equal(PLACEMENT_FORMULAS.fullTimeMonths);
    expect(fake.cell("Placeringar!V1000")?.numberFormat, "text column down to the rules row").to.equal("@");
    expect(fake.cell("Placeringar!C500")?.validation?.rule).to.deep.equal({
      list: { inCellDropDown: true, source: "=Lista_Kon" },
    });
    expect(fake.cell("Placeringar!C500")?.validation?.errorAlert).to.deep.include({ showAlert: true, style: "Stop" });
    const reports = fake.snapshot().sheets.find((s) => s.name === "Rapporter")!;
    expect(reports.conditionalFormats.map((f) => f.fillColor)).to.deep.equal(["#FFC7CE", "#FFEB9C"]);
    expect(reports.frozenRows).to.equal(1);
    const placements = fake.snapshot().sheets.find((s) => s.name === "Placeringar")!;
    expect([placements.frozenRows, placements.frozenColumns]).to.deep.equal([1, 1]);
    expect(fake.cell("Rapporter!A2")?.value, "first monthly period").to.equal(dateSerial("2026-01-01"));
  });

  it("creates the Samhällsekonomi chart once, and leaves it out of the supplier version", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    const chart = plan.charts[0]!;
    expect(report.createdCharts).to.deep.equal([chart.name]);
    const economy = fake.snapshot().sheets.find((s) => s.name === chart.sheet)!;
    expect(economy.charts).to.deep.equal([
      {
        name: chart.name,
        type: "ColumnClustered",
        source: chart.valuesRange,
        title: chart.title,
        position: `${chart.topLeft}:${chart.bottomRight}`,
        series: [{ name: chart.seriesNames[0], xValues: chart.categoriesRange }],
        categoriesReversed: false,
      },
    ]);
    const again = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(again.createdCharts).to.deep.equal([]);
    expect(fake.snapshot().sheets.find((s) => s.name === chart.sheet)!.charts).to.have.length(1);

    const supplier = createExcelFake();
    const supplierReport = expectApplied(await applyTemplatePlan(supplier.run, everyApi, buildTemplatePlan(CONTRACT, { supplierVersion: true })));
    expect(supplierReport.createdCharts).to.deep.equal([]);
    expect(supplier.snapshot().sheets.map((s) => s.name)).not.to.include("Samhällsekonomi");
  });

  it("upgrading a supplier workbook keeps every typed cell: the benefit-history columns come back, the rows keep their values", async () => {
    const row = (values: Record<string, string | number>) => {
      const plan = buildTemplatePlan(CONTRACT);
      const placements = plan.tables.find((table) => table.spec.name === "Placeringar")!;
      return placements.spec.columns.map((column) => values[column.key] ?? null);
    };
    // A new-style supplier version (without the four columns), with a row the supplier typed.
    const fake = createExcelFake();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT, { supplierVersion: true, placements: [row({ caseId: "P-001", comment: "Lager" })] })));
    const placementsOf = async (excel: ExcelFake) => {
      const input = await createOfficeTemplatePort({ run: excel.run, isSetSupported: everyApi }).readFollowup();
      const table = input.tables.find((candidate) => candidate.name === "Placeringar")!;
      return { headers: table.headers, rows: table.rows.map((values) => ({ values })) };
    };
    const read = () => placementsOf(fake);
    expect((await read()).headers).not.to.include("Nyanländ");
    // The procurer's full template over it: the columns are inserted at their places, nothing typed is lost.
    expectApplied(await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(CONTRACT)));
    const upgraded = await read();
    for (const header of ["Tid i arbetslöshet (mån)", "Nyanländ", "A-kassa", "Bostadsbidrag"]) expect(upgraded.headers).to.include(header);
    const values = upgraded.rows[0]!.values;
    expect(values[upgraded.headers.indexOf("Ärende-ID")]).to.equal("P-001");
    expect(values[upgraded.headers.indexOf("Kommentar")]).to.equal("Lager");

    // An older supplier workbook with the four columns filled: an upgrade keeps them and their values.
    const old = createExcelFake();
    expectApplied(await applyTemplatePlan(old.run, everyApi, buildTemplatePlan(CONTRACT, { placements: [row({ caseId: "P-002", unemployedMonths: 30, newArrival: "Ja" })] })));
    expectApplied(await applyTemplatePlan(old.run, everyApi, buildTemplatePlan(CONTRACT)));
    const kept = await placementsOf(old);
    expect(kept.rows[0]!.values[kept.headers.indexOf("Tid i arbetslöshet (mån)")]).to.equal(30);
    expect(kept.rows[0]!.values[kept.headers.indexOf("Nyanländ")]).to.equal("Ja");
  });

  it("works on ExcelApi 1.8 without suspending screen updating", async () => {
    const fake = createExcelFake();
    expectApplied(await applyTemplatePlan(fake.run, upTo18, buildTemplatePlan()));
    expect(fake.syncLog.at(-1)!.writesWithoutScreenUpdatingSuspended).to.equal(fake.syncLog.at(-1)!.writes);
    expect(fake.syncLog.at(-1)!.writesWithoutCalculationSuspended).to.equal(0);
  });

  it("refuses to run below ExcelApi 1.8, touching nothing", async () => {
    const fake = createExcelFake();
    const problems = expectProblems(await applyTemplatePlan(fake.run, () => false, buildTemplatePlan()));
    expect(problems.map((p) => p.code)).to.deep.equal(["unsupportedHost"]);
    expect(problems[0]!.message.sv).to.contain("1.8");
    expect(fake.syncCount).to.equal(0);
  });

  it("keeps events off afterwards when they were off before", async () => {
    const fake = createExcelFake();
    await inExcel(fake, (context) => {
      context.runtime.enableEvents = false;
    });
    expectApplied(await applyTemplatePlan(fake.run, everyApi, buildTemplatePlan()));
    expect(fake.snapshot().eventsEnabled).to.equal(false);
  });

  it("restores events and reports the Excel error when the write batch fails", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan();
    const broken: TemplatePlan = { ...plan, sheets: [...plan.sheets, { ...plan.sheets[0]!, name: "Bad/Name", tabIndex: 7 }] };
    const problems = expectProblems(await applyTemplatePlan(fake.run, everyApi, broken));
    expect(problems[0]!.code).to.equal("writeFailed");
    expect(problems[0]!.message.en).to.contain("InvalidArgument");
    expect(fake.snapshot().eventsEnabled).to.equal(true);
  });
});

/**
 * A plan as an older template version would have written it: three fewer columns, two columns under the
 * headers they had before 1.1.0 (issue 20), older formats and rules.
 */
function olderPlan(plan: TemplatePlan): TemplatePlan {
  return withFormerHeaders(olderLayout(plan));
}

/** Every header, formula and text of the plan with the 1.1.0 renames undone. */
function withFormerHeaders(plan: TemplatePlan): TemplatePlan {
  let json = JSON.stringify(plan);
  for (const renamed of RENAMED_HEADERS) json = json.split(renamed.current).join(renamed.former);
  return JSON.parse(json) as TemplatePlan;
}

function olderLayout(plan: TemplatePlan): TemplatePlan {
  const version = "0.9.0";
  const dropped = new Set(["forecastFullTimeMonths", "extraPlace", "internValue", "outcomeAfterEnd", "outcomeFollowedUp"]);
  const placements = plan.tables.find((t) => t.spec.name === "Placeringar")!;
  const kept = placements.spec.columns.filter((c) => !dropped.has(c.key));
  const oldPlacements: TablePlan = {
    spec: {
      ...placements.spec,
      columns: kept.map((c) => (c.key === "fullTimeMonths" ? { ...c, formula: "=0" } : c)),
    },
    rows: placements.rows.map((row) => row.filter((_, i) => !dropped.has(placements.spec.columns[i]!.key))),
    range: `A1:Y${placements.rows.length + 1}`,
  };
  const onDroppedColumn = (sheet: string, range: string): boolean => sheet === "Placeringar" && /^(Z|AA|AB|AC|AD)\d/.test(range);
  return {
    ...plan,
    version,
    marker: { ...plan.marker, version },
    tables: plan.tables.map((t) => (t === placements ? oldPlacements : t)),
    numberFormats: plan.numberFormats
      .filter((f) => !onDroppedColumn(f.sheet, f.range))
      .map((f) => (f.sheet === "Placeringar" && f.range.startsWith("D") ? { ...f, numberFormat: "0.00" } : f)),
    validations: plan.validations
      .filter((v) => !onDroppedColumn(v.sheet, v.range))
      .map((v) =>
        v.sheet === "Placeringar" && v.range.startsWith("D")
          ? { ...v, validation: { ...v.validation, rule: { kind: "whole", operator: "between", formula1: 0, formula2: 200 } } }
          : v,
      ),
    conditionalFormats: plan.conditionalFormats.map((f) => ({ ...f, fill: "00FF00" })),
    names: plan.names.map((n) => (n.name === plan.marker.definedName ? { ...n, refersTo: `="${version}"` } : n)),
  };
}

/** Shifts the column letters of `range` left by one for columns right of `removed` (0-based). */
function shiftLeft(range: string, removed: number): string | undefined {
  const rect = parseRect(range);
  if (rect.left <= removed && rightColumn(rect) >= removed) return undefined;
  return rect.left > removed ? formatRect({ ...rect, left: rect.left - 1 }) : range;
}

/** The plan as a version without the Placeringar column `key` would have written it. */
function planWithoutPlacementColumn(plan: TemplatePlan, key: string): TemplatePlan {
  const placements = plan.tables.find((t) => t.spec.name === "Placeringar")!;
  const removed = placements.spec.columns.findIndex((c) => c.key === key);
  const onPlacements = <T extends { sheet: string; range: string }>(items: readonly T[]): T[] =>
    items.flatMap((item) => {
      if (item.sheet !== "Placeringar") return [item];
      const range = shiftLeft(item.range, removed);
      return range ? [{ ...item, range }] : [];
    });
  const columns = placements.spec.columns.filter((_, i) => i !== removed);
  return {
    ...plan,
    version: "0.8.0",
    names: plan.names.map((n) => (n.name === plan.marker.definedName ? { ...n, refersTo: '="0.8.0"' } : n)),
    tables: plan.tables.map((t) =>
      t === placements
        ? {
            spec: { ...t.spec, columns },
            rows: t.rows.map((row) => row.filter((_, i) => i !== removed)),
            range: formatRect({ ...parseRect(t.range), columns: columns.length }),
          }
        : t,
    ),
    validations: onPlacements(plan.validations),
    numberFormats: onPlacements(plan.numberFormats),
  };
}

/** What a user typed into the workbook, by address: these must survive every regeneration. */
const USER_CELLS: Record<string, string | number> = {
  "Avtal!B5": "Mitt eget avtalsnamn",
  "Avtal!B8": "region",
  "Avtal!B14": 36,
  // The second row of the Målgrupper table, wherever the Avtal form's length puts it.
  [`Avtal!A${TARGET_GROUP_TABLE_ROW + 2}`]: "Nyanlända",
  "Placeringar!A2": "P-001",
  "Placeringar!G2": 46044,
  "Placeringar!H2": 46054,
  "Placeringar!V2": "=inte en formel",
  "Placeringar!A3": "P-002",
  "Placeringar!A4": "P-003",
  "Placeringar!V4": "+46 är inte ett nummer här",
  "Parametrar!C2": 12345,
  "Rapporter!D2": 46080,
  "Rapporter!E2": "Inkommen",
};

/** Types rows into Placeringar (whose table has `columns` columns) and values elsewhere, as a user would. */
async function fillAsUser(fake: ExcelFake, columns: number): Promise<void> {
  await inExcel(fake, (context) => {
    const sheet = (name: string) => context.workbook.worksheets.getItem(name);
    sheet("Avtal").getRange("B5").values = [["Mitt eget avtalsnamn"]];
    sheet("Avtal").getRange("B8").values = [["region"]];
    sheet("Avtal").getRange("B14").values = [[36]];
    sheet("Avtal").getRange(`A${TARGET_GROUP_TABLE_ROW + 2}`).values = [["Nyanlända"]];
    sheet("Placeringar").getRange("A2:AD2").values = [placementRow("P-001", 46054, "=inte en formel").map((v, i) => (i >= 22 ? null : v))];
    const placements = context.workbook.tables.getItem("Placeringar");
    placements.rows.add(undefined, [placementRow("P-002", 46100, ""), placementRow("P-003", 46200, "+46 är inte ett nummer här")].map((r) => r.slice(0, columns)));
    sheet("Parametrar").getRange("C2").values = [[12345]];
    sheet("Rapporter").getRange("D2:E2").values = [[46080, "Inkommen"]];
  });
}

function userCells(fake: ExcelFake): Record<string, unknown> {
  return Object.fromEntries(Object.keys(USER_CELLS).map((address) => [address, fake.cell(address)?.value]));
}

describe("applyTemplate on a filled workbook", () => {
  it("regenerating the same version changes nothing at all", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    await fillAsUser(fake, 30);
    const before = fake.snapshot();
    const trips = fake.syncCount;
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(fake.snapshot()).to.deep.equal(before);
    expect(report.roundTrips).to.equal(3);
    expect(fake.syncCount - trips).to.equal(3);
    expect(report).to.include({ previousVersion: plan.version, addedParameterRows: 0 });
    expect(report.createdSheets).to.deep.equal([]);
  });

  it("upgrades an older version: adds columns, rewrites formulas, formats, validation and rules, keeps every user cell", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, olderPlan(plan)));
    expect(fake.snapshot().tables.find((t) => t.name === "Placeringar")?.columns).to.have.length(25);
    await fillAsUser(fake, 25);
    const typed = userCells(fake);
    expect(typed["Placeringar!V2"], "text format keeps a leading =").to.equal("=inte en formel");
    expect(fake.cell("Placeringar!W3")?.formula, "the old calculated column").to.equal("=0");

    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));

    expect(userCells(fake)).to.deep.equal(typed);
    expect(report.previousVersion).to.equal("0.9.0");
    expect(report.addedColumns).to.deep.equal([
      "Placeringar[Prognos heltidsmånader]",
      "Placeringar[Extra plats]",
      "Placeringar[Produktionsvärde per månad (kr)]",
      "Placeringar[Utfall efter avslut]",
      "Placeringar[Utfall uppföljt]",
    ]);
    // Issue 20: columns 0.9.0 had under the old headers are renamed in place, their cells kept.
    expect(report.renamedColumns).to.deep.equal([
      "Placeringar[Erbjuden datum] → [Datum för erbjudande]",
      "Rapporter[Senast inkommen] → [Sista dag för rapport]",
    ]);
    expect(fake.cell("Placeringar!G1")?.value).to.equal("Datum för erbjudande");
    expect(fake.cell("Rapporter!C1")?.value).to.equal("Sista dag för rapport");
    expect(fake.cell("Rapporter!C2")?.value, "the pre-filled due date stays").to.equal(dateSerial("2026-02-28"));
    expect(fake.snapshot().tables.find((t) => t.name === "Rapporter")!.columns).to.deep.equal(plan.tables[2]!.spec.columns.map((c) => c.header));
    expect(report.keptFormValues).to.be.greaterThan(3);
    expect(report.roundTrips).to.be.at.most(3);
    const table = fake.snapshot().tables.find((t) => t.name === "Placeringar")!;
    expect(table.columns).to.deep.equal(plan.tables[1]!.spec.columns.map((c) => c.header));
    expect(table.address).to.equal("A1:AD4");
    for (const row of [2, 3, 4]) {
      expect(fake.cell(`Placeringar!W${row}`)?.formula).to.equal(PLACEMENT_FORMULAS.fullTimeMonths);
      expect(fake.cell(`Placeringar!Z${row}`)?.formula).to.equal(PLACEMENT_FORMULAS.forecastFullTimeMonths);
      expect(fake.cell(`Placeringar!AA${row}`)?.formula).to.equal(PLACEMENT_FORMULAS.extraPlace);
    }
    expect(fake.cell("Placeringar!D3")?.numberFormat).to.equal("0");
    expect(fake.cell("Placeringar!D3")?.validation?.rule).to.deep.equal({
      wholeNumber: { operator: "Between", formula1: 16, formula2: 80 },
    });
    const reports = fake.snapshot().sheets.find((s) => s.name === "Rapporter")!;
    expect(reports.conditionalFormats.map((f) => f.fillColor)).to.deep.equal(["#FFC7CE", "#FFEB9C"]);
    expect(fake.snapshot().customProperties[plan.marker.customProperty]).to.equal(plan.version);
    expect(fake.snapshot().names[plan.marker.definedName]?.formula).to.equal(`="${plan.version}"`);

    const upgraded = fake.snapshot();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(fake.snapshot(), "a second regeneration is a no-op").to.deep.equal(upgraded);
  });

  it("inserts a column a newer version adds in the middle; user data moves with its headers and old rules go", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, planWithoutPlacementColumn(plan, "age")));
    // Old layout: D is Sysselsättningsform (a list rule), G is Startdatum.
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("A2:G2").values = [
        ["P-001", "Långtidsarbetslösa", "Man", "anställning", "Tidsbegränsad", 46000, 46054],
      ];
    });
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(report.addedColumns).to.deep.equal(["Placeringar[Ålder]"]);
    const input = await createOfficeTemplatePort({ run: fake.run, isSetSupported: everyApi }).readFollowup();
    const table = input.tables.find((t) => t.name === "Placeringar")!;
    const cell = (header: string): unknown => table.rows[0]![table.headers.indexOf(header)];
    expect(table.headers).to.deep.equal(plan.tables[1]!.spec.columns.map((c) => c.header));
    expect([cell("Ärende-ID"), cell("Kön"), cell("Ålder"), cell("Sysselsättningsform"), cell("Startdatum")]).to.deep.equal([
      "P-001",
      "Man",
      null,
      "anställning",
      46054,
    ]);
    expect(fake.cell("Placeringar!D500")?.validation?.rule, "the new column's rule replaces the old list").to.deep.equal({
      wholeNumber: { operator: "Between", formula1: 16, formula2: 80 },
    });
    expect(fake.cell("Placeringar!F500")?.numberFormat, "Anställningstyp loses the old date format of F").to.equal(undefined);
  });

  it("adds Parametrar keys a newer version brings, keeping the edited values", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    const parameters = plan.tables.find((t) => t.spec.name === "Parametrar")!;
    const fewer: TablePlan = { ...parameters, rows: parameters.rows.slice(0, 10), range: `A1:G11` };
    expectApplied(await applyTemplatePlan(fake.run, everyApi, { ...plan, tables: plan.tables.map((t) => (t === parameters ? fewer : t)) }));
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Parametrar").getRange("C3").values = [[0.5]];
    });
    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(report.addedParameterRows).to.equal(parameters.rows.length - 10);
    expect(fake.cell("Parametrar!C3")?.value).to.equal(0.5);
    expect(fake.snapshot().tables.find((t) => t.name === "Parametrar")?.address).to.equal(parameters.range);
    expect(fake.cell(`Parametrar!A${parameters.rows.length + 1}`)?.value).to.equal(parameters.rows.at(-1)![0]);
  });
});

describe("applyTemplate conflicts change nothing", () => {
  async function expectConflict(fake: ExcelFake, plan: TemplatePlan, code: string): Promise<{ sv: string; en: string; address: string }> {
    const before = fake.snapshot();
    const writesBefore = fake.syncLog.reduce((sum, s) => sum + s.writes, 0);
    const problems = expectProblems(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(problems.map((p) => p.code)).to.include(code);
    expect(fake.snapshot()).to.deep.equal(before);
    expect(fake.syncLog.reduce((sum, s) => sum + s.writes, 0)).to.equal(writesBefore);
    const problem = problems.find((p) => p.code === code)!;
    return { ...problem.message, address: problem.address };
  }

  it("stops when a foreign table already uses one of the template's table names on another sheet", async () => {
    const fake = createExcelFake({ sheetNames: ["Data"] });
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["x", "y"], [1, 2]];
      context.workbook.tables.add("Data!A1:B2", true).name = "Rapporter";
    });
    const message = await expectConflict(fake, buildTemplatePlan(), "tableOnOtherSheet");
    expect(message.sv).to.contain("Rapporter").and.contain("Data");
    expect(message.en).to.contain("on the sheet Data");
  });

  it("stops when a sheet with a template name holds something where the table goes", async () => {
    const fake = createExcelFake({ sheetNames: ["Placeringar"] });
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("C2").values = [["min egen lista"]];
    });
    const message = await expectConflict(fake, buildTemplatePlan(), "tableAreaOccupied");
    expect(message.address).to.equal("C2");
    expect(message.sv).to.contain("C2").and.contain("Placeringar");
  });

  it("stops when a sheet not made by SYSS has other text in the template's cells", async () => {
    const fake = createExcelFake({ sheetNames: ["Sammanställning"] });
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Sammanställning").getRange("A1").values = [["Budget 2026"]];
    });
    const message = await expectConflict(fake, buildTemplatePlan(), "foreignContent");
    expect(message.address).to.equal("A1");
    expect(message.en).to.contain('"Budget 2026"');
  });

  it("stops when a defined name takes a table name", async () => {
    const fake = createExcelFake();
    await inExcel(fake, (context) => {
      context.workbook.names.add("Parametrar", "=Sheet1!$A$1");
    });
    const message = await expectConflict(fake, buildTemplatePlan(), "nameBlocksTable");
    expect(message.sv).to.contain("Parametrar").and.contain("Sheet1!$A$1");
  });

  it("stops an upgrade that needs new columns when content sits right of the table", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, olderPlan(plan)));
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("AC3").values = [["anteckning"]];
    });
    const message = await expectConflict(fake, plan, "noRoomForColumns");
    expect(message.address, "the part of the used range right of the table").to.equal("Z1:AC3");
    expect(message.sv).to.contain("Prognos heltidsmånader");
  });

  it("refuses to downgrade a workbook made by a newer template version", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan();
    const newer = "99.0.0";
    expectApplied(
      await applyTemplatePlan(fake.run, everyApi, {
        ...plan,
        version: newer,
        names: plan.names.map((n) => (n.name === plan.marker.definedName ? { ...n, refersTo: `="${newer}"` } : n)),
      }),
    );
    const message = await expectConflict(fake, plan, "newerTemplate");
    expect(message.sv).to.contain("99.0.0").and.contain(plan.version);
  });

  it("stops when a template column was renamed, naming both headers", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("C1").values = [["Kön (frivilligt)"]];
    });
    const message = await expectConflict(fake, plan, "unknownColumn");
    expect(message.address).to.equal("C1");
    expect(message.sv).to.contain("Kön (frivilligt)").and.contain("kolumnen Kön");
  });

  it("stops when a user moved a template column inside the table", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    await inExcel(fake, (context) => {
      context.workbook.worksheets.getItem("Placeringar").getRange("B1:C1").values = [["Kön", "Målgrupp"]];
    });
    const message = await expectConflict(fake, plan, "columnMoved");
    expect(message.en).to.contain("Målgrupp").and.contain("column C").and.contain("expects column B");
  });
});
