/**
 * Kalkyl: every model input with a default and help text; the result per actor (chart + line items)
 * recomputes as the user types (the engine is pure and fast); "Infoga i arbetsboken" writes a live
 * calculation sheet through the services.
 */
import { useId, useMemo, useState } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ACTOR_KEYS, actorLabel, tryComputeEffect, type EffectResult, type ItemActor } from "../../domain/model";
import { FIELD_LABELS } from "../../domain/i18n/model";
import type { UiKey } from "../../domain/i18n/ui";
import { ActorChart } from "../components/ActorChart";
import { OperationStatus } from "../components/OperationStatus";
import { CALC_FIELDS, CALC_GROUPS, calcFormToInput, initialCalcState, type CalcField, type CalcFormState } from "./fields";
import { formatKronor, useTexts } from "../shell/i18n";
import type { TaskpaneServices } from "../services/types";
import { useOperation } from "../shell/useOperation";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "12px" },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 12px 12px",
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
  results: { marginTop: "16px", display: "flex", flexDirection: "column", gap: "8px" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "4px" },
  td: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  amount: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "12px" },
});

const GROUP_TITLES = {
  calculation: "calc.group.calculation",
  placement: "calc.group.placement",
  person: "calc.group.person",
  costs: "calc.group.costs",
} as const satisfies Record<string, UiKey>;

function unitAfter(field: CalcField): string | undefined {
  if (field.kind === "percent") return "%";
  if (field.kind === "amount") return "kr";
  return undefined;
}

function CalcInput({ field, value, error, onChange }: { field: CalcField; value: string; error?: string; onChange: (text: string) => void }) {
  const { t, lang } = useTexts();
  const label = FIELD_LABELS[field.key][lang];
  const hint = t(field.help);
  if (field.kind === "boolean") {
    return (
      <Field hint={hint} validationMessage={error}>
        <Checkbox label={label} checked={value === "true"} onChange={(_, data) => onChange(data.checked === true ? "true" : "false")} />
      </Field>
    );
  }
  if (field.kind === "choice") {
    return (
      <Field label={label} hint={hint} validationMessage={error}>
        <Select value={value} onChange={(_, data) => onChange(data.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option === "" ? t("calc.derived") : /^\d+$/.test(option) ? option : t(`choice.${option}` as UiKey)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  const unit = unitAfter(field);
  return (
    <Field label={label} hint={hint} validationMessage={error}>
      <Input
        value={value}
        inputMode="decimal"
        placeholder={field.optional ? t("calc.standard") : undefined}
        contentAfter={unit ? <span aria-hidden="true">{unit}</span> : undefined}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}

function LineItems({ result }: { result: EffectResult }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const itemActors = ACTOR_KEYS.filter((actor): actor is ItemActor => actor !== "society");
  return (
    <table className={styles.table}>
      <caption style={{ textAlign: "left", fontWeight: 600, padding: "4px 0" }}>{t("calc.itemsTitle")}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>{t("calc.col.item")}</th>
          <th scope="col" className={`${styles.th} ${styles.amount}`}>{t("calc.col.amount")}</th>
        </tr>
      </thead>
      {itemActors.map((actor) => (
        <tbody key={actor}>
          {result.items
            .filter((item) => item.actor === actor && item.amount !== 0)
            .map((item) => (
              <tr key={`${actor}-${item.key}`}>
                <td className={styles.td}>{item.label}</td>
                <td className={`${styles.td} ${styles.amount}`}>{formatKronor(item.amount, lang)}</td>
              </tr>
            ))}
          <tr className={styles.total}>
            <th scope="row" className={styles.td} style={{ textAlign: "left" }}>
              {t("calc.total", { actor: actorLabel(actor, lang) })}
            </th>
            <td className={`${styles.td} ${styles.amount}`}>{formatKronor(result.actors[actor], lang)}</td>
          </tr>
        </tbody>
      ))}
      <tbody>
        <tr className={styles.total}>
          <th scope="row" className={styles.td} style={{ textAlign: "left" }}>
            {t("calc.total", { actor: actorLabel("society", lang) })}
          </th>
          <td className={`${styles.td} ${styles.amount}`}>{formatKronor(result.actors.society, lang)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function CalculatorView({ services }: { services: TaskpaneServices }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const chartTitleId = useId();
  const [state, setState] = useState<CalcFormState>(initialCalcState);
  const operation = useOperation();

  const { input, year } = useMemo(() => calcFormToInput(state), [state]);
  const outcome = useMemo(() => tryComputeEffect(input, { year, lang }), [input, year, lang]);
  const fieldError = outcome.ok ? undefined : outcome.error;

  const insert = () =>
    operation.run(async () => {
      const sheet = await services.insertCalculation(input, year, lang);
      return t("calc.inserted", { sheet });
    });

  return (
    <section aria-labelledby="calc-heading">
      <h2 id="calc-heading">{t("calc.heading")}</h2>
      <p>{t("calc.intro")}</p>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label={t("calc.heading")}>
        {CALC_GROUPS.map((group) => (
          <fieldset key={group} className={styles.fieldset}>
            <legend className={styles.legend}>{t(GROUP_TITLES[group])}</legend>
            {CALC_FIELDS.filter((field) => field.group === group).map((field) => (
              <CalcInput
                key={field.key}
                field={field}
                value={state[field.key]}
                error={fieldError && fieldError.field === field.key ? fieldError.messageIn(lang) : undefined}
                onChange={(text) => setState((previous) => ({ ...previous, [field.key]: text }))}
              />
            ))}
          </fieldset>
        ))}
      </form>

      <div className={styles.results}>
        <h3>{t("calc.results")}</h3>
        <div aria-live="polite" className="syss-live-summary">
          {outcome.ok ? (
            <p>
              {t("calc.liveSummary", {
                society: formatKronor(outcome.result.actors.society, lang),
                individual: formatKronor(outcome.result.actors.individual, lang),
              })}
            </p>
          ) : (
            <MessageBar intent="error">
              <MessageBarBody>{t("error.modelInput", { detail: outcome.error.messageIn(lang) })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {outcome.ok && (
          <>
            <ActorChart actors={outcome.result.actors} titleId={chartTitleId} />
            {outcome.result.warnings.length > 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>{t("calc.warnings")}</MessageBarTitle>
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {outcome.result.warnings.map((warning) => (
                      <li key={warning.code}>{warning.message}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            <LineItems result={outcome.result} />
          </>
        )}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={insert} disabled={!outcome.ok || operation.busy}>
          {t("calc.insert")}
        </Button>
        <OperationStatus operation={operation} busyLabel={t("calc.inserting")} />
      </div>
    </section>
  );
}
