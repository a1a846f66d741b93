/**
 * After creating or updating the follow-up workbook: what the contract in the form would change in cells the
 * user already filled (Avtal values, new report periods or target groups). Nothing here was written; the user
 * ticks what to write and the apply runs again with those ids. Rows the contract no longer has are listed only.
 */
import { useState } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { ApplySummary, ContractChange } from "../services/types";
import { useTexts } from "../shell/i18n";
import { TEMPLATE_PANE_TEXTS } from "../../domain/i18n/paneTemplate";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(TEMPLATE_PANE_TEXTS);

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "4px", margin: "8px 0" },
  label: { overflowWrap: "anywhere" },
});

export function ContractChanges({
  summary,
  busy,
  onApply,
}: {
  summary: ApplySummary;
  busy: boolean;
  onApply: (ids: readonly string[]) => void;
}) {
  const { t } = useTexts();
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [noneChosen, setNoneChosen] = useState(false);
  const describe = (change: ContractChange): string =>
    change.kind === "formValue"
      ? t("template.changeValue", { field: change.field, address: change.address, current: change.current || "–", proposed: change.proposed })
      : change.kind === "parameterValues"
        ? t("template.changeParameters", { table: change.table, keys: change.keys.join(", ") })
        : t("template.changeRows", { table: change.table, keys: change.keys.join(", ") });
  const toggle = (id: string, on: boolean) => {
    setNoneChosen(false);
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const apply = () => {
    const ids = summary.contractChanges.map((change) => change.id).filter((id) => chosen.has(id));
    if (ids.length === 0) return setNoneChosen(true);
    onApply(ids);
  };

  return (
    <>
      {summary.contractChanges.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("template.changesTitle", { count: summary.contractChanges.length })}</MessageBarTitle>
            <br />
            {t("template.changesIntro")}
            <div className={styles.list} role="group" aria-label={t("template.changesTitle", { count: summary.contractChanges.length })}>
              {summary.contractChanges.map((change) => (
                <Checkbox
                  key={change.id}
                  checked={chosen.has(change.id)}
                  onChange={(_, data) => toggle(change.id, data.checked === true)}
                  label={<span className={styles.label}>{describe(change)}</span>}
                />
              ))}
            </div>
            <Button onClick={apply} disabled={busy}>
              {t("template.applyChanges")}
            </Button>
            {noneChosen && <div role="alert">{t("template.changesNoneChosen")}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary.leftoverRows.map((leftover) => (
        <MessageBar key={leftover.table} intent="info" layout="multiline">
          <MessageBarBody>{t("template.leftoverRows", { table: leftover.table, keys: leftover.keys.join(", ") })}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
