/**
 * What the Matchning tab needs from the workbook (spec/matching.md, "Task pane and CLI"), as plain data.
 * Part of TaskpaneServices; implemented over Office.js in matchingServices.ts. Every method may reject with a
 * TaskpaneError: "error.matching" (the action refused, nothing was written) names the reason.
 */
import type { Candidate, NewCandidate, Stage } from "../../domain/matching/pipeline";
import type { StageCounts } from "../../domain/matching/funnel";

export type { NewCandidate, Stage, StageCounts };

export interface PositionView {
  readonly id: string;
  readonly role: string;
  readonly status: string | null;
  /** Candidates at each stage they have reached (a started one counts at every stage). */
  readonly stages: StageCounts;
  readonly candidates: number;
}

export interface CandidateView extends Candidate {
  /** The furthest stage reached; null before any date. */
  readonly stage: Stage | null;
  /** The stage "Nästa steg" records, or null (closed, started, or offered: then `canStart`). */
  readonly next: Exclude<Stage, "started"> | null;
  readonly canStart: boolean;
}

export interface PipelineView {
  readonly positions: readonly PositionView[];
  readonly candidates: readonly CandidateView[];
  readonly totals: StageCounts;
  /** Median days from Anvisad datum to the placement's Startdatum; null without a started, dated candidate. */
  readonly medianDaysToStart: number | null;
  /** Open positions no candidate has been referred to. */
  readonly openWithoutCandidates: readonly string[];
  /** The Målgrupp list (Avtal sheet) and the Källa list, for the "add a candidate" form. */
  readonly targetGroups: readonly string[];
  readonly sources: readonly string[];
  /** The next free Kandidat-ID, offered in the form. */
  readonly nextCandidateId: string;
  /** Tables the workbook lacks (Platser, Matchning): the full template is not there yet. */
  readonly missingTables: readonly string[];
}

export interface MatchingServices {
  /** The pipeline as the workbook holds it now. */
  loadPipeline(): Promise<PipelineView>;
  /** Appends one Matchning row for the candidate; resolves to the pipeline read again. */
  addCandidate(candidate: NewCandidate): Promise<PipelineView>;
  /**
   * Writes the candidate's next stage date (`date`, ISO) into its row, if the row still holds what `candidate`
   * shows; resolves to the pipeline read again.
   */
  advanceCandidate(candidate: CandidateView, date: string): Promise<PipelineView>;
  /** "Starta placering": the new Placeringar row and the link in Matchning; resolves to the new Ärende-ID and the pipeline. */
  startPlacement(candidate: CandidateView, startDate: string): Promise<{ readonly caseId: string; readonly view: PipelineView }>;
  /**
   * Calls `onEdit` after each user edit to the matching tables or Placeringar (not after this tab's own
   * actions), so the tab can say the pipeline it shows is out of date; resolves to a function that stops it.
   */
  watchMatchingEdits?(onEdit: () => void): Promise<() => Promise<void>>;
}
