/**
 * The ribbon's ExecuteFunction buttons (manifest.xml, FunctionName = a key of RIBBON_COMMANDS). In the
 * shared runtime the pane's page registers them; a click records a pane request (tab + action) and shows
 * the task pane, which then opens at that tab. The Office calls come in through `RibbonHost`, so this
 * module runs in tests without Office.
 */
import type { ViewKey } from "./shell/tabs";
import type { PaneAction, PaneRequests } from "./shell/paneRequests";

export const RIBBON_COMMANDS: Readonly<Record<string, { readonly view: ViewKey; readonly action: PaneAction | null }>> = {
  openTemplate: { view: "template", action: null },
  openCalculator: { view: "calculator", action: null },
  validateWorkbook: { view: "validate", action: "validate" },
  createSupplierVersion: { view: "template", action: "supplierVersion" },
};

/** Office's part: `Office.actions.associate` and `Office.addin.showAsTaskpane` (SharedRuntime 1.1). */
export interface RibbonHost {
  associate(name: string, handler: (event: { completed(): void }) => void): void;
  showTaskpane(): Promise<void>;
}

export function registerRibbonCommands(host: RibbonHost, requests: PaneRequests): void {
  for (const [name, { view, action }] of Object.entries(RIBBON_COMMANDS)) {
    host.associate(name, (event) => {
      requests.request(view, action);
      // Office waits for completed() before the button can be clicked again; a pane that cannot be shown
      // (host without SharedRuntime) must not leave the button stuck.
      host.showTaskpane().then(
        () => event.completed(),
        () => event.completed(),
      );
    });
  }
}
