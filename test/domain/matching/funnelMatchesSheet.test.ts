/**
 * Issue 16: the funnel from code (funnel.ts, through syss funnel's reader) equals the native formulas on
 * Matchningsöversikt recalculated by LibreOffice, on generated messy pipelines. All pipelines are converted in
 * ONE LibreOffice run (it is slow here), one workbook each.
 */
import { expect } from "chai";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { todayIso } from "../../../src/domain/followup/dates";
import { computeFunnel, emptyCounts, STAGES, type Funnel, type StageCounts } from "../../../src/domain/matching/funnel";
import { funnelInputOf } from "../../../src/domain/matching/tables";
import { CANDIDATE_SOURCES, MATCHING_SHEETS } from "../../../src/domain/matching/sheets";
import { OVERVIEW_LAYOUT, OVERVIEW_POSITION_ROWS, OVERVIEW_TARGET_GROUP_ROWS, type OverviewFigure } from "../../../src/domain/matching/template";
import { writeTemplateXlsx } from "../../../src/xlsx/write";
import { readMatchingWorkbook } from "../../../src/xlsx/matching";
import { readCell } from "../../../src/xlsx/read";
import { recalculateInLibreOffice } from "../../support/libreoffice";
import { pipelineArbitrary, pipelinePlan, type Pipeline } from "../../support/matching-pipeline";

const PIPELINES = 30;
const STAGE_COLUMNS = ["B", "C", "D", "E"];

type Sheet = ExcelJS.Worksheet;
const value = (sheet: Sheet, address: string): unknown => {
  const read = readCell(sheet.getCell(address));
  return read === "" ? null : read;
};
const num = (sheet: Sheet, address: string): number | null => {
  const v = value(sheet, address);
  return typeof v === "number" ? v : v === null ? null : Number.NaN;
};
const close = (a: number | null, b: number | null, what: string): void => {
  if (a === null || b === null) expect(a, what).to.equal(b);
  else expect(Math.abs(a - b), `${what}: sheet ${a}, code ${b}`).to.be.below(1e-9);
};

function countsRow(sheet: Sheet, row: number): StageCounts {
  const counts = emptyCounts();
  STAGES.forEach((stage, i) => (counts[stage.key] = num(sheet, `${STAGE_COLUMNS[i]}${row}`) ?? 0));
  return counts;
}

function compare(sheet: Sheet, funnel: Funnel, label: string): void {
  const f = OVERVIEW_LAYOUT.figures;
  const at = (key: OverviewFigure): number | null => num(sheet, f[key]);
  for (const stage of STAGES) close(at(stage.key), funnel.stages[stage.key], `${label} ${stage.key}`);
  close(at("conversionInterviewed"), funnel.conversion.interviewed, `${label} conversion interviewed`);
  close(at("conversionOffered"), funnel.conversion.offered, `${label} conversion offered`);
  close(at("conversionStarted"), funnel.conversion.started, `${label} conversion started`);
  close(at("medianDaysToStart"), funnel.medianDaysToStart, `${label} median days`);
  close(at("openWithoutCandidates"), funnel.openPositionsWithoutCandidates.length, `${label} open without candidates`);
  close(at("openTooLong"), funnel.positionsOpenOver30Days.length, `${label} open > 30 days`);
  close(at("startedPlacements"), funnel.startedPlacements, `${label} started placements`);
  close(at("startedViaMatching"), funnel.startedViaMatching, `${label} via matching`);
  close(at("shareStartedViaMatching"), funnel.shareStartedViaMatching, `${label} share via matching`);
  close(at("outcomesRecorded"), funnel.outcomesRecorded, `${label} outcomes`);
  close(at("outcomesInWorkOrStudies"), funnel.outcomesInWorkOrStudies, `${label} in work or studies`);
  close(at("shareInWorkOrStudies"), funnel.shareInWorkOrStudies, `${label} share in work or studies`);
  CANDIDATE_SOURCES.forEach((source, i) => {
    expect(countsRow(sheet, OVERVIEW_LAYOUT.bySourceRow + i), `${label} source ${source}`).to.deep.equal(funnel.bySource[source] ?? emptyCounts());
  });
  for (let k = 0; k < OVERVIEW_TARGET_GROUP_ROWS; k++) {
    const row = OVERVIEW_LAYOUT.byTargetGroupRow + k;
    const group = value(sheet, `A${row}`);
    if (group === null) continue;
    expect(countsRow(sheet, row), `${label} target group ${String(group)}`).to.deep.equal(funnel.byTargetGroup[String(group)] ?? emptyCounts());
  }
  let positions = 0;
  for (let k = 0; k < OVERVIEW_POSITION_ROWS; k++) {
    const row = OVERVIEW_LAYOUT.byPositionRow + k;
    const id = value(sheet, `A${row}`);
    if (id === null) continue;
    positions++;
    expect(countsRow(sheet, row), `${label} position ${String(id)}`).to.deep.equal(funnel.byPosition[String(id)]);
  }
  expect(positions, `${label}: every position listed`).to.equal(Object.keys(funnel.byPosition).filter((id) => id !== "L-99").length);
}

describe("the funnel from code equals the Matchningsöversikt formulas recalculated in LibreOffice (property)", () => {

  it(`agrees on ${PIPELINES} generated messy pipelines, figure by figure`, async () => {
    const pipelines: Pipeline[] = fc.sample(pipelineArbitrary, { seed: 16, numRuns: PIPELINES });
    const dir = mkdtempSync(join(tmpdir(), "syss-funnel-"));
    const files: string[] = [];
    for (const [i, pipeline] of pipelines.entries()) {
      const file = join(dir, `pipeline-${i}.xlsx`);
      writeFileSync(file, await writeTemplateXlsx(pipelinePlan(pipeline)));
      files.push(file);
    }
    const today = todayIso();
    const outDir = await recalculateInLibreOffice(dir, files, 600_000);
    let started = 0;
    for (const [i, file] of files.entries()) {
      const funnel = computeFunnel(funnelInputOf(await readMatchingWorkbook(new Uint8Array(readFileSync(file)), file), today));
      started += funnel.stages.started;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(outDir, `pipeline-${i}.xlsx`));
      const sheet = workbook.getWorksheet(MATCHING_SHEETS.overview);
      expect(sheet, "the overview sheet").to.not.equal(undefined);
      compare(sheet!, funnel, `pipeline ${i}`);
    }
    expect(started, "the generated pipelines reach the started stage").to.be.greaterThan(3);
  });
});
