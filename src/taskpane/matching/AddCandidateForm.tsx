/**
 * "Lägg till kandidat": a pseudonymous Kandidat-ID (the next free one offered), an open position, optional
 * target group and source, and the date referred. The services check it all and append one Matchning row, or
 * say why not and write nothing.
 */
import { useEffect, useState } from "react";
import { Button, Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { OperationStatus } from "../components/OperationStatus";
import { useTexts } from "../shell/i18n";
import { useOperation } from "../shell/useOperation";
import type { PipelineView } from "../services/matchingTypes";
import type { TaskpaneServices } from "../services/types";
import { localDate } from "./localDate";
import { MATCHING_PANE_TEXTS } from "../../domain/i18n/matchingPane";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(MATCHING_PANE_TEXTS);

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
});

const isOpen = (status: string | null) => status === null || status.trim().toLowerCase() === "öppen";

export function AddCandidateForm({ services, view, onView }: { services: TaskpaneServices; view: PipelineView; onView: (next: PipelineView) => void }) {
  const { t } = useTexts();
  const styles = useStyles();
  const operation = useOperation();
  const open = view.positions.filter((position) => isOpen(position.status));
  const [candidateId, setCandidateId] = useState(view.nextCandidateId);
  const [positionId, setPositionId] = useState(open[0]?.id ?? "");
  const [targetGroup, setTargetGroup] = useState("");
  const [source, setSource] = useState("");
  const [referred, setReferred] = useState(localDate);
  // A new read offers the then next free ID (after an add, or a row typed in Excel).
  useEffect(() => setCandidateId(view.nextCandidateId), [view.nextCandidateId]);
  const position = open.some((p) => p.id === positionId) ? positionId : (open[0]?.id ?? "");

  const add = () =>
    operation.run(async () => {
      const next = await services.addCandidate({ candidateId, positionId: position, targetGroup, source, referred });
      onView(next);
      return t("matching.add.done", { candidate: candidateId.trim(), position });
    });

  if (open.length === 0) return <p>{t("matching.add.noOpenPositions")}</p>;
  return (
    <div className={styles.form}>
      <Field label={t("matching.add.candidateId")} hint={t("matching.add.candidateHint")}>
        <Input value={candidateId} onChange={(_, data) => setCandidateId(data.value)} />
      </Field>
      <Field label={t("matching.add.position")}>
        <Select value={position} onChange={(_, data) => setPositionId(data.value)}>
          {open.map((p) => (
            <option key={p.id} value={p.id}>
              {t("matching.position.title", { id: p.id, role: p.role }).trim()}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("matching.add.targetGroup")}>
        <Select value={targetGroup} onChange={(_, data) => setTargetGroup(data.value)}>
          <option value="">{t("matching.add.unspecified")}</option>
          {view.targetGroups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("matching.add.source")}>
        <Select value={source} onChange={(_, data) => setSource(data.value)}>
          <option value="">{t("matching.add.unspecified")}</option>
          {view.sources.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("matching.add.referred")}>
        <Input type="date" value={referred} onChange={(_, data) => setReferred(data.value)} />
      </Field>
      <Button appearance="primary" onClick={() => void add()} disabled={operation.busy}>
        {t("matching.add.submit")}
      </Button>
      <OperationStatus operation={operation} busyLabel={t("common.working")} />
    </div>
  );
}
