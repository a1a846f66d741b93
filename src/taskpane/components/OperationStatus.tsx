/**
 * The outcome of an Operation: a Spinner while it runs, an error MessageBar saying what happened and what
 * to do, or a success MessageBar. Lives in a polite live region so screen readers hear the outcome.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { describeError } from "../shell/errors";
import { useTexts } from "../shell/i18n";
import type { Operation } from "../shell/useOperation";

export function OperationStatus({ operation, busyLabel }: { operation: Operation; busyLabel: string }) {
  const { t, lang } = useTexts();
  return (
    <div aria-live="polite" className="syss-status">
      {operation.busy && <Spinner size="tiny" label={busyLabel} />}
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
