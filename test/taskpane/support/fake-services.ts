/**
 * An in-memory TaskpaneServices for component tests: records every call, returns configurable results,
 * and can be told to fail a method with a given error.
 */
import type { LongWork } from "../../../src/domain/common/work";
import type { ExanteSheet } from "../../../src/domain/exante/sheets";
import type { Contract } from "../../../src/domain/followup/contract";
import type { ParameterYear, RawInput } from "../../../src/domain/model";
import type { UiLang } from "../../../src/domain/i18n/ui";
import type { DecisionRecord } from "../../../src/taskpane/guide/questions";
import type {
  AboutInfo,
  ApplySummary,
  CorrectionResult,
  CorrectionUndo,
  FindingView,
  ParameterWriteMode,
  SupplierFile,
  TaskpaneServices,
  TemplateStatus,
  SaveDecisionsOutcome,
  UndoResult,
  ValidationView,
} from "../../../src/taskpane/services/types";
import type { CandidateView, NewCandidate, PipelineView } from "../../../src/taskpane/services/matchingTypes";
import type { FileProgress, ImportPreview, ImportResult, PortfolioResult, PortfolioSheetNames, PortfolioSheetsData } from "../../../src/taskpane/services/portfolioTypes";
import { portfolioTotals } from "../../../src/domain/portfolio/portfolio";

export type ServiceCall =
  | { method: "loadDecisions" }
  | { method: "saveDecisions"; record: DecisionRecord; lang: UiLang; confirmed: boolean }
  | { method: "templateStatus" }
  | { method: "workbookContract" }
  | { method: "applyTemplate"; contract: Contract; year: ParameterYear; accept: readonly string[] }
  | { method: "supplierVersion"; contract: Contract; year: ParameterYear; confirmed: boolean }
  | { method: "openWorkbook"; file: SupplierFile }
  | { method: "validate" }
  | { method: "selectCell"; sheet: string; address: string }
  | { method: "correctFinding"; finding: FindingView }
  | { method: "undoCorrection"; undo: CorrectionUndo }
  | { method: "watchPlacements" }
  | { method: "stopWatching" }
  | { method: "insertCalculation"; input: RawInput; year: ParameterYear; lang: UiLang }
  | { method: "writeParameters"; year: ParameterYear; mode: ParameterWriteMode }
  | { method: "writeExanteSheet"; content: ExanteSheet }
  | { method: "about" }
  | { method: "loadPipeline" }
  | { method: "addCandidate"; candidate: NewCandidate }
  | { method: "advanceCandidate"; candidate: CandidateView; date: string }
  | { method: "startPlacement"; candidate: CandidateView; startDate: string }
  | { method: "previewSupplierImport"; file: SupplierFile }
  | { method: "applySupplierImport"; file: SupplierFile }
  | { method: "buildPortfolio"; files: readonly SupplierFile[] }
  | { method: "writePortfolioSheets"; sheets: PortfolioSheetsData };

export class FakeServices implements TaskpaneServices {
  readonly calls: ServiceCall[] = [];
  status: TemplateStatus = { version: null, currentVersion: "1.0.0" };
  applyResult: ApplySummary = { sheetsCreated: 7, sheetsUpdated: 0, contractChanges: [], appliedChanges: 0, leftoverRows: [] };
  validation: ValidationView = { status: null, servedMonths: null, commitmentMonths: null, findings: [] };
  supplierFile: SupplierFile = { fileName: "leverantor.xlsx", bytes: new Uint8Array([80, 75, 3, 4]) };
  failures = new Map<keyof TaskpaneServices, unknown>();
  /** What openWorkbook answers: "opened" as Excel.createWorkbook does, "unavailable" for a download. */
  openOutcome: "opened" | "unavailable" = "unavailable";
  /** Long work: what applyTemplate and validate do with the LongWork they are handed before they resolve. */
  longWork: ((work: LongWork | undefined) => Promise<void>) | null = null;
  /** The live-mode callback, so a test can simulate an edit in Placeringar. */
  liveCallback: ((view: ValidationView) => void) | null = null;

  private check(method: keyof TaskpaneServices): void {
    if (this.failures.has(method)) throw this.failures.get(method);
  }

  /** What loadDecisions() returns: the record saved on Beslutsunderlag, null = nothing saved. */
  savedDecisions: DecisionRecord | null = null;
  /** How many saved answers a save would blank unless confirmed (as the real services count them). */
  blanksOnSave = 0;

  async loadDecisions(): Promise<DecisionRecord | null> {
    this.calls.push({ method: "loadDecisions" });
    this.check("loadDecisions");
    return this.savedDecisions;
  }

  async saveDecisions(record: DecisionRecord, lang: UiLang, confirmed = false): Promise<SaveDecisionsOutcome> {
    this.calls.push({ method: "saveDecisions", record, lang, confirmed });
    this.check("saveDecisions");
    if (this.blanksOnSave > 0 && !confirmed) return { kind: "confirmBlanks", blanked: this.blanksOnSave };
    this.savedDecisions = record;
    return { kind: "saved", sheet: "Beslutsunderlag" };
  }

  async templateStatus(): Promise<TemplateStatus> {
    this.calls.push({ method: "templateStatus" });
    this.check("templateStatus");
    return this.status;
  }

  /** What workbookContract() returns (the Avtal sheet's contract), null = no template. */
  contractInWorkbook: Contract | null = null;

  async workbookContract(): Promise<Contract | null> {
    this.calls.push({ method: "workbookContract" });
    this.check("workbookContract");
    return this.contractInWorkbook;
  }

  async applyTemplate(contract: Contract, year: ParameterYear, accept: readonly string[] = [], work?: LongWork): Promise<ApplySummary> {
    this.calls.push({ method: "applyTemplate", contract, year, accept });
    this.check("applyTemplate");
    await this.longWork?.(work);
    this.status = { ...this.status, version: this.status.currentVersion };
    return this.applyResult;
  }

  /** When set, supplierVersion() rejects with it unless called with `confirmed` (the personal-data check). */
  supplierConfirmation: Error | null = null;

  async supplierVersion(contract: Contract, year: ParameterYear, confirmed = false): Promise<SupplierFile> {
    this.calls.push({ method: "supplierVersion", contract, year, confirmed });
    this.check("supplierVersion");
    if (this.supplierConfirmation !== null && !confirmed) throw this.supplierConfirmation;
    return this.supplierFile;
  }

  async openWorkbook(file: SupplierFile): Promise<"opened" | "unavailable"> {
    this.calls.push({ method: "openWorkbook", file });
    this.check("openWorkbook");
    return this.openOutcome;
  }

  async validate(work?: LongWork): Promise<ValidationView> {
    this.calls.push({ method: "validate" });
    this.check("validate");
    await this.longWork?.(work);
    return this.validation;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.calls.push({ method: "selectCell", sheet, address });
    this.check("selectCell");
  }

  /** What correctFinding() answers. */
  correction: CorrectionResult = { outcome: "changedMeanwhile" };

  async correctFinding(finding: FindingView): Promise<CorrectionResult> {
    this.calls.push({ method: "correctFinding", finding });
    this.check("correctFinding");
    return this.correction;
  }

  /** What undoCorrection() answers. */
  undoResult: UndoResult = "undone";

  async undoCorrection(undo: CorrectionUndo): Promise<UndoResult> {
    this.calls.push({ method: "undoCorrection", undo });
    this.check("undoCorrection");
    return this.undoResult;
  }

  /** The pane's edit listener (watchEdits), so a test can play a user's edit. */
  editCallback: (() => void) | null = null;

  async watchEdits(onEdit: () => void): Promise<() => Promise<void>> {
    this.editCallback = onEdit;
    return async () => {
      this.editCallback = null;
    };
  }

  async watchPlacements(onResult: (view: ValidationView) => void): Promise<() => Promise<void>> {
    this.calls.push({ method: "watchPlacements" });
    this.check("watchPlacements");
    this.liveCallback = onResult;
    return async () => {
      this.calls.push({ method: "stopWatching" });
      this.liveCallback = null;
    };
  }

  async writeExanteSheet(content: ExanteSheet): Promise<string> {
    this.calls.push({ method: "writeExanteSheet", content });
    this.check("writeExanteSheet");
    return content.sheetName;
  }

  async insertCalculation(input: RawInput, year: ParameterYear, lang: UiLang): Promise<string> {
    this.calls.push({ method: "insertCalculation", input, year, lang });
    this.check("insertCalculation");
    // As the real services do: a new sheet per insert.
    const count = this.callsOf("insertCalculation").length;
    return count === 1 ? "Kalkyl" : `Kalkyl (${count})`;
  }

  async writeParameters(year: ParameterYear, mode: ParameterWriteMode): Promise<number> {
    this.calls.push({ method: "writeParameters", year, mode });
    this.check("writeParameters");
    return 42;
  }

  /** What about() answers ("Om SYSS"). */
  aboutInfo: AboutInfo = {
    syssVersion: "0.1.0",
    environment: { host: null, platform: null, build: null, displayLanguage: null, requirementSets: [] },
    workbook: null,
    recentErrors: [],
  };

  async about(): Promise<AboutInfo> {
    this.calls.push({ method: "about" });
    this.check("about");
    return this.aboutInfo;
  }

  /** What loadPipeline() answers; the actions answer `pipelineAfter` when set (the workbook after the write). */
  pipeline: PipelineView = {
    positions: [],
    candidates: [],
    totals: { referred: 0, interviewed: 0, offered: 0, started: 0 },
    medianDaysToStart: null,
    openWithoutCandidates: [],
    targetGroups: [],
    sources: ["Arbetsförmedlingen", "Kommunens arbetsmarknadsenhet", "Annan"],
    nextCandidateId: "K-001",
    missingTables: [],
  };
  pipelineAfter: PipelineView | null = null;
  /** The Ärende-ID startPlacement() answers. */
  startedCaseId = "P-001";

  private afterWrite(): PipelineView {
    if (this.pipelineAfter !== null) this.pipeline = this.pipelineAfter;
    return this.pipeline;
  }

  /** The Matchning tab's edit listener (watchMatchingEdits), so a test can play a user's edit in Excel. */
  matchingEditCallback: (() => void) | null = null;

  async watchMatchingEdits(onEdit: () => void): Promise<() => Promise<void>> {
    this.matchingEditCallback = onEdit;
    return async () => {
      this.matchingEditCallback = null;
    };
  }

  async loadPipeline(): Promise<PipelineView> {
    this.calls.push({ method: "loadPipeline" });
    this.check("loadPipeline");
    return this.pipeline;
  }

  async addCandidate(candidate: NewCandidate): Promise<PipelineView> {
    this.calls.push({ method: "addCandidate", candidate });
    this.check("addCandidate");
    return this.afterWrite();
  }

  async advanceCandidate(candidate: CandidateView, date: string): Promise<PipelineView> {
    this.calls.push({ method: "advanceCandidate", candidate, date });
    this.check("advanceCandidate");
    return this.afterWrite();
  }

  async startPlacement(candidate: CandidateView, startDate: string): Promise<{ caseId: string; view: PipelineView }> {
    this.calls.push({ method: "startPlacement", candidate, startDate });
    this.check("startPlacement");
    return { caseId: this.startedCaseId, view: this.afterWrite() };
  }

  /** What the import's dry run shows. */
  importPreview: ImportPreview = { fileName: "leverantor.xlsx", counts: { added: 0, updated: 0, kept: 0, conflicts: 0 }, added: [], updated: [], conflicts: [], issues: [] };
  importResult: ImportResult = { added: 0, updated: 0, skipped: 0, conflicts: 0 };
  /** What buildPortfolio() resolves to, and the progress it reports per file before that. */
  portfolio: PortfolioResult = {
    contracts: [],
    unreadable: [],
    workbook: { fileName: "Portfölj.xlsx", bytes: new Uint8Array([80, 75, 3, 4]) },
    sheets: {
      table: { headers: ["Avtals-ID"], rows: [], kinds: { "Avtals-ID": "text" } },
      unreadable: [],
      totals: portfolioTotals({ contracts: [], unreadable: [] }),
      report: { year: 2026, today: "2026-11-30", suppress: true, files: [] },
    },
  };
  portfolioProgress: FileProgress[] = [];
  /** The names writePortfolioSheets() says the sheets got. */
  portfolioSheetNames: PortfolioSheetNames = { report: "Årsrapport", portfolio: "Portfölj", unreadable: "Ej inlästa" };

  async previewSupplierImport(file: SupplierFile): Promise<ImportPreview> {
    this.calls.push({ method: "previewSupplierImport", file });
    this.check("previewSupplierImport");
    return this.importPreview;
  }

  async applySupplierImport(file: SupplierFile): Promise<ImportResult> {
    this.calls.push({ method: "applySupplierImport", file });
    this.check("applySupplierImport");
    return this.importResult;
  }

  async buildPortfolio(files: readonly SupplierFile[], onProgress: (progress: FileProgress) => void): Promise<PortfolioResult> {
    this.calls.push({ method: "buildPortfolio", files });
    this.check("buildPortfolio");
    for (const progress of this.portfolioProgress) onProgress(progress);
    return this.portfolio;
  }

  async writePortfolioSheets(sheets: PortfolioSheetsData): Promise<PortfolioSheetNames> {
    this.calls.push({ method: "writePortfolioSheets", sheets });
    this.check("writePortfolioSheets");
    return this.portfolioSheetNames;
  }

  callsOf<M extends ServiceCall["method"]>(method: M): Extract<ServiceCall, { method: M }>[] {
    return this.calls.filter((call): call is Extract<ServiceCall, { method: M }> => call.method === method);
  }
}
