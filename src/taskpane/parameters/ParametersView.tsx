/**
 * Parametrar: choose the parameter year, see every parameter with its source and whether it is our
 * estimate, and write (keeping the user's edited values) or reset the workbook's Parametrar table.
 */
import { useMemo, useState } from "react";
import { Badge, Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { NEWEST_YEAR, PARAMETER_YEARS, listParameters, type ParameterYear } from "../../domain/model";
import { OperationStatus } from "../components/OperationStatus";
import { formatNumber, useTexts } from "../shell/i18n";
import type { TaskpaneServices } from "../services/types";
import { useOperation } from "../shell/useOperation";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "4px" },
  td: { padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: "top" },
  key: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, display: "block" },
  source: { color: tokens.colorNeutralForeground3, display: "block" },
  value: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", margin: "12px 0" },
});

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
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>{t("params.col.label")}</th>
            <th scope="col" className={`${styles.th} ${styles.value}`}>{t("params.col.value")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className={styles.td}>
                {row.label}
                <span className={styles.key}>{row.key}</span>
                <span className={styles.source}>
                  {t("params.col.source")}: {row.source}
                </span>
              </td>
              <td className={`${styles.td} ${styles.value}`}>
                {isShare(row.unit) ? `${formatNumber(row.value * 100, lang, 2)} %` : `${formatNumber(row.value, lang, 4)} ${row.unit}`}
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
      </table>
    </section>
  );
}
