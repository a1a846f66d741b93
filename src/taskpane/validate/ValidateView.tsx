/**
 * Validera: run the rules over the workbook, show the contract status on top and the findings grouped by
 * severity with counts; clicking a finding selects its cell in Excel. Live mode re-validates after edits
 * to Placeringar while the switch is on. A finding with a one-click fix (it carries its own correction) gets
 * "Rätta" (the exact list value, a number or date typed as text, 75 typed for 75 %) or, for personal data,
 * "Ta bort" (after the user confirms): the only places the pane changes a user's cell, and only on that click.
 * Each such write can be reversed with "Ångra" while the cell still holds what the pane wrote.
 */
import { useEffect, useRef, useState } from "react";
import { Badge, Button, Link, MessageBar, MessageBarBody, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { UiKey } from "../../domain/i18n/ui";
import { OperationStatus } from "../components/OperationStatus";
import { describeError } from "../shell/errors";
import { formatNumber, useTexts, type Translate } from "../shell/i18n";
import type { PaneRequest } from "../shell/paneRequests";
import type { CorrectionUndo, FindingView, Severity, TaskpaneServices, ValidationView } from "../services/types";
import { useOperation } from "../shell/useOperation";
import { useEditWatch } from "../shell/useEditWatch";
import { VALIDATE_PANE_TEXTS } from "../../domain/i18n/paneValidate";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(VALIDATE_PANE_TEXTS);

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_TITLE: Readonly<Record<Severity, UiKey>> = {
  error: "validate.severity.error",
  warning: "validate.severity.warning",
  info: "validate.severity.info",
};
const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  status: {
    padding: "8px 12px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: "8px 0",
  },
  statusLabel: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: "6px" },
  finding: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: "8px" },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  fix: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // The stable code is for support only: folded away in a details line, never part of the card's sentence.
  details: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  card: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexDirection: "column", gap: "8px", margin: "8px 0" },
  correct: { marginTop: "4px" },
  confirm: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px", marginTop: "4px" },
});

interface FindingActions {
  readonly onSelect: (finding: FindingView) => void;
  readonly onCorrect: (finding: FindingView) => void;
  /** While a correction runs, no other may start. */
  readonly correcting: boolean;
}

/** "Ta bort" for personal data: asks in place before anything is written. */
function RemoveButton({ finding, where, actions }: { finding: FindingView; where: string; actions: FindingActions }) {
  const { t } = useTexts();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button size="small" className={styles.correct} onClick={() => setAsking(true)} disabled={actions.correcting} aria-label={t("validate.removeFrom", { where })}>
        {t("validate.remove")}
      </Button>
    );
  }
  return (
    <div className={styles.confirm} role="group" aria-label={t("validate.removeFrom", { where })}>
      <span>{t("validate.removeConfirm", { where })}</span>
      <Button
        size="small"
        appearance="primary"
        disabled={actions.correcting}
        onClick={() => {
          setAsking(false);
          actions.onCorrect(finding);
        }}
      >
        {t("validate.remove")}
      </Button>
      <Button size="small" onClick={() => setAsking(false)}>
        {t("validate.removeCancel")}
      </Button>
    </div>
  );
}

function FindingItem({ finding, actions }: { finding: FindingView; actions: FindingActions }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const where = finding.address ? t("validate.where", { sheet: finding.sheet, address: finding.address }) : finding.sheet;
  return (
    <li className={`${styles.finding} ${styles[finding.severity]} ${styles.card}`} data-finding-card="">
      <div>{finding.message[lang]}</div>
      {finding.fix[lang] && <div className={styles.fix}>{t("validate.fix", { fix: finding.fix[lang] })}</div>}
      <div>
        {finding.address ? (
          <Link as="button" onClick={() => actions.onSelect(finding)} aria-label={t("validate.select", { where })}>
            {where}
          </Link>
        ) : (
          <span>{where}</span>
        )}
        {finding.rowId && <span> · {finding.rowId}</span>}
      </div>
      {finding.correctable && finding.removes && <RemoveButton finding={finding} where={where} actions={actions} />}
      <details className={styles.details} data-finding-details="">
        <summary>{t("validate.details")}</summary>
        <span className={styles.code}>{t("validate.code", { code: finding.code })}</span>
      </details>
      {finding.correctable && finding.proposal !== null && (
        <Button
          size="small"
          className={styles.correct}
          onClick={() => actions.onCorrect(finding)}
          disabled={actions.correcting}
          aria-label={t("validate.correctTo", { value: finding.proposal })}
        >
          {t("validate.correct")}
        </Button>
      )}
    </li>
  );
}

/** "1 varning" / "2 varningar", "1 note" / "2 notes": the count picks the form. */
export function countText(t: Translate, kind: Severity | "placements", n: number): string {
  const base = kind === "placements" ? "validate.notCounted.placements" : `validate.count.${kind}`;
  return t(`${base}.${n === 1 ? "one" : "many"}` as UiKey, { n });
}

/**
 * Next to the status: which started placements it does not count and why, and, when there are errors, that the
 * status counts only what could be read (a "Uppfyllt" beside "2 fel" must not look like the last word).
 */
function NotCounted({ view, errors }: { view: ValidationView; errors: number }) {
  const { t } = useTexts();
  const notCounted = view.notCounted;
  return (
    <>
      {notCounted !== undefined && notCounted.total > 0 && (
        <div>
          <div>{t("validate.notCounted.heading", { total: countText(t, "placements", notCounted.total) })}</div>
          <ul>
            {notCounted.requirementType > 0 && <li>{t("validate.notCounted.requirementType", { n: notCounted.requirementType })}</li>}
            {notCounted.values > 0 && <li>{t("validate.notCounted.values", { n: notCounted.values })}</li>}
          </ul>
        </div>
      )}
      {errors > 0 && view.status !== null && <div>{t("validate.errorsFirst")}</div>}
    </>
  );
}

function Results({ view, actions, validatedAt }: { view: ValidationView; actions: FindingActions; validatedAt: Date | null }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const count = (severity: Severity) => view.findings.filter((finding) => finding.severity === severity).length;
  const statusKey = (view.status ? `validate.status.${view.status}` : "validate.status.unknown") as UiKey;
  const time = validatedAt?.toLocaleTimeString(lang === "sv" ? "sv-SE" : "en-GB", { hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <div className={styles.status} role="status">
        <div>{t("validate.status")}</div>
        <div className={styles.statusLabel}>{t(statusKey)}</div>
        {view.status === null && <div>{t("validate.status.unknownHint")}</div>}
        {view.servedMonths !== null && view.commitmentMonths !== null && (
          <div>
            {t("validate.served", { served: formatNumber(view.servedMonths, lang), commitment: formatNumber(view.commitmentMonths, lang) })}
          </div>
        )}
        <NotCounted view={view} errors={count("error")} />
        {time !== undefined && <div className={styles.fix}>{t("validate.validatedAt", { time })}</div>}
      </div>
      <p>
        {view.findings.length === 0
          ? t("validate.none")
          : t("validate.summary", {
              errors: countText(t, "error", count("error")),
              warnings: countText(t, "warning", count("warning")),
              infos: countText(t, "info", count("info")),
            })}
      </p>
      {SEVERITIES.filter((severity) => count(severity) > 0).map((severity) => (
        <section key={severity} aria-labelledby={`findings-${severity}`}>
          <h3 id={`findings-${severity}`}>
            {t(SEVERITY_TITLE[severity])}{" "}
            <Badge color={SEVERITY_COLOR[severity]} appearance="filled">
              {count(severity)}
            </Badge>
          </h3>
          <ul className={styles.list}>
            {view.findings
              .filter((finding) => finding.severity === severity)
              .map((finding, index) => (
                <FindingItem key={`${finding.code}-${finding.sheet}-${finding.address}-${index}`} finding={finding} actions={actions} />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function ValidateView({ services, request }: { services: TaskpaneServices; request?: PaneRequest | null }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const [view, setView] = useState<ValidationView | null>(null);
  const [live, setLive] = useState(false);
  const [liveError, setLiveError] = useState<unknown>(null);
  const operation = useOperation();
  const select = useOperation();
  const correct = useOperation();
  const undo = useOperation();
  // "Rätta" found the cell changed since the validation: the shown findings are stale until validated again.
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  // The last fix, for "Ångra": what puts the cell back, and the findings as they were before it.
  const [lastFix, setLastFix] = useState<{ readonly undo: CorrectionUndo; readonly where: string; readonly before: ValidationView } | null>(null);
  const stopWatching = useRef<(() => Promise<void>) | null>(null);
  // When the shown result was computed, and whether the workbook was edited since (then it is stale).
  const [validatedAt, setValidatedAt] = useState<Date | null>(null);
  const [stale, setStale] = useState(false);
  const showResult = (next: ValidationView) => {
    setView(next);
    setValidatedAt(new Date());
    setStale(false);
  };

  const validate = () =>
    operation.run(async (work) => {
      setChangedMeanwhile(false);
      correct.clear();
      undo.clear();
      setLastFix(null);
      showResult(await services.validate(work));
      return null;
    });

  // The ribbon's Validera button: validate once per click (the request id), as the button here would.
  const requestId = request?.action === "validate" ? request.id : null;
  useEffect(() => {
    if (requestId !== null) validate();
  }, [requestId]);

  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    services
      .watchPlacements(
        (next) => {
          setLiveError(null);
          setChangedMeanwhile(false);
          setLastFix((fix) => (fix === null ? null : { ...fix, before: next }));
          showResult(next);
        },
        (error) => setLiveError(error),
      )
      .then(
        (stop) => {
          if (cancelled) void stop();
          else stopWatching.current = stop;
        },
        (error) => {
          setLiveError(error);
          setLive(false);
        },
      );
    return () => {
      cancelled = true;
      const stop = stopWatching.current;
      stopWatching.current = null;
      if (stop) void stop();
    };
  }, [live, services]);

  // After a result is shown, a user's edit to the follow-up tables marks it stale until validated again.
  useEditWatch(services, "watchEdits", view !== null, () => setStale(true));

  const onSelect = (finding: FindingView) =>
    select.run(async () => {
      await services.selectCell(finding.sheet, finding.address);
      return null;
    });

  const onCorrect = (finding: FindingView) =>
    correct.run(async () => {
      setChangedMeanwhile(false);
      undo.clear();
      const before = view;
      const result = await services.correctFinding(finding);
      if (result.outcome !== "corrected") {
        setChangedMeanwhile(true);
        return null;
      }
      // Nothing is read again: the fixed finding leaves the list (live mode, which sees the edit, or the next
      // validation brings the Validering sheet and the status up to date).
      const where = t("validate.where", { sheet: finding.sheet, address: finding.address });
      if (before !== null) {
        setView({ ...before, findings: before.findings.filter((item) => item !== finding) });
        setLastFix({ undo: result.undo, where, before });
      }
      return finding.removes ? t("validate.removed", { where }) : t("validate.corrected", { where, value: finding.proposal ?? "" });
    });

  const onUndo = () =>
    undo.run(async () => {
      const fix = lastFix;
      if (fix === null) return null;
      correct.clear();
      const outcome = await services.undoCorrection(fix.undo);
      setLastFix(null);
      if (outcome !== "undone") return t("validate.undoChanged");
      setView(fix.before);
      return t("validate.undone", { where: fix.where });
    });

  const actions: FindingActions = { onSelect, onCorrect, correcting: correct.busy || undo.busy };

  return (
    <section aria-labelledby="validate-heading">
      <h2 id="validate-heading">{t("validate.heading")}</h2>
      <p>{t("validate.intro")}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={validate} disabled={operation.busy}>
          {t("validate.run")}
        </Button>
        <Switch checked={live} onChange={(_, data) => setLive(data.checked)} label={t("validate.live")} />
        <div aria-live="polite">{live && <span>{t("validate.liveOn")}</span>}</div>
      </div>
      <OperationStatus operation={operation} busyLabel={t("validate.running")} />
      <OperationStatus operation={select} busyLabel={t("common.working")} />
      <OperationStatus operation={correct} busyLabel={t("validate.correcting")} />
      {lastFix !== null && correct.success !== null && (
        <Button size="small" onClick={onUndo} disabled={undo.busy} aria-label={t("validate.undoLabel", { where: lastFix.where })}>
          {t("validate.undo")}
        </Button>
      )}
      <OperationStatus operation={undo} busyLabel={t("validate.undoing")} />
      <div aria-live="polite">
        {stale && !changedMeanwhile && (
          <MessageBar intent="warning" data-stale="">
            <MessageBarBody>{t("validate.stale")}</MessageBarBody>
          </MessageBar>
        )}
        {changedMeanwhile && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("validate.changedMeanwhile")}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {liveError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(liveError, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">{view === null ? <p>{t("validate.notRun")}</p> : <Results view={view} actions={actions} validatedAt={validatedAt} />}</div>
    </section>
  );
}
