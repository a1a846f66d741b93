/**
 * Merging a supplier's returned file into the procurer's full workbook (spec/portfolio.md §1), as data:
 * Placeringar rows are matched by Ärende-ID, Rapporter rows by period (Period från + Period till).
 *
 * - A key only the supplier has: the row is **added** (its supplier-owned cells).
 * - A matched row: each supplier-owned cell that is empty in the full workbook is **updated**; an equal
 *   one is kept; a cell filled in both with different values is a **conflict**: listed, never
 *   overwritten, because the full workbook cannot tell a procurer's correction from a supplier's change.
 * - A cell the supplier left empty never erases the procurer's value, and procurer-owned columns
 *   (benefit history, the report review) and calculated columns are never touched: **kept**.
 * - Rows SYSS cannot match (no key, a key twice) are listed as issues and left out.
 *
 * Pure: the file side (src/xlsx/merge.ts, the pane) reads both workbooks into MergeTables and writes the plan.
 */
import { isIsoDate, isoToSerial, serialToIso } from "../followup/dates";
import { PLACEMENT_HEADERS, REPORT_HEADERS, TABLES } from "../followup/names";
import { PROCURER_ONLY_PLACEMENT_COLUMNS } from "../followup/minimisation";
import { PLACEMENTS_TABLE, REPORTS_TABLE } from "../followup/template";
import { isDateValue, type CellValue, type TableSpec } from "../followup/types";

/** A read cell: a value, or a spreadsheet error such as "#N/A". */
export type MergeValue = CellValue | { readonly error: string };

export interface MergeTable {
  readonly headers: readonly string[];
  /** Data rows; `row` is the 1-based sheet row. */
  readonly rows: readonly { readonly row: number; readonly values: readonly MergeValue[] }[];
}

export type MergeTableName = typeof TABLES.placements | typeof TABLES.reports;

export interface MergeSides {
  readonly placements: MergeTable;
  readonly reports: MergeTable;
}

export interface AddedRow {
  readonly table: MergeTableName;
  readonly key: string;
  /** The supplier's row in the supplier file (1-based sheet row). */
  readonly supplierRow: number;
  /** Header → value, for the supplier-owned columns the full table has. */
  readonly values: Readonly<Record<string, MergeValue>>;
}

export interface CellUpdate {
  readonly table: MergeTableName;
  readonly key: string;
  readonly column: string;
  /** Sheet row in the full workbook. */
  readonly row: number;
  readonly value: MergeValue;
}

export interface CellConflict {
  readonly table: MergeTableName;
  readonly key: string;
  readonly column: string;
  readonly row: number;
  readonly full: MergeValue;
  readonly supplier: MergeValue;
}

export type MergeIssueKind = "missingKey" | "duplicateInSupplier" | "duplicateInFull";

export interface MergeIssue {
  readonly table: MergeTableName;
  readonly kind: MergeIssueKind;
  readonly key: string;
  /** Sheet rows concerned (in the supplier file, or in the full workbook for duplicateInFull). */
  readonly rows: readonly number[];
}

export interface MergePlan {
  readonly added: readonly AddedRow[];
  readonly updated: readonly CellUpdate[];
  readonly conflicts: readonly CellConflict[];
  readonly issues: readonly MergeIssue[];
  /** Matched rows left exactly as they are, plus the full workbook's rows the supplier file lacks. */
  readonly keptRows: number;
}

export interface MergeCounts {
  readonly added: number;
  /** Rows with at least one updated cell. */
  readonly updated: number;
  readonly kept: number;
  readonly conflicts: number;
}

/** Rapporter columns the procurer fills when reviewing a report: never taken from the supplier. */
export const PROCURER_OWNED_REPORT_COLUMNS: ReadonlySet<string> = new Set<string>([
  REPORT_HEADERS.status,
  REPORT_HEADERS.reviewedBy,
  REPORT_HEADERS.reviewDate,
  REPORT_HEADERS.deviation,
  REPORT_HEADERS.action,
  REPORT_HEADERS.deadline,
]);

function headersWhere(spec: TableSpec, keep: (column: TableSpec["columns"][number]) => boolean): Set<string> {
  return new Set(spec.columns.filter(keep).map((column) => column.header));
}

/** Columns the supplier's file may fill in the full workbook, per table. */
export const SUPPLIER_OWNED: Readonly<Record<MergeTableName, ReadonlySet<string>>> = {
  [TABLES.placements]: headersWhere(PLACEMENTS_TABLE, (column) => column.formula === undefined && !PROCURER_ONLY_PLACEMENT_COLUMNS.has(column.key)),
  [TABLES.reports]: headersWhere(REPORTS_TABLE, (column) => column.formula === undefined && !PROCURER_OWNED_REPORT_COLUMNS.has(column.header)),
};

const KEY_COLUMNS: ReadonlySet<string> = new Set<string>([PLACEMENT_HEADERS.caseId, REPORT_HEADERS.periodFrom, REPORT_HEADERS.periodTo]);

/**
 * The value as comparable text: "" for empty, numbers rounded past float noise, and a date as its serial
 * number, because Office.js reads a date cell as that number while a file reader gives the date.
 */
export function comparable(value: MergeValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isDateValue(value)) return `n:${isoToSerial(value.date)}`;
  if (typeof value === "object") return `e:${value.error}`;
  if (typeof value === "number") return `n:${Number(value.toPrecision(12))}`;
  if (typeof value === "boolean") return `b:${value}`;
  const text = value.trim();
  if (text === "") return "";
  // A date typed as text ("2025-03-01") is the same date as a date cell: not a conflict.
  if (text.length === 10 && isIsoDate(text)) return `n:${isoToSerial(text)}`;
  return `s:${text}`;
}

function isEmpty(value: MergeValue | undefined): boolean {
  return comparable(value) === "";
}

/** A supplier's cell worth taking: filled and not a spreadsheet error (an error is never copied over). */
function isUsable(value: MergeValue | undefined): boolean {
  return !isEmpty(value) && !(value !== null && typeof value === "object" && "error" in value);
}

/** A date cell as ISO (a date value, a date serial or typed ISO text); "" when it is none. */
function dateKey(value: MergeValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isDateValue(value)) return value.date;
  if (typeof value === "number" && Number.isFinite(value) && value >= 1) return serialToIso(Math.floor(value));
  if (typeof value === "string") {
    const text = value.trim();
    try {
      return text === "" ? "" : serialToIso(isoToSerial(text));
    } catch {
      return text;
    }
  }
  return "";
}

/** Matching keys: Ärende-ID compared trimmed and in capitals (as DUPLICATE_CASE_ID does), a report by its period. */
function keyOf(table: MergeTableName, headers: readonly string[], values: readonly MergeValue[]): string {
  const at = (header: string): MergeValue | undefined => {
    const index = headers.findIndex((candidate) => candidate.trim() === header);
    return index < 0 ? undefined : values[index];
  };
  if (table === TABLES.placements) {
    const id = at(PLACEMENT_HEADERS.caseId);
    if (id === null || id === undefined || typeof id === "object") return "";
    return String(id).trim().toUpperCase();
  }
  const from = dateKey(at(REPORT_HEADERS.periodFrom));
  const to = dateKey(at(REPORT_HEADERS.periodTo));
  return from === "" && to === "" ? "" : `${from}–${to}`;
}

interface KeyedRow {
  readonly key: string;
  readonly row: number;
  readonly values: readonly MergeValue[];
}

/** Filled rows by key; rows without a key and keys seen twice become issues. */
function keyed(table: MergeTableName, side: MergeTable, duplicateKind: MergeIssueKind, issues: MergeIssue[], reportMissing: boolean): Map<string, KeyedRow> {
  const byKey = new Map<string, KeyedRow[]>();
  for (const row of side.rows) {
    if (row.values.every((value) => isEmpty(value))) continue;
    const key = keyOf(table, side.headers, row.values);
    if (key === "") {
      if (reportMissing) issues.push({ table, kind: "missingKey", key: "", rows: [row.row] });
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), { key, row: row.row, values: row.values }]);
  }
  const single = new Map<string, KeyedRow>();
  for (const [key, rows] of byKey) {
    if (rows.length > 1) issues.push({ table, kind: duplicateKind, key, rows: rows.map((item) => item.row) });
    else single.set(key, rows[0]!);
  }
  return single;
}

function columnIndex(headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((header, position) => {
    const name = header.trim();
    if (!index.has(name)) index.set(name, position);
  });
  return index;
}

interface TablePlan {
  added: AddedRow[];
  updated: CellUpdate[];
  conflicts: CellConflict[];
  keptRows: number;
}

function mergeTable(table: MergeTableName, full: MergeTable, supplier: MergeTable, issues: MergeIssue[]): TablePlan {
  const plan: TablePlan = { added: [], updated: [], conflicts: [], keptRows: 0 };
  const fullRows = keyed(table, full, "duplicateInFull", issues, false);
  const supplierRows = keyed(table, supplier, "duplicateInSupplier", issues, true);
  const fullIndex = columnIndex(full.headers);
  const supplierIndex = columnIndex(supplier.headers);
  // Only columns both tables have and the supplier owns; in the full table's order.
  const shared = [...fullIndex.keys()].filter((header) => SUPPLIER_OWNED[table].has(header) && supplierIndex.has(header));
  const duplicateFullKeys = new Set(issues.filter((issue) => issue.table === table && issue.kind === "duplicateInFull").map((issue) => issue.key));
  for (const [key, source] of supplierRows) {
    const supplierValue = (header: string): MergeValue => source.values[supplierIndex.get(header)!] ?? null;
    // A key the full workbook holds twice cannot be matched safely; the issue says so.
    if (duplicateFullKeys.has(key)) continue;
    const target = fullRows.get(key);
    if (target === undefined) {
      const values: Record<string, MergeValue> = {};
      for (const header of shared) if (isUsable(supplierValue(header))) values[header] = supplierValue(header);
      plan.added.push({ table, key, supplierRow: source.row, values });
      continue;
    }
    let changed = false;
    for (const header of shared) {
      // The key matched already (trimmed, any case); its spelling in the full workbook stays.
      if (KEY_COLUMNS.has(header)) continue;
      const incoming = supplierValue(header);
      const current = target.values[fullIndex.get(header)!] ?? null;
      if (!isUsable(incoming) || comparable(incoming) === comparable(current)) continue;
      if (isEmpty(current)) {
        plan.updated.push({ table, key, column: header, row: target.row, value: incoming });
        changed = true;
      } else {
        plan.conflicts.push({ table, key, column: header, row: target.row, full: current, supplier: incoming });
      }
    }
    if (!changed) plan.keptRows++;
  }
  for (const key of fullRows.keys()) if (!supplierRows.has(key)) plan.keptRows++;
  return plan;
}

/** The whole merge as a plan; nothing is written here. */
export function planMerge(full: MergeSides, supplier: MergeSides): MergePlan {
  const issues: MergeIssue[] = [];
  const placements = mergeTable(TABLES.placements, full.placements, supplier.placements, issues);
  const reports = mergeTable(TABLES.reports, full.reports, supplier.reports, issues);
  return {
    added: [...placements.added, ...reports.added],
    updated: [...placements.updated, ...reports.updated],
    conflicts: [...placements.conflicts, ...reports.conflicts],
    issues,
    keptRows: placements.keptRows + reports.keptRows,
  };
}

export function mergeCounts(plan: MergePlan): MergeCounts {
  const updatedRows = new Set(plan.updated.map((item) => `${item.table}\u0000${item.key}`));
  return { added: plan.added.length, updated: updatedRows.size, kept: plan.keptRows, conflicts: plan.conflicts.length };
}

/** True when applying the plan would change nothing. */
export function isEmptyPlan(plan: MergePlan): boolean {
  return plan.added.length === 0 && plan.updated.length === 0;
}
