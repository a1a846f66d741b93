/**
 * The recruitment chain's actions as pure operations (spec/matching.md, "Task pane and CLI"): add a candidate
 * to a position, move a candidate to the next stage, and start a placement. Each takes the pipeline as read
 * from the workbook and returns either the exact cells to write (a new row, or named cells of one existing
 * row) or a problem with a code the pane explains; a problem means nothing is written.
 *
 * Privacy by design: a candidate is only a pseudonymous Kandidat-ID; a placement copies only Målgrupp,
 * Sysselsättningsform, the offer and start dates and Omfattning, and the two are linked in Matchning only.
 */
import { isIsoDate, serialToIso } from "../common/dates";
import { PLACEMENT_HEADERS, TARGET_GROUP_HEADERS } from "../followup/names";
import type { CellValue } from "../followup/types";
import type { InputCell, TableInput } from "../validation/input";
import { STAGES as FUNNEL_STAGES, computeFunnel, stageOf, type Funnel, type MatchingRow, type PlacementLink, type PositionRow, type StageKey, type StageStep } from "./funnel";
import {
  CANDIDATE_ID_PATTERN,
  CANDIDATE_SOURCES,
  DECISION_STARTED,
  DECISIONS,
  MATCHING_COLUMNS,
  MATCHING_ORDER,
  POSITION_COLUMNS,
  POSITION_OPEN,
  POSITION_ORDER,
  PLACEMENT_OUTCOME_COLUMNS,
  nextId as nextMatchingId,
  normalizeKey,
  type Decision,
  type MatchingColumnKey,
  type PositionColumnKey,
} from "./sheets";

/** Matchning's headers by column key (the Swedish table column names). */
const MATCHING_HEADERS = Object.fromEntries(MATCHING_ORDER.map((key) => [key, MATCHING_COLUMNS[key].sv])) as Record<MatchingColumnKey, string>;

/** The Placeringar columns "Starta placering" fills: the non-personal fields only. */
export const PLACEMENT_LINK_HEADERS = {
  caseId: PLACEMENT_HEADERS.caseId,
  targetGroup: PLACEMENT_HEADERS.targetGroup,
  form: PLACEMENT_HEADERS.form,
  offeredDate: PLACEMENT_HEADERS.offeredDate,
  startDate: PLACEMENT_HEADERS.startDate,
  scope: PLACEMENT_HEADERS.scope,
} as const;

/** One position (Platser row) as the pipeline needs it. */
export interface Position {
  /** Zero-based data row in the Platser table. */
  readonly row: number;
  readonly id: string;
  readonly role: string;
  readonly count: number | null;
  readonly form: string | null;
  /** Omfattning as a share of full time (0–1), as the template's percent format stores it. */
  readonly scope: number | null;
  readonly status: string | null;
}

/** One candidate × position (Matchning row). Dates are ISO text; `invalidDates` names date cells that hold no date. */
export interface Candidate {
  readonly row: number;
  /** The Steg of the row by the funnel's one definition (funnel.ts stageOf). */
  readonly step: StageStep;
  readonly candidateId: string;
  readonly positionId: string;
  readonly targetGroup: string;
  readonly source: string;
  readonly referred: string | null;
  readonly interviewed: string | null;
  readonly offered: string | null;
  readonly decision: string;
  readonly caseId: string;
  readonly invalidDates: readonly DateField[];
}

export type DateField = "referred" | "interviewed" | "offered";

/** Stages in order (the funnel's); a candidate counts at every stage it has reached (spec, "Funnel"). */
export const STAGE_KEYS: readonly StageKey[] = FUNNEL_STAGES.map((stage) => stage.key);
export type Stage = StageKey;

export interface Pipeline {
  readonly positions: readonly Position[];
  readonly candidates: readonly Candidate[];
  /** Every Ärende-ID in Placeringar, for the next free one and the "used once" check. */
  readonly caseIds: readonly string[];
  /** The Målgrupp list (the Malgrupper table), empty when the workbook has none. */
  readonly targetGroups: readonly string[];
  /** The rows as the funnel reads them (funnel.ts), for the counts the pane shows. */
  readonly funnelInput: { readonly matching: readonly MatchingRow[]; readonly positions: readonly PositionRow[]; readonly placements: readonly PlacementLink[] };
}

/** Why an action writes nothing. `params` fill the placeholders of the pane's text for `code`. */
export interface PipelineProblem {
  readonly code:
    | "candidateIdFormat"
    | "unknownPosition"
    | "positionClosed"
    | "duplicateCandidate"
    | "badDate"
    | "missingDate"
    | "dateBeforeEarlier"
    | "unknownTargetGroup"
    | "unknownSource"
    | "candidateClosed"
    | "useStartPlacement"
    | "notOffered"
    | "alreadyStarted"
    | "unreadableDate"
    | "missingTable"
    | "candidateChanged";
  readonly params: Readonly<Record<string, string>>;
}

/** Cells by column header; a DateValue is written as a date. */
export type RowCells = Readonly<Record<string, CellValue>>;

/** What an action writes: new rows appended to a table and named cells of existing rows. */
export interface PipelineWrite {
  readonly appends: readonly { readonly table: "Matchning" | "Placeringar"; readonly cells: RowCells }[];
  readonly updates: readonly { readonly table: "Matchning"; readonly row: number; readonly cells: RowCells }[];
}

export type PipelineResult = { readonly ok: true; readonly write: PipelineWrite; readonly caseId?: string } | { readonly ok: false; readonly problem: PipelineProblem };

const problem = (code: PipelineProblem["code"], params: Record<string, string> = {}): PipelineResult => ({ ok: false, problem: { code, params } });

// ---------------------------------------------------------------- reading the tables

function text(cell: InputCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.date;
  return String(cell).trim();
}

function numberOrNull(cell: InputCell | undefined): number | null {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell.trim().replace(",", ".")))) return Number(cell.trim().replace(",", "."));
  return null;
}

/** A date cell as ISO text; undefined when it holds something that is not a date. */
function dateOf(cell: InputCell | undefined): string | null | undefined {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "object") return isIsoDate(cell.date) ? cell.date : undefined;
  // Serial numbers between 1950 and 2100: anything else in a date column is not a date a user meant.
  if (typeof cell === "number") return cell >= 18_264 && cell <= 73_051 ? serialToIso(cell) : undefined;
  if (typeof cell === "string") return isIsoDate(cell.trim()) ? cell.trim() : undefined;
  return undefined;
}

function column(table: TableInput, header: string): number {
  return table.headers.findIndex((name) => name.trim().toLowerCase() === header.toLowerCase());
}

const isBlankRow = (row: readonly InputCell[]) => row.every((cell) => text(cell) === "");

/** A table's rows as cells by column key (the shape funnel.ts reads), each with its data row number. */
function keyedRows<K extends string>(table: TableInput | undefined, headers: Readonly<Record<K, string>>): { row: number; cells: Partial<Record<K, CellValue>> }[] {
  if (!table) return [];
  const keys = Object.keys(headers) as K[];
  const at = keys.map((key) => [key, column(table, headers[key])] as const).filter(([, index]) => index >= 0);
  return table.rows.flatMap((row, index) => (isBlankRow(row) ? [] : [{ row: index, cells: Object.fromEntries(at.map(([key, i]) => [key, row[i] ?? null])) as Partial<Record<K, CellValue>> }]));
}

const POSITION_HEADERS = Object.fromEntries(POSITION_ORDER.map((key) => [key, POSITION_COLUMNS[key].sv])) as Record<PositionColumnKey, string>;

/**
 * The pipeline from the workbook's tables (any may be missing: then it is empty). A candidate is a Matchning row
 * with a Kandidat-ID, as the funnel counts them; blank rows are skipped but keep their row numbers, so a write
 * still lands on the row that was read.
 */
export function readPipeline(tables: { platser?: TableInput; matchning?: TableInput; placeringar?: TableInput; malgrupper?: TableInput }): Pipeline {
  const positionRows = keyedRows(tables.platser, POSITION_HEADERS);
  const positions: Position[] = positionRows
    .filter(({ cells }) => text(cells.positionId) !== "")
    .map(({ row, cells }) => ({
      row,
      id: text(cells.positionId),
      role: text(cells.role),
      count: numberOrNull(cells.count),
      form: text(cells.form) || null,
      scope: numberOrNull(cells.scope),
      status: text(cells.status) || null,
    }));
  const matchingRows = keyedRows(tables.matchning, MATCHING_HEADERS);
  const candidates: Candidate[] = matchingRows
    .filter(({ cells }) => text(cells.candidateId) !== "")
    .map(({ row, cells }) => {
      const invalidDates: DateField[] = [];
      const date = (field: DateField) => {
        const value = dateOf(cells[DATE_KEY[field]]);
        if (value === undefined) invalidDates.push(field);
        return value ?? null;
      };
      return {
        row,
        step: stageOf(cells),
        candidateId: text(cells.candidateId),
        positionId: text(cells.positionId),
        targetGroup: text(cells.targetGroup),
        source: text(cells.source),
        referred: date("referred"),
        interviewed: date("interviewed"),
        offered: date("offered"),
        decision: text(cells.decision),
        caseId: text(cells.caseId),
        invalidDates,
      };
    });
  const placements = keyedRows(tables.placeringar, { caseId: PLACEMENT_HEADERS.caseId, startDate: PLACEMENT_HEADERS.startDate, outcomeAfterEnd: PLACEMENT_OUTCOME_COLUMNS.outcomeAfterEnd.sv });
  const caseIds = placements.map(({ cells }) => text(cells.caseId)).filter((id) => id !== "");
  const targetGroups = keyedRows(tables.malgrupper, { name: TARGET_GROUP_HEADERS.name }).map(({ cells }) => text(cells.name)).filter((name) => name !== "");
  return {
    positions,
    candidates,
    caseIds,
    targetGroups,
    funnelInput: {
      matching: matchingRows.map(({ cells }) => cells),
      positions: positionRows.map(({ cells }) => cells),
      placements: placements.map(({ cells }) => ({ caseId: cells.caseId ?? null, startDate: cells.startDate ?? null, outcomeAfterEnd: cells.outcomeAfterEnd ?? null })),
    },
  };
}

const DATE_KEY = { referred: "referredDate", interviewed: "interviewDate", offered: "offerDate" } as const satisfies Record<DateField, MatchingColumnKey>;

// ---------------------------------------------------------------- stages and counts

const CLOSED_DECISIONS: readonly Decision[] = DECISIONS.filter((decision) => decision !== "Pågår" && decision !== DECISION_STARTED);

/** The furthest stage a candidate has reached, by the funnel's rule (funnel.ts stageOf); null for none. */
export function reachedStage(candidate: Pick<Candidate, "step">): Stage | null {
  return candidate.step === 0 ? null : STAGE_KEYS[candidate.step - 1]!;
}

/** The funnel's figures for the pipeline (funnel.ts, the same as `syss funnel` and the overview's formulas). */
export function pipelineFunnel(pipeline: Pipeline, today: string): Funnel {
  return computeFunnel({ ...pipeline.funnelInput, targetGroups: pipeline.targetGroups, today });
}

function sameText(a: string, b: string): boolean {
  return normalizeKey(a) === normalizeKey(b);
}

function isClosed(candidate: Candidate): boolean {
  return CLOSED_DECISIONS.some((decision) => sameText(candidate.decision, decision));
}

// ---------------------------------------------------------------- IDs

const NUMBERED_CASE = /^P-(\d{1,9})$/i;

/** The next free Kandidat-ID after the highest in use (K-001 first). */
export function nextCandidateId(pipeline: Pipeline): string {
  return nextMatchingId("K", pipeline.candidates.map((candidate) => candidate.candidateId));
}

/** The next free Ärende-ID (P-001, the template's form) after the highest in Placeringar or Matchning. */
export function nextCaseId(pipeline: Pipeline): string {
  const taken = [...pipeline.caseIds, ...pipeline.candidates.map((candidate) => candidate.caseId)];
  const highest = taken.reduce((max, id) => {
    const match = NUMBERED_CASE.exec(id.trim());
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `P-${String(highest + 1).padStart(3, "0")}`;
}

// ---------------------------------------------------------------- actions

export interface NewCandidate {
  readonly candidateId: string;
  readonly positionId: string;
  readonly targetGroup: string;
  readonly source: string;
  /** Anvisad datum, ISO. */
  readonly referred: string;
}

const date = (iso: string): CellValue => ({ date: iso });

/** Adds a candidate to a position: one new Matchning row with Beslut "Pågår". */
export function addCandidate(pipeline: Pipeline, input: NewCandidate): PipelineResult {
  const candidateId = input.candidateId.trim();
  if (!CANDIDATE_ID_PATTERN.test(candidateId)) return problem("candidateIdFormat", { value: candidateId.length > 40 ? `${candidateId.slice(0, 40)}…` : candidateId });
  const position = pipeline.positions.find((p) => sameText(p.id, input.positionId));
  if (!position) return problem("unknownPosition", { id: input.positionId.trim() });
  if (position.status !== null && !sameText(position.status, POSITION_OPEN)) return problem("positionClosed", { id: position.id, status: position.status });
  if (pipeline.candidates.some((c) => sameText(c.candidateId, candidateId) && sameText(c.positionId, position.id))) {
    return problem("duplicateCandidate", { candidate: candidateId, id: position.id });
  }
  const targetGroup = input.targetGroup.trim();
  if (targetGroup !== "" && pipeline.targetGroups.length > 0 && !pipeline.targetGroups.some((g) => sameText(g, targetGroup))) {
    return problem("unknownTargetGroup", { value: targetGroup });
  }
  const source = input.source.trim();
  if (source !== "" && !CANDIDATE_SOURCES.some((s) => sameText(s, source))) return problem("unknownSource", { value: source });
  const dateProblem = dateInputProblem(input.referred.trim());
  if (dateProblem) return { ok: false, problem: dateProblem };
  const listed = (list: readonly string[], value: string) => list.find((entry) => sameText(entry, value)) ?? value;
  return {
    ok: true,
    write: {
      appends: [
        {
          table: "Matchning",
          cells: {
            [MATCHING_HEADERS.candidateId]: candidateId,
            [MATCHING_HEADERS.positionId]: position.id,
            ...(targetGroup !== "" ? { [MATCHING_HEADERS.targetGroup]: listed(pipeline.targetGroups, targetGroup) } : {}),
            ...(source !== "" ? { [MATCHING_HEADERS.source]: listed(CANDIDATE_SOURCES, source) } : {}),
            [MATCHING_HEADERS.referredDate]: date(input.referred.trim()),
            [MATCHING_HEADERS.decision]: DECISIONS[0],
          },
        },
      ],
      updates: [],
    },
  };
}

/** The stage "Nästa steg" would record for a candidate, or null when it has none (closed, or offered: start it). */
export function nextStage(candidate: Candidate): Exclude<Stage, "started"> | null {
  if (isClosed(candidate) || reachedStage(candidate) === "started") return null;
  if (candidate.referred === null && candidate.interviewed === null && candidate.offered === null) return "referred";
  if (candidate.interviewed === null && candidate.offered === null) return "interviewed";
  if (candidate.offered === null) return "offered";
  return null;
}

const DATE_HEADER: Readonly<Record<DateField, string>> = {
  referred: MATCHING_HEADERS.referredDate,
  interviewed: MATCHING_HEADERS.interviewDate,
  offered: MATCHING_HEADERS.offerDate,
};

/** The earlier dates of a candidate a new date must not precede, latest first. */
function latestEarlierDate(candidate: Candidate): { field: DateField; date: string } | null {
  for (const field of ["offered", "interviewed", "referred"] as const) {
    const value = candidate[field];
    if (value !== null) return { field, date: value };
  }
  return null;
}

/** An empty date field, or one that is not a calendar date yyyy-mm-dd. */
function dateInputProblem(iso: string): PipelineProblem | null {
  if (iso === "") return { code: "missingDate", params: {} };
  return isIsoDate(iso) ? null : { code: "badDate", params: { value: iso } };
}

function checkDates(candidate: Candidate, iso: string): PipelineProblem | null {
  if (candidate.invalidDates.length > 0) return { code: "unreadableDate", params: { candidate: candidate.candidateId, column: DATE_HEADER[candidate.invalidDates[0]!] } };
  const dateProblem = dateInputProblem(iso);
  if (dateProblem) return dateProblem;
  const earlier = latestEarlierDate(candidate);
  if (earlier !== null && iso < earlier.date) return { code: "dateBeforeEarlier", params: { value: iso, column: DATE_HEADER[earlier.field], earlier: earlier.date } };
  return null;
}

/** Moves a candidate to the next stage: writes that stage's date cell of its row, nothing else. */
export function advanceStage(pipeline: Pipeline, row: number, on: string): PipelineResult {
  const candidate = pipeline.candidates.find((c) => c.row === row);
  if (!candidate) return problem("candidateChanged");
  const stage = nextStage(candidate);
  if (stage === null) {
    if (candidate.offered !== null && !isClosed(candidate) && reachedStage(candidate) !== "started") return problem("useStartPlacement", { candidate: candidate.candidateId });
    return problem("candidateClosed", { candidate: candidate.candidateId, decision: candidate.decision || "Startad" });
  }
  const wrong = checkDates(candidate, on.trim());
  if (wrong) return { ok: false, problem: wrong };
  return { ok: true, write: { appends: [], updates: [{ table: "Matchning", row, cells: { [DATE_HEADER[stage]]: date(on.trim()) } }] } };
}

/**
 * "Starta placering": a new Placeringar row with a new Ärende-ID and only the non-personal fields (Målgrupp,
 * Sysselsättningsform, Datum för erbjudande, Startdatum, Omfattning); the Matchning row gets Beslut "Startad"
 * and the Ärende-ID, which is the only link between the two.
 */
export function startPlacement(pipeline: Pipeline, row: number, startDate: string): PipelineResult {
  const candidate = pipeline.candidates.find((c) => c.row === row);
  if (!candidate) return problem("candidateChanged");
  if (reachedStage(candidate) === "started" || candidate.caseId !== "") return problem("alreadyStarted", { candidate: candidate.candidateId, caseId: candidate.caseId || "–" });
  if (isClosed(candidate)) return problem("candidateClosed", { candidate: candidate.candidateId, decision: candidate.decision });
  if (candidate.offered === null) return problem("notOffered", { candidate: candidate.candidateId });
  const position = pipeline.positions.find((p) => sameText(p.id, candidate.positionId));
  if (!position) return problem("unknownPosition", { id: candidate.positionId });
  const wrong = checkDates(candidate, startDate.trim());
  if (wrong) return { ok: false, problem: wrong };
  const caseId = nextCaseId(pipeline);
  const placement: Record<string, CellValue> = {
    [PLACEMENT_LINK_HEADERS.caseId]: caseId,
    [PLACEMENT_LINK_HEADERS.offeredDate]: date(candidate.offered),
    [PLACEMENT_LINK_HEADERS.startDate]: date(startDate.trim()),
  };
  if (candidate.targetGroup !== "") placement[PLACEMENT_LINK_HEADERS.targetGroup] = candidate.targetGroup;
  if (position.form !== null) placement[PLACEMENT_LINK_HEADERS.form] = position.form;
  if (position.scope !== null) placement[PLACEMENT_LINK_HEADERS.scope] = position.scope;
  return {
    ok: true,
    caseId,
    write: {
      appends: [{ table: "Placeringar", cells: placement }],
      updates: [{ table: "Matchning", row, cells: { [MATCHING_HEADERS.decision]: DECISION_STARTED, [MATCHING_HEADERS.caseId]: caseId } }],
    },
  };
}

/** Whether the candidate at its row still holds what the pane showed (the cells an action reads or writes). */
export function sameCandidate(a: Candidate, b: Candidate): boolean {
  return (
    a.row === b.row &&
    a.candidateId === b.candidateId &&
    a.positionId === b.positionId &&
    a.targetGroup === b.targetGroup &&
    a.referred === b.referred &&
    a.interviewed === b.interviewed &&
    a.offered === b.offered &&
    a.decision === b.decision &&
    a.caseId === b.caseId
  );
}
