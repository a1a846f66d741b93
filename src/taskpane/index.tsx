/**
 * Task-pane entry: waits for Office, reads the display language and theme, and renders the app with the
 * services over Excel. Swedish unless Office's display language is something else.
 */
import { createRoot } from "react-dom/client";
import { uiLangFor } from "../domain/i18n/ui";
import { officeCreateWorkbook, officeExcelRun, officeHostEnvironment, officeIsSetSupported } from "../excel/officeHost";
import { App } from "./App";
import { createExcelServices } from "./services";
import { themeFromOffice } from "./theme";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = uiLangFor(context?.displayLanguage);
  document.documentElement.lang = lang;
  const theme = themeFromOffice(context?.officeTheme);
  // Excel.run is injected into the port, so the same src/excel code runs over the fake in the preview.
  const services = createExcelServices({
    run: officeExcelRun,
    isSetSupported: officeIsSetSupported,
    lang,
    createWorkbook: officeCreateWorkbook,
    environment: officeHostEnvironment,
  });
  createRoot(container).render(<App services={services} lang={lang} theme={theme} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(render);
} else {
  render();
}
