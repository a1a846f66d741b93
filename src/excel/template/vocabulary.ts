/**
 * The template diff's vocabulary: the conflicts that stop an apply, the writes it queues, and the summary it
 * reports. Plain data only.
 */
import type { CellStyle, ValidationSpec } from "../../domain/followup/types";
import type { ExcelCellValue } from "../host/api";
import type { TemplateApplyResult, TemplateConflict } from "../workbook";

// Part of the port's surface (what an apply reports), so defined with it; re-exported for the diff code.
export type { TemplateApplyResult, TemplateConflict };

export type WriteOp =
  | { readonly kind: "addSheet"; readonly sheet: string }
  /** Whole rows inserted (cells below move down), e.g. "23:24"; always first, so later addresses are the plan's. */
  | { readonly kind: "insertRows"; readonly sheet: string; readonly rows: string }
  | {
      readonly kind: "sheetLayout";
      readonly sheet: string;
      readonly tabColor?: string;
      /** [column letter, width in points] */
      readonly columnWidths: readonly (readonly [string, number])[];
      readonly freeze?: { readonly rows: number; readonly columns: number };
    }
  | { readonly kind: "numberFormat"; readonly sheet: string; readonly range: string; readonly format: string }
  | { readonly kind: "values"; readonly sheet: string; readonly range: string; readonly values: (ExcelCellValue | null)[][] }
  | { readonly kind: "formulas"; readonly sheet: string; readonly range: string; readonly formulas: string[][] }
  | { readonly kind: "style"; readonly sheet: string; readonly range: string; readonly style: CellStyle }
  | { readonly kind: "createTable"; readonly sheet: string; readonly range: string; readonly name: string; readonly style: string }
  | { readonly kind: "insertColumn"; readonly table: string; readonly index: number; readonly header: string }
  | { readonly kind: "appendRows"; readonly table: string; readonly rows: ExcelCellValue[][] }
  | {
      readonly kind: "name";
      readonly name: string;
      readonly formula: string;
      readonly comment: string;
      readonly visible: boolean;
      readonly exists: boolean;
    }
  | { readonly kind: "validation"; readonly sheet: string; readonly range: string; readonly validation: ValidationSpec }
  | { readonly kind: "clearValidation"; readonly sheet: string; readonly range: string }
  | {
      readonly kind: "conditionalFormats";
      readonly sheet: string;
      readonly range: string;
      readonly formats: readonly { readonly formula: string; readonly fill: string; readonly fontColor?: string }[];
    }
  | {
      readonly kind: "sheetPlacement";
      readonly sheet: string;
      readonly position: number;
      readonly visibility: "Visible" | "Hidden" | "VeryHidden";
    }
  | { readonly kind: "marker"; readonly property: string; readonly version: string }
  | {
      /** Print setup (domain/followup/print.ts); written only where ExcelApi 1.9 is supported. */
      readonly kind: "pageLayout";
      readonly sheet: string;
      readonly landscape: boolean;
      readonly printArea: string | null;
      readonly titleRows: string | null;
    }
  | {
      readonly kind: "chart";
      readonly sheet: string;
      readonly name: string;
      readonly type: "ColumnClustered" | "BarClustered";
      readonly title: string;
      readonly valuesRange: string;
      readonly categoriesRange: string;
      readonly seriesNames: readonly string[];
      readonly topLeft: string;
      readonly bottomRight: string;
    };

export type TemplateDiff =
  | { readonly kind: "conflicts"; readonly conflicts: readonly TemplateConflict[] }
  | { readonly kind: "writes"; readonly ops: readonly WriteOp[]; readonly summary: TemplateApplyResult };
