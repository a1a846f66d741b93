/** Public API of the follow-up validation (pure TypeScript; adapters in src/xlsx, src/excel and src/cli). */
export { ALL_FINDING_CODES, FINDING_CODES, countBySeverity, finding } from "./findings";
export type { Finding, FindingCode, FindingPlace, Severity } from "./findings";
export { FINDINGS_SHEET, FINDINGS_TABLE, TableView, columnLetter, columnIndex, findTable, parseCellAddress, userTables } from "./input";
export type { AddressedCell, ContractInput, InputCell, TableInput, ValidationInput, ValidationOptions } from "./input";
export { OVERALL_STATUSES, contractStatus, overallStatus, placementMonths } from "./contractStatus";
export type { ContractStatus, OverallStatus, Rule75State, StartRuleState } from "./contractStatus";
export { WHOLE_TABLE_CODES, compareFindings, mergeRevalidation, revalidatePlacementRows, sortFindings, validateWorkbook } from "./validate";
export type { RevalidationMemo, RowRevalidation, ValidationResult } from "./validate";
export { correctionFor } from "./corrections";
export type { Correction } from "./corrections";
