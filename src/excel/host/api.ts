/**
 * The subset of the Office.js Excel API that SYSS uses, as structural interfaces.
 *
 * Why not use `Excel.RequestContext` directly: the applier must run against the in-memory fake in tests and in
 * the browser preview. `host/api.typecheck.ts` proves at compile time that the real Office.js objects satisfy these
 * interfaces, so code written against them runs unchanged in Excel. Only string literals are used for enums
 * (never `Excel.SheetVisibility.hidden`), because the `Excel` global does not exist outside Office.
 */

export type ExcelCellValue = string | number | boolean;

/** Anything with the Office.js `load` + `isNullObject` contract. */
export interface ExcelClientObject {
  /** Valid only after the `context.sync()` that followed the call producing this object. */
  readonly isNullObject: boolean;
}

export interface ExcelClientResult<T> {
  readonly value: T;
}

export interface ExcelRequestContext {
  readonly workbook: ExcelWorkbook;
  readonly runtime: ExcelRuntime;
  sync(): Promise<void>;
}

/** How Excel.run is injected: `(batch) => Excel.run(batch)` in Office, `fake.run` in tests. */
export type ExcelRun = <T>(batch: (context: ExcelRequestContext) => Promise<T>) => Promise<T>;

/** How Office.context.requirements.isSetSupported is injected. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface ExcelRuntime extends ExcelClientObject {
  enableEvents: boolean;
  load(propertyNames?: string | string[]): ExcelRuntime;
}

export interface ExcelApplication extends ExcelClientObject {
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" | Excel.CalculationMode;
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9: feature-detect before calling. */
  suspendScreenUpdatingUntilNextSync(): void;
  load(propertyNames?: string | string[]): ExcelApplication;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly tables: ExcelTableCollection;
  readonly names: ExcelNamedItemCollection;
  readonly application: ExcelApplication;
  readonly properties: ExcelDocumentProperties;
}

export interface ExcelDocumentProperties {
  readonly custom: ExcelCustomPropertyCollection;
}

export interface ExcelCustomPropertyCollection extends ExcelClientObject {
  readonly items: ExcelCustomProperty[];
  add(key: string, value: unknown): ExcelCustomProperty;
  getItemOrNullObject(key: string): ExcelCustomProperty;
  load(propertyNames?: string | string[]): ExcelCustomPropertyCollection;
}

export interface ExcelCustomProperty extends ExcelClientObject {
  readonly key: string;
  value: unknown;
  load(propertyNames?: string | string[]): ExcelCustomProperty;
}

export type ExcelSheetVisibility = "Visible" | "Hidden" | "VeryHidden" | Excel.SheetVisibility;

export interface ExcelWorksheetCollection extends ExcelClientObject {
  readonly items: ExcelWorksheet[];
  add(name?: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
  load(propertyNames?: string | string[]): ExcelWorksheetCollection;
}

export interface ExcelWorksheet extends ExcelClientObject {
  readonly id: string;
  name: string;
  position: number;
  visibility: ExcelSheetVisibility;
  /** "#RRGGBB", or "" for none. */
  tabColor: string;
  readonly tables: ExcelTableCollection;
  readonly names: ExcelNamedItemCollection;
  readonly freezePanes: ExcelWorksheetFreezePanes;
  readonly charts: ExcelChartCollection;
  /** Print settings (ExcelApi 1.9). */
  readonly pageLayout: ExcelPageLayout;
  getRange(address?: string): ExcelRange;
  getUsedRange(valuesOnly?: boolean): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  load(propertyNames?: string | string[]): ExcelWorksheet;
}

/** The print settings SYSS sets (ExcelApi 1.9); see domain/followup/print.ts for which. */
export interface ExcelPageLayout {
  /** "Portrait" | "Landscape" */
  orientation: string;
  /** e.g. "A4" */
  paperSize: string;
  /** Fit to pages: `verticalFitToPages: 0` = as many pages tall as needed (Excel's "automatic"). */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintArea(printArea: string): void;
  /** Rows repeated on every page, e.g. "$1:$1". */
  setPrintTitleRows(rows: string): void;
  /** Footers take Excel's codes: "&A" the sheet's name, "&P" the page, "&N" the pages. */
  readonly headersFooters: { readonly defaultForAllPages: { leftFooter: string; rightFooter: string } };
}

export interface ExcelWorksheetFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  /** Freezes the rows above and columns left of (and including) the given range, e.g. "A1" = row 1 + column A. */
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
}

export interface ExcelRangeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  /** Points. */
  size: number;
}

export interface ExcelRangeFill {
  color: string;
  clear(): void;
}

export interface ExcelRangeFormat {
  columnWidth: number;
  wrapText: boolean;
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
}

export interface ExcelRange extends ExcelClientObject {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** A `null` entry in a matrix that is written leaves that cell unchanged (Office.js semantics). */
  values: (ExcelCellValue | null)[][];
  formulas: (ExcelCellValue | null)[][];
  numberFormat: (ExcelCellValue | null)[][];
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  readonly conditionalFormats: ExcelConditionalFormatCollection;
  readonly worksheet: ExcelWorksheet;
  getCell(row: number, column: number): ExcelRange;
  getResizedRange(deltaRows: number, deltaColumns: number): ExcelRange;
  getOffsetRange(rowOffset: number, columnOffset: number): ExcelRange;
  getColumn(column: number): ExcelRange;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents" | Excel.ClearApplyTo): void;
  /** Inserts cells of this range's size, shifting the others (ExcelApi 1.1); returns the new range. */
  insert(shift: "Down" | "Right" | Excel.InsertShiftDirection): ExcelRange;
  load(propertyNames?: string | string[]): ExcelRange;
}

// ---- data validation (shapes as Office.js takes them) ----

export type ValidationOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo"
  | Excel.DataValidationOperator;

export interface BasicValidation {
  formula1: string | number | ExcelRange;
  formula2?: string | number | ExcelRange;
  operator: ValidationOperator;
}

export interface DateValidation {
  formula1: string | Date | ExcelRange;
  formula2?: string | Date | ExcelRange;
  operator: ValidationOperator;
}

export interface ExcelValidationRule {
  custom?: { formula: string };
  date?: DateValidation;
  decimal?: BasicValidation;
  list?: { inCellDropDown: boolean; source: string | ExcelRange };
  textLength?: BasicValidation;
  wholeNumber?: BasicValidation;
}

export interface ValidationErrorAlert {
  message: string;
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information" | Excel.DataValidationAlertStyle;
  title: string;
}

export interface ValidationPrompt {
  message: string;
  showPrompt: boolean;
  title: string;
}

export interface ExcelDataValidation extends ExcelClientObject {
  /** "None", "List", "WholeNumber", …, or "Inconsistent" when the cells differ. */
  readonly type: string;
  rule: ExcelValidationRule;
  errorAlert: ValidationErrorAlert;
  prompt: ValidationPrompt;
  ignoreBlanks: boolean;
  clear(): void;
  load(propertyNames?: string | string[]): ExcelDataValidation;
}

// ---- conditional formats (only the custom-formula kind is used) ----

export interface ExcelConditionalFormatCollection extends ExcelClientObject {
  add(type: "Custom" | Excel.ConditionalFormatType): ExcelConditionalFormat;
  clearAll(): void;
  getCount(): ExcelClientResult<number>;
}

export interface ExcelConditionalFormat extends ExcelClientObject {
  readonly custom: ExcelCustomConditionalFormat;
}

export interface ExcelCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
}

// ---- names ----

export interface ExcelNamedItemCollection extends ExcelClientObject {
  readonly items: ExcelNamedItem[];
  add(name: string, reference: ExcelRange | string, comment?: string): ExcelNamedItem;
  getItemOrNullObject(name: string): ExcelNamedItem;
  load(propertyNames?: string | string[]): ExcelNamedItemCollection;
}

export interface ExcelNamedItem extends ExcelClientObject {
  readonly name: string;
  readonly type: string;
  /** ExcelApi 1.7. */
  formula: string;
  visible: boolean;
  getRange(): ExcelRange;
  delete(): void;
  load(propertyNames?: string | string[]): ExcelNamedItem;
}

// ---- tables ----

export interface ExcelTableCollection extends ExcelClientObject {
  readonly items: ExcelTable[];
  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable;
  getItem(key: string): ExcelTable;
  getItemOrNullObject(key: string): ExcelTable;
  load(propertyNames?: string | string[]): ExcelTableCollection;
}

export interface ExcelTableChangedEventArgs {
  address: string;
  changeType: string;
  source: string;
  tableId: string;
  worksheetId: string;
  type: string;
}

export interface ExcelEventHandlerResult {
  remove(): void;
}

export interface ExcelTableChangedEvent {
  add(handler: (args: ExcelTableChangedEventArgs) => Promise<unknown>): ExcelEventHandlerResult;
}

export interface ExcelTable extends ExcelClientObject {
  readonly id: string;
  name: string;
  style: string;
  showTotals: boolean;
  readonly worksheet: ExcelWorksheet;
  readonly columns: ExcelTableColumnCollection;
  readonly rows: ExcelTableRowCollection;
  readonly onChanged: ExcelTableChangedEvent;
  getRange(): ExcelRange;
  getHeaderRowRange(): ExcelRange;
  getDataBodyRange(): ExcelRange;
  /** ExcelApi 1.13: the table takes the new range (same header row); used to take in rows typed below it. */
  resize(newRange: string): void;
  load(propertyNames?: string | string[]): ExcelTable;
}

export interface ExcelTableColumnCollection extends ExcelClientObject {
  readonly items: ExcelTableColumn[];
  readonly count: number;
  add(index?: number, values?: ExcelCellValue[][] | ExcelCellValue, name?: string): ExcelTableColumn;
  getItemOrNullObject(key: string): ExcelTableColumn;
  load(propertyNames?: string | string[]): ExcelTableColumnCollection;
}

export interface ExcelTableColumn extends ExcelClientObject {
  readonly id: number;
  readonly index: number;
  name: string;
  getDataBodyRange(): ExcelRange;
  getHeaderRowRange(): ExcelRange;
  getRange(): ExcelRange;
  load(propertyNames?: string | string[]): ExcelTableColumn;
}

export interface ExcelTableRowCollection extends ExcelClientObject {
  readonly count: number;
  add(index?: number, values?: ExcelCellValue[][]): unknown;
  load(propertyNames?: string | string[]): ExcelTableRowCollection;
}

// ---- charts (the Samhällsekonomi sheet's chart per actor) ----

export interface ExcelChartCollection extends ExcelClientObject {
  readonly items: ExcelChart[];
  add(type: "ColumnClustered" | "BarClustered" | Excel.ChartType, sourceData: ExcelRange, seriesBy?: "Auto" | "Columns" | "Rows" | Excel.ChartSeriesBy): ExcelChart;
  load(propertyNames?: string | string[]): ExcelChartCollection;
}

export interface ExcelChart extends ExcelClientObject {
  name: string;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): ExcelChartSeries };
  /** ExcelApi 1.7: `reversePlotOrder` draws the categories top to bottom in a bar chart, in the order of their rows. */
  readonly axes: { readonly categoryAxis: { reversePlotOrder: boolean } };
  /** Places the chart over the cells from `startCell` to `endCell`. */
  setPosition(startCell: string, endCell?: string): void;
  load(propertyNames?: string | string[]): ExcelChart;
}

export interface ExcelChartSeries {
  name: string;
  /** ExcelApi 1.7: the category labels. */
  setXAxisValues(sourceData: ExcelRange): void;
}
