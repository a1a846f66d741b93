/**
 * One row of the pane's horizontal bar charts (the calculator's actors, the Matchning funnel): label at the
 * left, the bar, the value right-aligned. Both charts use the same grid, so they read alike side by side at
 * 350 px; the row is hidden from screen readers (each chart's <desc> states every value).
 */
import { tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export const BAR_CHART = { width: 320, labelWidth: 88, rowHeight: 26, barHeight: 16, top: 6 } as const;

export function BarRow(props: { index: number; label: ReactNode; x: number; width: number; fill: string; value: ReactNode; emphasis: boolean }) {
  const { index, label, x, width, fill, value, emphasis } = props;
  const y = BAR_CHART.top + index * BAR_CHART.rowHeight;
  const baseline = y + BAR_CHART.barHeight - 3;
  const weight = emphasis ? 600 : 400;
  return (
    <g aria-hidden="true">
      <text x={0} y={baseline} fontSize={12} fontWeight={weight} style={{ fill: tokens.colorNeutralForeground1 }}>
        {label}
      </text>
      <rect x={x} y={y} width={Math.max(width, 0.5)} height={BAR_CHART.barHeight} style={{ fill }} rx={2} />
      <text
        x={BAR_CHART.width - 2}
        y={baseline}
        fontSize={11}
        fontWeight={weight}
        textAnchor="end"
        style={{ fill: tokens.colorNeutralForeground1, fontVariantNumeric: "tabular-nums" }}
      >
        {value}
      </text>
    </g>
  );
}
