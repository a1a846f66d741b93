/**
 * The one place where the task pane meets the workbook: TaskpaneServices (what the views need) built on
 * the Excel port from src/excel plus the domain (template plan, validation, model parameters). Errors
 * from below become TaskpaneErrors with an i18n key, so a view never shows a raw exception.
 */
import type { ApplyOptions, ApplyOutcome } from "../../excel/template/apply";
import type { ExcelRun, IsSetSupported } from "../../excel/host/api";
import { createOfficeFindingsPort } from "../../excel/validation/officeFindings";
import { createOfficeTemplatePort } from "../../excel/officeWorkbook";
import type { CorrectOutcome, DecisionSheet, ExantePort, FindingsPort, LiveUpdate, SheetWriterPort, TemplatePort } from "../../excel/workbook";
import { writeExanteSheet } from "../../excel/sheets/exante";
import type { ExanteSheet } from "../../domain/exante/sheets";
import { ExcelPortError } from "../../excel/sheets/writers";
import { openAsNewWorkbook, type CreateWorkbook, type OpenOutcome } from "../../excel/host/newWorkbook";
import { isContractError, type Contract } from "../../domain/followup/contract";
import { TEMPLATE_VERSION } from "../../domain/followup/template";
import type { CellValue, ParameterRow, TemplatePlan } from "../../domain/followup/types";
import { listParameters, type ParameterYear, type RawInput } from "../../domain/model";
import type { UiLang } from "../../domain/i18n/ui";
import type { Finding, ValidationInput, ValidationResult } from "../../domain/validation";
import { CALCULATION_SHEET_NAME, calculationSheet, type CalculationSheet } from "../calculator/calculationSheet";
import { DECISION_SHEET_NAME, decisionSheetContent, readDecisionRecord, type DecisionSheetContent } from "../guide/decisionSheet";
import { blankedAnswers, type DecisionRecord } from "../guide/questions";
import { SupplierConfirmationNeeded, TaskpaneError } from "../shell/errors";
import { createErrorLog, type ErrorLog } from "../shell/errorLog";
import type { WorkbookShape } from "../../domain/followup/diagnosis";
import { ADDIN_VERSION } from "../../domain/version";
import { readHostEnvironment, type HostEnvironment } from "../../excel/host/environment";
import { workbookContract, workbookPlacements } from "../template/workbookCopy";
import type {
  AboutInfo,
  ApplySummary,
  CorrectionResult,
  FindingView,
  ParameterWriteMode,
  SupplierFile,
  TaskpaneServices,
  TemplateStatus,
  ValidationView,
  SaveDecisionsOutcome,
} from "./types";

/**
 * What the services need from the workbook. `fromWorkbookPort` (below) adapts src/excel's WorkbookPort to
 * it; the preview and the browser stub run the same adapter over the in-memory Excel fake.
 */
export interface WorkbookAccess {
  applyTemplate(plan: TemplatePlan, options?: ApplyOptions): Promise<ApplyOutcome>;
  /** The template version marker; null when the workbook has none. */
  templateVersion(): Promise<string | null>;
  readValidationInput(): Promise<ValidationInput>;
  /** Reads the workbook, runs every rule and writes the Validering sheet (the port's one validation path). */
  validate(): Promise<ValidationResult>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** "Rätta" (FindingsPort.correct): the exact list value into the finding's cell, if it still holds what was read. */
  correct(finding: Finding): Promise<CorrectOutcome>;
  /**
   * Live mode (the port's, see FindingsPort.startLiveValidation): reports the findings and contract status
   * once at the start and after each settled edit to Placeringar; resolves to a stop function.
   */
  watchPlacements(onUpdate: (update: LiveUpdate) => void, onError: (error: unknown) => void): Promise<() => Promise<void>>;
  /** Edits to Placeringar or Rapporter (FindingsPort.watchEdits), for marking a result stale. */
  watchEdits?(onEdit: () => void): Promise<() => void>;
  /**
   * Writes Beslutsunderlag; `base` is the sheet as the pane last read or wrote it, so the port merges only into
   * cells still holding that and otherwise writes a new sheet. Resolves to the sheet's name.
   */
  writeDecisionSheet(content: DecisionSheetContent, base?: Readonly<Record<string, string>>): Promise<string>;
  /** A sheet's non-empty cells (formula text by A1 address); null when there is no such sheet. */
  readSheetCells(sheetName: string): Promise<ReadonlyMap<string, string> | null>;
  /** Writes the calculation sheet as writeDecisionSheet does (`base` as last written); resolves to its name. */
  writeCalculationSheet(sheet: CalculationSheet, base?: Readonly<Record<string, string>>): Promise<string>;
  /** Writes the Parametrar table; `keepEdits` keeps a user's changed Värde cells. Resolves to the row count. */
  writeParameters(rows: readonly ParameterRow[], mode: ParameterWriteMode): Promise<number>;
  /** A new Avtalsvillkor / Förhandskalkyl sheet (a free name when taken); resolves to the name used. */
  writeNewSheet?(content: ExanteSheet): Promise<string>;
  /** Sheets, tables, marker and the template sheets' formulas, for the "Om SYSS" diagnosis. */
  workbookShape?(): Promise<WorkbookShape>;
}

export interface ServiceOptions {
  /** Today as yyyy-mm-dd in the user's time zone (validation's reference date). */
  readonly today: () => string;
  /** Builds the supplier-version .xlsx; loaded lazily because ExcelJS is large. */
  readonly writeXlsx?: (plan: TemplatePlan, today: string) => Promise<Uint8Array>;
  /** Opens bytes as a new Excel workbook (Excel.createWorkbook); without it, files are downloads. */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<OpenOutcome>;
  /** The Office host, build and requirement sets (host/officeHost.ts in Excel); "not known" everywhere by default. */
  readonly environment?: () => HostEnvironment;
  /** Where caught errors are recorded for "Om SYSS"; one per services by default. */
  readonly errorLog?: ErrorLog;
  /** After a template is applied: make the pane open with this workbook (officeHost.enableAutoOpen); best effort. */
  readonly onTemplateApplied?: () => Promise<unknown>;
}

/**
 * The template plan and the validation rules load on first use, in their own chunk: the pane's first
 * render needs neither, and the first-load script stays small.
 */
const loadPlan = () => import(/* webpackChunkName: "domain-plan" */ "../../domain/followup/plan");
/** The "Rätta" proposals (domain corrections): needed only when a result has a near list value. */
const loadSupplierCheck = () => import(/* webpackChunkName: "domain-supplier-check" */ "../../domain/validation/supplierCheck");
const loadCorrections = () => import(/* webpackChunkName: "domain-corrections" */ "../../domain/validation/corrections");
/** "Om SYSS": the workbook diagnosis and its Office.js reader, only when the section is opened. */
const loadDiagnosis = () => import(/* webpackChunkName: "about" */ "../../domain/followup/diagnosis");
const loadShapeReader = () => import(/* webpackChunkName: "about" */ "../../excel/sheets/workbookShape");

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

/** Office.js errors (codes such as "InvalidOperation" while a cell is being edited) mapped to what to do. */
export function toTaskpaneError(error: unknown): unknown {
  if (error instanceof TaskpaneError) return error;
  // The port's own problems already say what is in the way and what to do, in both languages.
  if (error instanceof ExcelPortError) return new TaskpaneError("error.workbook", error.texts, { cause: error });
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "InvalidOperationInCellEditMode" || code === "ActivityLimitReached" || code === "Conflict") {
    return new TaskpaneError("error.excelBusy", undefined, { cause: error });
  }
  if (code === "AccessDenied" || code === "InsertDeleteConflict") return new TaskpaneError("error.sheetProtected", undefined, { cause: error });
  if (code === "ApiNotFound" || code === "NotImplemented") return new TaskpaneError("error.notAvailable", undefined, { cause: error });
  return error;
}

async function guardedCall<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toTaskpaneError(error);
  }
}

/** The exact value "Rätta" would write for each correctable finding, by finding (see proposalsFor). */
export type Proposals = ReadonlyMap<Finding, string>;

export function toValidationView(
  findings: readonly Finding[],
  status: { status: ValidationView["status"]; commitment: number | null; servedMonths: number; notCounted?: ValidationView["notCounted"] },
  proposals: Proposals = new Map(),
): ValidationView {
  return {
    status: status.status,
    ...(status.notCounted !== undefined ? { notCounted: status.notCounted } : {}),
    commitmentMonths: status.commitment,
    servedMonths: status.commitment === null ? null : status.servedMonths,
    findings: findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      sheet: finding.sheet,
      address: finding.address,
      column: finding.column,
      rowId: finding.rowId,
      message: finding.message,
      fix: finding.fix,
      correctable: proposals.has(finding),
      proposal: proposals.get(finding) ?? null,
    })),
  };
}

/** The domain's corrections for the findings that have one (LIST_NOT_EXACT, read again from `input`). */
export async function proposalsFor(input: ValidationInput, findings: readonly Finding[]): Promise<Proposals> {
  const { correctionFor } = await loadCorrections();
  const proposals = new Map<Finding, string>();
  for (const finding of findings) {
    const correction = correctionFor(input, finding);
    if (correction !== null) proposals.set(finding, correction.shown);
  }
  return proposals;
}

/** The codes with a "Rätta" correction; the services read the workbook for proposals only when one occurs. */
const CORRECTABLE_CODES = ["LIST_NOT_EXACT", "NUMBER_AS_TEXT", "DATE_AS_TEXT", "ROWS_BELOW_TABLE"] as const satisfies readonly Finding["code"][];
type CorrectableCode = (typeof CORRECTABLE_CODES)[number];
const isCorrectableCode = (code: string): code is CorrectableCode => (CORRECTABLE_CODES as readonly string[]).includes(code);
const mayHaveCorrection = (finding: Finding) => isCorrectableCode(finding.code);

/** The pane's finding back as the domain's, for the port; null for any code "Rätta" cannot correct. */
function toCorrectableFinding(view: FindingView): Finding | null {
  const code = view.code;
  if (!isCorrectableCode(code)) return null;
  const { severity, sheet, address, column, rowId, message, fix } = view;
  return { code, severity, sheet, address, column, rowId, message, fix };
}

export function createTaskpaneServices(workbook: WorkbookAccess, options: ServiceOptions): TaskpaneServices {
  const writeXlsx = options.writeXlsx ?? lazyXlsxWriter;
  const errorLog = options.errorLog ?? createErrorLog();
  const environment = options.environment ?? (() => readHostEnvironment(undefined));
  // Every service call's failure is recorded (scrubbed) for "Om SYSS" before the view shows it.
  const guarded = <T>(action: () => Promise<T>): Promise<T> =>
    guardedCall(action).catch((error: unknown) => {
      errorLog.record(error);
      throw error;
    });

  const requireTemplate = async () => {
    if ((await workbook.templateVersion()) === null) throw new TaskpaneError("error.templateMissing");
  };

  /**
   * The view of a result, with the "Rätta" proposals: the cells of near list values are read once more
   * (the port's validation does not hand its input on), and only when there is such a finding.
   */
  const viewOf = async (result: Pick<ValidationResult, "findings" | "status">): Promise<ValidationView> => {
    const proposals = result.findings.some(mayHaveCorrection)
      ? await proposalsFor(await workbook.readValidationInput(), result.findings)
      : new Map<Finding, string>();
    return toValidationView(result.findings, result.status, proposals);
  };

  /**
   * The add-in's own writes to the follow-up tables ("Rätta") are no user edits: while one runs, and for one
   * macrotask after it (Office delivers a sync's events after the sync), edit events are not passed on.
   */
  let ownWrites = 0;
  const ownWrite = async <T>(write: () => Promise<T>): Promise<T> => {
    ownWrites++;
    try {
      return await write();
    } finally {
      setTimeout(() => ownWrites--, 0);
    }
  };


  /**
   * The sheets this pane wrote or read (name → formula text by address), so the next write can tell the add-in's
   * own cells from a user's: the port merges only into cells still holding what is remembered here.
   */
  /** The first of "Kalkyl", "Kalkyl (2)", … the workbook has no sheet of (Excel compares names case-insensitively, as readSheetCells does). */
  const freeCalculationSheetName = async (): Promise<string> => {
    for (let n = 1; ; n++) {
      const name = n === 1 ? CALCULATION_SHEET_NAME : `${CALCULATION_SHEET_NAME} (${n})`;
      if ((await workbook.readSheetCells(name)) === null) return name;
    }
  };

  const sheetMemory = new Map<string, Record<string, string>>();
  const remember = async (sheetName: string) => {
    const cells = await workbook.readSheetCells(sheetName);
    sheetMemory.set(sheetName, cells ? Object.fromEntries(cells) : {});
  };

  return {
    loadDecisions: () =>
      guarded(async () => {
        const cells = await workbook.readSheetCells(DECISION_SHEET_NAME);
        sheetMemory.set(DECISION_SHEET_NAME, cells ? Object.fromEntries(cells) : {});
        return cells ? readDecisionRecord(cells) : null;
      }),

    saveDecisions: (record: DecisionRecord, lang: UiLang, confirmed = false) =>
      guarded(async (): Promise<SaveDecisionsOutcome> => {
        // What is saved now (the sheet may have been saved from another pane or edited since it was read).
        const cells = await workbook.readSheetCells(DECISION_SHEET_NAME);
        const saved = cells ? readDecisionRecord(cells) : null;
        const blanked = saved ? blankedAnswers(saved, record) : 0;
        if (blanked > 0 && !confirmed) return { kind: "confirmBlanks", blanked };
        const sheet = await workbook.writeDecisionSheet(decisionSheetContent(record, lang, options.today()), sheetMemory.get(DECISION_SHEET_NAME));
        await remember(sheet);
        return { kind: "saved", sheet };
      }),

    templateStatus: (): Promise<TemplateStatus> =>
      guarded(async () => ({ version: await workbook.templateVersion(), currentVersion: TEMPLATE_VERSION })),

    workbookContract: () =>
      guarded(async () => {
        if ((await workbook.templateVersion()) === null) return null;
        try {
          return workbookContract(await workbook.readValidationInput(), {});
        } catch (error) {
          // A value the contract parser rejects is reported by validation; the form then starts from its defaults.
          if (isContractError(error)) return null;
          throw error;
        }
      }),

    applyTemplate: (contract, parameterYear, accept = []) =>
      guarded(async (): Promise<ApplySummary> => {
        const { buildTemplatePlan } = await loadPlan();
        const plan = buildTemplatePlan(contract, { parameterYear, parameters: parameterRows(parameterYear) });
        const outcome = await workbook.applyTemplate(plan, { accept: new Set(accept) });
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
          input = await workbook.readValidationInput();
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

    validate: () =>
      guarded(async () => {
        await requireTemplate();
        return viewOf(await workbook.validate());
      }),

    selectCell: (sheet, address) => guarded(() => workbook.selectCell(sheet, address)),

    correctFinding: (view) =>
      guarded(async (): Promise<CorrectionResult> => {
        const finding = toCorrectableFinding(view);
        if (finding === null || !view.correctable) return { outcome: "notCorrectable" };
        const outcome = await ownWrite(() => workbook.correct(finding));
        if (outcome !== "corrected") return { outcome };
        // Validate again so the pane (and the Validering sheet) no longer list the corrected finding.
        return { outcome, view: await viewOf(await workbook.validate()) };
      }),

    ...(workbook.watchEdits
      ? {
          watchEdits: (onEdit: () => void) =>
            guarded(async () => {
              const stop = await workbook.watchEdits!(() => {
                if (ownWrites === 0) onEdit();
              });
              return async () => stop();
            }),
        }
      : {}),

    watchPlacements: (onResult, onError) =>
      guarded(async () => {
        await requireTemplate();
        // Updates are viewed one after another, so a slow proposal read never lets an older result win;
        // none is passed on once stopped.
        let pending = Promise.resolve();
        let listening = true;
        // Live mode's failures reach the view through onError, not a rejection: record them for "Om SYSS" too.
        const liveError = (error: unknown) => {
          const mapped = toTaskpaneError(error);
          errorLog.record(mapped);
          onError(mapped);
        };
        const stop = await workbook.watchPlacements(
          (update) => {
            pending = pending.then(() =>
              viewOf(update).then(
                (view) => (listening ? onResult(view) : undefined),
                (error: unknown) => (listening ? liveError(error) : undefined),
              ),
            );
          },
          (error) => liveError(error),
        );
        // The first result is handed on before this resolves, as the interface promises.
        await pending;
        return async () => {
          listening = false;
          await stop();
          await pending;
        };
      }),

    insertCalculation: (input: RawInput, year: ParameterYear, lang: UiLang) =>
      guarded(async () => {
        // Every insert is a calculation of its own: a new sheet, "Kalkyl", "Kalkyl (2)", …; none is ever overwritten.
        const name = await freeCalculationSheetName();
        return workbook.writeCalculationSheet(calculationSheet(name, input, year, lang));
      }),

    writeParameters: (year, mode) => guarded(() => workbook.writeParameters(parameterRows(year), mode)),

    writeExanteSheet: (content) => guarded(async () => (workbook.writeNewSheet ? workbook.writeNewSheet(content) : notAvailable())),
    about: async (): Promise<AboutInfo> => {
      let diagnosis: AboutInfo["workbook"] = null;
      try {
        if (workbook.workbookShape) {
          const { diagnoseWorkbook } = await loadDiagnosis();
          diagnosis = diagnoseWorkbook(await guarded(() => workbook.workbookShape!()));
        }
      } catch {
        // Recorded by guarded; the rest of the section is still worth sending.
      }
      return { syssVersion: ADDIN_VERSION, environment: environment(), workbook: diagnosis, recentErrors: errorLog.recent() };
    },
  };
}

/** The port as src/excel offers it today: the template part always, the findings and sheet writers once implemented. */
export type AvailablePort = TemplatePort & Partial<FindingsPort> & Partial<SheetWriterPort> & Partial<ExantePort> & { workbookShape?(): Promise<WorkbookShape> };

function notAvailable(): never {
  throw new TaskpaneError("error.notAvailable");
}

/** The decision content in the port's Beslutsunderlag shape: the step number in front of each question. */
function toPortDecisionSheet(content: DecisionSheetContent): DecisionSheet {
  return {
    title: `${content.sheetName} (${content.savedAt})`,
    headers: content.headers,
    rows: content.rows.map((row) => ({ question: `${row.step}. ${row.question}`, answer: row.answer, comment: row.note })),
    conclusion: content.conclusions.join(" "),
  };
}

/** WorkbookAccess over the Excel port; live mode is the port's own (src/excel/validation/live.ts). */
export function workbookAccessFromPort(port: AvailablePort): WorkbookAccess {
  return {
    applyTemplate: (plan, applyOptions) => port.applyTemplate(plan, applyOptions),
    templateVersion: () => port.templateVersion(),
    readValidationInput: () => port.readFollowup(),
    validate: async () => (port.validate ? port.validate() : notAvailable()),
    selectCell: (sheet, address) => port.selectCell(sheet, address),
    correct: async (finding) => (port.correct ? port.correct(finding) : notAvailable()),
    watchPlacements: async (onUpdate, onError) =>
      port.startLiveValidation ? port.startLiveValidation({ onUpdate, onError }) : notAvailable(),
    writeDecisionSheet: async (content, base) =>
      port.writeDecisionSheet ? port.writeDecisionSheet(toPortDecisionSheet(content), base) : notAvailable(),
    readSheetCells: async (sheetName) => (port.readSheetCells ? port.readSheetCells(sheetName) : notAvailable()),
    writeCalculationSheet: async (sheet, base) => {
      // The pane lays the cells out itself (inputs, help texts, number formats); the port writes them as given.
      if (!port.writeSheet) notAvailable();
      return port.writeSheet(sheet, base);
    },
    writeParameters: async (rows, mode) => (port.writeParameters ? port.writeParameters(rows, mode) : notAvailable()),
    writeNewSheet: async (content) => (port.writeNewSheet ? port.writeNewSheet(content) : notAvailable()),
    ...(port.workbookShape ? { workbookShape: port.workbookShape } : {}),
    ...(port.watchEdits ? { watchEdits: port.watchEdits } : {}),
  };
}

/**
 * The services over Office.js (Excel.run or, in the preview, the fake's run): the template and sheet-writer
 * port plus the findings port (Validering sheet, live mode), all from src/excel.
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
  let canSuspendScreenUpdating = false;
  try {
    canSuspendScreenUpdating = options.isSetSupported("ExcelApi", "1.9");
  } catch {
    // Outside an Office host (a page opened in a plain browser) there are no requirement sets to ask.
  }
  const port: AvailablePort = {
    ...createOfficeTemplatePort({ run: options.run, isSetSupported: options.isSetSupported }),
    ...createOfficeFindingsPort({ run: options.run, today, lang: () => options.lang, canSuspendScreenUpdating }),
    writeNewSheet: (content) => writeExanteSheet(options.run, content),
    workbookShape: async () => (await loadShapeReader()).readWorkbookShape(options.run),
  };
  const openWorkbook = (bytes: Uint8Array) => openAsNewWorkbook(bytes, { createWorkbook: options.createWorkbook, isSetSupported: options.isSetSupported });
  return createTaskpaneServices(workbookAccessFromPort(port), {
    today,
    openWorkbook,
    environment: options.environment,
    onTemplateApplied: options.onTemplateApplied,
  });
}
