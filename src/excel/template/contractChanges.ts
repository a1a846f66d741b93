/**
 * What a regenerated template would change in cells the user may already have filled, because the contract or
 * the parameter year changed: Avtal values that differ from the new contract, report periods and target groups
 * the new contract adds. Regeneration never rewrites such a cell on its own (filled cells are the user's);
 * instead each difference becomes a proposal the pane lists, and only the proposals the user accepts are
 * written. Rows the new contract no longer has (a report period after a shortened end date) are listed and
 * kept: deleting a row could lose what a supplier reported in it.
 *
 * A proposal's id carries the values it was computed from, so accepting it after the cell changed again does
 * nothing: the next preview shows the new difference instead.
 */
import { serialToIso } from "../../domain/followup/dates";
import { TABLES } from "../../domain/followup/names";
import type { FormFieldSpec, TablePlan } from "../../domain/followup/types";
import type { CellValue } from "../host/api";
import { toCellValue } from "../host/officeValues";
import { cellName, type CellRect } from "../host/a1";
import { lower, same } from "./tableWork";

export type TemplateChange =
  | {
      readonly kind: "formValue";
      readonly id: string;
      readonly sheet: string;
      readonly address: string;
      /** The Avtal field's label, as the form shows it. */
      readonly field: string;
      readonly current: string;
      readonly proposed: string;
      /** What is written when the change is accepted. */
      readonly value: CellValue;
    }
  | {
      /** The parameter year changed: Parametrar's defaults, and the values nobody edited, follow the new year. */
      readonly kind: "parameterValues";
      readonly id: string;
      readonly sheet: string;
      readonly table: string;
      /** The parameters whose default changes. */
      readonly keys: readonly string[];
      /** What is written when accepted: A1 addresses on `sheet`. */
      readonly cells: readonly { readonly address: string; readonly value: CellValue }[];
    }
  | {
      readonly kind: "tableRows";
      readonly id: string;
      readonly sheet: string;
      readonly table: string;
      /** The new rows' first column as the user reads it (report period start, target group name). */
      readonly keys: readonly string[];
      readonly rows: readonly (readonly CellValue[])[];
    };

/** Rows of a contract-seeded table that the current contract no longer produces: listed, never deleted. */
export interface LeftoverRows {
  readonly sheet: string;
  readonly table: string;
  readonly keys: readonly string[];
}

/** Tables the template fills from the contract; their rows are the user's once written. */
export function isContractSeededTable(table: TablePlan): boolean {
  return same(table.spec.name, TABLES.reports) || same(table.spec.name, TABLES.targetGroups);
}

const isDateFormat = (format: string | undefined): boolean => format !== undefined && format.toLowerCase().includes("yy");

/** A cell value as the user reads it: dates as ISO dates when the field holds a date, numbers as numbers. */
export function displayValue(value: CellValue, dateField: boolean): string {
  if (typeof value === "number" && dateField && Number.isFinite(value) && value > 0) return serialToIso(value);
  return String(value ?? "").trim();
}

/** Whether the filled cell already says what the plan would write (numbers compared as numbers, text trimmed). */
function sameValue(current: CellValue, proposed: CellValue): boolean {
  if (typeof current === "number" || typeof proposed === "number") {
    const a = typeof current === "number" ? current : Number(String(current).trim().replace(",", "."));
    const b = typeof proposed === "number" ? proposed : Number(String(proposed).trim().replace(",", "."));
    if (Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) < 1e-9;
  }
  return String(current ?? "").trim() === String(proposed ?? "").trim();
}

/** The proposal for one filled Avtal value cell, or undefined when the plan agrees or has no value for it. */
export function formValueChange(
  sheet: string,
  address: string,
  field: FormFieldSpec,
  current: CellValue,
  planned: CellValue | null,
): TemplateChange | undefined {
  if (planned === null || planned === "" || sameValue(current, planned)) return undefined;
  const dateField = isDateFormat(field.numberFormat);
  const shownCurrent = displayValue(current, dateField);
  const shownProposed = displayValue(planned, dateField);
  return {
    kind: "formValue",
    id: `form:${sheet}!${address}:${shownCurrent}>${shownProposed}`,
    sheet,
    address,
    field: field.label,
    current: shownCurrent,
    proposed: shownProposed,
    value: planned,
  };
}

/** A row's key for matching: the first column, numbers as numbers and text without case or outer spaces. */
function rowKey(value: CellValue | undefined): string {
  if (typeof value === "number") return String(value);
  return lower(String(value ?? "").trim());
}

/** New rows the plan has for an existing contract-seeded table, and the existing rows it no longer has. */
export function tableRowChanges(
  table: TablePlan,
  sheet: string,
  body: readonly (readonly CellValue[])[],
): { change?: TemplateChange; leftover?: LeftoverRows } {
  const dateKey = isDateFormat(table.spec.columns[0]?.numberFormat);
  const existing = new Set(body.map((row) => rowKey(row[0])).filter((key) => key !== ""));
  const planned = table.rows.map((row) => row.map((value) => toCellValue(value) ?? ""));
  const plannedKeys = new Set(planned.map((row) => rowKey(row[0])));
  const added = planned.filter((row) => rowKey(row[0]) !== "" && !existing.has(rowKey(row[0])));
  const leftoverKeys = body
    .map((row) => row[0] ?? "")
    .filter((value) => rowKey(value) !== "" && !plannedKeys.has(rowKey(value)))
    .map((value) => displayValue(value, dateKey));
  const name = table.spec.name;
  const result: { change?: TemplateChange; leftover?: LeftoverRows } = {};
  if (added.length > 0) {
    const keys = added.map((row) => displayValue(row[0] ?? "", dateKey));
    result.change = { kind: "tableRows", id: `rows:${name}:${keys.join("|")}`, sheet, table: name, keys, rows: added };
  }
  if (leftoverKeys.length > 0) result.leftover = { sheet, table: name, keys: leftoverKeys };
  return result;
}

/**
 * Parametrar after a change of parameter year: each row whose default differs from the new year's gets the new
 * default, and its value too when the value still equals the old default (nobody edited it). Edited values
 * stay: they are someone's own assessment.
 */
export function parameterValueChange(table: TablePlan, sheet: string, rect: CellRect, body: readonly (readonly CellValue[])[]): TemplateChange | undefined {
  const column = (key: string): number => table.spec.columns.findIndex((c) => c.key === key);
  const [keyAt, valueAt, defaultAt] = [column("key"), column("value"), column("default")];
  if (keyAt < 0 || valueAt < 0 || defaultAt < 0) return undefined;
  const planned = new Map(table.rows.map((row) => [lower(String(row[keyAt] ?? "")), toCellValue(row[defaultAt] ?? null)]));
  const keys: string[] = [];
  const cells: { address: string; value: CellValue }[] = [];
  const signature: string[] = [];
  body.forEach((row, index) => {
    const key = String(row[keyAt] ?? "").trim();
    const next = planned.get(lower(key));
    const oldDefault = row[defaultAt] ?? "";
    if (key === "" || next === undefined || next === null || sameValue(oldDefault, next)) return;
    const sheetRow = rect.top + 1 + index;
    keys.push(key);
    signature.push(`${key}=${String(oldDefault)}>${String(next)}`);
    cells.push({ address: cellName(sheetRow, rect.left + defaultAt), value: next });
    if (sameValue(row[valueAt] ?? "", oldDefault)) cells.push({ address: cellName(sheetRow, rect.left + valueAt), value: next });
  });
  if (keys.length === 0) return undefined;
  return { kind: "parameterValues", id: `params:${table.spec.name}:${signature.join("|")}`, sheet, table: table.spec.name, keys, cells };
}
