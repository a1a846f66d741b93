/**
 * The outcome of an Operation: a Spinner while it runs – for long work that reports steps, a ProgressBar with
 * the step in words and "Avbryt" – an error MessageBar saying what happened and what to do, a success
 * MessageBar, or "nothing changed" after a cancel. Lives in a polite live region so screen readers hear it.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkReport } from "../../domain/common/work";
import type { UiKey } from "../../domain/i18n/ui";
import { describeError } from "../shell/errors";
import { formatNumber, useTexts } from "../shell/i18n";
import type { Operation } from "../shell/useOperation";

const useStyles = makeStyles({
  work: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS, width: "100%" },
});

function WorkProgress({ operation, report }: { operation: Operation; report: WorkReport }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const step = t(`work.step.${report.step}` as UiKey, {
    count: formatNumber(report.count ?? 0, lang, 0),
    name: report.name ?? "",
  });
  const label = t(report.step === "file" ? "work.fileProgress" : "work.progress", { index: report.index, total: report.total, step });
  return (
    <div className={styles.work}>
      <ProgressBar value={report.index / report.total} thickness="large" aria-label={label} />
      <Text size={200}>{label}</Text>
      {(operation.cancelRequested || !report.cancellable) && (
        <Text size={200}>{operation.cancelRequested ? t("work.cancelling") : t("work.notCancellable")}</Text>
      )}
      <Button size="small" onClick={operation.cancel} disabled={!report.cancellable || operation.cancelRequested}>
        {t("work.cancel")}
      </Button>
    </div>
  );
}

export function OperationStatus({ operation, busyLabel }: { operation: Operation; busyLabel: string }) {
  const { t, lang } = useTexts();
  return (
    <div aria-live="polite" className="syss-status">
      {operation.busy && operation.progress === null && <Spinner size="tiny" label={busyLabel} />}
      {operation.busy && operation.progress !== null && <WorkProgress operation={operation} report={operation.progress} />}
      {!operation.busy && operation.cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>{t("work.cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {!operation.busy && operation.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("error.title")}</MessageBarTitle>
            <br />
            {describeError(operation.error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {!operation.busy && operation.error === null && operation.success !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{operation.success}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
