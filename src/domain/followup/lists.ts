/**
 * The fixed value lists of the follow-up workbook. They are written to the hidden `Listor` sheet and
 * feed the list validations by name, and the validation engine checks values against the same arrays.
 *
 * Values that the socio-economic model reads (Sysselsättningsform, Anställningsstöd, Organisationstyp)
 * are lower case exactly as the model's inputs (shared/spec/model.md §2), so a row passes to
 * SYSS.EFFECTS unchanged.
 */
import type { ListSpec } from "./types";

export const EMPLOYMENT_FORMS = ["anställning", "lärlingsanställning", "praktik"] as const;
export const GENDERS = ["Kvinna", "Man", "Annat", "Ej angivet"] as const;
export const EMPLOYMENT_TYPES = ["Tillsvidare", "Tidsbegränsad", "Ej tillämpligt"] as const;
export const END_REASONS = [
  "Pågår",
  "Avtalad tid fullgjord",
  "Egen uppsägning",
  "Saklig grund",
  "Avsked",
  "Övergång till annan anställning",
  "Annat",
] as const;
/**
 * End reasons under which the 75 % rule lets an early end count (the contract clause, followup.md
 * amendment 1: "the employee left" includes a move to another job).
 */
export const EARLY_END_REASONS_75 = ["Egen uppsägning", "Övergång till annan anställning", "Saklig grund", "Avsked"] as const;
export const SUBSIDIES = ["ingen", "nystartsjobb", "introduktionsjobb", "lönebidrag"] as const;
export const YES_NO = ["Ja", "Nej"] as const;
export const REPORT_STATUSES = ["Ej inkommen", "Inkommen", "Granskad", "Brist", "Åtgärdad"] as const;
export const REPORT_ACTIONS = ["Ingen", "Rättelse", "Vite", "Avrop spärrat"] as const;
export const REVIEWER_ROLES = ["Avtalsförvaltare", "Matchningsansvarig", "Upphandlare", "Annan"] as const;
export const ORGANISATION_TYPES = ["kommun", "region", "stat"] as const;
export const REQUIREMENT_TYPES = ["anställning", "praktik", "lärlingsanställning", "valfri"] as const;
export const REPORTING_INTERVALS = ["månad", "kvartal", "halvår", "år"] as const;

export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];
export type Gender = (typeof GENDERS)[number];
export type EndReason = (typeof END_REASONS)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];
export type ReportingInterval = (typeof REPORTING_INTERVALS)[number];

/** Each list is one column of the hidden Listor sheet and one workbook-scoped name. */
export const LISTS: readonly ListSpec[] = [
  { name: "Lista_Sysselsattningsform", header: "Sysselsättningsform", column: "A", values: EMPLOYMENT_FORMS },
  { name: "Lista_Kon", header: "Kön", column: "B", values: GENDERS },
  { name: "Lista_Anstallningstyp", header: "Anställningstyp", column: "C", values: EMPLOYMENT_TYPES },
  { name: "Lista_Avslutsorsak", header: "Avslutsorsak", column: "D", values: END_REASONS },
  { name: "Lista_Anstallningsstod", header: "Anställningsstöd", column: "E", values: SUBSIDIES },
  { name: "Lista_JaNej", header: "Ja/Nej", column: "F", values: YES_NO },
  { name: "Lista_Rapportstatus", header: "Rapportstatus", column: "G", values: REPORT_STATUSES },
  { name: "Lista_Atgard", header: "Åtgärd", column: "H", values: REPORT_ACTIONS },
  { name: "Lista_Granskare", header: "Granskad av", column: "I", values: REVIEWER_ROLES },
  { name: "Lista_Organisationstyp", header: "Organisationstyp", column: "J", values: ORGANISATION_TYPES },
  { name: "Lista_Kravtyp", header: "Kravtyp", column: "K", values: REQUIREMENT_TYPES },
  { name: "Lista_Rapporteringsintervall", header: "Rapporteringsintervall", column: "L", values: REPORTING_INTERVALS },
];

/**
 * Which Sysselsättningsform counts towards the commitment N under each Kravtyp (followup.md amendment 2):
 * one row per Kravtyp, one column per form, in EMPLOYMENT_FORMS order. Written as data to the Listor sheet
 * (REQUIREMENT_MATRIX_CELLS) where the calculated columns read it, and used by the validation's counting
 * (src/domain/validation/counting.ts), so code and formulas share one table.
 */
export const REQUIREMENT_MATRIX: Readonly<Record<RequirementType, Readonly<Record<EmploymentForm, boolean>>>> = {
  anställning: { anställning: true, lärlingsanställning: true, praktik: false },
  lärlingsanställning: { anställning: false, lärlingsanställning: true, praktik: false },
  praktik: { anställning: true, lärlingsanställning: true, praktik: true },
  valfri: { anställning: true, lärlingsanställning: true, praktik: true },
};

/** A blank Kravtyp restricts nothing: every form counts, as under "valfri". */
export const REQUIREMENT_WHEN_BLANK: RequirementType = "valfri";

/** Where the matrix sits on Listor (right of the list columns) and the names formulas read it by. */
export const REQUIREMENT_MATRIX_LAYOUT = {
  /** Column of the Kravtyp row labels; the form columns follow it. */
  labelColumn: "N",
  formColumns: ["O", "P", "Q"],
  headerRow: 1,
  /** Names: the Kravtyp labels (N2:N5), the form headers (O1:Q1) and the Ja/Nej cells (O2:Q5). */
  rowNames: "Lista_Kravmatris_Kravtyp",
  columnNames: "Lista_Kravmatris_Form",
  cells: "Lista_Kravmatris",
} as const;

/** The Målgrupp list is not fixed: it is the Målgrupper table on the Avtal sheet (see template.ts). */
export const TARGET_GROUP_LIST_NAME = "Lista_Malgrupp";

/** Example target groups offered in a new workbook; the procurer edits them. */
export const DEFAULT_TARGET_GROUPS: readonly { name: string; description: string }[] = [
  { name: "Långtidsarbetslös", description: "Inskriven hos Arbetsförmedlingen minst 12 månader" },
  { name: "Ung vuxen 18–24 år", description: "Arbetslös ung vuxen" },
  { name: "Nyanländ", description: "Omfattas av etableringsprogrammet" },
  { name: "Försörjningsstöd", description: "Uppbär ekonomiskt bistånd" },
];
