/**
 * "Före upphandling" (steps 3 and 4 of the guide): size the commitment N with every step shown, write the
 * Förhandskalkyl sheet from it, and create the clause from the Avtal sheet (shown, copyable, and written
 * to the Avtalsvillkor sheet). Sheets are always written as new sheets, so nothing a user typed is lost.
 * A bad input is shown on its field, in the UI language.
 */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { clausePlainText, clauseText, type ClauseText } from "../../domain/exante/clause";
import { isExanteError } from "../../domain/exante/errors";
import { clauseSheet, estimateSheet } from "../../domain/exante/sheets";
import { computeSizing, parseSizingInput, REFERENCE_SALARY, type SizingResult } from "../../domain/exante/sizing";
import { EXANTE_PANE_TEXTS, type ExantePaneKey } from "../../domain/i18n/exantePane";
import { fill } from "../../domain/common/text";
import { isModelError } from "../../domain/model";
import { OperationStatus } from "../components/OperationStatus";
import { useTexts } from "../shell/i18n";
import type { TaskpaneServices } from "../services/types";
import type { DecisionRecord } from "../guide/questions";
import { useOperation } from "../shell/useOperation";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", marginBottom: "16px" },
  steps: { margin: "4px 0", paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

const SIZING_FIELDS = ["contractValue", "labourShare", "requirementShare", "salary"] as const;
type SizingFieldKey = (typeof SIZING_FIELDS)[number];

export function ExanteView({
  services,
  record,
  onRecordChange,
}: {
  services: TaskpaneServices;
  record?: DecisionRecord;
  onRecordChange?: (record: DecisionRecord) => void;
}) {
  const { lang } = useTexts();
  const styles = useStyles();
  const text = (key: ExantePaneKey, params?: Readonly<Record<string, string | number>>) => fill(EXANTE_PANE_TEXTS[key][lang], params ?? {});

  const [values, setValues] = useState<Record<SizingFieldKey, string>>({ contractValue: "", labourShare: "", requirementShare: "5 %", salary: String(REFERENCE_SALARY) });
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [sizing, setSizing] = useState<SizingResult | null>(null);
  const [clause, setClause] = useState<ClauseText | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const estimateOperation = useOperation();
  const clauseOperation = useOperation();

  const compute = () => {
    try {
      setSizing(computeSizing(parseSizingInput(values), { lang }));
      setFieldError(null);
    } catch (error) {
      if (isExanteError(error) || isModelError(error)) {
        setFieldError({ field: error.field, message: error.messageIn(lang) });
        setSizing(null);
        return;
      }
      throw error;
    }
  };

  const writeEstimate = () =>
    estimateOperation.run(async () => {
      if (sizing === null) return null;
      const profile = { name: text("estimateTitle"), form: "anställning", months: 12, positions: Math.max(1, sizing.people["12"]), salary: sizing.salary, year: sizing.year };
      const name = await services.writeExanteSheet(estimateSheet([profile], lang));
      return text("written", { name });
    });

  const loadClause = () =>
    clauseOperation.run(async () => {
      const contract = await services.workbookContract();
      if (contract === null) {
        setClause(null);
        return text("noContract");
      }
      setClause(clauseText(contract, lang));
      return null;
    });

  const writeClause = () =>
    clauseOperation.run(async () => {
      if (clause === null) return null;
      return text("written", { name: await services.writeExanteSheet(clauseSheet(clause)) });
    });

  const copy = async () => {
    if (clause === null) return;
    try {
      await navigator.clipboard.writeText(clausePlainText(clause));
      setCopyNote(text("copied"));
    } catch {
      setCopyNote(text("copyFailed"));
    }
  };

  return (
    <div>
      <p>{text("intro")}</p>
      <section className={styles.section} aria-labelledby="exante-sizing">
        <h2 id="exante-sizing">{text("sizingTitle")}</h2>
        {SIZING_FIELDS.map((key) => (
          <Field key={key} label={text(key)} validationMessage={fieldError?.field === key ? fieldError.message : undefined}>
            <Input value={values[key]} inputMode="decimal" onChange={(_, data) => setValues({ ...values, [key]: data.value })} />
          </Field>
        ))}
        {fieldError !== null && !SIZING_FIELDS.some((key) => key === fieldError.field) && (
          <MessageBar intent="error"><MessageBarBody>{fieldError.message}</MessageBarBody></MessageBar>
        )}
        <div className={styles.row}>
          <Button appearance="primary" onClick={compute}>{text("compute")}</Button>
        </div>
        {sizing !== null && (
          <div aria-live="polite">
            <strong>{text("result", { n: sizing.N })}</strong>
            <ol className={styles.steps}>
              {sizing.steps.map((step) => (
                <li key={step.key}>{step.label}: {step.formula}</li>
              ))}
            </ol>
            <div>{text("people", { p6: sizing.people["6"], p12: sizing.people["12"], p24: sizing.people["24"] })}</div>
            {record !== undefined && onRecordChange !== undefined && (
              <div className={styles.row}>
                <Button onClick={() => onRecordChange({ ...record, commitment: { N: sizing.N, basis: sizing.steps.map((step) => step.formula).join("; ") } })}>
                  {text("chooseN")}
                </Button>
              </div>
            )}
            {record?.commitment !== undefined && <div>{text("chosen", { n: record.commitment.N })}</div>}
            {sizing.warnings.map((warning) => (
              <MessageBar key={warning.code} intent="warning"><MessageBarBody>{warning.message}</MessageBarBody></MessageBar>
            ))}
          </div>
        )}
      </section>

      <section className={styles.section} aria-labelledby="exante-estimate">
        <h2 id="exante-estimate">{text("estimateTitle")}</h2>
        <p>{text("estimateHelp")}</p>
        <div className={styles.row}>
          <Button disabled={sizing === null || estimateOperation.busy} onClick={() => void writeEstimate()}>{text("writeEstimate")}</Button>
        </div>
        <OperationStatus operation={estimateOperation} busyLabel={text("writeEstimate")} />
      </section>

      <section className={styles.section} aria-labelledby="exante-clause">
        <h2 id="exante-clause">{text("clauseTitle")}</h2>
        <div className={styles.row}>
          <Button disabled={clauseOperation.busy} onClick={() => void loadClause()}>{text("loadClause")}</Button>
        </div>
        {clause !== null && (
          <>
            {clause.missing.length > 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>{text("missing", { fields: clause.missing.map((entry) => entry.label).join(", ") })}</MessageBarBody>
              </MessageBar>
            )}
            <Textarea readOnly resize="vertical" rows={12} value={clausePlainText(clause)} aria-label={text("clauseTitle")} />
            <div className={styles.row}>
              <Button onClick={() => void copy()}>{text("copy")}</Button>
              <Button disabled={clauseOperation.busy} onClick={() => void writeClause()}>{text("writeClause")}</Button>
            </div>
            {copyNote !== null && <div aria-live="polite">{copyNote}</div>}
          </>
        )}
        <OperationStatus operation={clauseOperation} busyLabel={text("clauseTitle")} />
      </section>
    </div>
  );
}
