/**
 * Generated recruitment pipelines for the matching tests, deliberately messy the way typed sheets are: IDs and
 * list values with spaces around and in other case, blank rows, dates as serial numbers or ISO text, unknown
 * Plats-IDs, started rows with or without a placement. `pipelineWorkbook` writes one as a full SYSS workbook
 * (the template's own writer), with every row inside its table.
 */
import fc from "fast-check";
import type { Contract } from "../../src/domain/followup/contract";
import { PLACEMENT_HEADERS } from "../../src/domain/followup/names";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import type { CellValue, TablePlan, TemplatePlan } from "../../src/domain/followup/types";
import { isoToSerial, serialToIso } from "../../src/domain/followup/dates";
import { CANDIDATE_SOURCES, DECISIONS, MATCHING_COLUMNS, MATCHING_ORDER, MATCHING_TABLES, OUTCOMES, POSITION_COLUMNS, POSITION_ORDER, POSITION_STATUSES } from "../../src/domain/matching/sheets";
import { columnLetter } from "../../src/excel/host/a1";

export const TARGET_GROUPS = ["Långtidsarbetslösa", "Unga 16–24 år", "Nyanlända"];
export const PIPELINE_CONTRACT: Contract = {
  values: { name: "Tratt", start: "2026-01-01", end: "2028-12-31", reportingInterval: "år", commitmentMonths: 24 },
  targetGroups: TARGET_GROUPS.map((name) => ({ name })),
};

export interface Pipeline {
  readonly positions: CellValue[][];
  readonly matching: CellValue[][];
  /** Ärende-ID, Startdatum, Utfall efter avslut. */
  readonly placements: [CellValue, CellValue, CellValue][];
}

/** A text typed with spaces around or in another case. */
const messy = (text: string): fc.Arbitrary<string> =>
  fc.constantFrom(text, ` ${text}`, `${text} `, text.toLocaleLowerCase("sv-SE"), text.toLocaleUpperCase("sv-SE"));

const BASE = isoToSerial("2025-06-01");
/** A date as a serial, as ISO text (maybe with spaces), or blank. */
const date = (blankWeight = 1): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: blankWeight, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 500 }).map((d) => BASE + d) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 500 }).chain((d) => messy(serialToIso(BASE + d))) },
  );

export const pipelineArbitrary: fc.Arbitrary<Pipeline> = fc
  .record({ positions: fc.integer({ min: 1, max: 6 }), placements: fc.integer({ min: 0, max: 5 }) })
  .chain(({ positions, placements }) => {
    const ids = Array.from({ length: positions }, (_, i) => `L-0${i + 1}`);
    const caseIds = Array.from({ length: placements }, (_, i) => `P-00${i + 1}`);
    const positionRow = (id: string): fc.Arbitrary<CellValue[]> =>
      fc.tuple(fc.oneof(fc.constant(null), ...POSITION_STATUSES.map(messy)), date(1)).map(([status, desired]) => {
        const row: CellValue[] = POSITION_ORDER.map(() => null);
        row[POSITION_ORDER.indexOf("positionId")] = id;
        row[POSITION_ORDER.indexOf("status")] = status;
        row[POSITION_ORDER.indexOf("desiredStart")] = desired;
        return row;
      });
    const placementRow = (id: string): fc.Arbitrary<[CellValue, CellValue, CellValue]> =>
      fc.tuple(fc.constant(id), date(1), fc.oneof(fc.constant(null), ...OUTCOMES.map(messy)));
    const matchingRow: fc.Arbitrary<CellValue[]> = fc
      .record({
        blank: fc.integer({ min: 0, max: 9 }),
        candidate: fc.integer({ min: 1, max: 40 }),
        position: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ids).chain(messy) }, { weight: 1, arbitrary: fc.constant("L-99") }),
        source: fc.oneof(fc.constant(null), ...CANDIDATE_SOURCES.map(messy)),
        group: fc.oneof(fc.constant(null), ...TARGET_GROUPS.map(messy)),
        referred: date(1),
        interview: date(2),
        offer: date(3),
        decision: fc.oneof(fc.constant(null), ...DECISIONS.map(messy)),
        caseId: caseIds.length > 0 ? fc.oneof(fc.constant(null), fc.constantFrom(...caseIds).chain(messy)) : fc.constant(null),
      })
      .map((r) => {
        const row: CellValue[] = MATCHING_ORDER.map(() => null);
        if (r.blank === 0) return row; // a blank row in the middle of the table
        const set = (key: (typeof MATCHING_ORDER)[number], value: CellValue): void => {
          row[MATCHING_ORDER.indexOf(key)] = value;
        };
        set("candidateId", `K-${String(r.candidate).padStart(3, "0")}`);
        set("positionId", r.position);
        set("source", r.source);
        set("targetGroup", r.group);
        set("referredDate", r.referred);
        set("interviewDate", r.interview);
        set("offerDate", r.offer);
        set("decision", r.decision);
        set("caseId", r.caseId);
        return row;
      });
    return fc.record({
      positions: fc.tuple(...ids.map(positionRow)),
      placements: caseIds.length > 0 ? fc.tuple(...caseIds.map(placementRow)) : fc.constant([] as [CellValue, CellValue, CellValue][]),
      matching: fc.array(matchingRow, { minLength: 0, maxLength: 14 }),
    });
  });

function withRows(table: TablePlan, rows: CellValue[][]): TablePlan {
  const filled = rows.length > 0 ? rows : [table.spec.columns.map(() => null)];
  return { ...table, rows: filled, range: `A1:${columnLetter(table.spec.columns.length)}${filled.length + 1}` };
}

/** The full template plan with the pipeline's rows in Platser, Matchning and Placeringar. */
export function pipelinePlan(pipeline: Pipeline): TemplatePlan {
  const plan = buildTemplatePlan(PIPELINE_CONTRACT);
  const placementColumns = plan.tables.find((t) => t.spec.name === "Placeringar")!.spec.columns.map((c) => c.header);
  const placementRows = pipeline.placements.map(([caseId, start, outcome]) => {
    const row: CellValue[] = placementColumns.map(() => null);
    row[placementColumns.indexOf(PLACEMENT_HEADERS.caseId)] = caseId;
    row[placementColumns.indexOf(PLACEMENT_HEADERS.startDate)] = start;
    row[placementColumns.indexOf(PLACEMENT_HEADERS.outcomeAfterEnd)] = outcome;
    return row;
  });
  return {
    ...plan,
    tables: plan.tables.map((table) => {
      if (table.spec.name === MATCHING_TABLES.positions) return withRows(table, pipeline.positions);
      if (table.spec.name === MATCHING_TABLES.matching) return withRows(table, pipeline.matching);
      if (table.spec.name === "Placeringar") return withRows(table, placementRows);
      return table;
    }),
  };
}

export { MATCHING_COLUMNS, POSITION_COLUMNS };
