/**
 * The funnel as horizontal SVG bars, one per stage, drawn by hand like ActorChart: the stage's name, a bar as
 * long as its share of the referred, and the count. One image with a title and a description that carries
 * every figure for screen readers.
 */
import { tokens } from "@fluentui/react-components";
import type { UiKey } from "../../domain/i18n/ui";
import { STAGE_KEYS, type Stage } from "../../domain/matching/pipeline";
import type { StageCounts } from "../../domain/matching/funnel";
import { formatNumber, useTexts } from "../shell/i18n";
import { BAR_CHART, BarRow } from "../components/BarRow";
import { MATCHING_PANE_TEXTS } from "../../domain/i18n/matchingPane";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(MATCHING_PANE_TEXTS);

const { width: WIDTH, labelWidth: LABEL_WIDTH, rowHeight: ROW_HEIGHT, top: TOP } = BAR_CHART;
const VALUE_WIDTH = 40;

export const stageLabel = (stage: Stage): UiKey => `matching.stage.${stage}` as UiKey;

/** Pure layout: each stage's bar length within [left, right], relative to the largest count (the referred). */
export function funnelLayout(counts: StageCounts, left: number, right: number): { stage: Stage; count: number; width: number }[] {
  const largest = Math.max(1, ...STAGE_KEYS.map((stage) => counts[stage]));
  return STAGE_KEYS.map((stage) => ({ stage, count: counts[stage], width: (counts[stage] / largest) * (right - left) }));
}

export function FunnelChart({ counts, titleId }: { counts: StageCounts; titleId: string }) {
  const { t, lang } = useTexts();
  const left = LABEL_WIDTH + 4;
  const bars = funnelLayout(counts, left, WIDTH - VALUE_WIDTH - 4);
  const height = TOP * 2 + ROW_HEIGHT * bars.length;
  const descId = `${titleId}-desc`;
  return (
    <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: 480, display: "block" }}>
      <title id={titleId}>{t("matching.funnel.chartTitle")}</title>
      <desc id={descId}>
        {t("matching.funnel.chartDesc")} {bars.map((bar) => `${t(stageLabel(bar.stage))}: ${formatNumber(bar.count, lang, 0)}`).join(". ")}
      </desc>
      {bars.map((bar, index) => {
        const started = bar.stage === "started";
        return (
          <BarRow
            key={bar.stage}
            index={index}
            label={t(stageLabel(bar.stage))}
            x={left}
            width={bar.width}
            fill={started ? tokens.colorPaletteGreenForeground1 : tokens.colorBrandBackground}
            value={formatNumber(bar.count, lang, 0)}
            emphasis={started}
          />
        );
      })}
    </svg>
  );
}
