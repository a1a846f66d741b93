/**
 * Results per actor as horizontal SVG bars, drawn by hand (no chart library). Gains go right of the zero
 * line, costs left. The SVG is one image with a title and description for screen readers; the exact
 * figures are in the line-item table next to it.
 */
import { tokens } from "@fluentui/react-components";
import { ACTOR_KEYS, actorLabel, type ActorKey } from "../../domain/model";
import { formatKronor, useTexts } from "../shell/i18n";
import { BAR_CHART, BarRow } from "./BarRow";
import { CALCULATOR_PANE_TEXTS } from "../../domain/i18n/paneCalculator";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(CALCULATOR_PANE_TEXTS);

/** Columns: actor name | bars around the zero line | amount, right-aligned. */
const { width: WIDTH, labelWidth: LABEL_WIDTH, rowHeight: ROW_HEIGHT, top: TOP } = BAR_CHART;
const VALUE_WIDTH = 78;

export interface BarGeometry {
  readonly actor: ActorKey;
  readonly x: number;
  readonly width: number;
  readonly value: number;
}

/** Pure layout: where the zero line is and each bar's extent, within the plotting area [left, right]. */
export function barLayout(values: Readonly<Record<ActorKey, number>>, left: number, right: number): { zero: number; bars: BarGeometry[] } {
  const all = ACTOR_KEYS.map((actor) => values[actor]);
  const maxPositive = Math.max(0, ...all);
  const maxNegative = Math.max(0, ...all.map((v) => -v));
  const span = maxPositive + maxNegative || 1;
  const plot = right - left;
  const zero = left + (maxNegative / span) * plot;
  const bars = ACTOR_KEYS.map((actor) => {
    const value = values[actor];
    const length = (Math.abs(value) / span) * plot;
    return { actor, value, x: value >= 0 ? zero : zero - length, width: length };
  });
  return { zero, bars };
}

export function ActorChart({ actors, titleId }: { actors: Readonly<Record<ActorKey, number>>; titleId: string }) {
  const { t, lang } = useTexts();
  const { zero, bars } = barLayout(actors, LABEL_WIDTH + 4, WIDTH - VALUE_WIDTH - 4);
  const height = TOP * 2 + ROW_HEIGHT * ACTOR_KEYS.length;
  const descId = `${titleId}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: 480, display: "block" }}
    >
      <title id={titleId}>{t("calc.chartTitle")}</title>
      <desc id={descId}>
        {t("calc.chartDesc")} {bars.map((bar) => `${actorLabel(bar.actor, lang)}: ${formatKronor(bar.value, lang)}`).join(". ")}
      </desc>
      <line x1={zero} x2={zero} y1={2} y2={height - 2} style={{ stroke: tokens.colorNeutralStroke1 }} strokeWidth={1} />
      {bars.map((bar, index) => {
        const gain = bar.value >= 0;
        const society = bar.actor === "society";
        const fill = gain
          ? society ? tokens.colorPaletteGreenForeground1 : tokens.colorPaletteGreenBorderActive
          : society ? tokens.colorPaletteRedForeground1 : tokens.colorPaletteRedBorderActive;
        return (
          <BarRow
            key={bar.actor}
            index={index}
            label={actorLabel(bar.actor, lang)}
            x={bar.x}
            width={bar.width}
            fill={fill}
            value={formatKronor(bar.value, lang)}
            emphasis={society}
          />
        );
      })}
    </svg>
  );
}
