/**
 * The follow-up workbook template (shared/spec/followup.md) as one writer-neutral definition.
 * plan.ts resolves it, with a contract's values, into a TemplatePlan that the writers apply.
 */
import { columnLetter } from "../common/a1";
import { CONTRACT_FIELDS, type ContractField } from "./contract";
import {
  EFFECTS_CASE_IDS_FORMULA,
  EFFECTS_FORMULA,
  FORM_COUNT_FORMULAS,
  GENDER_COUNT_FORMULAS,
  PLACEMENT_FORMULAS,
  SUMMARY_FORMULAS,
  TARGET_GROUP_LIST_REFERS_TO,
  expiredCorrectionRule,
  organisationCost,
  overdueReportRule,
  sharedCountFormula,
  targetGroupCount,
  targetGroupLabel,
} from "./formulas";
import { EMPLOYMENT_FORMS, LISTS, REQUIREMENT_MATRIX, REQUIREMENT_MATRIX_LAYOUT, REQUIREMENT_TYPES, TARGET_GROUP_LIST_NAME } from "./lists";
import {
  CONTRACT_NAMES,
  MARKER_NAME,
  PARAMETER_HEADERS,
  PLACEMENT_HEADERS as P,
  REPORT_HEADERS as R,
  SHEETS,
  SUMMARY_NAMES,
  TABLES,
  TEMPLATE_VERSION,
  TARGET_GROUP_HEADERS,
  type PlacementColumnKey,
  type ReportColumnKey,
  type SummaryKey,
} from "./names";
import { MATCHING_LIST_NAMES, PLACEMENT_OUTCOME_COLUMNS } from "../matching/sheets";
import { MATCHING_CELLS, MATCHING_NAMES, MATCHING_SHEET_SPECS, MATCHING_TABLE_SPECS } from "../matching/template";
import type {
  ChartSpec,
  ConditionalFormatSpec,
  FixedCellSpec,
  NamedRangeSpec,
  SheetSpec,
  TableColumnSpec,
  TableSpec,
  TemplateDefinition,
  ValidationSpec,
  VerticalFormSpec,
} from "./types";

// The version (and its history) lives with the names: a small module the pane loads first (issue 19).
export { TEMPLATE_VERSION } from "./names";

export const DATE_FORMAT = "yyyy-mm-dd";
export const MONTHS_FORMAT = "0.0";
export const AMOUNT_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0%";
export const TEXT_FORMAT = "@";

// ---------------------------------------------------------------- validation helpers

function listRule(name: string, title: string): ValidationSpec {
  return {
    rule: { kind: "list", source: `=${name}` },
    allowBlank: true,
    error: { style: "stop", title, text: `Välj ett värde ur listan (${title}).` },
  };
}

function decimalBetween(min: number, max: number, title: string, text: string): ValidationSpec {
  return { rule: { kind: "decimal", operator: "between", formula1: min, formula2: max }, allowBlank: true, error: { style: "stop", title, text } };
}

function wholeBetween(min: number, max: number, title: string, text: string): ValidationSpec {
  return { rule: { kind: "whole", operator: "between", formula1: min, formula2: max }, allowBlank: true, error: { style: "stop", title, text } };
}

const ANY_DATE: ValidationSpec = {
  rule: { kind: "date", operator: "between", formula1: { date: "2000-01-01" }, formula2: { date: "2099-12-31" } },
  allowBlank: true,
  error: { style: "stop", title: "Datum", text: "Skriv ett datum, t.ex. 2026-03-01." },
};

/** A date not before another cell in the same row (`startCell` like "$H2"). */
function dateNotBefore(startCell: string, text: string): ValidationSpec {
  return {
    rule: { kind: "date", operator: "greaterThanOrEqual", formula1: `=${startCell}` },
    allowBlank: true,
    error: { style: "stop", title: "Datum", text },
  };
}

// ---------------------------------------------------------------- Placeringar

type ColumnDraft = Omit<TableColumnSpec, "key" | "header">;

/** Column order of Placeringar: the spec's columns, the calculated ones, then columns later versions added. */
const PLACEMENT_ORDER: readonly PlacementColumnKey[] = [
  "caseId", "targetGroup", "gender", "age", "form", "employmentType", "offeredDate", "startDate",
  "plannedEndDate", "actualEndDate", "endReason", "scope", "salary", "subsidy", "unemployedMonths",
  "newArrival", "aKassa", "housingBenefit", "supervisorSalary", "supervisionShare", "subcontractor", "comment",
  "fullTimeMonths", "plannedFullTimeMonths", "earlyEnd75", "forecastFullTimeMonths", "extraPlace",
  // Added in 1.1.0, last so existing workbooks keep every column where it was.
  "internValue",
  // Added in 1.3.0 (full version only; the supplier version leaves them out, minimisation.ts).
  "outcomeAfterEnd", "outcomeFollowedUp",
];

const placementLetter = (key: PlacementColumnKey): string => columnLetter(PLACEMENT_ORDER.indexOf(key));
const startCell = `$${placementLetter("startDate")}2`;

const PLACEMENT_DRAFTS: Readonly<Record<PlacementColumnKey, ColumnDraft>> = {
  caseId: {
    headerEn: "Case ID", width: 12, text: true,
    help: "Pseudonymt ärende-ID, t.ex. P-001. Aldrig personnummer eller namn.",
    validation: {
      rule: { kind: "custom", formula: `=COUNTIF($A:$A,A2)=1` }, allowBlank: true,
      prompt: { title: "Ärende-ID", text: "Pseudonymt ID, t.ex. P-001. Inga personuppgifter." },
      error: { style: "stop", title: "Ärende-ID", text: "Ärende-ID finns redan i tabellen." },
    },
  },
  targetGroup: { headerEn: "Target group", width: 22, help: "Målgrupp enligt listan på bladet Avtal.", validation: listRule(TARGET_GROUP_LIST_NAME, "Målgrupp") },
  gender: { headerEn: "Gender", width: 12, help: "Kvinna, Man, Annat eller Ej angivet.", validation: listRule("Lista_Kon", "Kön") },
  age: { headerEn: "Age", width: 8, numberFormat: "0", help: "Ålder vid årets början (16–80).", validation: wholeBetween(16, 80, "Ålder", "Ålder ska vara ett heltal 16–80.") },
  form: { headerEn: "Form of placement", width: 20, help: "anställning, lärlingsanställning eller praktik.", validation: listRule("Lista_Sysselsattningsform", "Sysselsättningsform") },
  employmentType: { headerEn: "Type of employment", width: 16, help: "Tillsvidare, Tidsbegränsad eller Ej tillämpligt.", validation: listRule("Lista_Anstallningstyp", "Anställningstyp") },
  offeredDate: { headerEn: "Date offered", width: 13, numberFormat: DATE_FORMAT, help: "Dag då platsen erbjöds (räknas för startregeln).", validation: ANY_DATE },
  startDate: { headerEn: "Start date", width: 13, numberFormat: DATE_FORMAT, help: "Första arbetsdag.", validation: ANY_DATE },
  plannedEndDate: {
    headerEn: "Planned end date", width: 13, numberFormat: DATE_FORMAT, help: "Planerad sista dag.",
    validation: dateNotBefore(startCell, "Planerat slutdatum får inte vara före startdatum."),
  },
  actualEndDate: {
    headerEn: "Actual end date", width: 13, numberFormat: DATE_FORMAT, help: "Faktisk sista dag; tom medan placeringen pågår.",
    validation: dateNotBefore(startCell, "Faktiskt slutdatum får inte vara före startdatum."),
  },
  endReason: { headerEn: "Reason for ending", width: 24, help: "Varför placeringen avslutades (Pågår medan den pågår).", validation: listRule("Lista_Avslutsorsak", "Avslutsorsak") },
  scope: {
    headerEn: "Scope (%)", width: 11, numberFormat: PERCENT_FORMAT, help: "Andel av heltid, 1–100 %.",
    validation: decimalBetween(0.01, 1, "Omfattning", "Omfattning ska vara 1–100 %."),
  },
  salary: {
    headerEn: "Gross monthly salary", width: 14, numberFormat: AMOUNT_FORMAT, help: "Bruttolön per månad i kr vid den omfattningen.",
    validation: decimalBetween(0, 1_000_000, "Bruttolön", "Bruttolön ska vara 0–1 000 000 kr."),
  },
  subsidy: { headerEn: "Employment subsidy", width: 18, help: "ingen, nystartsjobb, introduktionsjobb eller lönebidrag.", validation: listRule("Lista_Anstallningsstod", "Anställningsstöd") },
  unemployedMonths: {
    headerEn: "Months unemployed", width: 12, numberFormat: "0", help: "Månader i arbetslöshet före start.",
    validation: decimalBetween(0, 600, "Tid i arbetslöshet", "Ange 0–600 månader."),
  },
  newArrival: { headerEn: "New arrival", width: 10, help: "Ja om personen är nyanländ.", validation: listRule("Lista_JaNej", "Nyanländ") },
  aKassa: { headerEn: "Unemployment insurance", width: 10, help: "Ja om personen hade rätt till inkomstrelaterad a-kassa.", validation: listRule("Lista_JaNej", "A-kassa") },
  housingBenefit: { headerEn: "Housing benefit", width: 13, help: "Ja om personen hade bostadsbidrag som arbetslös.", validation: listRule("Lista_JaNej", "Bostadsbidrag") },
  supervisorSalary: {
    headerEn: "Supervisor's gross salary", width: 14, numberFormat: AMOUNT_FORMAT, help: "Handledarens bruttolön per månad i kr.",
    validation: decimalBetween(0, 1_000_000, "Handledarens bruttolön", "Ange 0–1 000 000 kr."),
  },
  supervisionShare: {
    headerEn: "Supervision time (%)", width: 12, numberFormat: PERCENT_FORMAT, help: "Andel av handledarens tid, 0–100 %.",
    validation: decimalBetween(0, 1, "Tid för handledning", "Ange 0–100 %."),
  },
  subcontractor: { headerEn: "Subcontractor", width: 18, text: true, help: "Underleverantör som anställer, om någon." },
  comment: { headerEn: "Comment", width: 30, text: true, help: "Fri text. Inga personuppgifter." },
  internValue: {
    headerEn: "Production value per month (SEK)", width: 14, numberFormat: AMOUNT_FORMAT,
    help: "Bara praktik: värdet av praktikantens arbete per månad vid heltid, i kr. Tomt = 0 (då blir samhällets resultat för praktiken negativt).",
    validation: decimalBetween(0, 1_000_000, "Produktionsvärde", "Ange 0–1 000 000 kr."),
  },
  outcomeAfterEnd: {
    headerEn: PLACEMENT_OUTCOME_COLUMNS.outcomeAfterEnd.en, width: 22,
    help: "Vad personen gör efter placeringen, t.ex. 90 dagar efter slutet.",
    validation: listRule(MATCHING_LIST_NAMES.outcome, "Utfall efter avslut"),
  },
  outcomeFollowedUp: {
    headerEn: PLACEMENT_OUTCOME_COLUMNS.outcomeFollowedUp.en, width: 13, numberFormat: DATE_FORMAT,
    help: "Dag då utfallet följdes upp.", validation: dateNotBefore(startCell, "Uppföljningen får inte vara före startdatum."),
  },
  fullTimeMonths: {
    headerEn: "Full-time months", width: 13, numberFormat: MONTHS_FORMAT, formula: PLACEMENT_FORMULAS.fullTimeMonths,
    help: "Beräknas: kalendermånader från start till slut (slutdagen räknas med) × omfattning; slut = faktiskt slutdatum eller i dag. 1 jan–31 dec = 12 månader.",
  },
  plannedFullTimeMonths: {
    headerEn: "Planned full-time months", width: 13, numberFormat: MONTHS_FORMAT, formula: PLACEMENT_FORMULAS.plannedFullTimeMonths,
    help: "Beräknas: kalendermånader från start till planerat slut (slutdagen räknas med) × omfattning.",
  },
  earlyEnd75: {
    headerEn: "Early end under the 75 % rule", width: 14, formula: PLACEMENT_FORMULAS.earlyEnd75,
    help: "SANT när raden räknas, orsaken är Egen uppsägning, Övergång till annan anställning, Saklig grund eller Avsked och faktiskt slut är före planerat.",
  },
  forecastFullTimeMonths: {
    headerEn: "Forecast full-time months", width: 13, numberFormat: MONTHS_FORMAT, formula: PLACEMENT_FORMULAS.forecastFullTimeMonths,
    help: "Avslutad: utförda heltidsmånader. Pågående: det största av utfört hittills och planerat.",
  },
  extraPlace: {
    headerEn: "Extra place", width: 10, formula: PLACEMENT_FORMULAS.extraPlace,
    help: "SANT när tidigare startade placeringar redan täcker åtagandet (grund för bonus).",
  },
};

function tableColumns<K extends string>(order: readonly K[], headers: Readonly<Record<K, string>>, drafts: Readonly<Record<K, ColumnDraft>>): TableColumnSpec[] {
  return order.map((key) => ({ key, header: headers[key], ...drafts[key] }));
}

export const PLACEMENTS_TABLE: TableSpec = {
  name: TABLES.placements,
  sheet: SHEETS.placements,
  topLeft: "A1",
  style: "TableStyleMedium2",
  showBandedRows: true,
  columns: tableColumns(PLACEMENT_ORDER, P, PLACEMENT_DRAFTS),
};

// ---------------------------------------------------------------- Rapporter

const REPORT_ORDER: readonly ReportColumnKey[] = [
  "periodFrom", "periodTo", "dueDate", "receivedDate", "status", "reviewedBy", "reviewDate", "reference",
  "deviation", "action", "deadline", "comment",
];
const reportLetter = (key: ReportColumnKey): string => columnLetter(REPORT_ORDER.indexOf(key));

const REPORT_DRAFTS: Readonly<Record<ReportColumnKey, ColumnDraft>> = {
  periodFrom: { headerEn: "Period from", width: 13, numberFormat: DATE_FORMAT, help: "Första dag i rapportperioden.", validation: ANY_DATE },
  periodTo: {
    headerEn: "Period to", width: 13, numberFormat: DATE_FORMAT, help: "Sista dag i rapportperioden.",
    validation: dateNotBefore(`$${reportLetter("periodFrom")}2`, "Period till får inte vara före period från."),
  },
  dueDate: { headerEn: "Due date", width: 14, numberFormat: DATE_FORMAT, help: "Sista dag för rapporten (sista dagen i månaden efter perioden).", validation: ANY_DATE },
  receivedDate: { headerEn: "Date received", width: 13, numberFormat: DATE_FORMAT, help: "Dag då rapporten kom in; tom = ej inkommen.", validation: ANY_DATE },
  status: { headerEn: "Status", width: 13, help: "Ej inkommen, Inkommen, Granskad, Brist eller Åtgärdad.", validation: listRule("Lista_Rapportstatus", "Status") },
  reviewedBy: { headerEn: "Reviewed by", width: 20, help: "Roll som granskade (inte namn).", validation: listRule("Lista_Granskare", "Granskad av") },
  reviewDate: { headerEn: "Review date", width: 14, numberFormat: DATE_FORMAT, help: "Dag för granskningen.", validation: ANY_DATE },
  reference: { headerEn: "Evidence / reference", width: 22, text: true, help: "Underlag, t.ex. diarienummer för rapporten." },
  deviation: { headerEn: "Deviation", width: 28, text: true, help: "Vilken brist som hittades." },
  action: { headerEn: "Action", width: 14, help: "Ingen, Rättelse, Vite eller Avrop spärrat.", validation: listRule("Lista_Atgard", "Åtgärd") },
  deadline: { headerEn: "Deadline for correction", width: 13, numberFormat: DATE_FORMAT, help: "Frist för rättelse.", validation: ANY_DATE },
  comment: { headerEn: "Comment", width: 30, text: true, help: "Fri text." },
};

export const REPORTS_TABLE: TableSpec = {
  name: TABLES.reports,
  sheet: SHEETS.reports,
  topLeft: "A1",
  style: "TableStyleMedium2",
  showBandedRows: true,
  columns: tableColumns(REPORT_ORDER, R, REPORT_DRAFTS),
};

// ---------------------------------------------------------------- Parametrar, Målgrupper

type ParameterColumnKey = keyof typeof PARAMETER_HEADERS;
const PARAMETER_ORDER: readonly ParameterColumnKey[] = ["key", "label", "value", "unit", "default", "source", "estimate"];
const PARAMETER_DRAFTS: Readonly<Record<ParameterColumnKey, ColumnDraft>> = {
  key: { headerEn: "Key", width: 26, text: true, help: "Parameterns nyckel i modellen (ändra inte)." },
  label: { headerEn: "Description", width: 48, text: true, help: "Vad parametern är." },
  value: { headerEn: "Value", width: 14, numberFormat: "General", help: "Värdet kalkylen använder; ändra för att göra en egen bedömning." },
  unit: { headerEn: "Unit", width: 12, text: true, help: "Enhet." },
  default: { headerEn: "Default", width: 14, numberFormat: "General", help: "Modellens standardvärde för året." },
  source: { headerEn: "Source", width: 48, text: true, help: "Källa." },
  estimate: { headerEn: "Estimate", width: 13, help: "Ja om standardvärdet är en egen uppskattning.", validation: listRule("Lista_JaNej", "Uppskattning") },
};

export const PARAMETERS_TABLE: TableSpec = {
  name: TABLES.parameters,
  sheet: SHEETS.parameters,
  topLeft: "A1",
  style: "TableStyleLight9",
  showBandedRows: true,
  columns: tableColumns(PARAMETER_ORDER, PARAMETER_HEADERS, PARAMETER_DRAFTS),
};

/** Where the Avtal form starts, and the Målgrupper table below it. */
export const CONTRACT_FORM_HEADER_ROW = 4;
export const TARGET_GROUP_TABLE_ROW = CONTRACT_FORM_HEADER_ROW + CONTRACT_FIELDS.length + 3;

type TargetGroupColumnKey = keyof typeof TARGET_GROUP_HEADERS;
export const TARGET_GROUPS_TABLE: TableSpec = {
  name: TABLES.targetGroups,
  sheet: SHEETS.contract,
  topLeft: `A${TARGET_GROUP_TABLE_ROW}`,
  style: "TableStyleLight9",
  showBandedRows: true,
  columns: tableColumns<TargetGroupColumnKey>(["name", "description", "expectedPlaces"], TARGET_GROUP_HEADERS, {
    name: { headerEn: "Target group", text: true, help: "Målgruppens namn; blir listan i Placeringar[Målgrupp]." },
    description: { headerEn: "Description", text: true, help: "Vem som ingår i målgruppen." },
    expectedPlaces: {
      headerEn: "Expected places", numberFormat: "0", help: "Hur många platser som väntas för målgruppen.",
      validation: wholeBetween(0, 10_000, "Förväntade platser", "Ange ett heltal 0–10 000."),
    },
  }),
};

// ---------------------------------------------------------------- Avtal form

/** The data-validation dialog title of a form field: Excel refuses titles over 32 characters (excelLimits.ts). */
function dialogTitle(field: ContractField): string {
  return field.shortLabel ?? field.label;
}

function formValidation(contractField: ContractField, cell: string): ValidationSpec | undefined {
  const field = { ...contractField, label: dialogTitle(contractField) };
  switch (field.type) {
    case "enum": {
      const list = LISTS.find((candidate) => candidate.values.join() === (field.options ?? []).join());
      return list ? listRule(list.name, field.label) : undefined;
    }
    case "date":
      return field.key === "end" ? dateNotBefore(CONTRACT_NAMES.start, "Avtalsslut får inte vara före avtalsstart.") : ANY_DATE;
    case "orgNumber":
      return {
        rule: { kind: "custom", formula: `=AND(LEN(${cell})=11,MID(${cell},7,1)="-",ISNUMBER(--SUBSTITUTE(${cell},"-","")))` },
        allowBlank: true,
        prompt: { title: field.label, text: "Formen NNNNNN-NNNN." },
        error: { style: "stop", title: field.label, text: "Skriv organisationsnumret som NNNNNN-NNNN." },
      };
    case "share":
      return decimalBetween(field.min ?? 0, field.max ?? 1, field.label, "Ange en andel 0–100 %.");
    case "integer":
      if (field.options) {
        return {
          rule: { kind: "listValues", values: field.options },
          allowBlank: true,
          error: { style: "stop", title: field.label, text: `Välj ett av ${field.options.join(", ")}.` },
        };
      }
      return wholeBetween(field.min ?? 0, field.max ?? 1_000_000, field.label, `Ange ett heltal ${field.min ?? 0}–${field.max ?? 1_000_000}.`);
    case "number":
      return {
        rule: { kind: "decimal", operator: "greaterThan", formula1: field.min ?? 0 },
        allowBlank: true,
        error: { style: "stop", title: field.label, text: "Ange ett positivt tal." },
      };
    case "amount":
      return {
        rule: { kind: "decimal", operator: "greaterThanOrEqual", formula1: 0 },
        allowBlank: true,
        error: { style: "stop", title: field.label, text: "Ange ett belopp ≥ 0 kr." },
      };
    case "text":
      return undefined;
  }
}

function formNumberFormat(field: ContractField): string | undefined {
  switch (field.type) {
    case "date":
      return DATE_FORMAT;
    case "share":
      return PERCENT_FORMAT;
    case "amount":
      return AMOUNT_FORMAT;
    case "integer":
      return "0";
    case "number":
      return "0.0";
    default:
      return undefined;
  }
}

export const CONTRACT_FORM: VerticalFormSpec = {
  sheet: SHEETS.contract,
  headerRow: CONTRACT_FORM_HEADER_ROW,
  labelColumn: "A",
  valueColumn: "B",
  helpColumn: "C",
  fields: CONTRACT_FIELDS.map((field, index) => {
    const cell = `B${CONTRACT_FORM_HEADER_ROW + 1 + index}`;
    const validation = formValidation(field, cell);
    const numberFormat = formNumberFormat(field);
    return {
      key: field.key,
      label: field.label,
      labelEn: field.labelEn,
      help: field.help,
      name: field.name,
      ...(numberFormat ? { numberFormat } : {}),
      ...(validation ? { validation } : {}),
      ...(field.type === "text" || field.type === "orgNumber" ? { text: true } : {}),
    };
  }),
};

/** Address of a contract field's value cell, e.g. "$B$11" for Avtalsstart. */
export function contractValueCell(key: string): string {
  const index = CONTRACT_FIELDS.findIndex((field) => field.key === key);
  if (index < 0) throw new Error(`unknown contract field ${key}`);
  return `B${CONTRACT_FORM_HEADER_ROW + 1 + index}`;
}

// ---------------------------------------------------------------- Sammanställning

interface SummaryLine {
  readonly key: SummaryKey;
  readonly label: string;
  readonly help: string;
  readonly numberFormat?: string;
}

type SummaryBlock = { readonly heading: string; readonly lines: readonly SummaryLine[] };

const SUMMARY_BLOCKS: readonly SummaryBlock[] = [
  {
    heading: "Åtagande",
    lines: [
      { key: "commitment", label: "Åtagande (heltidsmånader, N)", help: "Från Avtal.", numberFormat: MONTHS_FORMAT },
      { key: "served", label: "Utförda heltidsmånader", help: "Summan av Placeringar[Heltidsmånader] (pågående räknas till i dag).", numberFormat: MONTHS_FORMAT },
      { key: "planned", label: "Planerade heltidsmånader", help: "Summan av Placeringar[Planerade heltidsmånader].", numberFormat: MONTHS_FORMAT },
      { key: "forecast", label: "Prognos heltidsmånader", help: "Avslutade som utförda, pågående som planerade (eller utförda om mer).", numberFormat: MONTHS_FORMAT },
      { key: "share", label: "Andel av åtagandet", help: "Utförda / N.", numberFormat: PERCENT_FORMAT },
    ],
  },
  {
    heading: "Startregeln",
    lines: [
      { key: "firstStart", label: "Första start", help: "Tidigaste startdatum.", numberFormat: DATE_FORMAT },
      { key: "firstOffer", label: "Första erbjudande", help: "Tidigaste datum för erbjudande.", numberFormat: DATE_FORMAT },
      { key: "startDeadline", label: "Senaste tillåtna första start", help: "EDATE(Avtalsstart; månader enligt Avtal).", numberFormat: DATE_FORMAT },
      { key: "startRule", label: "Startregeln", help: "Uppfylld: start eller erbjudande senast sista dagen. Ej avgjord: fristen har inte gått ut." },
    ],
  },
  {
    heading: "75 %-regeln",
    lines: [
      { key: "earlyEnds", label: "Förtida avslut enligt 75 %-regeln", help: "Antal placeringar som slutat i förtid av godtagbart skäl.", numberFormat: "0" },
      { key: "threshold75", label: "Gräns (heltidsmånader)", help: "Godkänd andel × N.", numberFormat: MONTHS_FORMAT },
      { key: "rule75", label: "75 %-regeln", help: "Ej tillämplig utan förtida avslut; annars Uppfylld när utförda ≥ gränsen." },
      { key: "status", label: "Status", help: "Uppfyllt / Uppfyllt enligt 75 %-regeln / På väg / Risk / Ej uppfyllt (se docs/template.md)." },
      {
        key: "notCounted", label: "Placeringar som inte räknas", numberFormat: "0",
        help: "Startade placeringar vars månader inte räknas mot åtagandet (Heltidsmånader är tom på raden).",
      },
      {
        key: "notCountedRequirement", label: "– varav fel sysselsättningsform för kravtypen", numberFormat: "0",
        help: "Sysselsättningsformen räknas inte för avtalets Kravtyp (tabellen på bladet Listor).",
      },
      {
        key: "notCountedValues", label: "– varav fel i startdatum, slutdatum, omfattning eller form", numberFormat: "0",
        help: "Datum som inte är datum (eller är text), slut före start, omfattning utanför 1–100 % eller som text, okänd sysselsättningsform.",
      },
    ],
  },
  {
    heading: "Placeringar",
    lines: [
      { key: "placementCount", label: "Antal placeringar", help: "Rader med Ärende-ID.", numberFormat: "0" },
      { key: "ongoing", label: "Pågående", help: "Startade utan faktiskt slutdatum.", numberFormat: "0" },
      { key: "ended", label: "Avslutade", help: "Med faktiskt slutdatum.", numberFormat: "0" },
      { key: "offeredNotStarted", label: "Erbjudna, ej startade", help: "Datum för erbjudande men inget startdatum.", numberFormat: "0" },
    ],
  },
  {
    heading: "Rapporter",
    lines: [
      { key: "overdueReports", label: "Försenade rapporter", help: "Sista dag har passerat och rapporten har inte kommit in.", numberFormat: "0" },
      { key: "lateReports", label: "Rapporter inkomna för sent", help: "Inkom datum efter sista dag.", numberFormat: "0" },
      { key: "deficientReports", label: "Rapporter med brist", help: "Status Brist.", numberFormat: "0" },
    ],
  },
  {
    heading: "Bonus",
    lines: [
      { key: "extraPlaces", label: "Extra platser", help: "Placeringar som startat när tidigare placeringar redan täcker N.", numberFormat: "0" },
      { key: "bonusPlaces", label: "Bonusgrundande extra platser", help: "Extra platser, högst Max antal bonusplatser.", numberFormat: "0" },
      { key: "bonusAmount", label: "Bonusbelopp (kr)", help: "Bonusgrundande platser × bonus per plats.", numberFormat: AMOUNT_FORMAT },
    ],
  },
];

const COUNT_TARGET_GROUP_ROWS = 10;

/** Heading of the shared (suppressed) count column on Sammanställning. */
export const SHARED_COUNT_HEADING = "För delning (1–4 visas som < 5)";

function summaryCells(): FixedCellSpec[] {
  const sheet = SHEETS.summary;
  const cells: FixedCellSpec[] = [
    { sheet, address: "A1", value: "Sammanställning", style: "title" },
    { sheet, address: "A2", value: "Beräknas med formler från Avtal, Placeringar och Rapporter. Skriv inte här.", style: "help" },
  ];
  let row = 4;
  for (const block of SUMMARY_BLOCKS) {
    cells.push({ sheet, address: `A${row}`, value: block.heading, style: "heading" });
    row++;
    for (const line of block.lines) {
      cells.push({ sheet, address: `A${row}`, value: line.label, style: "label" });
      cells.push({
        sheet, address: `B${row}`, formula: SUMMARY_FORMULAS[line.key], style: "value",
        name: SUMMARY_NAMES[line.key], ...(line.numberFormat ? { numberFormat: line.numberFormat } : {}),
      });
      cells.push({ sheet, address: `C${row}`, value: line.help, style: "help" });
      row++;
    }
    row++;
  }
  // Counts per sex and per target group can single a person out: column C repeats them for sharing, with
  // 1–4 shown as "< 5" (small-count suppression, the default in anything shared outward).
  const sharedHeading = (): void => {
    cells.push({ sheet, address: `C${row}`, value: SHARED_COUNT_HEADING, style: "heading" });
  };
  const countBlock = (heading: string, entries: readonly { value: string; formula: string }[], shared: boolean): void => {
    cells.push({ sheet, address: `A${row}`, value: heading, style: "heading" });
    if (shared) sharedHeading();
    row++;
    for (const entry of entries) {
      cells.push({ sheet, address: `A${row}`, value: entry.value, style: "label" });
      cells.push({ sheet, address: `B${row}`, formula: entry.formula, numberFormat: "0", style: "value" });
      if (shared) cells.push({ sheet, address: `C${row}`, formula: sharedCountFormula(`B${row}`), numberFormat: "0", style: "value" });
      row++;
    }
    row++;
  };
  countBlock("Per sysselsättningsform", FORM_COUNT_FORMULAS, false);
  countBlock("Per kön", GENDER_COUNT_FORMULAS, true);
  cells.push({ sheet, address: `A${row}`, value: "Per målgrupp", style: "heading" });
  sharedHeading();
  row++;
  for (let k = 1; k <= COUNT_TARGET_GROUP_ROWS; k++, row++) {
    cells.push({ sheet, address: `A${row}`, formula: targetGroupLabel(k), style: "label" });
    cells.push({ sheet, address: `B${row}`, formula: targetGroupCount(`A${row}`), numberFormat: "0", style: "value" });
    cells.push({ sheet, address: `C${row}`, formula: sharedCountFormula(`B${row}`), numberFormat: "0", style: "value" });
  }
  return cells;
}

/** Address of a summary figure's value cell. */
export function summaryValueCell(key: SummaryKey): string {
  const cell = SUMMARY_CELLS.find((candidate) => candidate.name === SUMMARY_NAMES[key]);
  if (!cell) throw new Error(`unknown summary figure ${key}`);
  return cell.address;
}

// ---------------------------------------------------------------- Samhällsekonomi

export const ACTOR_COLUMNS = ["Individ", "Kommun", "Region", "Stat", "Arbetsgivare", "Samhället"] as const;
/** First row of the per-placement spill; totals sum a fixed range below it that any spill fits in. */
export const EFFECTS_FIRST_ROW = 13;
export const EFFECTS_LAST_SUMMED_ROW = EFFECTS_FIRST_ROW + 4999;

function economyCells(): FixedCellSpec[] {
  const sheet = SHEETS.economy;
  const actorLetters = ACTOR_COLUMNS.map((_, i) => columnLetter(i + 1));
  const society = actorLetters[5];
  const cells: FixedCellSpec[] = [
    { sheet, address: "A1", value: "Samhällsekonomi", style: "title" },
    { sheet, address: "A2", value: "Kräver tillägget SYSS (funktionen SYSS.EFFECTS). Parametrar från bladet Parametrar.", style: "help" },
    { sheet, address: "A4", value: "Kr", style: "heading" },
  ];
  ACTOR_COLUMNS.forEach((actor, i) => cells.push({ sheet, address: `${actorLetters[i]}4`, value: actor, style: "heading" }));
  const costRow = (row: number, label: string, perActor: (actor: (typeof ACTOR_COLUMNS)[number], letter: string) => string): void => {
    cells.push({ sheet, address: `A${row}`, value: label, style: "label" });
    ACTOR_COLUMNS.forEach((actor, i) => {
      const letter = actorLetters[i];
      const formula = actor === "Samhället" ? `=SUM(B${row}:${actorLetters[4]}${row})` : perActor(actor, letter);
      cells.push({ sheet, address: `${letter}${row}`, formula, numberFormat: AMOUNT_FORMAT, style: "value" });
    });
  };
  // Row 5: the placements' results; Samhället comes from the function's own sixth column. AGGREGATE(9,6,…)
  // sums while skipping error cells, so one placement with a bad value does not blank out every total;
  // row 9 counts such placements so the skipped ones are never silent.
  const spill = (letter: string) => `${letter}${EFFECTS_FIRST_ROW}:${letter}${EFFECTS_LAST_SUMMED_ROW}`;
  cells.push({ sheet, address: "A5", value: "Placeringar", style: "label" });
  actorLetters.forEach((letter) =>
    cells.push({ sheet, address: `${letter}5`, formula: `=AGGREGATE(9,6,${spill(letter)})`, numberFormat: AMOUNT_FORMAT, style: "value" }),
  );
  cells.push({ sheet, address: "A9", value: "Placeringar som inte kunde beräknas (se felet i raden nedan)", style: "label" });
  cells.push({ sheet, address: "B9", formula: `=SUMPRODUCT(--ISERROR(${spill("B")}))`, style: "value" });
  const byOrganisation: Record<string, string> = { Kommun: "kommun", Region: "region", Stat: "stat" };
  costRow(6, "Upphandlingskostnad", (actor) =>
    byOrganisation[actor] ? organisationCost(byOrganisation[actor], `N(${CONTRACT_NAMES.procurementCost})`) : "=0",
  );
  costRow(7, "Bonus", (actor) => {
    if (actor === "Arbetsgivare") return `=${SUMMARY_NAMES.bonusAmount}`;
    return byOrganisation[actor] ? organisationCost(byOrganisation[actor], SUMMARY_NAMES.bonusAmount) : "=0";
  });
  // The society total of row 6 is the procurement cost; of row 7 zero (a transfer). Row 8 adds up.
  cells.push({ sheet, address: "A8", value: "Totalt", style: "total" });
  actorLetters.forEach((letter) =>
    cells.push({ sheet, address: `${letter}8`, formula: `=SUM(${letter}5:${letter}7)`, numberFormat: AMOUNT_FORMAT, style: "total" }),
  );
  cells.push({ sheet, address: "A10", value: `Upphandlingskostnad för avtalet: se Avtal. Kolumnen ${ACTOR_COLUMNS[5]} (${society}) = summan av aktörerna.`, style: "help" });
  const headerRow = EFFECTS_FIRST_ROW - 1;
  cells.push({ sheet, address: `A${headerRow}`, value: P.caseId, style: "heading" });
  ACTOR_COLUMNS.forEach((actor, i) => cells.push({ sheet, address: `${actorLetters[i]}${headerRow}`, value: actor, style: "heading" }));
  cells.push({ sheet, address: `A${EFFECTS_FIRST_ROW}`, formula: EFFECTS_CASE_IDS_FORMULA, dynamicArray: true, style: "value" });
  cells.push({
    sheet, address: `B${EFFECTS_FIRST_ROW}`, formula: EFFECTS_FORMULA, dynamicArray: true, usesCustomFunction: true,
    numberFormat: AMOUNT_FORMAT, style: "value",
  });
  return cells;
}

const ECONOMY_CHART: ChartSpec = {
  sheet: SHEETS.economy,
  name: "SYSS_Aktorer",
  type: "columnClustered",
  title: "Samhällsekonomiskt utfall per aktör (kr)",
  categoriesRange: "B4:G4",
  valuesRange: "B8:G8",
  seriesNames: ["Totalt"],
  topLeft: "I3",
  bottomRight: "P20",
};

// ---------------------------------------------------------------- Rapporter formatting, names, sheets

const REPORT_CONDITIONAL_FORMATS: readonly ConditionalFormatSpec[] = [
  {
    sheet: SHEETS.reports,
    range: "", // resolved by the plan to the table's data rows
    formula: overdueReportRule(reportLetter("dueDate"), reportLetter("receivedDate"), 2),
    fill: "FFC7CE",
    fontColor: "9C0006",
    description: "Försenad: sista dag har passerat och Inkom datum är tomt.",
  },
  {
    sheet: SHEETS.reports,
    range: "",
    formula: expiredCorrectionRule(reportLetter("status"), reportLetter("deadline"), 2),
    fill: "FFEB9C",
    fontColor: "9C5700",
    description: "Brist vars frist för rättelse har passerat.",
  },
];

function listNames(): NamedRangeSpec[] {
  return [
    ...LISTS.map((list) => ({
      name: list.name,
      refersTo: `=${SHEETS.lists}!$${list.column}$2:$${list.column}$${list.values.length + 1}`,
      comment: `Lista: ${list.header}`,
    })),
    { name: TARGET_GROUP_LIST_NAME, refersTo: TARGET_GROUP_LIST_REFERS_TO, comment: "Lista: målgrupper från tabellen Malgrupper på bladet Avtal" },
    ...requirementMatrixNames(),
  ];
}

// The Kravtyp matrix (lists.ts): Kravtyp down, Sysselsättningsform across, Ja/Nej in the cells.
const M = REQUIREMENT_MATRIX_LAYOUT;
const matrixFirstForm = M.formColumns[0];
const matrixLastForm = M.formColumns[M.formColumns.length - 1]!;
const matrixLastRow = M.headerRow + REQUIREMENT_TYPES.length;

function requirementMatrixNames(): NamedRangeSpec[] {
  const at = (range: string) => `=${SHEETS.lists}!${range}`;
  return [
    { name: M.rowNames, refersTo: at(`$${M.labelColumn}$${M.headerRow + 1}:$${M.labelColumn}$${matrixLastRow}`), comment: "Kravmatris: kravtyper" },
    { name: M.columnNames, refersTo: at(`$${matrixFirstForm}$${M.headerRow}:$${matrixLastForm}$${M.headerRow}`), comment: "Kravmatris: sysselsättningsformer" },
    { name: M.cells, refersTo: at(`$${matrixFirstForm}$${M.headerRow + 1}:$${matrixLastForm}$${matrixLastRow}`), comment: "Kravmatris: Ja = räknas mot åtagandet" },
  ];
}

function requirementMatrixCells(): FixedCellSpec[] {
  const sheet = SHEETS.lists;
  const cells: FixedCellSpec[] = [{ sheet, address: `${M.labelColumn}${M.headerRow}`, value: "Kravtyp ↓ / form →", style: "heading" }];
  EMPLOYMENT_FORMS.forEach((form, i) => cells.push({ sheet, address: `${M.formColumns[i]}${M.headerRow}`, value: form, style: "heading" }));
  REQUIREMENT_TYPES.forEach((requirement, r) => {
    const row = M.headerRow + 1 + r;
    cells.push({ sheet, address: `${M.labelColumn}${row}`, value: requirement });
    EMPLOYMENT_FORMS.forEach((form, i) =>
      cells.push({ sheet, address: `${M.formColumns[i]}${row}`, value: REQUIREMENT_MATRIX[requirement][form] ? "Ja" : "Nej" }),
    );
  });
  return cells;
}

function listCells(): FixedCellSpec[] {
  const cells: FixedCellSpec[] = [];
  for (const list of LISTS) {
    cells.push({ sheet: SHEETS.lists, address: `${list.column}1`, value: list.header, style: "heading" });
    list.values.forEach((value, i) => cells.push({ sheet: SHEETS.lists, address: `${list.column}${i + 2}`, value }));
  }
  return [...cells, ...requirementMatrixCells()];
}

function contractCells(): FixedCellSpec[] {
  const sheet = SHEETS.contract;
  return [
    { sheet, address: "A1", value: "Avtal – sysselsättningskrav", style: "title" },
    { sheet, address: "A2", value: "Fyll i avtalets villkor i kolumn B. Cellerna har namn (t.ex. Avtal_Start) som formlerna läser.", style: "help" },
    { sheet, address: `A${TARGET_GROUP_TABLE_ROW - 1}`, value: "Målgrupper (en per rad; blir listan i Placeringar)", style: "heading" },
  ];
}

const SUMMARY_CELLS = summaryCells();

const widths = (columns: readonly TableColumnSpec[]): Record<string, number> =>
  Object.fromEntries(columns.map((c, i) => [columnLetter(i), c.width ?? 12]));

export const SHEET_SPECS: readonly SheetSpec[] = [
  { name: SHEETS.contract, visibility: "visible", tabIndex: 0, inSupplierVersion: true, columnWidths: { A: 44, B: 28, C: 70 }, tabColor: "1F4E79" },
  { name: SHEETS.placements, visibility: "visible", tabIndex: 1, inSupplierVersion: true, freeze: { rows: 1, columns: 1 }, columnWidths: widths(PLACEMENTS_TABLE.columns), tabColor: "2E75B6" },
  { name: SHEETS.reports, visibility: "visible", tabIndex: 2, inSupplierVersion: true, freeze: { rows: 1, columns: 0 }, columnWidths: widths(REPORTS_TABLE.columns), tabColor: "2E75B6" },
  { name: SHEETS.summary, visibility: "visible", tabIndex: 3, inSupplierVersion: true, columnWidths: { A: 40, B: 22, C: 80 }, tabColor: "548235" },
  { name: SHEETS.economy, visibility: "visible", tabIndex: 4, inSupplierVersion: false, columnWidths: { A: 22, B: 14, C: 14, D: 14, E: 14, F: 14, G: 14 }, tabColor: "BF8F00" },
  { name: SHEETS.parameters, visibility: "visible", tabIndex: 5, inSupplierVersion: true, freeze: { rows: 1, columns: 0 }, columnWidths: widths(PARAMETERS_TABLE.columns), tabColor: "7F7F7F" },
  {
    name: SHEETS.lists, visibility: "hidden", tabIndex: 6, inSupplierVersion: true,
    columnWidths: { ...Object.fromEntries(LISTS.map((l) => [l.column, 28])), [M.labelColumn]: 28 },
  },
  ...MATCHING_SHEET_SPECS,
];

export const TEMPLATE: TemplateDefinition = {
  version: TEMPLATE_VERSION,
  marker: { version: TEMPLATE_VERSION, definedName: MARKER_NAME, customProperty: MARKER_NAME },
  sheets: SHEET_SPECS,
  tables: [TARGET_GROUPS_TABLE, PLACEMENTS_TABLE, REPORTS_TABLE, PARAMETERS_TABLE, ...MATCHING_TABLE_SPECS],
  forms: [CONTRACT_FORM],
  cells: [...contractCells(), ...SUMMARY_CELLS, ...economyCells(), ...listCells(), ...MATCHING_CELLS],
  conditionalFormats: REPORT_CONDITIONAL_FORMATS,
  names: [...listNames(), ...MATCHING_NAMES],
  charts: [ECONOMY_CHART],
  lists: LISTS,
};
