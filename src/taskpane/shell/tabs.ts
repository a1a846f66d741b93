/**
 * The task pane's tabs, in order, with their title texts. Plain data (no React) so that code outside the
 * pane — the acceptance script's generator among it — can list the tabs without loading the UI.
 */
import type { UiKey } from "../../domain/i18n/ui";

export type ViewKey = "guide" | "exante" | "template" | "validate" | "calculator" | "parameters" | "portfolio" | "matching";

export const VIEW_ORDER: readonly ViewKey[] = ["guide", "exante", "template", "validate", "portfolio", "calculator", "parameters", "matching"];

export const TAB_TITLE: Readonly<Record<ViewKey, UiKey>> = {
  guide: "tab.guide",
  exante: "tab.exante",
  template: "tab.template",
  validate: "tab.validate",
  calculator: "tab.calculator",
  parameters: "tab.parameters",
  portfolio: "tab.portfolio",
  matching: "tab.matching",
};
