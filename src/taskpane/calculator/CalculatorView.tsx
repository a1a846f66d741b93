/**
 * Kalkyl, results first (spec/ux.md): the result per actor (summary, chart, insert button) on top, then the
 * inputs in groups that open one by one, then the line items under actor headings. The result recomputes
 * as the user types (the engine is pure and fast). A preset fills in Upphandlingsmyndigheten's worked
 * example, with a note on why society's figure differs from theirs. "Infoga i arbetsboken" writes a live
 * calculation sheet through the services, a new one each time.
 */
import { useEffect, useId, useMemo, useState, type SyntheticEvent } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ACTOR_KEYS, actorLabel, tryComputeEffect, type EffectResult, type ItemActor } from "../../domain/model";
import { FIELD_LABELS } from "../../domain/i18n/model";
import type { UiKey } from "../../domain/i18n/ui";
import { ActorChart } from "../components/ActorChart";
import { OperationStatus } from "../components/OperationStatus";
import {
  CALC_FIELDS,
  CALC_GROUPS,
  CALC_PRESETS,
  calcFormToInput,
  initialCalcState,
  presetOf,
  presetState,
  type CalcField,
  type CalcFormState,
  type CalcGroup,
  type CalcPreset,
} from "./fields";
import { formatKronor, useTexts } from "../shell/i18n";
import type { TaskpaneServices } from "../services/types";
import { useOperation } from "../shell/useOperation";
import { CALCULATOR_PANE_TEXTS } from "../../domain/i18n/paneCalculator";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(CALCULATOR_PANE_TEXTS);

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
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px", cursor: "pointer" },
  groupBody: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "8px" },
  results: { display: "flex", flexDirection: "column", gap: "8px" },
  summary: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "4px 0" },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  // A long preset name must not widen the pane: the select takes the width there is and cuts its text.
  presetRoot: { width: "100%", maxWidth: "100%", minWidth: 0 },
  presetSelect: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  actorHeading: { textAlign: "left", padding: "8px 4px 2px", fontWeight: tokens.fontWeightSemibold },
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
  const name = FIELD_LABELS[field.key][lang];
  // "Tid i arbetslöshet (mån)": a count of months or years says which, in the label a screen reader reads too
  // (unless the label already names it, as "Antal månader" does).
  const unitWord = field.unit ? t(field.unit) : "";
  const namesUnit = name.toLowerCase().includes(unitWord.slice(0, 3).toLowerCase());
  const label = field.unit && !namesUnit ? t("calc.unitInLabel", { label: name, unit: unitWord }) : name;
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
  const unit = field.unit ? t(field.unit) : unitAfter(field);
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
          <tr>
            <th scope="colgroup" colSpan={2} className={styles.actorHeading}>
              {actorLabel(actor, lang)}
            </th>
          </tr>
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

/** The group an input error is in: it opens, so the field named in the error is in view. */
function groupOf(field: string | undefined): CalcGroup | undefined {
  return CALC_FIELDS.find((candidate) => candidate.key === field)?.group;
}

export function CalculatorView({ services }: { services: TaskpaneServices }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const chartTitleId = useId();
  const presetId = useId();
  const [state, setState] = useState<CalcFormState>(initialCalcState);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<CalcGroup>>(new Set());
  const [saved, setSaved] = useState<readonly string[]>([]);
  const operation = useOperation();

  const { input, year } = useMemo(() => calcFormToInput(state), [state]);
  const outcome = useMemo(() => tryComputeEffect(input, { year, lang }), [input, year, lang]);
  const fieldError = outcome.ok ? undefined : outcome.error;
  const errorGroup = groupOf(fieldError?.field);
  const preset = presetOf(state);
  // A group with an error in it opens (and stays open while the user fixes the value).
  useEffect(() => {
    if (errorGroup !== undefined) setOpenGroups((previous) => (previous.has(errorGroup) ? previous : new Set([...previous, errorGroup])));
  }, [errorGroup]);

  const insert = () =>
    operation.run(async () => {
      const sheet = await services.insertCalculation(input, year, lang);
      setSaved((previous) => [...previous, sheet]);
      return t("calc.inserted", { sheet });
    });

  const toggle = (group: CalcGroup) => (event: SyntheticEvent<HTMLDetailsElement>) => {
    const open = event.currentTarget.open;
    setOpenGroups((previous) => {
      if (previous.has(group) === open) return previous;
      const next = new Set(previous);
      if (open) next.add(group);
      else next.delete(group);
      return next;
    });
  };

  return (
    <section aria-labelledby="calc-heading">
      <h2 id="calc-heading">{t("calc.heading")}</h2>

      <div className={styles.results} data-calc-results="">
        <div aria-live="polite" className="syss-live-summary">
          {outcome.ok ? (
            <p className={styles.summary}>
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
        {outcome.ok && <ActorChart actors={outcome.result.actors} titleId={chartTitleId} />}
        {outcome.ok && preset === "uhm2019" && (
          <p className={styles.note}>{t("calc.preset.uhmNote", { society: formatKronor(outcome.result.actors.society, lang) })}</p>
        )}
        {outcome.ok && outcome.result.warnings.length > 0 && (
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
        <div className={styles.actions}>
          <Button appearance="primary" onClick={insert} disabled={!outcome.ok || operation.busy}>
            {t("calc.insert")}
          </Button>
          <p className={styles.note}>{t("calc.saveNote")}</p>
          <OperationStatus operation={operation} busyLabel={t("calc.inserting")} />
          {saved.length > 0 && <p className={styles.note}>{t("calc.saved", { sheets: saved.join(", ") })}</p>}
        </div>
      </div>

      <h3>{t("calc.inputs")}</h3>
      <p className={styles.note}>{t("calc.intro")} {t("calc.inputsHint")}</p>
      <Field label={t("calc.preset")} id={presetId}>
        <Select
          className={styles.presetRoot}
          select={{ className: styles.presetSelect }}
          value={preset ?? ""}
          onChange={(_, data) => {
            if (data.value !== "") setState(presetState(data.value as CalcPreset));
          }}
        >
          {preset === null && <option value="">{t("calc.preset.custom")}</option>}
          {CALC_PRESETS.map((option) => (
            <option key={option} value={option}>
              {t(`calc.preset.${option}` as UiKey)}
            </option>
          ))}
        </Select>
      </Field>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label={t("calc.inputs")}>
        {CALC_GROUPS.map((group) => (
          <details
            key={group}
            className={styles.fieldset}
            open={openGroups.has(group)}
            onToggle={toggle(group)}
            data-calc-group={group}
          >
            <summary className={styles.legend}>{t(GROUP_TITLES[group])}</summary>
            <div className={styles.groupBody}>
              {CALC_FIELDS.filter((field) => field.group === group).map((field) => (
                <CalcInput
                  key={field.key}
                  field={field}
                  value={state[field.key]}
                  error={fieldError && fieldError.field === field.key ? fieldError.messageIn(lang) : undefined}
                  onChange={(text) => setState((previous) => ({ ...previous, [field.key]: text }))}
                />
              ))}
            </div>
          </details>
        ))}
      </form>

      {outcome.ok && (
        <details className={styles.fieldset}>
          <summary className={styles.legend}>{t("calc.itemsTitle")}</summary>
          <LineItems result={outcome.result} />
        </details>
      )}
    </section>
  );
}
