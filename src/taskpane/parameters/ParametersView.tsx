/**
 * Parametrar: choose the parameter year (warned when it is not the year the workbook's contract starts), see
 * every parameter grouped by area, searchable, with its source and whether it is our estimate, and write
 * (keeping the user's edited values) or reset the workbook's Parametrar table.
 */
import { useEffect, useMemo, useState } from "react";
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { NEWEST_YEAR, PARAMETER_YEARS, listParameters, type ParameterYear } from "../../domain/model";
import { OperationStatus } from "../components/OperationStatus";
import { formatNumber, useTexts } from "../shell/i18n";
import type { TaskpaneServices } from "../services/types";
import { useOperation } from "../shell/useOperation";
import { AREA_TITLES, contractYear, groupParameters } from "./groups";
import { PARAMETERS_PANE_TEXTS } from "../../domain/i18n/paneParameters";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(PARAMETERS_PANE_TEXTS);

const useStyles = makeStyles({
  // Fixed layout: a long key or an English unit wraps inside its cell instead of widening the pane.
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  labelColumn: { width: "62%" },
  area: { textAlign: "left", padding: "12px 4px 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "4px" },
  td: { padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: "top", overflowWrap: "anywhere" },
  key: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, display: "block" },
  source: { color: tokens.colorNeutralForeground3, display: "block" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  number: { whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", margin: "12px 0" },
});

/** The parameter year nearest the contract's start year (the older one on a tie). */
function suggestedYear(year: number): ParameterYear {
  return [...PARAMETER_YEARS].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0]!;
}

/** Shares read better as percentages ("20,69 %" rather than "0,2069 andel"). */
function isShare(unit: string): boolean {
  return unit === "andel" || unit === "share";
}

export function ParametersView({ services }: { services: TaskpaneServices }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const [year, setYear] = useState<ParameterYear>(NEWEST_YEAR);
  const rows = useMemo(() => listParameters(year, lang), [year, lang]);
  const operation = useOperation();
  const estimates = rows.filter((row) => row.estimate).length;
  const [query, setQuery] = useState("");
  const groups = useMemo(() => groupParameters(rows, query), [rows, query]);
  const shown = groups.reduce((sum, group) => sum + group.rows.length, 0);

  // The workbook's contract year, to warn before parameters of another year are written into it.
  const [startYear, setStartYear] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    services.workbookContract().then(
      (contract) => live && setStartYear(contract === null ? null : contractYear(contract.values.start)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);
  const suggested = startYear === null ? null : suggestedYear(startYear);

  // "Återställ" writes over values (and formulas) a user typed in Värde, so it asks first.
  const [confirmReset, setConfirmReset] = useState(false);
  const write = (mode: "keepEdits" | "reset") =>
    operation.run(async () => {
      setConfirmReset(false);
      const count = await services.writeParameters(year, mode);
      return mode === "reset" ? t("params.wasReset", { year }) : t("params.written", { count, year });
    });

  return (
    <section aria-labelledby="params-heading">
      <h2 id="params-heading">{t("params.heading")}</h2>
      <p>{t("params.intro")}</p>
      <Field label={t("params.year")}>
        <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value) as ParameterYear)}>
          {PARAMETER_YEARS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </Field>
      {suggested !== null && suggested !== year && (
        <MessageBar intent="warning" data-year-mismatch="">
          <MessageBarBody>
            {t("params.yearMismatch", { contractYear: startYear ?? "", year, suggested })}{" "}
            <Button size="small" onClick={() => setYear(suggested)}>
              {t("params.useYear", { year: suggested })}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => write("keepEdits")} disabled={operation.busy}>
          {t("params.write")}
        </Button>
        <Button onClick={() => setConfirmReset(true)} disabled={operation.busy}>
          {t("params.reset")}
        </Button>
      </div>
      {confirmReset && (
        <MessageBar intent="warning" data-testid="params-confirm-reset">
          <MessageBarBody>
            {t("params.confirmReset")}{" "}
            <Button size="small" onClick={() => void write("reset")}>
              {t("params.resetAnyway")}
            </Button>{" "}
            <Button size="small" appearance="subtle" onClick={() => setConfirmReset(false)}>
              {t("guide.keepSaved")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <OperationStatus operation={operation} busyLabel={t("params.writing")} />
      <p>{t("params.count", { count: rows.length, estimates })}</p>
      <Field label={t("params.search")} hint={t("params.searchHint")}>
        <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <p aria-live="polite">
        {query.trim() === "" ? null : shown === 0 ? t("params.noMatch", { query: query.trim() }) : t("params.shown", { shown, count: rows.length })}
      </p>
      {shown > 0 && (
        <table className={styles.table}>
          <colgroup>
            <col className={styles.labelColumn} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>{t("params.col.label")}</th>
              <th scope="col" className={`${styles.th} ${styles.value}`}>{t("params.col.value")}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.area} data-params-area={group.area}>
              <tr>
                <th scope="colgroup" colSpan={2} className={styles.area}>
                  {t(AREA_TITLES[group.area])}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.key}>
                  <td className={styles.td}>
                    {row.label}
                    <span className={styles.key}>{row.key}</span>
                    <span className={styles.source}>
                      {t("params.col.source")}: {row.source}
                    </span>
                  </td>
                  <td className={`${styles.td} ${styles.value}`}>
                    {isShare(row.unit) ? (
                      <span className={styles.number}>{formatNumber(row.value * 100, lang, 2)} %</span>
                    ) : (
                      <>
                        <span className={styles.number}>{formatNumber(row.value, lang, 4)}</span> {row.unit}
                      </>
                    )}
                    {row.estimate && (
                      <>
                        <br />
                        <Badge appearance="tint" color="warning" size="small">
                          {t("params.estimate")}
                        </Badge>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
