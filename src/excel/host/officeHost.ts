/**
 * The only place that touches the Office globals: the real `Excel.run` and requirement-set check, for the
 * task pane to inject into createOfficeTemplatePort, Office.context for the host environment, the ribbon's
 * command registration and the open-with-the-workbook settings. Everything else takes them as parameters;
 * the functions below that take an `OfficeSubset` are tested with a faked Office object.
 */
import type { ExcelRun, IsSetSupported } from "./api";
import { readHostEnvironment, type HostEnvironment, type OfficeContextLike } from "./environment";

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  Office.context.requirements.isSetSupported(name, minVersion);

/** `Excel.createWorkbook` (ExcelApi 1.8), for opening the supplier version in a new window. */
export const officeCreateWorkbook = (base64File: string): Promise<void> => Excel.createWorkbook(base64File);
/** The host, build, display language and requirement sets, for the pane's "Om SYSS" section. */
export const officeHostEnvironment = (): HostEnvironment =>
  readHostEnvironment(typeof Office !== "undefined" ? (Office.context as unknown as OfficeContextLike) : undefined);

/** The document setting Office reads on open: with it, the ShowTaskpane action whose TaskpaneId has this name opens. */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The part of the Office global the functions below use (the real one fits: see the typecheck at the end). */
export interface OfficeSubset {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly document: {
      readonly settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        saveAsync(callback?: (result: { status: unknown }) => void): void;
      };
    };
  };
  readonly addin: { setStartupBehavior(behavior: never): Promise<void>; showAsTaskpane(): Promise<void> };
  readonly actions: { associate(name: string, handler: (event: { completed(): void }) => void): void };
  readonly StartupBehavior: { readonly load: unknown };
  readonly AsyncResultStatus: { readonly Succeeded: unknown };
}

export interface AutoOpenResult {
  /** The runtime loads with every document from now on (SharedRuntime 1.1), so the ribbon buttons work at once. */
  readonly startupLoad: boolean;
  /** The workbook carries the setting that opens the pane when it is opened again. */
  readonly documentSetting: boolean;
}

/**
 * After the template is applied: the pane opens with this workbook from now on. Both parts are best effort
 * (a host without them still has a working template), so this never rejects; the result says what was set.
 */
export async function enableAutoOpen(office: OfficeSubset): Promise<AutoOpenResult> {
  let startupLoad = false;
  try {
    if (office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
      await office.addin.setStartupBehavior(office.StartupBehavior.load as never);
      startupLoad = true;
    }
  } catch {
    // Excel on the web before SharedRuntime 1.1 rejects; the document setting still opens the pane.
  }
  let documentSetting = false;
  try {
    const settings = office.context.document.settings;
    if (settings.get(AUTO_SHOW_SETTING) === true) {
      documentSetting = true;
    } else {
      settings.set(AUTO_SHOW_SETTING, true);
      documentSetting = await new Promise<boolean>((resolve) => settings.saveAsync((result) => resolve(result.status === office.AsyncResultStatus.Succeeded)));
    }
  } catch {
    documentSetting = false;
  }
  return { startupLoad, documentSetting };
}

/** The ribbon's Office part (see taskpane/ribbonCommands.ts): associate ExecuteFunction names, show the pane. */
export function ribbonHostFor(office: OfficeSubset) {
  return {
    associate: (name: string, handler: (event: { completed(): void }) => void) => office.actions.associate(name, handler),
    showTaskpane: () => office.addin.showAsTaskpane(),
  };
}

/** The real Office global, as the subset (compile-time proof that it fits). */
export const officeGlobal = (): OfficeSubset => Office;
