/**
 * The recruitment chain's actions as pure operations (spec/matching.md, "Task pane and CLI"): add a candidate
 * to a position, move a candidate to the next stage, and start a placement. Each takes the pipeline as read
 * from the workbook and returns either the exact cells to write (a new row, or named cells of one existing
 * row) or a problem with a code the pane explains; a problem means nothing is written.
 *
 * Privacy by design: a candidate is only a pseudonymous Kandidat-ID; a placement copies only Målgrupp,
 * Sysselsättningsform, the offer and start dates and Omfattning, and the two are linked in Matchning only.
 */
import { isIsoDate, serialToIso } from "../followup/dates";
import type { CellValue } from "../followup/types";
import type { InputCell, TableInput } from "../validation/input";
import { MATCHING_HEADERS, PLACEMENT_LINK_HEADERS, POSITION_HEADERS, SOURCES, DECISIONS, type Decision } from "./pipelineColumns";

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

/** One candidate × position (Matchning row). Dates are ISO text; `invalid` names date cells that hold no date. */
export interface Candidate {
  readonly row: number;
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

/** Stages in order; a candidate counts at every stage it has reached (spec, "Funnel"). */
export const STAGES = ["referred", "interviewed", "offered", "started"] as const;
export type Stage = (typeof STAGES)[number];

export interface Pipeline {
  readonly positions: readonly Position[];
  readonly candidates: readonly Candidate[];
  /** Every Ärende-ID in Placeringar, for the next free one and the "used once" check. */
  readonly caseIds: readonly string[];
  /** The Målgrupp list (the Malgrupper table), empty when the workbook has none. */
  readonly targetGroups: readonly string[];
}

/** Why an action writes nothing. `params` fill the placeholders of the pane's text for `code`. */
export interface PipelineProblem {
  readonly code:
    | "candidateIdFormat"
    | "unknownPosition"
    | "positionClosed"
    | "duplicateCandidate"
    | "badDate"
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

/**
 * The pipeline from the workbook's tables (any may be missing: then it is empty). Blank rows are skipped but
 * keep their row numbers, so a write still lands on the row that was read.
 */
export function readPipeline(tables: { platser?: TableInput; matchning?: TableInput; placeringar?: TableInput; malgrupper?: TableInput }): Pipeline {
  const positions: Position[] = [];
  const { platser, matchning, placeringar, malgrupper } = tables;
  if (platser) {
    const at = (key: keyof typeof POSITION_HEADERS) => column(platser, POSITION_HEADERS[key]);
    const [id, role, count, form, scope, status] = [at("id"), at("role"), at("count"), at("form"), at("scope"), at("status")];
    platser.rows.forEach((row, index) => {
      if (isBlankRow(row) || text(row[id]) === "") return;
      positions.push({
        row: index,
        id: text(row[id]),
        role: text(row[role]),
        count: numberOrNull(row[count]),
        form: text(row[form]) || null,
        scope: numberOrNull(row[scope]),
        status: text(row[status]) || null,
      });
    });
  }
  const candidates: Candidate[] = [];
  if (matchning) {
    const at = (key: keyof typeof MATCHING_HEADERS) => column(matchning, MATCHING_HEADERS[key]);
    const columns = {
      candidateId: at("candidateId"), positionId: at("positionId"), targetGroup: at("targetGroup"), source: at("source"),
      referred: at("referred"), interviewed: at("interviewed"), offered: at("offered"), decision: at("decision"), caseId: at("caseId"),
    };
    matchning.rows.forEach((row, index) => {
      const candidateId = text(row[columns.candidateId]);
      if (isBlankRow(row) || (candidateId === "" && text(row[columns.positionId]) === "")) return;
      const invalidDates: DateField[] = [];
      const date = (field: DateField) => {
        const value = dateOf(row[columns[field]]);
        if (value === undefined) invalidDates.push(field);
        return value ?? null;
      };
      candidates.push({
        row: index,
        candidateId,
        positionId: text(row[columns.positionId]),
        targetGroup: text(row[columns.targetGroup]),
        source: text(row[columns.source]),
        referred: date("referred"),
        interviewed: date("interviewed"),
        offered: date("offered"),
        decision: text(row[columns.decision]),
        caseId: text(row[columns.caseId]),
        invalidDates,
      });
    });
  }
  const caseColumn = placeringar ? column(placeringar, PLACEMENT_LINK_HEADERS.caseId) : -1;
  const caseIds = placeringar ? placeringar.rows.map((row) => text(row[caseColumn])).filter((id) => id !== "") : [];
  const groupColumn = malgrupper ? column(malgrupper, "Målgrupp") : -1;
  const targetGroups = malgrupper ? malgrupper.rows.map((row) => text(row[groupColumn])).filter((name) => name !== "") : [];
  return { positions, candidates, caseIds, targetGroups };
}

// ---------------------------------------------------------------- stages and counts

const CLOSED_DECISIONS: readonly Decision[] = ["Tackade nej", "Ej vald", "Avbruten"];

/** The furthest stage a candidate has reached (a later stage's date implies the earlier ones); null for none. */
export function reachedStage(candidate: Pick<Candidate, "referred" | "interviewed" | "offered" | "decision">): Stage | null {
  if (sameText(candidate.decision, "Startad")) return "started";
  if (candidate.offered !== null) return "offered";
  if (candidate.interviewed !== null) return "interviewed";
  if (candidate.referred !== null) return "referred";
  return null;
}

export type StageCounts = Readonly<Record<Stage, number>>;

export function stageCounts(candidates: readonly Candidate[]): StageCounts {
  const counts: Record<Stage, number> = { referred: 0, interviewed: 0, offered: 0, started: 0 };
  for (const candidate of candidates) {
    const reached = reachedStage(candidate);
    if (reached === null) continue;
    for (const stage of STAGES.slice(0, STAGES.indexOf(reached) + 1)) counts[stage]++;
  }
  return counts;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isClosed(candidate: Candidate): boolean {
  return CLOSED_DECISIONS.some((decision) => sameText(candidate.decision, decision));
}

// ---------------------------------------------------------------- IDs

/** Pseudonymous Kandidat-ID: "K-" and 1–6 digits. A name or a personnummer never matches. */
const CANDIDATE_ID = /^K-\d{1,6}$/;

const NUMBERED_CANDIDATE = /^K-(\d{1,9})$/i;
const NUMBERED_CASE = /^P-(\d{1,9})$/i;

function nextId(prefix: "K" | "P", taken: readonly string[]): string {
  const pattern = prefix === "K" ? NUMBERED_CANDIDATE : NUMBERED_CASE;
  const highest = taken.reduce((max, id) => {
    const match = pattern.exec(id.trim());
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `${prefix}-${String(highest + 1).padStart(3, "0")}`;
}

/** The next free Kandidat-ID after the highest in use (K-001 first). */
export function nextCandidateId(pipeline: Pipeline): string {
  return nextId("K", pipeline.candidates.map((candidate) => candidate.candidateId));
}

/** The next free Ärende-ID after the highest in Placeringar or Matchning (P-001 first). */
export function nextCaseId(pipeline: Pipeline): string {
  return nextId("P", [...pipeline.caseIds, ...pipeline.candidates.map((candidate) => candidate.caseId)]);
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
  if (!CANDIDATE_ID.test(candidateId)) return problem("candidateIdFormat", { value: candidateId.length > 40 ? `${candidateId.slice(0, 40)}…` : candidateId });
  const position = pipeline.positions.find((p) => sameText(p.id, input.positionId));
  if (!position) return problem("unknownPosition", { id: input.positionId.trim() });
  if (position.status !== null && !sameText(position.status, "Öppen")) return problem("positionClosed", { id: position.id, status: position.status });
  if (pipeline.candidates.some((c) => sameText(c.candidateId, candidateId) && sameText(c.positionId, position.id))) {
    return problem("duplicateCandidate", { candidate: candidateId, id: position.id });
  }
  const targetGroup = input.targetGroup.trim();
  if (targetGroup !== "" && pipeline.targetGroups.length > 0 && !pipeline.targetGroups.some((g) => sameText(g, targetGroup))) {
    return problem("unknownTargetGroup", { value: targetGroup });
  }
  const source = input.source.trim();
  if (source !== "" && !SOURCES.some((s) => sameText(s, source))) return problem("unknownSource", { value: source });
  if (!isIsoDate(input.referred.trim())) return problem("badDate", { value: input.referred.trim() });
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
            ...(source !== "" ? { [MATCHING_HEADERS.source]: listed(SOURCES, source) } : {}),
            [MATCHING_HEADERS.referred]: date(input.referred.trim()),
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
  referred: MATCHING_HEADERS.referred,
  interviewed: MATCHING_HEADERS.interviewed,
  offered: MATCHING_HEADERS.offered,
};

/** The earlier dates of a candidate a new date must not precede, latest first. */
function latestEarlierDate(candidate: Candidate): { field: DateField; date: string } | null {
  for (const field of ["offered", "interviewed", "referred"] as const) {
    const value = candidate[field];
    if (value !== null) return { field, date: value };
  }
  return null;
}

function checkDates(candidate: Candidate, iso: string): PipelineProblem | null {
  if (candidate.invalidDates.length > 0) return { code: "unreadableDate", params: { candidate: candidate.candidateId, column: DATE_HEADER[candidate.invalidDates[0]!] } };
  if (!isIsoDate(iso)) return { code: "badDate", params: { value: iso } };
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
      updates: [{ table: "Matchning", row, cells: { [MATCHING_HEADERS.decision]: "Startad", [MATCHING_HEADERS.caseId]: caseId } }],
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
