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

const WIDTH = 320;
const LABEL_WIDTH = 88;
const VALUE_WIDTH = 40;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const TOP = 6;

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
        const y = TOP + index * ROW_HEIGHT;
        const started = bar.stage === "started";
        return (
          <g key={bar.stage} aria-hidden="true">
            <text x={0} y={y + BAR_HEIGHT - 3} fontSize={12} fontWeight={started ? 600 : 400} style={{ fill: tokens.colorNeutralForeground1 }}>
              {t(stageLabel(bar.stage))}
            </text>
            <rect
              x={left}
              y={y}
              width={Math.max(bar.width, 0.5)}
              height={BAR_HEIGHT}
              rx={2}
              style={{ fill: started ? tokens.colorPaletteGreenForeground1 : tokens.colorBrandBackground }}
            />
            <text
              x={WIDTH - 2}
              y={y + BAR_HEIGHT - 3}
              fontSize={11}
              fontWeight={started ? 600 : 400}
              textAnchor="end"
              style={{ fill: tokens.colorNeutralForeground1, fontVariantNumeric: "tabular-nums" }}
            >
              {formatNumber(bar.count, lang, 0)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
