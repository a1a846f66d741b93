/**
 * "Flytta en kandidat": pick a candidate, then record its next stage with a date, or "Starta placering" once it
 * has an offer. The services write only that row's cells (and the new Placeringar row), and only while the row
 * still holds what is shown here.
 */
import { useState } from "react";
import { Button, Field, Input, Select, makeStyles } from "@fluentui/react-components";
import type { UiKey } from "../../domain/i18n/ui";
import { OperationStatus } from "../components/OperationStatus";
import { useTexts } from "../shell/i18n";
import { useOperation } from "../shell/useOperation";
import type { CandidateView, PipelineView } from "../services/matchingTypes";
import type { TaskpaneServices } from "../services/types";
import { localDate } from "./localDate";
import { MATCHING_PANE_TEXTS } from "../../domain/i18n/matchingPane";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(MATCHING_PANE_TEXTS);

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
});

export const stageNow = (candidate: CandidateView): UiKey => `matching.now.${candidate.stage ?? "none"}` as UiKey;

export function CandidateStep({ services, view, onView }: { services: TaskpaneServices; view: PipelineView; onView: (next: PipelineView) => void }) {
  const { t } = useTexts();
  const styles = useStyles();
  const operation = useOperation();
  const [picked, setPicked] = useState<number | null>(null);
  const [stepDate, setStepDate] = useState(localDate);
  const [startDate, setStartDate] = useState(localDate);
  if (view.candidates.length === 0) return <p>{t("matching.candidates.empty")}</p>;
  const candidate = view.candidates.find((c) => c.row === picked) ?? view.candidates[0]!;

  const advance = () =>
    operation.run(async () => {
      const stage = candidate.next;
      if (stage === null) return null;
      const next = await services.advanceCandidate(candidate, stepDate);
      onView(next);
      return t("matching.advanced", { candidate: candidate.candidateId, stage: t(`matching.next.${stage}` as UiKey), date: stepDate });
    });
  const start = () =>
    operation.run(async () => {
      const { caseId, view: next } = await services.startPlacement(candidate, startDate);
      onView(next);
      return t("matching.started", { caseId, candidate: candidate.candidateId });
    });

  return (
    <div className={styles.form}>
      <Field label={t("matching.candidates.pick")}>
        <Select value={String(candidate.row)} onChange={(_, data) => setPicked(Number(data.value))}>
          {view.candidates.map((c) => (
            <option key={c.row} value={String(c.row)}>
              {t("matching.candidates.option", { candidate: c.candidateId, position: c.positionId, stage: t(stageNow(c)) })}
            </option>
          ))}
        </Select>
      </Field>
      {candidate.next !== null && (
        <>
          <Field label={t("matching.stepDate")}>
            <Input type="date" value={stepDate} onChange={(_, data) => setStepDate(data.value)} />
          </Field>
          <Button appearance="primary" onClick={() => void advance()} disabled={operation.busy}>
            {t("matching.advance", { stage: t(`matching.next.${candidate.next}` as UiKey) })}
          </Button>
        </>
      )}
      {candidate.canStart && (
        <>
          <Field label={t("matching.startDate")} hint={t("matching.startHint")}>
            <Input type="date" value={startDate} onChange={(_, data) => setStartDate(data.value)} />
          </Field>
          <Button appearance="primary" onClick={() => void start()} disabled={operation.busy}>
            {t("matching.start")}
          </Button>
        </>
      )}
      {candidate.stage === "started" && <p>{t("matching.candidate.startedAs", { candidate: candidate.candidateId, caseId: candidate.caseId || "–" })}</p>}
      {candidate.stage !== "started" && candidate.next === null && !candidate.canStart && (
        <p>{t("matching.candidate.closed", { candidate: candidate.candidateId, decision: candidate.decision })}</p>
      )}
      <OperationStatus operation={operation} busyLabel={t("common.working")} />
    </div>
  );
}
