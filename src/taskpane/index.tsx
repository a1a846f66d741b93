/**
 * Task-pane entry: waits for Office, reads the display language and theme, and renders the app with the
 * services over Excel. Swedish unless Office's display language is something else.
 */
import { createRoot } from "react-dom/client";
import { uiLangFor } from "../domain/i18n/ui";
import type { ExcelRun } from "../excel/api";
import { App } from "./App";
import { createTaskpaneServices, excelWorkbookAccess, localToday } from "./services";
import { themeFromOffice } from "./theme";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = uiLangFor(context?.displayLanguage);
  document.documentElement.lang = lang;
  const theme = themeFromOffice(context?.officeTheme);
  // Excel.run is handed to the adapter as a function, so src/excel runs unchanged over the fake in the preview.
  const run: ExcelRun = (batch) => Excel.run((excelContext) => batch(excelContext));
  const isSetSupported = (name: string, version?: string) => context?.requirements?.isSetSupported(name, version) ?? false;
  const services = createTaskpaneServices(excelWorkbookAccess(run, isSetSupported), { today: () => localToday() });
  createRoot(container).render(<App services={services} lang={lang} theme={theme} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(render);
} else {
  render();
}
