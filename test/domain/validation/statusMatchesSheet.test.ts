/**
 * The validation's contract status against the template's own Sammanställning formulas, recalculated by a
 * real spreadsheet engine: workbooks for each status are written through the template code path, LibreOffice
 * (headless) recalculates them, and `syss validate` on the recalculated file must report the same status,
 * start rule, 75 % rule, month sums and overdue count as the sheet. LibreOffice's TODAY() is the local date,
 * so the scenarios are built around it.
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recalculateInLibreOffice } from "../../support/libreoffice";
import { main } from "../../../src/cli/main";
import { parseContract } from "../../../src/domain/followup/contract";
import { addDays } from "../../../src/domain/followup/dates";
import { SUMMARY_NAMES } from "../../../src/domain/followup/names";
import { parsePlacements } from "../../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import type { ContractStatus } from "../../../src/domain/validation";
import { writeTemplateXlsx } from "../../../src/xlsx/write";
import { memoryIo } from "../../support/memory-io";


function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Scenario {
  readonly name: string;
  readonly status: string;
  readonly contract: Record<string, unknown>;
  readonly placements: Record<string, unknown>[];
}

function scenarios(today: string): Scenario[] {
  const d = (days: number) => addDays(today, days);
  const job = { form: "anställning", scope: 1, salary: 24_000 };
  const contract = (startDays: number, endDays: number, commitmentMonths: number) => ({
    name: "Statuskontroll", start: d(startDays), end: d(endDays), commitmentMonths, reportingInterval: "kvartal",
  });
  return [
    { name: "uppfyllt", status: "Uppfyllt", contract: contract(-400, 400, 6), placements: [{ caseId: "P-1", ...job, startDate: d(-300), plannedEndDate: d(100) }] },
    {
      name: "regel75", status: "Uppfyllt enligt 75 %-regeln", contract: contract(-400, 400, 12),
      placements: [{ caseId: "P-1", ...job, startDate: d(-390), plannedEndDate: d(-10), actualEndDate: d(-100), endReason: "Egen uppsägning" }],
    },
    { name: "risk", status: "Risk", contract: contract(-150, 600, 24), placements: [{ caseId: "P-1", ...job, startDate: d(-100), plannedEndDate: d(200) }] },
    {
      name: "pavag", status: "På väg", contract: contract(-150, 600, 12),
      placements: [{ caseId: "P-1", ...job, startDate: d(-100), plannedEndDate: d(400) }, { caseId: "P-2", ...job, scope: 0.5, offeredDate: d(-20) }],
    },
    { name: "startregel", status: "Ej uppfyllt", contract: contract(-300, 600, 12), placements: [{ caseId: "P-1", ...job, startDate: d(-30), plannedEndDate: d(400) }] },
    {
      name: "utlopt", status: "Ej uppfyllt", contract: contract(-800, -10, 24),
      placements: [{ caseId: "P-1", ...job, startDate: d(-780), plannedEndDate: d(-400), actualEndDate: d(-500), endReason: "Annat" }],
    },
    // Calendar months: a year from a leap day is exactly 12 months, so a 12-month commitment is met.
    {
      name: "kalenderar", status: "Uppfyllt", contract: { ...contract(0, 400, 12), start: "2024-01-01" },
      placements: [{ caseId: "P-1", ...job, startDate: "2024-02-29", plannedEndDate: "2025-02-27", actualEndDate: "2025-02-27", endReason: "Avtalad tid fullgjord" }],
    },
    {
      name: "manadsslut", status: "Risk", contract: { ...contract(0, 600, 30), start: "2024-01-01" },
      placements: [
        { caseId: "P-1", ...job, startDate: "2025-01-31", plannedEndDate: "2025-02-28", actualEndDate: "2025-02-28", endReason: "Avtalad tid fullgjord" },
        { caseId: "P-2", ...job, scope: 0.5, startDate: "2024-02-29", plannedEndDate: "2025-02-28", actualEndDate: "2025-02-28", endReason: "Avtalad tid fullgjord" },
        { caseId: "P-3", ...job, startDate: d(-45), plannedEndDate: d(100) },
      ],
    },
  ];
}

/** An ExcelJS cell's cached formula result (cell.result: ExcelJS's value copy drops falsy results). */
function cachedResult(target: ExcelJS.Cell): unknown {
  return target.formula ? target.result : target.value;
}

/** A recalculated named cell's cached result. */
function named(workbook: ExcelJS.Workbook, name: string): unknown {
  const range = workbook.definedNames.getRanges(name).ranges[0];
  const match = range ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!match) throw new Error(`no defined name ${name}`);
  return cachedResult(workbook.getWorksheet(match[1]!)!.getCell(`${match[2]}${match[3]}`));
}

describe("validation: the contract status equals the sheet's Sammanställning, recalculated by LibreOffice", function () {
  let dir: string;
  let today: string;
  const results = new Map<string, { status: ContractStatus; sheet: ExcelJS.Workbook }>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "syss-status-"));
    today = localToday();
    const all = scenarios(today);
    for (const scenario of all) {
      const plan = buildTemplatePlan(parseContract(scenario.contract), { placements: parsePlacements(scenario.placements) });
      writeFileSync(join(dir, `${scenario.name}.xlsx`), await writeTemplateXlsx(plan));
    }
    const outDir = await recalculateInLibreOffice(dir, all.map((s) => join(dir, `${s.name}.xlsx`)));
    if (localToday() !== today) throw new Error("the date changed while LibreOffice ran; run the test again");
    for (const scenario of all) {
      const path = join(outDir, `${scenario.name}.xlsx`);
      const io = memoryIo();
      const exit = await main(["validate", path, "--today", today], io);
      if (exit === 2) throw new Error(`syss validate could not read ${path}: ${io.stderr}`);
      const sheet = new ExcelJS.Workbook();
      await sheet.xlsx.load(new Uint8Array(readFileSync(path)).buffer as ArrayBuffer);
      results.set(scenario.name, { status: JSON.parse(io.stdout).status as ContractStatus, sheet });
    }
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const scenario of scenarios("2000-01-01")) {
    it(`${scenario.name}: status ${scenario.status}, and every figure as on the sheet`, () => {
      const { status, sheet } = results.get(scenario.name)!;
      expect(status.status).to.equal(scenario.status);
      expect(named(sheet, SUMMARY_NAMES.status)).to.equal(status.status ?? "");
      expect(named(sheet, SUMMARY_NAMES.startRule)).to.equal(status.startRule);
      expect(named(sheet, SUMMARY_NAMES.rule75)).to.equal(status.rule75);
      expect(named(sheet, SUMMARY_NAMES.served) as number).to.be.closeTo(status.servedMonths, 1e-9);
      expect(named(sheet, SUMMARY_NAMES.planned) as number).to.be.closeTo(status.plannedMonths, 1e-9);
      expect(named(sheet, SUMMARY_NAMES.forecast) as number).to.be.closeTo(status.forecastMonths, 1e-9);
      expect(named(sheet, SUMMARY_NAMES.earlyEnds)).to.equal(status.earlyEnds);
      expect(named(sheet, SUMMARY_NAMES.overdueReports)).to.equal(status.overdueReports);
    });
  }
});
