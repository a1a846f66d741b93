/**
 * The template diff's vocabulary: the conflicts that stop an apply, the writes it queues, and the summary it
 * reports. Plain data only.
 */
import type { CellStyle, ValidationSpec } from "../../domain/followup/types";
import type { ExcelText, ExcelTextKey } from "../../domain/i18n/excel";
import type { CellValue } from "../host/api";
import type { LeftoverRows, TemplateChange } from "./contractChanges";

export interface TemplateConflict {
  readonly code: ExcelTextKey;
  readonly sheet: string;
  /** The cells in the way (A1, no sheet), or "" when the conflict is about a name. */
  readonly address: string;
  readonly message: ExcelText;
}

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
  | { readonly kind: "values"; readonly sheet: string; readonly range: string; readonly values: (CellValue | null)[][] }
  | { readonly kind: "formulas"; readonly sheet: string; readonly range: string; readonly formulas: string[][] }
  | { readonly kind: "style"; readonly sheet: string; readonly range: string; readonly style: CellStyle }
  | { readonly kind: "createTable"; readonly sheet: string; readonly range: string; readonly name: string; readonly style: string }
  | { readonly kind: "insertColumn"; readonly table: string; readonly index: number; readonly header: string }
  | { readonly kind: "appendRows"; readonly table: string; readonly rows: CellValue[][] }
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

export interface ApplySummary {
  readonly version: string;
  /** The version the workbook carried before; null for a workbook without SYSS template. */
  readonly previousVersion: string | null;
  readonly createdSheets: readonly string[];
  readonly updatedSheets: readonly string[];
  readonly createdTables: readonly string[];
  /** "Table[Column]" for each column added to an existing table. */
  readonly addedColumns: readonly string[];
  /** "Table[Old] → [New]" for each column renamed from an older template version's header. */
  readonly renamedColumns: readonly string[];
  /** "Sheet!23:24" for rows inserted above a table that fields added to the form above it pushed down. */
  readonly insertedRows: readonly string[];
  readonly addedParameterRows: number;
  /** Avtal value cells that already held a value and were kept as they were. */
  readonly keptFormValues: number;
  /**
   * What the current contract would change in cells the user filled (contractChanges.ts), not written because
   * the user has not accepted them: the pane lists them after a preview.
   */
  readonly contractChanges: readonly TemplateChange[];
  /** The accepted contract changes this apply wrote. */
  readonly appliedContractChanges: readonly TemplateChange[];
  /** Rows of Rapporter or Målgrupper the current contract no longer has; kept, listed. */
  readonly leftoverRows: readonly LeftoverRows[];
  /** Charts created now; an existing chart of the same name is left as the user styled it. */
  readonly createdCharts: readonly string[];
}

export type TemplateDiff =
  | { readonly kind: "conflicts"; readonly conflicts: readonly TemplateConflict[] }
  | { readonly kind: "writes"; readonly ops: readonly WriteOp[]; readonly summary: ApplySummary };
