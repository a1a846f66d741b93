/**
 * MatchingServices over the Excel port (src/excel/sheets/matching.ts) and the pure pipeline actions. A refused
 * action becomes TaskpaneError "error.matching" with the reason in both languages; nothing was written then.
 */
import type { ExcelRun } from "../../excel/host/api";
import { applyPipelineAction, PipelineActionError, readMatchingPipeline } from "../../excel/sheets/matching";
import {
  addCandidate,
  advanceStage,
  nextCandidateId,
  nextStage,
  reachedStage,
  sameCandidate,
  stageCounts,
  startPlacement,
  type Pipeline,
  type PipelineProblem,
  type PipelineResult,
} from "../../domain/matching/pipeline";
import { SOURCES } from "../../domain/matching/pipelineColumns";
import { uiText, type UiKey } from "../../domain/i18n/ui";
import { TaskpaneError } from "../shell/errors";
import type { CandidateView, MatchingServices, PipelineView } from "./matchingTypes";

/** The pane's view of a pipeline: counts per position and overall, and what each candidate can do next. */
export function pipelineView(pipeline: Pipeline, missingTables: readonly string[] = []): PipelineView {
  const candidates: CandidateView[] = pipeline.candidates.map((candidate) => {
    const stage = reachedStage(candidate);
    const next = nextStage(candidate);
    const canStart = next === null && stage === "offered" && candidate.caseId === "" && !["tackade nej", "ej vald", "avbruten"].includes(candidate.decision.toLowerCase());
    return { ...candidate, stage, next, canStart };
  });
  const positions = pipeline.positions.map((position) => {
    const own = pipeline.candidates.filter((candidate) => candidate.positionId.toLowerCase() === position.id.toLowerCase());
    return { id: position.id, role: position.role, status: position.status, stages: stageCounts(own), candidates: own.length };
  });
  return {
    positions,
    candidates,
    totals: stageCounts(pipeline.candidates),
    targetGroups: pipeline.targetGroups,
    sources: SOURCES,
    nextCandidateId: nextCandidateId(pipeline),
    missingTables,
  };
}

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

export function createMatchingServices(run: ExcelRun): MatchingServices {
  const load = async () => {
    const { pipeline, missing } = await readMatchingPipeline(run);
    return pipelineView(pipeline, missing);
  };
  const act = async (decide: (pipeline: Pipeline) => PipelineResult) => {
    try {
      return await applyPipelineAction(run, decide);
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
  };
}
