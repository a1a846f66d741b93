/**
 * Names the workbook's formulas, readers and code agree on: sheet names, table names, column headers
 * and workbook-scoped defined names. Changing one here changes it everywhere (and needs a new
 * TEMPLATE_VERSION, because existing workbooks carry the old name).
 */

import { PLACEMENT_OUTCOME_COLUMNS } from "../matching/sheets";

export const SHEETS = {
  contract: "Avtal",
  placements: "Placeringar",
  reports: "Rapporter",
  summary: "Sammanställning",
  economy: "Samhällsekonomi",
  parameters: "Parametrar",
  lists: "Listor",
} as const;

/** Excel table names (ASCII: every spreadsheet program accepts them in formulas). */
export const TABLES = {
  placements: "Placeringar",
  reports: "Rapporter",
  parameters: "Parametrar",
  targetGroups: "Malgrupper",
} as const;

/** Placeringar column headers by key. The key is what code uses; the header is what Excel shows. */
export const PLACEMENT_HEADERS = {
  caseId: "Ärende-ID",
  targetGroup: "Målgrupp",
  gender: "Kön",
  age: "Ålder",
  form: "Sysselsättningsform",
  employmentType: "Anställningstyp",
  offeredDate: "Datum för erbjudande",
  startDate: "Startdatum",
  plannedEndDate: "Planerat slutdatum",
  actualEndDate: "Faktiskt slutdatum",
  endReason: "Avslutsorsak",
  scope: "Omfattning (%)",
  salary: "Bruttolön per månad",
  subsidy: "Anställningsstöd",
  unemployedMonths: "Tid i arbetslöshet (mån)",
  newArrival: "Nyanländ",
  aKassa: "A-kassa",
  housingBenefit: "Bostadsbidrag",
  supervisorSalary: "Handledarens bruttolön",
  supervisionShare: "Tid för handledning (%)",
  subcontractor: "Underleverantör",
  comment: "Kommentar",
  fullTimeMonths: "Heltidsmånader",
  plannedFullTimeMonths: "Planerade heltidsmånader",
  earlyEnd75: "Förtida avslut enligt 75 %-regeln",
  forecastFullTimeMonths: "Prognos heltidsmånader",
  extraPlace: "Extra plats",
  internValue: "Produktionsvärde per månad (kr)",
  // Added in 1.3.0 (the matching workspace, full version only): what the person did after the placement.
  outcomeAfterEnd: PLACEMENT_OUTCOME_COLUMNS.outcomeAfterEnd.sv,
  outcomeFollowedUp: PLACEMENT_OUTCOME_COLUMNS.outcomeFollowedUp.sv,
} as const;

export type PlacementColumnKey = keyof typeof PLACEMENT_HEADERS;

export const REPORT_HEADERS = {
  periodFrom: "Period från",
  periodTo: "Period till",
  dueDate: "Sista dag för rapport",
  receivedDate: "Inkom datum",
  status: "Status",
  reviewedBy: "Granskad av",
  reviewDate: "Granskningsdatum",
  reference: "Underlag/referens",
  deviation: "Avvikelse",
  action: "Åtgärd",
  deadline: "Frist",
  comment: "Kommentar",
} as const;

export type ReportColumnKey = keyof typeof REPORT_HEADERS;

export const PARAMETER_HEADERS = {
  key: "Nyckel",
  label: "Beskrivning",
  value: "Värde",
  unit: "Enhet",
  default: "Standardvärde",
  source: "Källa",
  estimate: "Uppskattning",
} as const;

export const TARGET_GROUP_HEADERS = {
  name: "Målgrupp",
  description: "Beskrivning",
  expectedPlaces: "Förväntade platser",
} as const;

/** Workbook-scoped names of the Avtal form's value cells. */
export const CONTRACT_NAMES = {
  name: "Avtal_Namn",
  contractId: "Avtal_ID",
  procurer: "Avtal_Organisation",
  organisationType: "Avtal_Organisationstyp",
  supplier: "Avtal_Leverantor",
  supplierOrgNumber: "Avtal_LeverantorOrgnr",
  start: "Avtal_Start",
  end: "Avtal_Slut",
  requirementType: "Avtal_Kravtyp",
  commitmentMonths: "Avtal_Atagande",
  startDeadlineMonths: "Avtal_StartManader",
  approvedShare: "Avtal_GodkandAndel",
  reportingInterval: "Avtal_Rapporteringsintervall",
  matchingOrganisation: "Avtal_Matchningsansvarig",
  procurementCost: "Avtal_Upphandlingskostnad",
  bonusPerPlace: "Avtal_BonusPerPlats",
  maxBonusPlaces: "Avtal_MaxBonusplatser",
  penaltyPerMissingMonth: "Avtal_VitePerManad",
  penaltyPerMissingReport: "Avtal_ViteRapport",
  parameterYear: "Avtal_Parameterar",
  retentionDate: "Avtal_GallrasSenast",
} as const;

export type ContractFieldKey = keyof typeof CONTRACT_NAMES;

/** Workbook-scoped names of the Sammanställning figures other formulas (and code) read. */
export const SUMMARY_NAMES = {
  commitment: "Sam_Atagande",
  served: "Sam_Utforda",
  planned: "Sam_Planerade",
  forecast: "Sam_Prognos",
  share: "Sam_Andel",
  firstStart: "Sam_ForstaStart",
  firstOffer: "Sam_ForstaErbjudande",
  startDeadline: "Sam_SenastForstaStart",
  startRule: "Sam_Startregel",
  earlyEnds: "Sam_FortidaAvslut",
  threshold75: "Sam_Grans75",
  rule75: "Sam_Regel75",
  status: "Sam_Status",
  notCounted: "Sam_EjRaknade",
  notCountedRequirement: "Sam_EjRaknadeKravtyp",
  notCountedValues: "Sam_EjRaknadeFel",
  placementCount: "Sam_AntalPlaceringar",
  ongoing: "Sam_Pagaende",
  ended: "Sam_Avslutade",
  offeredNotStarted: "Sam_ErbjudnaEjStartade",
  overdueReports: "Sam_ForsenadeRapporter",
  lateReports: "Sam_SenaRapporter",
  deficientReports: "Sam_RapporterBrist",
  extraPlaces: "Sam_ExtraPlatser",
  bonusPlaces: "Sam_Bonusplatser",
  bonusAmount: "Sam_Bonusbelopp",
} as const;

export type SummaryKey = keyof typeof SUMMARY_NAMES;


// The version and its marker live in their own small module (the task pane's first load needs them alone).
export { MARKER_NAME, TEMPLATE_VERSION } from "./templateVersion";

/** Header texts of a vertical form's header row (label | value | help), in the form's column order. */
export const FORM_HEADERS = ["Uppgift", "Värde", "Förklaring"] as const;
