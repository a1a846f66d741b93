/**
 * office-fake.js: a stand-in for office.js backed by the in-memory Excel fake, for machines without Excel.
 * Browser tests serve this file's text in place of Microsoft's office.js, so the PRODUCTION taskpane.html
 * (which also loads functions.js) boots unchanged. It defines:
 *  - Office: onReady, context.displayLanguage (from `?displayLanguage=`; default sv-SE), requirements;
 *  - Excel.run: the fake's run;
 *  - CustomFunctions: associate (recorded), Error and ErrorCode, as functions.js expects.
 * `window.__syss` exposes the fake, the associations and a sample-row writer (a user typing rows) to tests.
 */
import { createExcelFake } from "../../excel/fake";
import { addSampleRows } from "./previewWrites";

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
  }
}

const fake = createExcelFake();
const associations: Record<string, unknown> = {};
const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("displayLanguage") ?? "sv-SE";
const hostInfo = { host: "Excel", platform: "OfficeOnline" };

const officeStub = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage,
    contentLanguage: displayLanguage,
    officeTheme: undefined,
    requirements: { isSetSupported: () => true },
  },
  onReady(callback?: (info: typeof hostInfo) => void): Promise<typeof hostInfo> {
    return Promise.resolve().then(() => {
      callback?.(hostInfo);
      return hostInfo;
    });
  },
};

const globals = window as unknown as Record<string, unknown>;
globals.Office = officeStub;
globals.Excel = { run: fake.run };
globals.CustomFunctions = {
  associate(id: string, implementation: unknown) {
    associations[id] = implementation;
  },
  Error: CustomFunctionsError,
  ErrorCode: ERROR_CODES,
};
globals.__syss = { fake, associations, displayLanguage, addSampleRows: () => addSampleRows(fake.run) };
