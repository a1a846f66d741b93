/**
 * Translations from the writer-neutral template plan (src/domain/followup/types.ts) to what Office.js takes:
 * dates as serial numbers, validation rules in Office's shape, widths in points, colours with '#'.
 */
import type { CellStyle, CellValue as PlanValue, SheetVisibility, ValidationSpec } from "../../domain/followup/types";
import { isDateValue } from "../../domain/followup/types";
import { isoToSerial } from "../../domain/common/dates";
import type { ExcelCellValue, ExcelValidationRule, ValidationErrorAlert, ValidationOperator, ValidationPrompt } from "./api";

/** A plan value as a cell value; `null` (empty in the plan) stays null, which leaves the cell untouched. */
export function toCellValue(value: PlanValue): ExcelCellValue | null {
  if (value === null) return null;
  if (isDateValue(value)) return isoToSerial(value.date);
  return value;
}

const OPERATORS: Record<string, ValidationOperator> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

function bound(value: number | string | { date: string } | undefined): string | number | undefined {
  if (value === undefined) return undefined;
  return typeof value === "object" ? value.date : value;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toOfficeRule(spec: ValidationSpec): ExcelValidationRule {
  const rule = spec.rule;
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "listValues":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "custom":
      return { custom: { formula: rule.formula } };
    case "date":
      return {
        date: withoutUndefined({
          operator: OPERATORS[rule.operator]!,
          formula1: bound(rule.formula1) as string,
          formula2: bound(rule.formula2) as string | undefined,
        }),
      };
    default: {
      const basic = withoutUndefined({
        operator: OPERATORS[rule.operator]!,
        formula1: bound(rule.formula1)!,
        formula2: bound(rule.formula2),
      });
      if (rule.kind === "whole") return { wholeNumber: basic };
      if (rule.kind === "decimal") return { decimal: basic };
      return { textLength: basic };
    }
  }
}

export function toOfficeErrorAlert(spec: ValidationSpec): ValidationErrorAlert {
  const style = spec.error.style === "stop" ? "Stop" : spec.error.style === "warning" ? "Warning" : "Information";
  return { showAlert: true, style, title: spec.error.title, message: spec.error.text };
}

export function toOfficePrompt(spec: ValidationSpec): ValidationPrompt | undefined {
  return spec.prompt ? { showPrompt: true, title: spec.prompt.title, message: spec.prompt.text } : undefined;
}

/** Excel character units (width of '0' in the default font) to the points Office.js takes: (7 px × n + 5 px) × ¾. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function hexColor(color: string): string {
  return color.startsWith("#") ? color.toUpperCase() : `#${color.toUpperCase()}`;
}

export function officeVisibility(visibility: SheetVisibility): "Visible" | "Hidden" | "VeryHidden" {
  return visibility === "visible" ? "Visible" : visibility === "hidden" ? "Hidden" : "VeryHidden";
}

/** How each template cell style looks (one place, so every writer-side tweak happens here). */
export const CELL_STYLES: Readonly<Record<CellStyle, { bold: boolean; italic: boolean; fontColor: string }>> = {
  title: { bold: true, italic: false, fontColor: "#1F4E79" },
  heading: { bold: true, italic: false, fontColor: "#000000" },
  label: { bold: false, italic: false, fontColor: "#000000" },
  value: { bold: false, italic: false, fontColor: "#000000" },
  help: { bold: false, italic: true, fontColor: "#595959" },
  total: { bold: true, italic: false, fontColor: "#000000" },
};
