/**
 * Task-pane entry: waits for Office, reads the display language and theme, registers the ribbon's commands
 * (they run in this page: the shared runtime) and renders the app with the services over Excel. Swedish
 * unless Office's display language is something else.
 */
import { createRoot } from "react-dom/client";
import { uiLangFor } from "../domain/i18n/ui";
import {
  enableAutoOpen,
  officeCreateWorkbook,
  officeExcelRun,
  officeGlobal,
  officeHostEnvironment,
  officeIsSetSupported,
  ribbonHostFor,
} from "../excel/host/officeHost";
import { App } from "./shell/App";
import { createPaneRequests } from "./shell/paneRequests";
import { registerRibbonCommands } from "./ribbonCommands";
import { createExcelServices } from "./services/officeServices";
import { themeFromOffice } from "./shell/theme";

const requests = createPaneRequests();

async function render(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const inOffice = typeof Office !== "undefined" && typeof Office.actions?.associate === "function";
  if (inOffice) registerRibbonCommands(ribbonHostFor(officeGlobal()), requests);
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = uiLangFor(context?.displayLanguage);
  document.documentElement.lang = lang;
  const theme = await themeFromOffice(context?.officeTheme);
  // Excel.run is injected into the port, so the same src/excel code runs over the fake in the preview.
  const services = createExcelServices({
    run: officeExcelRun,
    isSetSupported: officeIsSetSupported,
    lang,
    createWorkbook: officeCreateWorkbook,
    environment: officeHostEnvironment,
    onTemplateApplied: inOffice ? () => enableAutoOpen(officeGlobal()) : undefined,
  });
  createRoot(container).render(<App services={services} lang={lang} theme={theme} requests={requests} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => render());
} else {
  void render();
}
