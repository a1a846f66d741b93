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
import { isContractError, type Contract } from "../../domain/followup/contract";
import { TEMPLATE_VERSION } from "../../domain/followup/template";
import type { CellValue, ParameterRow, TemplatePlan } from "../../domain/followup/types";
import { listParameters, type ParameterYear, type RawInput } from "../../domain/model";
import type { UiLang } from "../../domain/i18n/ui";
import type { ValidationInput } from "../../domain/validation";
import { CALCULATION_SHEET_NAME, calculationSheet } from "../calculator/calculationSheet";
import { DECISION_SHEET_NAME, decisionSheetContent, readDecisionRecord, type DecisionSheetContent } from "../guide/decisionSheet";
import { blankedAnswers, type DecisionRecord } from "../guide/questions";
import { SupplierConfirmationNeeded, TaskpaneError } from "../shell/errors";
import { createErrorLog } from "../shell/errorLog";
import { ADDIN_VERSION } from "../../domain/version";
import { readHostEnvironment, type HostEnvironment } from "../../excel/host/environment";
import { workbookContract, workbookPlacements } from "../template/workbookCopy";
import { createServiceContext, type ServiceContext, type ServiceOptions } from "./serviceContext";
import { validationServices } from "./validationServices";
import type {
  AboutInfo,
  AboutServices,
  ApplySummary,
  DecisionServices,
  SheetServices,
  SupplierFile,
  TaskpaneServices,
  TemplateServices,
  TemplateStatus,
  SaveDecisionsOutcome,
} from "./types";
import type { PortfolioServices } from "./portfolioTypes";
import type { MatchingServices } from "./matchingTypes";
import { createMatchingServices } from "./matchingServices";

export { toTaskpaneError, type ServiceOptions } from "./serviceContext";
export { toValidationView } from "./validationServices";

/**
 * The template plan and the validation rules load on first use, in their own chunk: the pane's first
 * render needs neither, and the first-load script stays small.
 */
const loadPlan = () => import(/* webpackChunkName: "domain-plan" */ "../../domain/followup/plan");
const loadSupplierCheck = () => import(/* webpackChunkName: "domain-supplier-check" */ "../../domain/validation/supplierCheck");
/** "Om SYSS": the workbook diagnosis, only when the section is opened. */
const loadDiagnosis = () => import(/* webpackChunkName: "about" */ "../../domain/followup/diagnosis");

/** Today's date as yyyy-mm-dd in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The supplier-version writer from src/xlsx, in its own chunk so the first render does not pay for ExcelJS. */
async function lazyXlsxWriter(plan: TemplatePlan, today: string): Promise<Uint8Array> {
  const { writeTemplateXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../../xlsx/write");
  // Today's results as cached values, for previews and Protected View at the supplier.
  return writeTemplateXlsx(plan, { today });
}

function parameterRows(year: ParameterYear): ParameterRow[] {
  return listParameters(year, "sv").map((row) => ({ ...row, default: row.value }));
}

/** The contract back as the JSON parseContract reads (its values are already plain). */
function contractAsJson(contract: Contract): Record<string, unknown> {
  return { ...contract.values, ...(contract.targetGroups ? { targetGroups: contract.targetGroups.map((group) => group.name) } : {}) };
}

/** A bad Avtal value in the workbook is the user's to fix: say which, in both languages. */
function contractOrExplain(read: () => Contract): Contract {
  try {
    return read();
  } catch (error) {
    if (isContractError(error)) throw new TaskpaneError("error.contractInvalid", { sv: error.messageSv, en: error.messageEn }, { cause: error });
    throw error;
  }
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

function templateServices({ workbook, guarded, options }: ServiceContext): TemplateServices {
  const writeXlsx = options.writeXlsx ?? lazyXlsxWriter;
  return {
    templateStatus: (): Promise<TemplateStatus> =>
      guarded(async () => ({ version: await workbook.templateVersion(), currentVersion: TEMPLATE_VERSION })),

    workbookContract: () =>
      guarded(async () => {
        if ((await workbook.templateVersion()) === null) return null;
        try {
          return workbookContract(await workbook.readFollowup(), {});
        } catch (error) {
          // A value the contract parser rejects is reported by validation; the form then starts from its defaults.
          if (isContractError(error)) return null;
          throw error;
        }
      }),

    applyTemplate: (contract, parameterYear, accept = [], work) =>
      guarded(async (): Promise<ApplySummary> => {
        const { buildTemplatePlan } = await loadPlan();
        const plan = buildTemplatePlan(contract, { parameterYear, parameters: parameterRows(parameterYear) });
        const outcome = await workbook.applyTemplate(plan, { accept: new Set(accept), ...(work ? { work } : {}) });
        if (!outcome.ok) {
          const messages = outcome.problems.map((problem) => problem.message);
          throw new TaskpaneError("error.templateConflict", {
            sv: messages.map((message) => message.sv).join(" "),
            en: messages.map((message) => message.en).join(" "),
          });
        }
        // The template is in place whatever happens here: auto-open is a convenience, never a reason to fail.
        await options.onTemplateApplied?.().catch(() => undefined);
        const { report } = outcome;
        return {
          sheetsCreated: report.createdSheets.length,
          sheetsUpdated: report.updatedSheets.length,
          contractChanges: report.contractChanges.map((change) =>
            change.kind === "formValue"
              ? { kind: change.kind, id: change.id, field: change.field, address: `${change.sheet}!${change.address}`, current: change.current, proposed: change.proposed }
              : { kind: change.kind, id: change.id, table: change.table, keys: change.keys },
          ),
          appliedChanges: report.appliedContractChanges.length,
          leftoverRows: report.leftoverRows.map(({ table, keys }) => ({ table, keys })),
        };
      }),

    supplierVersion: (formContract, parameterYear, confirmed = false) =>
      guarded(async (): Promise<SupplierFile> => {
        // A copy of the workbook as it is (its Avtal values and rows), when it has the template; else the form.
        let contract = formContract;
        let placements: CellValue[][] | undefined;
        let input: ValidationInput | undefined;
        if ((await workbook.templateVersion()) !== null) {
          input = await workbook.readFollowup();
          contract = contractOrExplain(() => workbookContract(input!, contractAsJson(formContract)));
          placements = workbookPlacements(input);
        }
        const { buildTemplatePlan } = await loadPlan();
        const plan = buildTemplatePlan(contract, { supplierVersion: true, parameterYear, parameters: parameterRows(parameterYear), placements });
        // Amendment v1.1 item 7: the personal-data check over the whole workbook before anything is made.
        const { checkSupplierPlan, checkSupplierWorkbook, describeItems, todayUtc } = await loadSupplierCheck();
        const check = input ? checkSupplierWorkbook(input, todayUtc()) : checkSupplierPlan(plan, todayUtc());
        if (check.blocking.length > 0) throw new TaskpaneError("error.supplierPersonalData", describeItems(check.blocking));
        if (!confirmed && (check.toConfirm.length > 0 || check.leftOut.length > 0)) {
          throw new SupplierConfirmationNeeded(describeItems(check.toConfirm), check.leftOut.length);
        }
        let bytes: Uint8Array;
        try {
          bytes = await writeXlsx(plan, options.today());
        } catch (error) {
          throw new TaskpaneError("error.download", undefined, { cause: error });
        }
        const id = contract.values.contractId;
        const name = typeof id === "string" && id !== "" ? id : "uppfoljning";
        return { fileName: `${name.replace(/[^\p{L}\p{N}_-]+/gu, "_")}_leverantor.xlsx`, bytes };
      }),

    openWorkbook: async (file) => (options.openWorkbook ? options.openWorkbook(file.bytes) : "unavailable"),

  };
}

/** The first of "Kalkyl", "Kalkyl (2)", … the workbook has no sheet of (Excel compares names case-insensitively). */
async function freeSheetName(workbook: WorkbookPort, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if ((await workbook.readSheetCells(name)) === null) return name;
  }
}

function sheetServices({ workbook, guarded }: ServiceContext): SheetServices {
  return {
    insertCalculation: (input: RawInput, year: ParameterYear, lang: UiLang) =>
      guarded(async () => {
        // Every insert is a calculation of its own: a new sheet, "Kalkyl", "Kalkyl (2)", …; none is ever overwritten.
        // The pane lays the cells out itself (inputs, help texts, number formats); the port writes them as given.
        const name = await freeSheetName(workbook, CALCULATION_SHEET_NAME);
        return workbook.writeSheet(calculationSheet(name, input, year, lang));
      }),

    writeParameters: (year, mode) => guarded(() => workbook.writeParameters(parameterRows(year), mode)),

    writeExanteSheet: (content) => guarded(() => workbook.writeNewSheet(content)),
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

/** TaskpaneServices over one WorkbookPort: every part, over one shared context. */
export function createTaskpaneServices(workbook: WorkbookPort, options: ServiceOptions): TaskpaneServices {
  const context = createServiceContext(workbook, options, options.errorLog ?? createErrorLog());
  const sheetMemory = new SheetMemory(workbook);
  return {
    ...decisionServices(context, sheetMemory),
    ...templateServices(context),
    ...validationServices(context),
    ...sheetServices(context),
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
    matching: createMatchingServices(options.run, today),
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.onTemplateApplied ? { onTemplateApplied: options.onTemplateApplied } : {}),
  });
}
