/**
 * The matchningsansvarig's workspace (shared/spec/matching.md) as names code, formulas and the task pane agree
 * on: sheet names, table names, column keys with their Swedish and English headers, the fixed value lists and
 * the ID formats. Only the procurer's full workbook has these sheets; the supplier version never does.
 *
 * Keep this API stable: the task pane's Matchning tab and the `syss funnel` command read through it.
 * Renaming a header here needs a new TEMPLATE_VERSION (existing workbooks carry the old one).
 */

// The sheet names live in their own small module: the task pane's first load (the guide) needs them alone.
export { MATCHING_SHEETS } from "./sheetNames";

/** Excel table names (ASCII, so every spreadsheet program accepts them in formulas). */
export const MATCHING_TABLES = {
  mapping: "Kartlaggning",
  positions: "Platser",
  matching: "Matchning",
  efforts: "Insatser",
  startup: "Uppstart",
  lessons: "Erfarenheter",
} as const;

export type MatchingTableKey = keyof typeof MATCHING_TABLES;

/** A column header in both languages: `sv` is the table column name in Excel, `en` the English UI label. */
export interface Header {
  readonly sv: string;
  readonly en: string;
}

/** Kartläggning: one row per target group × occupation/area. */
export const MAPPING_COLUMNS = {
  targetGroup: { sv: "Målgrupp", en: "Target group" },
  occupation: { sv: "Yrke/område", en: "Occupation/area" },
  poolSize: { sv: "Antal i målgruppen", en: "Number in the target group" },
  source: { sv: "Källa", en: "Source" },
  asOf: { sv: "Avser datum", en: "As of date" },
  area: { sv: "Kommun/område", en: "Municipality/area" },
  supply: { sv: "Bedömd tillgång", en: "Assessed supply" },
  competenceNeeds: { sv: "Kompetensbehov", en: "Competence needs" },
  comment: { sv: "Kommentar", en: "Comment" },
} as const satisfies Record<string, Header>;

/** Platser: the positions the supplier offers; `candidates` and `daysOpen` are calculated. */
export const POSITION_COLUMNS = {
  positionId: { sv: "Plats-ID", en: "Position ID" },
  role: { sv: "Yrke/roll", en: "Occupation/role" },
  count: { sv: "Antal", en: "Number" },
  form: { sv: "Sysselsättningsform", en: "Form of placement" },
  scope: { sv: "Omfattning (%)", en: "Scope (%)" },
  desiredStart: { sv: "Önskat startdatum", en: "Desired start date" },
  competenceProfile: { sv: "Kompetensprofil", en: "Competence profile" },
  location: { sv: "Ort", en: "Location" },
  status: { sv: "Status", en: "Status" },
  supplierContact: { sv: "Kontakt hos leverantören", en: "Supplier contact (role)" },
  /** Calculated: Matchning rows with a candidate at this position. */
  candidates: { sv: "Kandidater", en: "Candidates" },
  /** Calculated: days since Önskat startdatum while the position is open. */
  daysOpen: { sv: "Dagar öppen", en: "Days open" },
} as const satisfies Record<string, Header>;

/** Matchning: the recruitment chain, one row per candidate × position. `stage` and `daysToStart` are calculated. */
export const MATCHING_COLUMNS = {
  candidateId: { sv: "Kandidat-ID", en: "Candidate ID" },
  positionId: { sv: "Plats-ID", en: "Position ID" },
  targetGroup: { sv: "Målgrupp", en: "Target group" },
  source: { sv: "Källa", en: "Source" },
  preparation: { sv: "Förberedande insats", en: "Preparatory measure" },
  referredDate: { sv: "Anvisad datum", en: "Date referred" },
  interviewDate: { sv: "Intervju datum", en: "Interview date" },
  offerDate: { sv: "Erbjudande datum", en: "Offer date" },
  decision: { sv: "Beslut", en: "Decision" },
  caseId: { sv: "Ärende-ID", en: "Case ID" },
  comment: { sv: "Kommentar", en: "Comment" },
  stage: { sv: "Steg", en: "Stage" },
  daysToStart: { sv: "Dagar till start", en: "Days to start" },
} as const satisfies Record<string, Header>;

/** Insatser: the supplier's recruitment efforts for a position (evidence of genuine attempts). */
export const EFFORT_COLUMNS = {
  date: { sv: "Datum", en: "Date" },
  positionId: { sv: "Plats-ID", en: "Position ID" },
  type: { sv: "Typ", en: "Type" },
  result: { sv: "Resultat", en: "Result" },
  comment: { sv: "Kommentar", en: "Comment" },
} as const satisfies Record<string, Header>;

/** Uppstart: the start-up meeting checklist. */
export const STARTUP_COLUMNS = {
  item: { sv: "Punkt", en: "Item" },
  done: { sv: "Klar", en: "Done" },
  date: { sv: "Datum", en: "Date" },
  comment: { sv: "Kommentar", en: "Comment" },
} as const satisfies Record<string, Header>;

/** Erfarenheter: lessons learned (förvalta), by step of the process (1–6). */
export const LESSON_COLUMNS = {
  step: { sv: "Steg", en: "Step" },
  worked: { sv: "Vad fungerade", en: "What worked" },
  didNotWork: { sv: "Vad fungerade inte", en: "What did not work" },
  recommendation: { sv: "Rekommendation", en: "Recommendation" },
  date: { sv: "Datum", en: "Date" },
  role: { sv: "Roll", en: "Role" },
} as const satisfies Record<string, Header>;

/** The outcome columns the full version's Placeringar gains (appended last; never in the supplier version). */
export const PLACEMENT_OUTCOME_COLUMNS = {
  outcomeAfterEnd: { sv: "Utfall efter avslut", en: "Outcome after the placement" },
  outcomeFollowedUp: { sv: "Utfall uppföljt", en: "Outcome followed up (date)" },
} as const satisfies Record<string, Header>;

export type MappingColumnKey = keyof typeof MAPPING_COLUMNS;
export type PositionColumnKey = keyof typeof POSITION_COLUMNS;
export type MatchingColumnKey = keyof typeof MATCHING_COLUMNS;
export type EffortColumnKey = keyof typeof EFFORT_COLUMNS;
export type StartupColumnKey = keyof typeof STARTUP_COLUMNS;
export type LessonColumnKey = keyof typeof LESSON_COLUMNS;
export type PlacementOutcomeKey = keyof typeof PLACEMENT_OUTCOME_COLUMNS;

/** Column order of each table (the order in the sheet). */
export const MAPPING_ORDER: readonly MappingColumnKey[] = [
  "targetGroup", "occupation", "poolSize", "source", "asOf", "area", "supply", "competenceNeeds", "comment",
];
export const POSITION_ORDER: readonly PositionColumnKey[] = [
  "positionId", "role", "count", "form", "scope", "desiredStart", "competenceProfile", "location", "status", "supplierContact", "candidates", "daysOpen",
];
export const MATCHING_ORDER: readonly MatchingColumnKey[] = [
  "candidateId", "positionId", "targetGroup", "source", "preparation", "referredDate", "interviewDate", "offerDate",
  "decision", "caseId", "comment", "stage", "daysToStart",
];
export const EFFORT_ORDER: readonly EffortColumnKey[] = ["date", "positionId", "type", "result", "comment"];
export const STARTUP_ORDER: readonly StartupColumnKey[] = ["item", "done", "date", "comment"];
export const LESSON_ORDER: readonly LessonColumnKey[] = ["step", "worked", "didNotWork", "recommendation", "date", "role"];
export const PLACEMENT_OUTCOME_ORDER: readonly PlacementOutcomeKey[] = ["outcomeAfterEnd", "outcomeFollowedUp"];

// ---------------------------------------------------------------- value lists

/** Källa in Kartläggning (where the pool figure comes from). */
export const MAPPING_SOURCES = ["Arbetsförmedlingens statistik", "Kommunens arbetsmarknadsenhet", "Annan"] as const;
/** Källa in Matchning (who referred the candidate); the funnel's "per source" uses these. */
export const CANDIDATE_SOURCES = ["Arbetsförmedlingen", "Kommunens arbetsmarknadsenhet", "Annan"] as const;
export const SUPPLY_LEVELS = ["God", "Medel", "Låg"] as const;
export const POSITION_STATUSES = ["Öppen", "Tillsatt", "Avbruten"] as const;
export const PREPARATORY_MEASURES = ["Ingen", "Utbildning", "Praktik", "Språkstöd", "Annat"] as const;
export const DECISIONS = ["Pågår", "Startad", "Tackade nej", "Ej vald", "Avbruten"] as const;
export const EFFORT_TYPES = ["Annons", "Kontakt med Arbetsförmedlingen", "Kontakt med kommunen", "Rekryteringsträff", "Annat"] as const;
export const OUTCOMES = ["Arbete hos leverantören", "Annat arbete", "Studier", "Arbetssökande", "Annat", "Okänt"] as const;
/** Outcomes counted as "in work or studies" on the overview. */
export const OUTCOMES_IN_WORK_OR_STUDIES = ["Arbete hos leverantören", "Annat arbete", "Studier"] as const;
export const PROCESS_STEPS = [1, 2, 3, 4, 5, 6] as const;

export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];
export type PositionStatus = (typeof POSITION_STATUSES)[number];
export type Decision = (typeof DECISIONS)[number];
export type Outcome = (typeof OUTCOMES)[number];

/** The Beslut that means the candidate started (stage 4). */
export const DECISION_STARTED: Decision = "Startad";
/** The Status of a position still looking for candidates. */
export const POSITION_OPEN: PositionStatus = "Öppen";
/** The Status of a filled position (the rules want a started candidate behind it). */
export const POSITION_FILLED: PositionStatus = "Tillsatt";

/** The start-up meeting's checklist items, pre-filled in a new Uppstart table (sv, en). */
export const STARTUP_ITEMS: readonly Header[] = [
  { sv: "Kontaktroller utbytta (leverantör och matchningsansvarig)", en: "Contact roles exchanged (supplier and matching officer)" },
  { sv: "Platser och kompetensprofiler genomgångna", en: "Positions and competence profiles reviewed" },
  { sv: "Rapportdatum överenskomna", en: "Report dates agreed" },
  {
    sv: "Rutin för personuppgifter: pseudonyma ID, var nyckeln förvaras, vem som är personuppgiftsansvarig",
    en: "Personal-data routine: pseudonymous IDs, where the key is kept, who is controller",
  },
  { sv: "Stöd som finns (handledning, anställningsstöd)", en: "Support available (supervision, employment subsidies)" },
  { sv: "Introduktionsplan", en: "Introduction plan" },
  { sv: "Nästa möte", en: "Next meeting" },
];

/** Named lists on the hidden Matchningslistor sheet (one column each), read by list validations. */
export const MATCHING_LIST_NAMES = {
  mappingSources: "Lista_KallaKartlaggning",
  candidateSources: "Lista_KallaKandidat",
  supply: "Lista_Tillgang",
  positionStatus: "Lista_PlatsStatus",
  preparation: "Lista_Forberedande",
  decision: "Lista_Beslut",
  effortType: "Lista_InsatsTyp",
  outcome: "Lista_Utfall",
  positionIds: "Lista_PlatsID",
} as const;

// ---------------------------------------------------------------- ID formats

/** Kandidat-ID: `K-001` (a pseudonym; the key to the person stays in the matchningsansvarig's case system). */
export const CANDIDATE_ID_PATTERN = /^K-\d{3,6}$/;
/** Plats-ID: `L-01`. */
export const POSITION_ID_PATTERN = /^L-\d{2,6}$/;
export const CANDIDATE_ID_EXAMPLE = "K-001";
export const POSITION_ID_EXAMPLE = "L-01";

/** How IDs and list values are compared: spaces around ignored, case ignored (as Excel's own comparisons). */
export function normalizeKey(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim().toLocaleUpperCase("sv-SE");
}

/** The next free ID of a kind (`K-`, 3 digits; `L-`, 2 digits) after the ones in use. */
export function nextId(prefix: "K" | "L", used: readonly unknown[]): string {
  const width = prefix === "K" ? 3 : 2;
  let highest = 0;
  for (const value of used) {
    const text = normalizeKey(value);
    if (!text.startsWith(`${prefix}-`)) continue;
    const digits = text.slice(2);
    if (digits.length > 0 && digits.length <= 6 && [...digits].every((ch) => ch >= "0" && ch <= "9")) {
      highest = Math.max(highest, Number(digits));
    }
  }
  return `${prefix}-${String(highest + 1).padStart(width, "0")}`;
}
