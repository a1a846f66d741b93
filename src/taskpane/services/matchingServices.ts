/**
 * MatchingServices over the workbook's MatchingPort (src/excel/workbook.ts) and the pure pipeline actions. A refused
 * action becomes TaskpaneError "error.matching" with the reason in both languages; nothing was written then.
 */
import { PipelineActionError } from "../../excel/sheets/matching";
import type { MatchingPort } from "../../excel/workbook";
import {
  addCandidate,
  advanceStage,
  nextCandidateId,
  nextStage,
  pipelineFunnel,
  reachedStage,
  sameCandidate,
  startPlacement,
  type Pipeline,
  type PipelineProblem,
  type PipelineResult,
} from "../../domain/matching/pipeline";
import { CANDIDATE_SOURCES, normalizeKey } from "../../domain/matching/sheets";
import { uiText, type UiKey, registerPaneTexts } from "../../domain/i18n/ui";
import { TaskpaneError } from "../shell/errors";
import type { CandidateView, MatchingServices, PipelineView } from "./matchingTypes";
import { MATCHING_PANE_TEXTS } from "../../domain/i18n/matchingPane";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(MATCHING_PANE_TEXTS);

/** The pane's view of a pipeline: counts per position and overall, and what each candidate can do next. */
export function pipelineView(pipeline: Pipeline, today: string, missingTables: readonly string[] = []): PipelineView {
  const candidates: CandidateView[] = pipeline.candidates.map((candidate) => {
    const stage = reachedStage(candidate);
    const next = nextStage(candidate);
    const canStart = next === null && stage === "offered" && candidate.caseId === "" && isOngoing(candidate.decision);
    return { ...candidate, stage, next, canStart };
  });
  // The counts are the funnel's (funnel.ts): the same as `syss funnel` and the Matchningsöversikt formulas.
  const funnel = pipelineFunnel(pipeline, today);
  const none = { referred: 0, interviewed: 0, offered: 0, started: 0 };
  const positions = pipeline.positions.map((position) => ({
    id: position.id,
    role: position.role,
    status: position.status,
    stages: funnel.byPosition[position.id] ?? none,
    candidates: pipeline.candidates.filter((candidate) => normalizeKey(candidate.positionId) === normalizeKey(position.id)).length,
  }));
  return {
    positions,
    candidates,
    totals: funnel.stages,
    medianDaysToStart: funnel.medianDaysToStart,
    openWithoutCandidates: funnel.openPositionsWithoutCandidates,
    targetGroups: pipeline.targetGroups,
    sources: CANDIDATE_SOURCES,
    nextCandidateId: nextCandidateId(pipeline),
    missingTables,
  };
}

/** Pågår, or Beslut left blank: the candidate is still in the chain. */
const isOngoing = (decision: string) => normalizeKey(decision) === "" || normalizeKey(decision) === normalizeKey("Pågår");

/** A refused action's reason in both languages. */
export function problemText(problem: PipelineProblem): { sv: string; en: string } {
  const key = `matching.problem.${problem.code}` as UiKey;
  return { sv: uiText("sv", key, problem.params), en: uiText("en", key, problem.params) };
}

/** The action only on the row the pane showed, and only while it still holds what the pane showed. */
function onShownRow(shown: CandidateView, action: (pipeline: Pipeline, row: number) => PipelineResult): (pipeline: Pipeline) => PipelineResult {
  return (pipeline) => {
    const now = pipeline.candidates.find((candidate) => candidate.row === shown.row);
    if (!now || !sameCandidate(now, shown)) return { ok: false, problem: { code: "candidateChanged", params: {} } };
    return action(pipeline, shown.row);
  };
}

export function createMatchingServices(workbook: MatchingPort, today: () => string): MatchingServices {
  const load = async () => {
    const { pipeline, missing } = await workbook.readMatchingPipeline();
    return pipelineView(pipeline, today(), missing);
  };
  const act = async (decide: (pipeline: Pipeline) => PipelineResult) => {
    try {
      return await workbook.applyPipelineAction(decide);
    } catch (error) {
      if (error instanceof PipelineActionError) throw new TaskpaneError("error.matching", problemText(error.problem), { cause: error });
      throw error;
    }
  };
  return {
    loadPipeline: load,
    addCandidate: async (candidate) => {
      await act((pipeline) => addCandidate(pipeline, candidate));
      return load();
    },
    advanceCandidate: async (candidate, date) => {
      await act(onShownRow(candidate, (pipeline, row) => advanceStage(pipeline, row, date)));
      return load();
    },
    startPlacement: async (candidate, startDate) => {
      const { caseId } = await act(onShownRow(candidate, (pipeline, row) => startPlacement(pipeline, row, startDate)));
      return { caseId: caseId ?? "", view: await load() };
    },
    // The tab's own actions write with events off (applyPipelineAction), so only other edits reach `onEdit`.
    watchMatchingEdits: async (onEdit) => {
      const stop = await workbook.watchMatchingEdits(onEdit);
      return async () => stop();
    },
  };
}
