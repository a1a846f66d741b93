/**
 * The recruitment funnel (shared/spec/matching.md "Funnel"): ONE definition of the stages and of every figure,
 * which the task pane, `syss funnel` and the tests use. The native formulas on the Matchningsöversikt sheet
 * (matching/formulas.ts) spell out the same rules; a property test recalculates them in LibreOffice and
 * compares.
 *
 * The rules, as a user can check them in the sheet:
 * - A Matchning row counts when its Kandidat-ID is filled (blank rows and rows without a candidate do not).
 * - Its stage (the Steg column) is 4 when Beslut is Startad, else 3 with an Erbjudande datum, else 2 with an
 *   Intervju datum, else 1 (the row itself is the referral). A candidate counts at every stage it has reached:
 *   started ⊂ offered ⊂ interviewed ⊂ referred. A "date" counts as soon as the cell holds anything, so a date
 *   typed as text still moves the candidate on.
 * - Text is compared with surrounding spaces ignored and case ignored ("startad " is Startad).
 * - Dagar till start: the placement's Startdatum (found by Ärende-ID in Placeringar) minus Anvisad datum, for
 *   started rows where both are dates (a serial number, or ISO text yyyy-mm-dd).
 * - One row is one candidate × position: a candidate referred to two positions counts twice.
 */
import { isIsoDate, isoToSerial } from "../followup/dates";
import { isDateValue, type CellValue } from "../followup/types";
import {
  CANDIDATE_SOURCES,
  DECISION_STARTED,
  OUTCOMES_IN_WORK_OR_STUDIES,
  POSITION_OPEN,
  normalizeKey,
  type MatchingColumnKey,
  type PositionColumnKey,
} from "./sheets";

export const STAGES = [
  { key: "referred", step: 1, sv: "Anvisade", en: "Referred", dateColumn: "referredDate" },
  { key: "interviewed", step: 2, sv: "Intervjuade", en: "Interviewed", dateColumn: "interviewDate" },
  { key: "offered", step: 3, sv: "Erbjudna", en: "Offered", dateColumn: "offerDate" },
  { key: "started", step: 4, sv: "Startade", en: "Started", dateColumn: null },
] as const;

export type StageKey = (typeof STAGES)[number]["key"];
/** 0 = the row does not count (no Kandidat-ID); 1–4 as STAGES. */
export type StageStep = 0 | 1 | 2 | 3 | 4;
export type StageCounts = Record<StageKey, number>;

/** A position is "open too long" when it is open and its desired start date is more than this many days ago. */
export const OPEN_TOO_LONG_DAYS = 30;

/** A Matchning row as read: cells by column key (missing = empty). */
export type MatchingRow = Partial<Readonly<Record<MatchingColumnKey, CellValue>>>;
/** A Platser row as read. */
export type PositionRow = Partial<Readonly<Record<PositionColumnKey, CellValue>>>;
/** What the funnel needs of a Placeringar row. */
export interface PlacementLink {
  readonly caseId: CellValue;
  readonly startDate: CellValue;
  readonly outcomeAfterEnd?: CellValue;
}

export interface FunnelInput {
  readonly matching: readonly MatchingRow[];
  readonly positions: readonly PositionRow[];
  readonly placements: readonly PlacementLink[];
  /** The Målgrupp list (Malgrupper): values that match one are reported under its spelling. */
  readonly targetGroups?: readonly string[];
  /** ISO date yyyy-mm-dd; the domain never reads the clock. */
  readonly today: string;
}

export interface FunnelFigures {
  readonly stages: StageCounts;
  /** Share reaching each stage from the one before it; null when the earlier stage is 0. */
  readonly conversion: { readonly interviewed: number | null; readonly offered: number | null; readonly started: number | null };
  readonly medianDaysToStart: number | null;
}

export interface Funnel extends FunnelFigures {
  /** By Plats-ID as written in Platser (and IDs only Matchning names, as written there first). */
  readonly byPosition: Readonly<Record<string, StageCounts>>;
  /** By Källa (list spelling when it matches the list); rows with a blank Källa are left out. */
  readonly bySource: Readonly<Record<string, StageCounts>>;
  /** By Målgrupp (Malgrupper's spelling when it matches); rows with a blank Målgrupp are left out. */
  readonly byTargetGroup: Readonly<Record<string, StageCounts>>;
  readonly openPositionsWithoutCandidates: readonly string[];
  readonly positionsOpenOver30Days: readonly string[];
  /** Started placements (Placeringar rows with Ärende-ID and Startdatum) that have a started Matchning row. */
  readonly startedPlacements: number;
  readonly startedViaMatching: number;
  readonly shareStartedViaMatching: number | null;
  /** Placeringar rows with Utfall efter avslut filled, and the share of them in work or studies. */
  readonly outcomesRecorded: number;
  readonly outcomesInWorkOrStudies: number;
  readonly shareInWorkOrStudies: number | null;
}

/** True when a cell holds anything but spaces (what the Steg formula's LEN(TRIM(…))>0 tests). */
export function isFilled(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (isDateValue(value)) return true;
  return String(value).trim() !== "";
}

/**
 * A cell as an Excel date serial, or null: numbers as they are, `{ date }` and ISO text (spaces around ignored)
 * converted, anything else null. The formulas' IF(ISNUMBER(x),x,IFERROR(DATEVALUE(TRIM(x)),"")) does the same.
 */
export function dateSerial(value: CellValue | undefined): number | null {
  if (value === null || value === undefined || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (isDateValue(value)) return isIsoDate(value.date) ? isoToSerial(value.date) : null;
  const text = value.trim();
  return isIsoDate(text) ? isoToSerial(text) : null;
}

export function isStartedDecision(value: CellValue | undefined): boolean {
  return normalizeKey(value) === normalizeKey(DECISION_STARTED);
}

/** The Steg of a Matchning row (the calculated column's rule). */
export function stageOf(row: MatchingRow): StageStep {
  if (!isFilled(row.candidateId)) return 0;
  if (isStartedDecision(row.decision)) return 4;
  if (isFilled(row.offerDate)) return 3;
  if (isFilled(row.interviewDate)) return 2;
  return 1;
}

export function emptyCounts(): StageCounts {
  return { referred: 0, interviewed: 0, offered: 0, started: 0 };
}

function addStage(counts: StageCounts, step: StageStep): void {
  for (const stage of STAGES) if (step >= stage.step) counts[stage.key]++;
}

/**
 * Placeringar's Startdatum by Ärende-ID (the first row of an ID wins, as MATCH does). The Matchning side is
 * trimmed, Placeringar's is taken as typed (case ignored on both), as the Dagar till start formula does.
 */
function startDates(placements: readonly PlacementLink[]): Map<string, CellValue> {
  const dates = new Map<string, CellValue>();
  for (const placement of placements) {
    const key = placement.caseId === null || placement.caseId === undefined ? "" : String(placement.caseId).toLocaleUpperCase("sv-SE");
    if (key !== "" && !dates.has(key)) dates.set(key, placement.startDate);
  }
  return dates;
}

/** Dagar till start of a row: null unless started with a dated placement and a dated referral. */
export function daysToStart(row: MatchingRow, placementStarts: ReadonlyMap<string, CellValue>): number | null {
  if (stageOf(row) !== 4) return null;
  const start = dateSerial(placementStarts.get(normalizeKey(row.caseId)));
  const referred = dateSerial(row.referredDate);
  return start === null || referred === null ? null : start - referred;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Stage counts and conversions of a set of rows. */
export function funnelFigures(rows: readonly MatchingRow[], placements: readonly PlacementLink[]): FunnelFigures {
  const starts = startDates(placements);
  const stages = emptyCounts();
  const days: number[] = [];
  for (const row of rows) {
    addStage(stages, stageOf(row));
    const d = daysToStart(row, starts);
    if (d !== null) days.push(d);
  }
  return {
    stages,
    conversion: {
      interviewed: ratio(stages.interviewed, stages.referred),
      offered: ratio(stages.offered, stages.interviewed),
      started: ratio(stages.started, stages.offered),
    },
    medianDaysToStart: median(days),
  };
}

/** Groups counts by a key; `label` turns a normalised key into the name reported (first spelling wins). */
function countBy(rows: readonly MatchingRow[], keyOf: (row: MatchingRow) => CellValue | undefined, canonical: readonly string[]): Record<string, StageCounts> {
  const labels = new Map<string, string>(canonical.map((name) => [normalizeKey(name), name.trim()]));
  const out: Record<string, StageCounts> = {};
  for (const row of rows) {
    const step = stageOf(row);
    const key = normalizeKey(keyOf(row));
    if (step === 0 || key === "") continue;
    if (!labels.has(key)) labels.set(key, String(keyOf(row)).trim());
    const label = labels.get(key)!;
    out[label] ??= emptyCounts();
    addStage(out[label], step);
  }
  return out;
}

/** A position counts as open when its Status is Öppen or blank (a new row not yet given a status). */
export function isOpenPosition(row: PositionRow): boolean {
  const status = normalizeKey(row.status);
  return status === "" || status === normalizeKey(POSITION_OPEN);
}

export function computeFunnel(input: FunnelInput): Funnel {
  const figures = funnelFigures(input.matching, input.placements);
  const positions = input.positions.filter((row) => isFilled(row.positionId));
  const positionIds = positions.map((row) => String(row.positionId).trim());
  const byPosition: Record<string, StageCounts> = {};
  for (const id of positionIds) byPosition[id] ??= emptyCounts();
  Object.assign(byPosition, countBy(input.matching, (row) => row.positionId, positionIds));
  for (const id of positionIds) byPosition[id] ??= emptyCounts();

  const candidatesAt = new Set(input.matching.filter((row) => stageOf(row) > 0).map((row) => normalizeKey(row.positionId)));
  const todaySerial = isoToSerial(input.today);
  const open = positions.filter(isOpenPosition);
  const openPositionsWithoutCandidates = open.filter((row) => !candidatesAt.has(normalizeKey(row.positionId))).map((row) => String(row.positionId).trim());
  const positionsOpenOver30Days = open
    .filter((row) => {
      const since = dateSerial(row.desiredStart);
      return since !== null && todaySerial - since > OPEN_TOO_LONG_DAYS;
    })
    .map((row) => String(row.positionId).trim());

  // Ärende-IDs compared with case ignored but as typed, as the sheet's COUNTIFS does.
  const asTyped = (value: CellValue | undefined): string => (value === null || value === undefined ? "" : String(value).toLocaleUpperCase("sv-SE"));
  const startedCases = new Set(input.matching.filter((row) => stageOf(row) === 4).map((row) => asTyped(row.caseId)).filter((key) => key !== ""));
  const started = input.placements.filter((p) => isFilled(p.caseId) && isFilled(p.startDate));
  const startedViaMatching = started.filter((p) => startedCases.has(asTyped(p.caseId))).length;
  const outcomes = input.placements.filter((p) => isFilled(p.outcomeAfterEnd));
  const inWork = new Set(OUTCOMES_IN_WORK_OR_STUDIES.map((o) => normalizeKey(o)));
  const outcomesInWorkOrStudies = outcomes.filter((p) => inWork.has(normalizeKey(p.outcomeAfterEnd))).length;

  return {
    ...figures,
    byPosition,
    bySource: countBy(input.matching, (row) => row.source, CANDIDATE_SOURCES),
    byTargetGroup: countBy(input.matching, (row) => row.targetGroup, input.targetGroups ?? []),
    openPositionsWithoutCandidates,
    positionsOpenOver30Days,
    startedPlacements: started.length,
    startedViaMatching,
    shareStartedViaMatching: ratio(startedViaMatching, started.length),
    outcomesRecorded: outcomes.length,
    outcomesInWorkOrStudies,
    shareInWorkOrStudies: ratio(outcomesInWorkOrStudies, outcomes.length),
  };
}
