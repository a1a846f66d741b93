/**
 * Follows Office's theme: Fluent's light or dark web theme, with the body colours Office reports laid
 * over it, so the pane matches Excel's own chrome. Outside Office (preview, tests) the light theme. The dark
 * theme's tokens load only when Office is dark (issue 19: most panes never need them on first load).
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

const loadDarkTheme = async (): Promise<Theme> => (await import(/* webpackChunkName: "theme-dark" */ "./darkTheme")).webDarkTheme;

/** The part of Office.context.officeTheme we read (plain data, so tests need no Office). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
  readonly isDarkTheme?: boolean;
}

const HEX = /^#?([0-9a-f]{6})$/i;

function hex(color: string | undefined): string | undefined {
  const match = color ? HEX.exec(color.trim()) : null;
  return match ? `#${match[1].toLowerCase()}` : undefined;
}

/** Relative luminance (WCAG), to tell a dark Office theme from a light one when isDarkTheme is absent. */
function luminance(color: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export async function themeFromOffice(office: OfficeThemeColors | undefined | null): Promise<Theme> {
  if (!office) return webLightTheme;
  const background = hex(office.bodyBackgroundColor);
  const foreground = hex(office.bodyForegroundColor);
  const dark = office.isDarkTheme ?? (background !== undefined && luminance(background) < 0.2);
  const base = dark ? await loadDarkTheme() : webLightTheme;
  // Only the page colours are taken over; Fluent's own ramps keep controls' contrast intact.
  if (!background || !foreground) return base;
  return { ...base, colorNeutralBackground1: background, colorNeutralForeground1: foreground };
}
