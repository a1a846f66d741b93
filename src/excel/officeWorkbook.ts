/**
 * The WorkbookPort over Office.js: the one object the task pane's services talk to. `run` and `isSetSupported`
 * are injected: in Excel they are `Excel.run` and `Office.context.requirements.isSetSupported` (see
 * host/officeHost.ts); tests and the browser preview pass the fake. Each part lives with its feature folder
 * and loads on first use, in a chunk of its own: the pane's first render (the process guide) needs none of
 * them, and the template and validation code is most of the add-in's own script (issue 19).
 */
import type { TemplatePlan } from "../domain/followup/types";
import type { ValidationLang } from "../domain/i18n/validation";
import type { ExcelRun, IsSetSupported } from "./host/api";
import { queueTemplateMarker } from "./template/marker";
import type { ApplyOptions, SheetWriterPort, TemplatePort, WorkbookPort } from "./workbook";
import { createOfficeFindingsPort } from "./validation/officeFindings";

const loadApply = () => import(/* webpackChunkName: "excel-template" */ "./template/apply");
const loadReader = () => import(/* webpackChunkName: "excel-validate" */ "./validation/read");
const loadSheetWriters = () => import(/* webpackChunkName: "excel-sheets" */ "./sheets/writers");
const loadSupplierImport = () => import(/* webpackChunkName: "view-portfolio" */ "./sheets/supplierImport");
/** "Om SYSS": the workbook-shape reader, only when the section is opened. */
const loadShapeReader = () => import(/* webpackChunkName: "about" */ "./sheets/workbookShape");
/** The portfolio's sheets: with the Portfölj tab's other code, on first use. */
const loadPortfolioWriter = () => import(/* webpackChunkName: "view-portfolio" */ "./sheets/portfolio");
/** The Matchning tab's reads and writes: with the tab's other code, on first use. */
const loadMatching = () => import(/* webpackChunkName: "view-matching" */ "./sheets/matching");

/** The sheet writers (calculation, Beslutsunderlag, Parametrar, ex-ante), each loading the writers on first use. */
function lazySheetWriters(run: ExcelRun): SheetWriterPort {
  const writers = async () => (await loadSheetWriters()).createOfficeSheetWriter(run);
  return {
    writeSheet: async (content, base) => (await writers()).writeSheet(content, base),
    writeSheetAsNew: async (content) => (await writers()).writeSheetAsNew(content),
    readSheetCells: async (sheetName) => (await writers()).readSheetCells(sheetName),
    writeDecisionSheet: async (sheet, base) => (await writers()).writeDecisionSheet(sheet, base),
    writeParameters: async (rows, mode) => (await writers()).writeParameters(rows, mode),
    writeNewSheet: async (content) => (await writers()).writeNewSheet(content),
  };
}

export interface OfficeWorkbookOptions {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** The template part of the WorkbookPort, plus the sheet writers (calculation, Beslutsunderlag, Parametrar, ex-ante). */
export function createOfficeTemplatePort({ run, isSetSupported }: OfficeWorkbookOptions): TemplatePort & SheetWriterPort {
  return {
    ...lazySheetWriters(run),
    templateVersion: () =>
      run(async (context) => {
        const version = queueTemplateMarker(context);
        await context.sync();
        return version();
      }),

    applyTemplate: async (plan: TemplatePlan, options?: ApplyOptions) => (await loadApply()).applyTemplatePlan(run, isSetSupported, plan, options),

    // One reader for the task pane and the validation: chunked under the request limit (validation/read.ts).
    readFollowup: async () => {
      const { readValidationInput } = await loadReader();
      return run(async (context) => (await readValidationInput(context)).input);
    },

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
    writeSupplierImport: async (writes) => (await loadSupplierImport()).writeSupplierImport(options.run, writes),
    writePortfolioSheets: async (input) => (await loadPortfolioWriter()).writePortfolioSheets(options.run, input, { pageLayout: hasExcelApi19 }),
    readMatchingPipeline: async () => (await loadMatching()).readMatchingPipeline(options.run),
    applyPipelineAction: async (decide) => (await loadMatching()).applyPipelineAction(options.run, decide),
    watchMatchingEdits: async (onEdit) => (await loadMatching()).watchMatchingEdits(options.run, onEdit),
  };
}
