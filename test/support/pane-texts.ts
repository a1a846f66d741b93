/**
 * Every table of the task pane's texts: the first-load one (ui.ts) and each tab's, which the tab adds as it
 * loads. Tests check them together (same keys in both languages, spelling) and tests that call uiText for a
 * tab's key outside the tab's code register them here.
 */
import { MATCHING_PANE_TEXTS } from "../../src/domain/i18n/matchingPane";
import { ABOUT_PANE_TEXTS } from "../../src/domain/i18n/paneAbout";
import { CALCULATOR_PANE_TEXTS } from "../../src/domain/i18n/paneCalculator";
import { PARAMETERS_PANE_TEXTS } from "../../src/domain/i18n/paneParameters";
import { TEMPLATE_PANE_TEXTS } from "../../src/domain/i18n/paneTemplate";
import { VALIDATE_PANE_TEXTS } from "../../src/domain/i18n/paneValidate";
import { UI_TEXTS, registerPaneTexts, type PaneTexts } from "../../src/domain/i18n/ui";

export const ALL_PANE_TABLES: Readonly<Record<string, PaneTexts>> = {
  "ui.ts": UI_TEXTS,
  "paneTemplate.ts": TEMPLATE_PANE_TEXTS,
  "paneValidate.ts": VALIDATE_PANE_TEXTS,
  "paneCalculator.ts": CALCULATOR_PANE_TEXTS,
  "paneParameters.ts": PARAMETERS_PANE_TEXTS,
  "paneAbout.ts": ABOUT_PANE_TEXTS,
  "matchingPane.ts": MATCHING_PANE_TEXTS,
};

/** Adds every tab's table, as if each tab had loaded. */
export function registerAllPaneTexts(): void {
  for (const table of Object.values(ALL_PANE_TABLES)) registerPaneTexts(table);
}
