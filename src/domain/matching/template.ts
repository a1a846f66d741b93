/**
 * The matching sheets as template data (shared/spec/matching.md): table specs, the overview's fixed cells, the
 * hidden list sheet and the names. followup/template.ts adds them to the one TEMPLATE; plan.ts puts them in the
 * procurer's full plan only (every sheet here has inSupplierVersion false).
 */
import { TARGET_GROUP_HEADERS, TABLES } from "../followup/names";
import { TARGET_GROUP_LIST_NAME } from "../followup/lists";
import { column, targetGroupLabel } from "../followup/formulas";
import type { FixedCellSpec, ListSpec, NamedRangeSpec, SheetSpec, TableColumnSpec, TableSpec, ValidationSpec } from "../followup/types";
import { STAGES, type StageStep } from "./funnel";
import * as F from "./formulas";
import {
  CANDIDATE_SOURCES,
  DECISIONS,
  EFFORT_COLUMNS,
  EFFORT_ORDER,
  EFFORT_TYPES,
  LESSON_COLUMNS,
  LESSON_ORDER,
  MAPPING_COLUMNS,
  MAPPING_ORDER,
  MAPPING_SOURCES,
  MATCHING_COLUMNS,
  MATCHING_LIST_NAMES,
  MATCHING_ORDER,
  MATCHING_SHEETS as S,
  MATCHING_TABLES as T,
  OUTCOMES,
  POSITION_COLUMNS,
  POSITION_ORDER,
  POSITION_STATUSES,
  PREPARATORY_MEASURES,
  STARTUP_COLUMNS,
  STARTUP_ITEMS,
  STARTUP_ORDER,
  SUPPLY_LEVELS,
  type Header,
} from "./sheets";

const DATE_FORMAT = "yyyy-mm-dd";
const PERCENT_FORMAT = "0%";

function letter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// ---------------------------------------------------------------- validation helpers

function listRule(name: string, title: string): ValidationSpec {
  return { rule: { kind: "list", source: `=${name}` }, allowBlank: true, error: { style: "stop", title, text: `Välj ett värde ur listan (${title}).` } };
}

function wholeBetween(min: number, max: number, title: string): ValidationSpec {
  return {
    rule: { kind: "whole", operator: "between", formula1: min, formula2: max },
    allowBlank: true,
    error: { style: "stop", title, text: `Ange ett heltal ${min}–${max}.` },
  };
}

const ANY_DATE: ValidationSpec = {
  rule: { kind: "date", operator: "between", formula1: { date: "2000-01-01" }, formula2: { date: "2099-12-31" } },
  allowBlank: true,
  error: { style: "stop", title: "Datum", text: "Skriv ett datum, t.ex. 2026-03-01." },
};

function dateNotBefore(cell: string, text: string): ValidationSpec {
  return { rule: { kind: "date", operator: "greaterThanOrEqual", formula1: `=${cell}` }, allowBlank: true, error: { style: "stop", title: "Datum", text } };
}

/** An ID like K-001 / L-01 in column `col` (relative to row 2): prefix, then digits only. */
function idRule(col: string, prefix: string, example: string, title: string, unique: boolean): ValidationSpec {
  const cell = `${col}2`;
  const shape = `AND(LEFT(TRIM(${cell}),2)="${prefix}",ISNUMBER(-MID(TRIM(${cell}),3,6)),LEN(TRIM(${cell}))>=4)`;
  return {
    rule: { kind: "custom", formula: unique ? `=AND(${shape},COUNTIF($${col}:$${col},${cell})=1)` : `=${shape}` },
    allowBlank: true,
    prompt: { title, text: `Pseudonymt ID, t.ex. ${example}. Aldrig namn eller personnummer.` },
    error: { style: "stop", title, text: `Skriv ett ID som ${example}${unique ? " som inte redan finns" : ""}. Inga namn.` },
  };
}

// ---------------------------------------------------------------- tables

type Draft = Omit<TableColumnSpec, "key" | "header" | "headerEn">;

function columns<K extends string>(order: readonly K[], headers: Readonly<Record<K, Header>>, drafts: Readonly<Record<K, Draft>>): TableColumnSpec[] {
  return order.map((key) => ({ key, header: headers[key].sv, headerEn: headers[key].en, ...drafts[key] }));
}

function table(name: string, sheet: string, cols: TableColumnSpec[]): TableSpec {
  return { name, sheet, topLeft: "A1", style: "TableStyleMedium7", showBandedRows: true, columns: cols };
}

const L = MATCHING_LIST_NAMES;
const textCol = (help: string, width = 24): Draft => ({ help, width, text: true });

export const MAPPING_TABLE = table(T.mapping, S.mapping, columns(MAPPING_ORDER, MAPPING_COLUMNS, {
  targetGroup: { width: 22, help: "Målgrupp enligt listan på bladet Avtal.", validation: listRule(TARGET_GROUP_LIST_NAME, "Målgrupp") },
  occupation: textCol("Yrke eller område; SSYK-kod om ni har den."),
  poolSize: { width: 12, numberFormat: "0", help: "Hur många i målgruppen som finns (poolen), enligt källan.", validation: wholeBetween(0, 10_000_000, "Antal i målgruppen") },
  source: { width: 26, help: "Varifrån antalet kommer.", validation: listRule(L.mappingSources, "Källa") },
  asOf: { width: 13, numberFormat: DATE_FORMAT, help: "Vilket datum antalet avser.", validation: ANY_DATE },
  area: textCol("Kommun eller område.", 18),
  supply: { width: 12, help: "God, Medel eller Låg.", validation: listRule(L.supply, "Bedömd tillgång") },
  competenceNeeds: textCol("Vilka kompetenser som behövs (utbildning, färdigheter, erfarenhet).", 32),
  comment: textCol("Fri text. Inga personuppgifter.", 30),
}));

export const POSITIONS_TABLE = table(T.positions, S.positions, columns(POSITION_ORDER, POSITION_COLUMNS, {
  positionId: { width: 10, text: true, help: "Platsens ID, t.ex. L-01.", validation: idRule("A", "L-", "L-01", "Plats-ID", true) },
  role: textCol("Yrke eller roll."),
  count: { width: 8, numberFormat: "0", help: "Hur många som ska anställas på platsen.", validation: wholeBetween(1, 10_000, "Antal") },
  form: { width: 20, help: "anställning, lärlingsanställning eller praktik.", validation: listRule("Lista_Sysselsattningsform", "Sysselsättningsform") },
  scope: {
    width: 11, numberFormat: PERCENT_FORMAT, help: "Andel av heltid, 1–100 %.",
    validation: { rule: { kind: "decimal", operator: "between", formula1: 0.01, formula2: 1 }, allowBlank: true, error: { style: "stop", title: "Omfattning", text: "Omfattning ska vara 1–100 %." } },
  },
  desiredStart: { width: 13, numberFormat: DATE_FORMAT, help: "När leverantören vill att personen börjar.", validation: ANY_DATE },
  competenceProfile: textCol("Utbildning, färdigheter och erfarenhet som krävs.", 32),
  location: textCol("Ort där arbetet utförs.", 14),
  status: { width: 11, help: "Öppen, Tillsatt eller Avbruten. Tom räknas som Öppen.", validation: listRule(L.positionStatus, "Status") },
  supplierContact: textCol("En roll hos leverantören (t.ex. platschef), inte ett namn.", 22),
  candidates: { width: 11, numberFormat: "0", formula: F.POSITION_CANDIDATES_FORMULA, help: "Beräknas: antal rader i Matchning med kandidat till platsen." },
  daysOpen: { width: 11, numberFormat: "0", formula: F.POSITION_DAYS_OPEN_FORMULA, help: "Beräknas: dagar sedan önskat startdatum medan platsen är öppen." },
}));

const mLetter = (key: (typeof MATCHING_ORDER)[number]): string => letter(MATCHING_ORDER.indexOf(key) + 1);

export const MATCHING_TABLE = table(T.matching, S.matching, columns(MATCHING_ORDER, MATCHING_COLUMNS, {
  candidateId: { width: 12, text: true, help: "Pseudonymt kandidat-ID, t.ex. K-001. Nyckeln till personen finns bara i ert eget ärendesystem.", validation: idRule("A", "K-", "K-001", "Kandidat-ID", false) },
  positionId: { width: 10, help: "Platsen på bladet Platser.", validation: listRule(L.positionIds, "Plats-ID") },
  targetGroup: { width: 22, help: "Målgrupp enligt listan på bladet Avtal.", validation: listRule(TARGET_GROUP_LIST_NAME, "Målgrupp") },
  source: { width: 24, help: "Vem som anvisade kandidaten.", validation: listRule(L.candidateSources, "Källa") },
  preparation: { width: 16, help: "Förberedande insats före start.", validation: listRule(L.preparation, "Förberedande insats") },
  referredDate: { width: 13, numberFormat: DATE_FORMAT, help: "Dag då kandidaten anvisades till platsen.", validation: ANY_DATE },
  interviewDate: {
    width: 13, numberFormat: DATE_FORMAT, help: "Dag för intervju.",
    validation: dateNotBefore(`$${mLetter("referredDate")}2`, "Intervjun får inte vara före anvisningen."),
  },
  offerDate: {
    width: 13, numberFormat: DATE_FORMAT, help: "Dag då platsen erbjöds.",
    validation: dateNotBefore(`$${mLetter("interviewDate")}2`, "Erbjudandet får inte vara före intervjun."),
  },
  decision: { width: 13, help: "Pågår, Startad, Tackade nej, Ej vald eller Avbruten.", validation: listRule(L.decision, "Beslut") },
  caseId: { width: 11, text: true, help: "När kandidaten startat: placeringens Ärende-ID i Placeringar. Kopplingen finns bara här." },
  comment: textCol("Fri text. Inga personuppgifter.", 30),
  stage: { width: 7, numberFormat: "0", formula: F.STAGE_FORMULA, help: "Beräknas: 1 anvisad, 2 intervju, 3 erbjudande, 4 startad." },
  daysToStart: { width: 10, numberFormat: "0", formula: F.DAYS_TO_START_FORMULA, help: "Beräknas: placeringens startdatum minus anvisad datum." },
}));

export const EFFORTS_TABLE = table(T.efforts, S.efforts, columns(EFFORT_ORDER, EFFORT_COLUMNS, {
  date: { width: 13, numberFormat: DATE_FORMAT, help: "Dag för insatsen.", validation: ANY_DATE },
  positionId: { width: 10, help: "Platsen på bladet Platser.", validation: listRule(L.positionIds, "Plats-ID") },
  type: { width: 28, help: "Annons, kontakt med Arbetsförmedlingen eller kommunen, rekryteringsträff eller annat.", validation: listRule(L.effortType, "Typ") },
  result: textCol("Vad insatsen gav.", 30),
  comment: textCol("Fri text. Inga personuppgifter.", 30),
}));

export const STARTUP_TABLE = table(T.startup, S.startup, columns(STARTUP_ORDER, STARTUP_COLUMNS, {
  item: textCol("Punkt att gå igenom på uppstartsmötet.", 70),
  done: { width: 8, help: "Ja när punkten är klar.", validation: listRule("Lista_JaNej", "Klar") },
  date: { width: 13, numberFormat: DATE_FORMAT, help: "När punkten klarades av.", validation: ANY_DATE },
  comment: textCol("Fri text. Inga personuppgifter.", 40),
}));

export const LESSONS_TABLE = table(T.lessons, S.lessons, columns(LESSON_ORDER, LESSON_COLUMNS, {
  step: { width: 7, numberFormat: "0", help: "Steg i processen, 1–6.", validation: wholeBetween(1, 6, "Steg") },
  worked: textCol("Vad som fungerade.", 36),
  didNotWork: textCol("Vad som inte fungerade.", 36),
  recommendation: textCol("Vad ni rekommenderar nästa gång.", 36),
  date: { width: 13, numberFormat: DATE_FORMAT, help: "Datum.", validation: ANY_DATE },
  role: textCol("Roll (inte namn), t.ex. matchningsansvarig.", 20),
}));

/** Every matching table, in sheet order. */
export const MATCHING_TABLE_SPECS: readonly TableSpec[] = [MAPPING_TABLE, POSITIONS_TABLE, MATCHING_TABLE, EFFORTS_TABLE, STARTUP_TABLE, LESSONS_TABLE];

/** The rows a new workbook's tables start with: the start-up checklist; the others start empty. */
export function initialRows(spec: TableSpec): (string | null)[][] {
  if (spec !== STARTUP_TABLE) return [];
  return STARTUP_ITEMS.map((item) => [item.sv, null, null, null]);
}

// ---------------------------------------------------------------- the hidden list sheet

export const MATCHING_LISTS: readonly ListSpec[] = [
  { name: L.mappingSources, header: "Källa (kartläggning)", column: "A", values: MAPPING_SOURCES },
  { name: L.candidateSources, header: "Källa (kandidat)", column: "B", values: CANDIDATE_SOURCES },
  { name: L.supply, header: "Bedömd tillgång", column: "C", values: SUPPLY_LEVELS },
  { name: L.positionStatus, header: "Status (plats)", column: "D", values: POSITION_STATUSES },
  { name: L.preparation, header: "Förberedande insats", column: "E", values: PREPARATORY_MEASURES },
  { name: L.decision, header: "Beslut", column: "F", values: DECISIONS },
  { name: L.effortType, header: "Typ av insats", column: "G", values: EFFORT_TYPES },
  { name: L.outcome, header: "Utfall efter avslut", column: "H", values: OUTCOMES },
];

function listCells(): FixedCellSpec[] {
  const cells: FixedCellSpec[] = [];
  for (const list of MATCHING_LISTS) {
    cells.push({ sheet: S.lists, address: `${list.column}1`, value: list.header, style: "heading" });
    list.values.forEach((value, i) => cells.push({ sheet: S.lists, address: `${list.column}${i + 2}`, value }));
  }
  return cells;
}

/** Names the matching sheets define; Lista_PlatsID points into a table, so the plan drops it for the supplier. */
export const MATCHING_NAMES: readonly NamedRangeSpec[] = [
  ...MATCHING_LISTS.map((list) => ({
    name: list.name,
    refersTo: `='${S.lists}'!$${list.column}$2:$${list.column}$${list.values.length + 1}`,
    comment: `Lista: ${list.header}`,
  })),
  { name: L.positionIds, refersTo: `=${column(T.positions, POSITION_COLUMNS.positionId.sv)}`, comment: "Lista: Plats-ID från tabellen Platser" },
];

// ---------------------------------------------------------------- Matchningsöversikt

export type OverviewFigure =
  | "referred" | "interviewed" | "offered" | "started"
  | "conversionInterviewed" | "conversionOffered" | "conversionStarted" | "medianDaysToStart"
  | "openWithoutCandidates" | "openTooLong"
  | "startedPlacements" | "startedViaMatching" | "shareStartedViaMatching"
  | "outcomesRecorded" | "outcomesInWorkOrStudies" | "shareInWorkOrStudies";

/** Workbook-scoped names of the overview figures (code and the task pane may read them by name). */
export const OVERVIEW_NAMES: Readonly<Record<OverviewFigure, string>> = {
  referred: "Match_Anvisade",
  interviewed: "Match_Intervjuade",
  offered: "Match_Erbjudna",
  started: "Match_Startade",
  conversionInterviewed: "Match_AndelIntervjuade",
  conversionOffered: "Match_AndelErbjudna",
  conversionStarted: "Match_AndelStartade",
  medianDaysToStart: "Match_MedianDagar",
  openWithoutCandidates: "Match_PlatserUtanKandidat",
  openTooLong: "Match_PlatserOppnaLange",
  startedPlacements: "Match_StartadePlaceringar",
  startedViaMatching: "Match_ViaMatchning",
  shareStartedViaMatching: "Match_AndelViaMatchning",
  outcomesRecorded: "Match_UtfallRegistrerade",
  outcomesInWorkOrStudies: "Match_UtfallArbeteStudier",
  shareInWorkOrStudies: "Match_AndelArbeteStudier",
};

/** Rows of the per-target-group and per-position blocks (formulas read the k-th list entry). */
export const OVERVIEW_TARGET_GROUP_ROWS = 10;
export const OVERVIEW_POSITION_ROWS = 40;

/** Where the overview's figures sit, for tests and readers. */
export interface OverviewLayout {
  readonly figures: Readonly<Record<OverviewFigure, string>>;
  /** Per block: the first row of labels (column A), the stage count columns B–E in STAGES order. */
  readonly bySourceRow: number;
  readonly byTargetGroupRow: number;
  readonly byPositionRow: number;
}

const STAGE_COLUMNS = ["B", "C", "D", "E"] as const;
const steps = STAGES.map((stage) => stage.step as Exclude<StageStep, 0>);

function overview(): { cells: FixedCellSpec[]; layout: OverviewLayout } {
  const sheet = S.overview;
  const cells: FixedCellSpec[] = [
    { sheet, address: "A1", value: "Matchningsöversikt", style: "title" },
    { sheet, address: "A2", value: "Beräknas med formler från Matchning, Platser, Placeringar och Kartläggning. Skriv inte här.", style: "help" },
  ];
  const figures: Partial<Record<OverviewFigure, string>> = {};
  let row = 4;
  const heading = (label: string): void => {
    cells.push({ sheet, address: `A${row}`, value: label, style: "heading" });
    row++;
  };
  const figure = (key: OverviewFigure, label: string, formula: string, help: string, numberFormat = "0"): void => {
    cells.push({ sheet, address: `A${row}`, value: label, style: "label" });
    cells.push({ sheet, address: `B${row}`, formula, numberFormat, style: "value", name: OVERVIEW_NAMES[key] });
    cells.push({ sheet, address: `C${row}`, value: help, style: "help" });
    figures[key] = `B${row}`;
    row++;
  };
  heading("Tratten (hela avtalet)");
  const stageHelp = ["Rader i Matchning med Kandidat-ID.", "Med intervjudatum eller ett senare steg.", "Med erbjudandedatum eller startade.", "Beslut Startad."];
  STAGES.forEach((stage, i) => figure(stage.key, stage.sv, F.stageCountFormula(steps[i]!), stageHelp[i]!));
  const at = (key: OverviewFigure): string => figures[key]!;
  figure("conversionInterviewed", "Andel intervjuade av anvisade", F.shareFormula(at("interviewed"), at("referred")), "Intervjuade / anvisade.", PERCENT_FORMAT);
  figure("conversionOffered", "Andel erbjudna av intervjuade", F.shareFormula(at("offered"), at("interviewed")), "Erbjudna / intervjuade.", PERCENT_FORMAT);
  figure("conversionStarted", "Andel startade av erbjudna", F.shareFormula(at("started"), at("offered")), "Startade / erbjudna.", PERCENT_FORMAT);
  figure("medianDaysToStart", "Median dagar från anvisad till start", F.MEDIAN_DAYS_FORMULA, "Medianen av Matchning[Dagar till start].", "0.0");
  row++;
  heading("Platser");
  figure("openWithoutCandidates", "Öppna platser utan kandidat", F.OPEN_WITHOUT_CANDIDATES_FORMULA, "Status Öppen (eller tom) och ingen rad i Matchning.");
  figure("openTooLong", "Öppna platser sedan mer än 30 dagar", F.OPEN_TOO_LONG_FORMULA, "Öppna, och önskat startdatum mer än 30 dagar sedan.");
  row++;
  heading("Placeringar");
  figure("startedPlacements", "Startade placeringar", F.STARTED_PLACEMENTS_FORMULA, "Rader i Placeringar med Ärende-ID och startdatum.");
  figure("startedViaMatching", "– varav via matchningen", F.STARTED_VIA_MATCHING_FORMULA, "Ärende-ID:t finns på en startad rad i Matchning.");
  figure("shareStartedViaMatching", "Andel via matchningen", F.shareFormula(at("startedViaMatching"), at("startedPlacements")), "Via matchningen / startade.", PERCENT_FORMAT);
  figure("outcomesRecorded", "Placeringar med utfall efter avslut", F.OUTCOMES_RECORDED_FORMULA, "Utfall efter avslut ifyllt.");
  figure("outcomesInWorkOrStudies", "– varav i arbete eller studier", F.OUTCOMES_IN_WORK_FORMULA, "Arbete hos leverantören, annat arbete eller studier.");
  figure("shareInWorkOrStudies", "Andel i arbete eller studier", F.shareFormula(at("outcomesInWorkOrStudies"), at("outcomesRecorded")), "I arbete eller studier / med utfall.", PERCENT_FORMAT);
  row++;

  const block = (label: string, extra: readonly string[] = []): number => {
    cells.push({ sheet, address: `A${row}`, value: label, style: "heading" });
    STAGES.forEach((stage, i) => cells.push({ sheet, address: `${STAGE_COLUMNS[i]}${row}`, value: stage.sv, style: "heading" }));
    extra.forEach((text, i) => cells.push({ sheet, address: `${letter(6 + i)}${row}`, value: text, style: "heading" }));
    row++;
    return row;
  };
  const counts = (by: "positionId" | "source" | "targetGroup", r: number): void => {
    steps.forEach((step, i) => cells.push({ sheet, address: `${STAGE_COLUMNS[i]}${r}`, formula: F.stageCountByFormula(by, `$A${r}`, step), numberFormat: "0", style: "value" }));
  };
  const bySourceRow = block("Per källa");
  for (const source of CANDIDATE_SOURCES) {
    cells.push({ sheet, address: `A${row}`, value: source, style: "label" });
    counts("source", row);
    row++;
  }
  row++;
  const byTargetGroupRow = block("Per målgrupp", ["Antal i målgruppen", "Förväntade platser"]);
  for (let k = 1; k <= OVERVIEW_TARGET_GROUP_ROWS; k++, row++) {
    cells.push({ sheet, address: `A${row}`, formula: targetGroupLabel(k), style: "label" });
    counts("targetGroup", row);
    cells.push({ sheet, address: `F${row}`, formula: F.poolFormula(`$A${row}`, T.mapping, MAPPING_COLUMNS.targetGroup.sv, MAPPING_COLUMNS.poolSize.sv), numberFormat: "0", style: "value" });
    cells.push({
      sheet, address: `G${row}`, numberFormat: "0", style: "value",
      formula: `=IF($A${row}="","",IFERROR(INDEX(${column(TABLES.targetGroups, TARGET_GROUP_HEADERS.expectedPlaces)},${k})+0,""))`,
    });
  }
  row++;
  const byPositionRow = block("Per plats");
  for (let k = 1; k <= OVERVIEW_POSITION_ROWS; k++, row++) {
    cells.push({ sheet, address: `A${row}`, formula: F.positionLabel(k), style: "label" });
    counts("positionId", row);
  }
  return { cells, layout: { figures: figures as Record<OverviewFigure, string>, bySourceRow, byTargetGroupRow, byPositionRow } };
}

const OVERVIEW = overview();
export const OVERVIEW_LAYOUT: OverviewLayout = OVERVIEW.layout;

/** Every fixed cell of the matching sheets (the overview and the hidden lists). */
export const MATCHING_CELLS: readonly FixedCellSpec[] = [...OVERVIEW.cells, ...listCells()];

const widths = (spec: TableSpec): Record<string, number> => Object.fromEntries(spec.columns.map((c, i) => [letter(i + 1), c.width ?? 12]));
const sheetOf = (name: string, tabIndex: number, spec: TableSpec): SheetSpec => ({
  name, visibility: "visible", tabIndex, inSupplierVersion: false, freeze: { rows: 1, columns: 1 }, columnWidths: widths(spec), tabColor: "7030A0",
});

/** The matching sheets, after the follow-up sheets in the tab order (Listor keeps its index). */
export const MATCHING_SHEET_SPECS: readonly SheetSpec[] = [
  sheetOf(S.mapping, 7, MAPPING_TABLE),
  sheetOf(S.positions, 8, POSITIONS_TABLE),
  sheetOf(S.matching, 9, MATCHING_TABLE),
  sheetOf(S.efforts, 10, EFFORTS_TABLE),
  sheetOf(S.startup, 11, STARTUP_TABLE),
  sheetOf(S.lessons, 12, LESSONS_TABLE),
  { name: S.overview, visibility: "visible", tabIndex: 13, inSupplierVersion: false, columnWidths: { A: 40, B: 13, C: 13, D: 13, E: 13, F: 16, G: 16 }, tabColor: "7030A0" },
  { name: S.lists, visibility: "hidden", tabIndex: 14, inSupplierVersion: false, columnWidths: Object.fromEntries(MATCHING_LISTS.map((l) => [l.column, 28])) },
];
