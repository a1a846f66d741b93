/**
 * Which columns hold list values, and which list: one definition for the rules that check them and for
 * the "Rätta" correction that replaces a near match by the exact value. Målgrupp's list is the Avtal
 * sheet's Målgrupper table, so it is passed in.
 */
import { EMPLOYMENT_FORMS, EMPLOYMENT_TYPES, END_REASONS, GENDERS, REPORT_ACTIONS, REPORT_STATUSES, REVIEWER_ROLES, SUBSIDIES, YES_NO } from "../followup/lists";
import { PLACEMENT_HEADERS as P, REPORT_HEADERS as R, TABLES } from "../followup/names";

export type ListColumns = ReadonlyMap<string, readonly string[]>;

export function placementListColumns(targetGroups: readonly string[]): ListColumns {
  return new Map<string, readonly string[]>([
    [P.targetGroup, targetGroups],
    [P.gender, GENDERS],
    [P.form, EMPLOYMENT_FORMS],
    [P.employmentType, EMPLOYMENT_TYPES],
    [P.endReason, END_REASONS],
    [P.subsidy, SUBSIDIES],
    [P.newArrival, YES_NO],
    [P.aKassa, YES_NO],
    [P.housingBenefit, YES_NO],
  ]);
}

export const REPORT_LIST_COLUMNS: ListColumns = new Map<string, readonly string[]>([
  [R.status, REPORT_STATUSES],
  [R.reviewedBy, REVIEWER_ROLES],
  [R.action, REPORT_ACTIONS],
]);

/** The list columns of a table by its name (none for other tables). */
export function listColumnsOf(table: string, targetGroups: readonly string[]): ListColumns {
  if (table === TABLES.placements) return placementListColumns(targetGroups);
  if (table === TABLES.reports) return REPORT_LIST_COLUMNS;
  return new Map();
}
