/**
 * Matchning (steps 5–6, spec/matching.md): the recruitment chain for the matchningsansvarig. Results first —
 * when it was read, the funnel and the positions with their counts per stage — then the two actions, each
 * collapsible: move a candidate on (or start its placement) and add a candidate. Candidates are pseudonymous
 * Kandidat-IDs only.
 */
import { useCallback, useEffect, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { STAGE_KEYS } from "../../domain/matching/pipeline";
import { OperationStatus } from "../components/OperationStatus";
import { formatNumber, useTexts } from "../shell/i18n";
import { useOperation } from "../shell/useOperation";
import { useEditWatch } from "../shell/useEditWatch";
import type { PipelineView } from "../services/matchingTypes";
import type { TaskpaneServices } from "../services/types";
import { AddCandidateForm } from "./AddCandidateForm";
import { CandidateStep } from "./CandidateStep";
import { FunnelChart, stageLabel } from "./FunnelChart";
import { MATCHING_PANE_TEXTS } from "../../domain/i18n/matchingPane";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(MATCHING_PANE_TEXTS);

const useStyles = makeStyles({
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: "4px 0" },
  status: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  positions: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: "6px" },
  position: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: "4px" },
  positionTitle: { fontWeight: tokens.fontWeightSemibold },
  counts: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
});

export function MatchingView({ services }: { services: TaskpaneServices }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const reading = useOperation();
  const [view, setView] = useState<PipelineView | null>(null);
  const [readAt, setReadAt] = useState<Date | null>(null);
  // An edit in Excel to the matching tables or Placeringar since the last read: the pipeline shown is out of date.
  const [stale, setStale] = useState(false);

  const show = useCallback((next: PipelineView) => {
    setView(next);
    setReadAt(new Date());
    setStale(false);
  }, []);
  const load = useCallback(
    () =>
      reading.run(async () => {
        show(await services.loadPipeline());
        return null;
      }),
    [reading.run, services, show],
  );
  useEffect(() => {
    void load();
  }, [load]);

  useEditWatch(services, "watchMatchingEdits", view !== null, () => setStale(true));

  const time = readAt ? readAt.toLocaleTimeString(lang === "sv" ? "sv-SE" : "en-GB", { hour: "2-digit", minute: "2-digit" }) : "";
  const totals = view?.totals;
  const conversion = totals && totals.referred > 0 ? formatNumber((100 * totals.started) / totals.referred, lang, 0) + " %" : null;

  return (
    <section aria-labelledby="matching-heading">
      <h2 id="matching-heading">{t("matching.heading")}</h2>
      <p className={styles.small}>{t("matching.intro")}</p>
      <div className={styles.status}>
        <span className={styles.small} aria-live="polite">
          {view === null ? t("matching.loading") : t("matching.readAt", { time })}
        </span>
        <Button size="small" onClick={() => void load()} disabled={reading.busy}>
          {t("matching.refresh")}
        </Button>
      </div>
      <OperationStatus operation={reading} busyLabel={t("matching.loading")} />
      {stale && !reading.busy && (
        <MessageBar intent="warning" data-stale="">
          <MessageBarBody>{t("matching.stale")}</MessageBarBody>
        </MessageBar>
      )}
      {view !== null && view.missingTables.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("matching.missing", { tables: view.missingTables.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {view !== null && totals && (
        <>
          <h3>{t("matching.funnel.heading")}</h3>
          <FunnelChart counts={totals} titleId="matching-funnel-title" />
          {conversion !== null && <p className={styles.small}>{t("matching.funnel.conversion", { share: conversion })}</p>}
          {view.medianDaysToStart !== null && <p className={styles.small}>{t("matching.funnel.median", { days: formatNumber(view.medianDaysToStart, lang, 1) })}</p>}
          {view.openWithoutCandidates.length > 0 && (
            <p className={styles.small}>{t("matching.funnel.openWithout", { ids: view.openWithoutCandidates.join(", ") })}</p>
          )}

          <h3>{t("matching.positions.heading")}</h3>
          {view.positions.length === 0 ? (
            <p>{t("matching.positions.empty")}</p>
          ) : (
            <ul className={styles.positions}>
              {view.positions.map((position) => (
                <li key={position.id} className={styles.position}>
                  <span className={styles.positionTitle}>{t("matching.position.title", { id: position.id, role: position.role }).trim()}</span>
                  {position.status !== null && <span className={styles.small}> · {t("matching.position.status", { status: position.status })}</span>}
                  <div className={styles.counts}>
                    {position.candidates === 0
                      ? t("matching.position.noCandidates")
                      : STAGE_KEYS.map((stage) => `${t(stageLabel(stage))} ${position.stages[stage]}`).join(" · ")}
                  </div>
                </li>
              ))}
            </ul>
          )}

          <Accordion multiple collapsible defaultOpenItems={["move", "add"]}>
            <AccordionItem value="move">
              <AccordionHeader as="h3">{t("matching.candidates.heading")}</AccordionHeader>
              <AccordionPanel>
                <CandidateStep services={services} view={view} onView={show} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="add">
              <AccordionHeader as="h3">{t("matching.add.heading")}</AccordionHeader>
              <AccordionPanel>
                <AddCandidateForm services={services} view={view} onView={show} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <p className={styles.small}>{t("matching.privacy")}</p>
        </>
      )}
    </section>
  );
}
