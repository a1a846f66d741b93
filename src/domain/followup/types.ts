/**
 * The follow-up workbook template as plain, writer-neutral data.
 *
 * One definition (template.ts) feeds every writer: the ExcelJS writer in src/xlsx and the Office.js
 * applier in src/excel. Conventions every writer relies on:
 * - Addresses are A1 strings on the named sheet ("B3", "A1:C10"), never R1C1.
 * - Formulas are Excel en-US text with commas, starting with "=" (what Office.js `range.formulas` and
 *   ExcelJS `{ formula }` both take; ExcelJS without the leading "="). Structured references always use the
 *   explicit form `Table[[#This Row],[Column]]`, which is also what Excel stores in the file.
 * - Custom-function calls are written as `SYSS.NAME(...)`; a file writer translates that one prefix to
 *   the file form (see src/xlsx), Office.js takes it as is.
 * - Number formats are Excel format codes in en-US form ("yyyy-mm-dd", "0.0", "0%").
 */

/** An ISO calendar date (yyyy-mm-dd), kept as text so the plan holds no time zone. */
export interface DateValue {
  readonly date: string;
}

/** A value written into a cell. `null` means an empty cell. */
export type CellValue = string | number | boolean | null | DateValue;

export function isDateValue(value: unknown): value is DateValue {
  return typeof value === "object" && value !== null && typeof (value as { date?: unknown }).date === "string";
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** Who the workbook is for: the procurer's full version, or the supplier's plain-Excel copy. */
export type TemplateVariant = "procurer" | "supplier";

export interface SheetSpec {
  /** Swedish sheet name; it is the same in the English UI. */
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Position in the tab order, 0 = first tab. */
  readonly tabIndex: number;
  /** False for sheets the supplier version leaves out (Samhällsekonomi). */
  readonly inSupplierVersion: boolean;
  /** Rows/columns kept visible when scrolling (e.g. a table header). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Column widths in Excel character units, keyed by column letter (authoritative over table columns). */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly tabColor?: string;
}

export type ComparisonOperator =
  | "between"
  | "notBetween"
  | "equal"
  | "notEqual"
  | "greaterThan"
  | "lessThan"
  | "greaterThanOrEqual"
  | "lessThanOrEqual";

/**
 * A data-validation rule. Bounds are numbers (dates as ISO text) or formulas ("=Avtal_Start").
 * `source` of a list is a formula, normally a workbook-scoped name ("=Lista_Kon").
 */
export type ValidationRule =
  | { readonly kind: "list"; readonly source: string }
  /** A list typed into the rule itself (Excel's "2019,2025,2026"); for short fixed lists only. */
  | { readonly kind: "listValues"; readonly values: readonly string[] }
  | {
      readonly kind: "whole" | "decimal";
      readonly operator: ComparisonOperator;
      readonly formula1: number | string;
      readonly formula2?: number | string;
    }
  | {
      readonly kind: "date";
      readonly operator: ComparisonOperator;
      readonly formula1: DateValue | string;
      readonly formula2?: DateValue | string;
    }
  | { readonly kind: "textLength"; readonly operator: ComparisonOperator; readonly formula1: number; readonly formula2?: number }
  /** A custom formula, written relative to the top-left cell of the range it applies to. */
  | { readonly kind: "custom"; readonly formula: string };

export interface ValidationSpec {
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  /** Input message shown when the cell is selected (Swedish; the sheet is Swedish). */
  readonly prompt?: { readonly title: string; readonly text: string };
  /** Error shown when a typed value breaks the rule; "stop" rejects, "warning" asks. */
  readonly error: { readonly style: "stop" | "warning" | "information"; readonly title: string; readonly text: string };
}

export interface TableColumnSpec {
  /** Stable English key used by code (readers, validation, the model's header mapping). */
  readonly key: string;
  /** Swedish header, written as the table column name. */
  readonly header: string;
  readonly headerEn: string;
  /** One-line explanation for users (docs, input prompts, the task pane). */
  readonly help: string;
  readonly numberFormat?: string;
  /** Width in Excel character units. */
  readonly width?: number;
  readonly validation?: ValidationSpec;
  /** Calculated column: one formula for every row, with `Table[[#This Row],[Col]]` references. */
  readonly formula?: string;
  /** Text format ("@"): a typed leading "=", "+" or "-" stays text. */
  readonly text?: boolean;
  /** True when the column holds a custom-function formula (left out of the supplier version). */
  readonly usesCustomFunction?: boolean;
}

export interface TableSpec {
  /** Excel table name (ASCII, so every spreadsheet program accepts it). */
  readonly name: string;
  readonly sheet: string;
  /** Top-left cell of the header row. */
  readonly topLeft: string;
  readonly columns: readonly TableColumnSpec[];
  /** Built-in Excel table style, e.g. "TableStyleMedium2". */
  readonly style: string;
  readonly showBandedRows: boolean;
}

/** One field of a vertical label | value | help form. */
export interface FormFieldSpec {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
  readonly help: string;
  /** Workbook-scoped name of the value cell, e.g. "Avtal_Start". */
  readonly name: string;
  readonly numberFormat?: string;
  readonly validation?: ValidationSpec;
  readonly text?: boolean;
}

export interface VerticalFormSpec {
  readonly sheet: string;
  /** Header row of the form ("Uppgift | Värde | Förklaring"); fields follow on the next rows. */
  readonly headerRow: number;
  readonly labelColumn: string;
  readonly valueColumn: string;
  readonly helpColumn: string;
  readonly fields: readonly FormFieldSpec[];
}

export type CellStyle = "title" | "heading" | "label" | "value" | "help" | "total";

/** A single cell the template writes: a label, a value or a fixed formula. */
export interface FixedCellSpec {
  readonly sheet: string;
  readonly address: string;
  readonly value?: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
  /** A formula that spills (dynamic array); see docs/template.md for how files store it. */
  readonly dynamicArray?: boolean;
  readonly usesCustomFunction?: boolean;
  /** Workbook-scoped name for this cell, if formulas or code read it by name. */
  readonly name?: string;
}

export interface ConditionalFormatSpec {
  readonly sheet: string;
  /** The range the rule applies to (A1); `formula` is relative to its top-left cell. */
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
  /** Why the rule exists, for docs and the task pane legend. */
  readonly description: string;
}

export interface NamedRangeSpec {
  readonly name: string;
  /** A formula such as "=Avtal!$B$3" or "=Malgrupper[Målgrupp]". */
  readonly refersTo: string;
  readonly comment: string;
  readonly hidden?: boolean;
}

export interface ChartSpec {
  readonly sheet: string;
  readonly name: string;
  readonly type: "columnClustered" | "barClustered";
  readonly title: string;
  /** Category labels and values (one series per value column). */
  readonly categoriesRange: string;
  readonly valuesRange: string;
  readonly seriesNames: readonly string[];
  /** Where the chart sits: top-left and bottom-right cells. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

/** How a workbook says "I was written by SYSS, template version X". */
export interface TemplateMarker {
  readonly version: string;
  /** A hidden workbook-scoped name whose formula is the version as a string constant. */
  readonly definedName: string;
  /** The same version as a custom document property. */
  readonly customProperty: string;
}

/** The static template: what exists in every workbook regardless of contract data. */
export interface TemplateDefinition {
  readonly version: string;
  readonly marker: TemplateMarker;
  readonly sheets: readonly SheetSpec[];
  readonly tables: readonly TableSpec[];
  readonly forms: readonly VerticalFormSpec[];
  readonly cells: readonly FixedCellSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly names: readonly NamedRangeSpec[];
  readonly charts: readonly ChartSpec[];
  /** List sources on the hidden Listor sheet: the plan turns each into cells plus a named range. */
  readonly lists: readonly ListSpec[];
}

export interface ListSpec {
  readonly name: string;
  readonly header: string;
  readonly column: string;
  readonly values: readonly string[];
}

/** A table to write, with its rows (values for data columns; calculated columns are left to the formula). */
export interface TablePlan {
  readonly spec: TableSpec;
  /** One array per row, in the order of `spec.columns`; calculated columns hold `null`. */
  readonly rows: readonly (readonly CellValue[])[];
  /** The full table range including the header row, e.g. "A1:Y2". */
  readonly range: string;
}

/** A form with the values to put in its value cells. */
export interface FormPlan {
  readonly spec: VerticalFormSpec;
  readonly values: Readonly<Record<string, CellValue>>;
}

/** A data validation on a whole range (never overlapping another validation's range). */
export interface RangeValidationPlan {
  readonly sheet: string;
  readonly range: string;
  readonly validation: ValidationSpec;
}

/** A number format on a range (table columns, form values). */
export interface RangeFormatPlan {
  readonly sheet: string;
  readonly range: string;
  readonly numberFormat: string;
}

/** Everything a writer needs to produce one workbook, fully resolved to addresses and values. */
export interface TemplatePlan {
  readonly version: string;
  readonly variant: TemplateVariant;
  readonly marker: TemplateMarker;
  /** Sheets in tab order, already filtered by variant. */
  readonly sheets: readonly SheetSpec[];
  readonly tables: readonly TablePlan[];
  readonly forms: readonly FormPlan[];
  readonly cells: readonly FixedCellSpec[];
  readonly validations: readonly RangeValidationPlan[];
  readonly numberFormats: readonly RangeFormatPlan[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly names: readonly NamedRangeSpec[];
  readonly charts: readonly ChartSpec[];
}

/** A row of the Parametrar table, as the model's parameter set provides it. */
export interface ParameterRow {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly default: number;
  readonly source: string;
  readonly estimate: boolean;
}
