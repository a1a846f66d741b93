/** Shared by the diff's checks and its write planning. */
import type { TablePlan } from "../../domain/followup/types";
import type { ExcelCellValue } from "../host/api";
import type { CellRect } from "../../domain/common/a1";

export const lower = (text: string): string => text.toLowerCase();
export const same = (a: string, b: string): boolean => lower(a) === lower(b);

/** The table the template's Parametrar rows go to: the one with key + value columns (user edits live in value). */
export function isParameterTable(table: TablePlan): boolean {
  return table.spec.columns.some((c) => c.key === "key") && table.spec.columns.some((c) => c.key === "value");
}

/** What the apply does to one template table: create it, or grow an existing one (columns, Parametrar rows). */
export interface TableWork {
  readonly plan: TablePlan;
  readonly isNew: boolean;
  /** Where the table is after this apply (header included). */
  readonly rect: CellRect;
  readonly inserts: readonly { readonly index: number; readonly header: string }[];
  /** Columns found under a header an older template version used; the apply renames them in place. */
  readonly renames: readonly { readonly index: number; readonly from: string; readonly header: string }[];
  readonly appendRows: ExcelCellValue[][];
}
