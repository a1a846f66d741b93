/**
 * What the validation reports: a Finding per problem or contract-level result, with a stable code.
 * Codes never change meaning once released (docs/validation.md documents each), so users, the
 * Validering sheet and scripts can rely on them.
 */
import { FINDING_TEXTS, fillText, type BilingualText, type TextValues } from "../i18n/validation";

export type Severity = "error" | "warning" | "info";

/** Every finding code with its severity. The severity belongs to the code: one code, one severity. */
export const FINDING_CODES = {
  // Per placement row: fields and values
  REQUIRED_MISSING: "error",
  LIST_NOT_EXACT: "warning",
  LIST_UNKNOWN: "error",
  NOT_A_DATE: "error",
  DATE_AS_TEXT: "warning",
  NOT_A_NUMBER: "error",
  NUMBER_AS_TEXT: "warning",
  // Per placement row: dates
  PLANNED_END_BEFORE_START: "error",
  ACTUAL_END_BEFORE_START: "error",
  ACTUAL_END_IN_FUTURE: "error",
  START_BEFORE_CONTRACT: "warning",
  START_AFTER_CONTRACT: "error",
  // Per placement row: amounts and shares
  SCOPE_OUT_OF_RANGE: "error",
  AGE_OUT_OF_RANGE: "error",
  SALARY_NOT_POSITIVE: "error",
  SALARY_LOW: "warning",
  SUPERVISION_OUT_OF_RANGE: "error",
  // Per placement row: consistency
  END_REASON_MISSING: "error",
  END_DATE_MISSING: "error",
  DUPLICATE_CASE_ID: "error",
  NSJ_NOT_ELIGIBLE: "warning",
  INTRO_NOT_ELIGIBLE: "warning",
  SUBSIDY_TOO_LONG: "warning",
  SUBSIDY_FOR_INTERNSHIP: "warning",
  INTERN_VALUE_MISSING: "info",
  FORM_NOT_COUNTED: "warning",
  // Personal data
  PERSONAL_IDENTITY_NUMBER: "error",
  COORDINATION_NUMBER: "error",
  EMAIL_ADDRESS: "warning",
  PHONE_NUMBER: "warning",
  // Structure of the tables
  COLUMN_MISSING: "error",
  ROWS_BELOW_TABLE: "error",
  PERSON_NAME: "warning",
  SPECIAL_CATEGORY_DATA: "warning",
  CRIMINAL_RECORD_DATA: "warning",
  // Reports
  REPORT_OVERDUE: "warning",
  // Contract level
  CONTRACT_VALUE_MISSING: "warning",
  RETENTION_PASSED: "warning",
  START_RULE_BROKEN: "error",
  START_RULE_PENDING: "info",
  COMMITMENT_PROGRESS: "info",
  ROWS_NOT_COUNTED: "warning",
  COMMITMENT_AT_RISK: "warning",
  COMMITMENT_NOT_MET: "error",
  RULE_75_MET: "info",
  RULE_75_NOT_MET: "warning",
  // The matching workspace (issue 16, matching.md "Rules"): Matchning and Platser
  MATCH_CANDIDATE_ID_INVALID: "error",
  MATCH_POSITION_MISSING: "error",
  MATCH_POSITION_UNKNOWN: "error",
  MATCH_NOT_A_DATE: "error",
  MATCH_DATES_OUT_OF_ORDER: "error",
  MATCH_STARTED_WITHOUT_CASE_ID: "error",
  MATCH_CASE_ID_UNKNOWN: "error",
  MATCH_CASE_ID_REUSED: "error",
  MATCH_CASE_ID_NOT_STARTED: "warning",
  MATCH_POSITION_DUPLICATE: "error",
  MATCH_FILLED_WITHOUT_START: "warning",
  MATCH_OPEN_NO_CANDIDATES: "info",
  MATCH_ROWS_OUTSIDE_TABLE: "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export const ALL_FINDING_CODES = Object.keys(FINDING_CODES) as FindingCode[];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** The cell the finding is about (A1, no sheet), e.g. "H5". */
  readonly address: string;
  /** The column header or form label of that cell; "" when the finding is about a whole row. */
  readonly column: string;
  /** The row's Ärende-ID (Placeringar), period (Rapporter), or "" (contract level). */
  readonly rowId: string;
  readonly message: BilingualText;
  readonly fix: BilingualText;
}

/** Where a finding points. */
export interface FindingPlace {
  readonly sheet: string;
  readonly address: string;
  readonly column: string;
  readonly rowId: string;
}

/** Builds a finding: the code gives the severity and the texts, `values` fills their placeholders. */
export function finding(code: FindingCode, place: FindingPlace, values: TextValues = {}): Finding {
  const texts = FINDING_TEXTS[code];
    // Optional placeholders default to nothing, so a text never shows a bare "{hint}".
  const all: TextValues = { hint: "", column: place.column, rowId: place.rowId, ...values };
  return {
    code,
    severity: FINDING_CODES[code],
    sheet: place.sheet,
    address: place.address,
    column: place.column,
    rowId: place.rowId,
    message: fillText(texts.message, all),
    fix: fillText(texts.fix, all),
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const item of findings) counts[item.severity]++;
  return counts;
}
