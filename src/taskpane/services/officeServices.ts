/**
 * The one place where the task pane meets the workbook: TaskpaneServices (what the views need) built on
 * the one WorkbookPort from src/excel plus the domain (template plan, validation, model parameters). Errors
 * from below become TaskpaneErrors with an i18n key, so a view never shows a raw exception.
 *
 * The services are composed of parts, each a function of the shared ServiceContext (serviceContext.ts):
 * the Validera part lives in validationServices.ts; a new tab adds its part the same way.
 */
import type { ExcelRun, IsSetSupported } from "../../excel/host/api";
import { createOfficeWorkbook } from "../../excel/officeWorkbook";
import type { DecisionSheet, WorkbookPort } from "../../excel/workbook";
import { openAsNewWorkbook, type CreateWorkbook } from "../../excel/host/newWorkbook";
import { TEMPLATE_VERSION } from "../../domain/followup/templateVersion";
import type { UiLang } from "../../domain/i18n/ui";
import { DECISION_SHEET_NAME, decisionSheetContent, readDecisionRecord, type DecisionSheetContent } from "../guide/decisionSheet";
import { blankedAnswers, type DecisionRecord } from "../guide/questions";
import { TaskpaneError } from "../shell/errors";
import { createErrorLog } from "../shell/errorLog";
import { ADDIN_VERSION } from "../../domain/version";
import { readHostEnvironment, type HostEnvironment } from "../../excel/host/environment";
import { createServiceContext, type ServiceContext, type ServiceOptions } from "./serviceContext";
import { validationServices } from "./validationServices";
import type {
  AboutInfo,
  AboutServices,
  DecisionServices,
  SheetServices,
  TaskpaneServices,
  TemplateServices,
  TemplateStatus,
  SaveDecisionsOutcome,
} from "./types";
import type { PortfolioServices } from "./portfolioTypes";
import type { MatchingServices } from "./matchingTypes";

export { toTaskpaneError, type ServiceOptions } from "./serviceContext";
export { toValidationView } from "./validationServices";

/** "Om SYSS": the workbook diagnosis, only when the section is opened. */
const loadDiagnosis = () => import(/* webpackChunkName: "about" */ "../../domain/followup/diagnosis");

/** Today's date as yyyy-mm-dd in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The sheets this pane wrote or read (name → formula text by address), so the next write can tell the add-in's
 * own cells from a user's: the port merges only into cells still holding what is remembered here.
 */
class SheetMemory {
  private readonly sheets = new Map<string, Record<string, string>>();
  constructor(private readonly workbook: WorkbookPort) {}
  get(sheetName: string): Readonly<Record<string, string>> | undefined {
    return this.sheets.get(sheetName);
  }
  set(sheetName: string, cells: ReadonlyMap<string, string> | null): void {
    this.sheets.set(sheetName, cells ? Object.fromEntries(cells) : {});
  }
  async remember(sheetName: string): Promise<void> {
    this.set(sheetName, await this.workbook.readSheetCells(sheetName));
  }
}

function decisionServices({ workbook, guarded, options }: ServiceContext, sheetMemory: SheetMemory): DecisionServices {
  return {
    loadDecisions: () =>
      guarded(async () => {
        const cells = await workbook.readSheetCells(DECISION_SHEET_NAME);
        sheetMemory.set(DECISION_SHEET_NAME, cells);
        return cells ? readDecisionRecord(cells) : null;
      }),

    saveDecisions: (record: DecisionRecord, lang: UiLang, confirmed = false) =>
      guarded(async (): Promise<SaveDecisionsOutcome> => {
        // What is saved now (the sheet may have been saved from another pane or edited since it was read).
        const cells = await workbook.readSheetCells(DECISION_SHEET_NAME);
        const saved = cells ? readDecisionRecord(cells) : null;
        const blanked = saved ? blankedAnswers(saved, record) : 0;
        if (blanked > 0 && !confirmed) return { kind: "confirmBlanks", blanked };
        const content = toPortDecisionSheet(decisionSheetContent(record, lang, options.today()));
        const sheet = await workbook.writeDecisionSheet(content, sheetMemory.get(DECISION_SHEET_NAME));
        await sheetMemory.remember(sheet);
        return { kind: "saved", sheet };
      }),
  };
}

/**
 * The Uppföljningsmall tab's services (template plan, contract, supplier version) and the sheet writers of
 * Kalkyl, Parametrar and the ex-ante sheets: loaded on first use (issue 19: the first render needs neither,
 * and they pull in the template definition and the model). The template status stays here: the guide asks it.
 */
const loadTemplateServices = () => import(/* webpackChunkName: "services-template" */ "./templateServices");
const loadSheetServices = () => import(/* webpackChunkName: "services-sheets" */ "./sheetServices");

function templatePart(context: ServiceContext): TemplateServices {
  const { workbook, guarded, options } = context;
  // Only the loading is guarded here (a chunk that cannot load): each method guards its own call.
  const part = () => guarded(async () => (await loadTemplateServices()).templateServices(context));
  return {
    templateStatus: (): Promise<TemplateStatus> => guarded(async () => ({ version: await workbook.templateVersion(), currentVersion: TEMPLATE_VERSION })),
    workbookContract: async () => (await part()).workbookContract(),
    applyTemplate: async (contract, parameterYear, accept, work) => (await part()).applyTemplate(contract, parameterYear, accept, work),
    supplierVersion: async (contract, parameterYear, confirmed) => (await part()).supplierVersion(contract, parameterYear, confirmed),
    openWorkbook: async (file) => (options.openWorkbook ? options.openWorkbook(file.bytes) : "unavailable"),
  };
}

function sheetPart(context: ServiceContext): SheetServices {
  const part = () => context.guarded(async () => (await loadSheetServices()).sheetServices(context));
  return {
    insertCalculation: async (input, year, lang) => (await part()).insertCalculation(input, year, lang),
    writeParameters: async (year, mode) => (await part()).writeParameters(year, mode),
    writeExanteSheet: async (content) => (await part()).writeExanteSheet(content),
  };
}

function aboutServices({ workbook, guarded, options, errorLog }: ServiceContext): AboutServices {
  const environment = options.environment ?? (() => readHostEnvironment(undefined));
  return {
    about: async (): Promise<AboutInfo> => {
      let diagnosis: AboutInfo["workbook"] = null;
      try {
        const { diagnoseWorkbook } = await loadDiagnosis();
        diagnosis = diagnoseWorkbook(await guarded(() => workbook.workbookShape()));
      } catch {
        // Recorded by guarded; the rest of the section is still worth sending.
      }
      return { syssVersion: ADDIN_VERSION, environment: environment(), workbook: diagnosis, recentErrors: errorLog.recent() };
    },
  };
}

/** The decision content in the port's Beslutsunderlag shape: the step number in front of each question. */
/** The Matchning tab (matchingServices.ts over Office.js), behind the same error handling as every part. */
function matchingPart({ guarded, options }: ServiceContext): MatchingServices {
  const call = <T>(action: (part: MatchingServices) => Promise<T>): Promise<T> =>
    guarded(async () => {
      if (!options.matching) throw new TaskpaneError("error.notAvailable");
      return action(options.matching);
    });
  return {
    loadPipeline: () => call((part) => part.loadPipeline()),
    addCandidate: (candidate) => call((part) => part.addCandidate(candidate)),
    advanceCandidate: (candidate, date) => call((part) => part.advanceCandidate(candidate, date)),
    startPlacement: (candidate, startDate) => call((part) => part.startPlacement(candidate, startDate)),
    watchMatchingEdits: (onEdit) =>
      call(async (part) => (part.watchMatchingEdits ? part.watchMatchingEdits(onEdit) : async () => undefined)),
  };
}

/** The Portfölj tab's services (merge plan, file readers): loaded with the tab's first use, not with the pane. */
function portfolioPart({ workbook, guarded, options }: ServiceContext): PortfolioServices {
  const portfolio = async (): Promise<PortfolioServices> =>
    (await import(/* webpackChunkName: "view-portfolio" */ "./portfolioServices")).createPortfolioServices(
      {
        readValidationInput: () => workbook.readFollowup(),
        templateVersion: () => workbook.templateVersion(),
        writeSupplierImport: (writes) => workbook.writeSupplierImport(writes),
        writePortfolioSheets: (input) => workbook.writePortfolioSheets(input),
      },
      options.today,
    );
  return {
    previewSupplierImport: (file) => guarded(async () => (await portfolio()).previewSupplierImport(file)),
    applySupplierImport: (file) => guarded(async () => (await portfolio()).applySupplierImport(file)),
    buildPortfolio: (files, onProgress, signal) => guarded(async () => (await portfolio()).buildPortfolio(files, onProgress, signal)),
    writePortfolioSheets: (sheets) => guarded(async () => (await portfolio()).writePortfolioSheets(sheets)),
  };
}

function toPortDecisionSheet(content: DecisionSheetContent): DecisionSheet {
  return {
    title: `${content.sheetName} (${content.savedAt})`,
    headers: content.headers,
    rows: content.rows.map((row) => ({ question: `${row.step}. ${row.question}`, answer: row.answer, comment: row.note })),
    conclusion: content.conclusions.join(" "),
  };
}

/** The Matchning tab's services over Office.js, loaded with the tab's first use (they are stateless). */
function lazyMatchingServices(workbook: WorkbookPort, today: () => string): MatchingServices {
  const part = async () => (await import(/* webpackChunkName: "view-matching" */ "./matchingServices")).createMatchingServices(workbook, today);
  return {
    loadPipeline: async () => (await part()).loadPipeline(),
    addCandidate: async (candidate) => (await part()).addCandidate(candidate),
    advanceCandidate: async (candidate, date) => (await part()).advanceCandidate(candidate, date),
    startPlacement: async (candidate, startDate) => (await part()).startPlacement(candidate, startDate),
    watchMatchingEdits: async (onEdit) => {
      const loaded = await part();
      return loaded.watchMatchingEdits ? loaded.watchMatchingEdits(onEdit) : async () => undefined;
    },
  };
}

/** TaskpaneServices over one WorkbookPort: every part, over one shared context. */
export function createTaskpaneServices(workbook: WorkbookPort, options: ServiceOptions): TaskpaneServices {
  const context = createServiceContext(workbook, options, options.errorLog ?? createErrorLog());
  const sheetMemory = new SheetMemory(workbook);
  return {
    ...decisionServices(context, sheetMemory),
    ...templatePart(context),
    ...validationServices(context),
    ...sheetPart(context),
    ...aboutServices(context),
    ...portfolioPart(context),
    ...matchingPart(context),
  };
}

/**
 * The services over Office.js (Excel.run or, in the preview, the fake's run): the whole WorkbookPort from
 * src/excel (officeWorkbook.ts).
 */
export function createExcelServices(options: {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  lang: UiLang;
  today?: () => string;
  createWorkbook?: CreateWorkbook;
  environment?: () => HostEnvironment;
  onTemplateApplied?: () => Promise<unknown>;
}): TaskpaneServices {
  const today = options.today ?? (() => localToday());
  const port = createOfficeWorkbook({ run: options.run, isSetSupported: options.isSetSupported, today, lang: () => options.lang });
  const openWorkbook = (bytes: Uint8Array) => openAsNewWorkbook(bytes, { createWorkbook: options.createWorkbook, isSetSupported: options.isSetSupported });
  return createTaskpaneServices(port, {
    today,
    openWorkbook,
    matching: lazyMatchingServices(port, today),
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.onTemplateApplied ? { onTemplateApplied: options.onTemplateApplied } : {}),
  });
}
