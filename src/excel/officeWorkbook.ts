/**
 * The WorkbookPort over Office.js: the one object the task pane's services talk to. `run` and `isSetSupported`
 * are injected: in Excel they are `Excel.run` and `Office.context.requirements.isSetSupported` (see
 * host/officeHost.ts); tests and the browser preview pass the fake. Each part lives with its feature folder;
 * the validation parts and the "Om SYSS" reader load on first use, in chunks of their own.
 */
import type { TemplatePlan } from "../domain/followup/types";
import type { ValidationLang } from "../domain/i18n/validation";
import type { ExcelRun, IsSetSupported } from "./host/api";
import { applyTemplatePlan } from "./template/apply";
import { queueTemplateMarker } from "./template/marker";
import type { ApplyOptions, SheetWriterPort, TemplatePort, WorkbookPort } from "./workbook";
import { createOfficeSheetWriter } from "./sheets/writers";
import { writeSupplierImport } from "./sheets/supplierImport";
import { createOfficeFindingsPort } from "./validation/officeFindings";
import { readValidationInput } from "./validation/read";

export interface OfficeWorkbookOptions {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** "Om SYSS": the workbook-shape reader, only when the section is opened. */
const loadShapeReader = () => import(/* webpackChunkName: "about" */ "./sheets/workbookShape");
/** The portfolio's sheets: with the Portfölj tab's other code, on first use. */
const loadPortfolioWriter = () => import(/* webpackChunkName: "view-portfolio" */ "./sheets/portfolio");

/** The template part of the WorkbookPort, plus the sheet writers (calculation, Beslutsunderlag, Parametrar, ex-ante). */
export function createOfficeTemplatePort({ run, isSetSupported }: OfficeWorkbookOptions): TemplatePort & SheetWriterPort {
  return {
    ...createOfficeSheetWriter(run),
    templateVersion: () =>
      run(async (context) => {
        const version = queueTemplateMarker(context);
        await context.sync();
        return version();
      }),

    applyTemplate: (plan: TemplatePlan, options?: ApplyOptions) => applyTemplatePlan(run, isSetSupported, plan, options),

    // One reader for the task pane and the validation: chunked under the request limit (validation/read.ts).
    readFollowup: () => run(async (context) => (await readValidationInput(context)).input),

    selectCell: (sheet: string, address: string) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).select();
        await context.sync();
      }),

    workbookShape: async () => (await loadShapeReader()).readWorkbookShape(run),
  };
}

export interface OfficeWorkbookPortOptions extends OfficeWorkbookOptions {
  /** Today as yyyy-mm-dd (validation's reference date), asked at each validation. */
  readonly today: () => string;
  /** The language of the Validering sheet, asked at each write. */
  readonly lang: () => ValidationLang;
}

/** The whole WorkbookPort over Office.js. */
export function createOfficeWorkbook(options: OfficeWorkbookPortOptions): WorkbookPort {
  // A host without ExcelApi 1.9 has no suspendScreenUpdatingUntilNextSync and no worksheet.pageLayout: the
  // writers then simply do without them.
  let hasExcelApi19 = false;
  try {
    hasExcelApi19 = options.isSetSupported("ExcelApi", "1.9");
  } catch {
    // Outside an Office host (a page opened in a plain browser) there are no requirement sets to ask.
  }
  return {
    ...createOfficeTemplatePort(options),
    ...createOfficeFindingsPort({ run: options.run, today: options.today, lang: options.lang, canSuspendScreenUpdating: hasExcelApi19 }),
    writeSupplierImport: (writes) => writeSupplierImport(options.run, writes),
    writePortfolioSheets: async (input) => (await loadPortfolioWriter()).writePortfolioSheets(options.run, input, { pageLayout: hasExcelApi19 }),
  };
}
