/** Range proxies: values, formulas, number formats, formatting, data validation and conditional formats. */
import type {
  ExcelCellValue,
  ExcelClientResult,
  ExcelConditionalFormat,
  ExcelConditionalFormatCollection,
  ExcelCustomConditionalFormat,
  ExcelDataValidation,
  ExcelRange,
  ExcelRangeFill,
  ExcelRangeFont,
  ExcelRangeFormat,
  ValidationErrorAlert,
  ValidationPrompt,
  ExcelValidationRule,
} from "../host/api";
import { SHEET_COLUMNS, SHEET_ROWS, type CellRect } from "../../domain/common/a1";
import { intersection, qualifiedAddress } from "./address";
import { FakeClientObject, frozenData } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import { EXCEL_LIMITS, validationTextProblem } from "../../domain/followup/excelLimits";
import type { Batch } from "./host";
import {
  DEFAULT_COLUMN_WIDTH,
  forEachCell,
  forEachStoredCell,
  peekCell,
  updateCell,
  type CellState,
  type ValidationState,
  type ConditionalFormatState,
  type SheetState,
  type StoredRule,
} from "./state";
import { FakeWorksheet } from "./worksheet";
import { insertWholeRows } from "./insertRows";

/** Excel's default font size (points) for a new workbook's Normal style. */
const DEFAULT_FONT_SIZE = 11;

export interface RangeTarget {
  sheet: SheetState;
  rect: CellRect;
}

/** A range proxy points at its cells lazily: the address is worked out at the first sync that uses it. */
export class FakeRange extends FakeClientObject implements ExcelRange {
  protected readonly typeName = "Range";
  protected readonly scalarNames = [
    "address",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "values",
    "formulas",
    "numberFormat",
  ] as const;
  private bound: RangeTarget | undefined;
  private readonly locate: () => RangeTarget | undefined;
  // Child proxies are made on first use: a batch creates thousands of ranges and touches few children.
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private conditionalFormatsProxy: FakeConditionalFormatCollection | undefined;
  private worksheetProxy: FakeWorksheet | undefined;

  constructor(context: FakeRequestContext, locate: () => RangeTarget | undefined, nullable = false) {
    super(context, nullable);
    this.locate = locate;
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this));
  }
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.context, this));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(this.context, this));
  }
  get worksheet(): FakeWorksheet {
    return (this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.target().sheet));
  }

  /** At sync: the sheet and rectangle, fixed at first use (Office.js binds a range when first resolved). */
  target(): RangeTarget {
    if (!this.bound) {
      const found = this.locate();
      if (!found) throw new FakeOfficeError("ItemNotFound", "The requested range does not exist.");
      this.bound = found;
    }
    return this.bound;
  }

  protected exists(): boolean {
    try {
      this.target();
      return true;
    } catch (error) {
      if (error instanceof FakeOfficeError && error.code === "ItemNotFound") return false;
      throw error;
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const { sheet, rect } = this.target();
    switch (name) {
      case "address":
        return qualifiedAddress(sheet.name, rect);
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.columns;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "values":
        return readMatrix(sheet, rect, (cell) => cell?.value ?? "");
      case "formulas":
        return readMatrix(sheet, rect, (cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return readMatrix(sheet, rect, (cell) => cell?.numberFormat ?? "General");
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property '${name}'.`);
    }
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  get values(): (ExcelCellValue | null)[][] {
    return this.loaded("values");
  }
  set values(matrix: (ExcelCellValue | null)[][]) {
    this.queueSet("values", matrix, (batch) => this.writeMatrix(batch, matrix, "values"));
  }

  get formulas(): (ExcelCellValue | null)[][] {
    return this.loaded("formulas");
  }
  set formulas(matrix: (ExcelCellValue | null)[][]) {
    this.queueSet("formulas", matrix, (batch) => this.writeMatrix(batch, matrix, "formulas"));
  }

  get numberFormat(): (ExcelCellValue | null)[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(matrix: (ExcelCellValue | null)[][]) {
    this.queueSet("numberFormat", matrix, (batch) => this.writeMatrix(batch, matrix, "numberFormat"));
  }

  private writeMatrix(batch: Batch, matrix: (ExcelCellValue | null)[][], property: "values" | "formulas" | "numberFormat"): void {
    const { sheet, rect } = this.target();
    checkDimensions(rect, matrix);
    forEachCell(rect, (row, column) => {
      const given = matrix[row - rect.top]![column - rect.left];
      // Office.js leaves a cell unchanged when its entry is null.
      if (given === null || given === undefined) return;
      updateCell(sheet, row, column, (cell) => {
        if (property === "numberFormat") {
          // "" resets to General, as Office.js documents for blank input.
          cell.numberFormat = given === "General" || given === "" ? undefined : String(given);
          return;
        }
        const textFormatted = cell.numberFormat === "@";
        // As Excel: text starting with "=", "+", "-" or "@" (and not a plain number) becomes a formula
        // unless the cell is formatted as Text, so a test catches user text written as a value.
        const isFormula =
          typeof given === "string" && given.length > 1 && /^[=+\-@]/.test(given) && !Number.isFinite(Number(given));
        if (isFormula && (property === "formulas" || !textFormatted)) {
          cell.formula = given.startsWith("=") ? given : `=${given}`;
          cell.value = "";
        } else {
          cell.formula = undefined;
          cell.value = given;
        }
      });
    });
    if (property !== "numberFormat") batch.noteChange(sheet, rect);
  }

  private derived(compute: (rect: CellRect) => CellRect): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      const next = compute(rect);
      if (next.rows < 1 || next.columns < 1 || next.top < 0 || next.left < 0) {
        throw new FakeOfficeError("InvalidArgument", "The resulting range is outside the sheet or empty.");
      }
      if (next.top + next.rows > SHEET_ROWS || next.left + next.columns > SHEET_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "The resulting range is outside the sheet.");
      }
      return { sheet, rect: next };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((r) => ({ top: r.top + row, left: r.left + column, rows: 1, columns: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((r) => ({ ...r, rows: r.rows + deltaRows, columns: r.columns + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((r) => ({ ...r, top: r.top + rowOffset, left: r.left + columnOffset }));
  }

  getColumn(column: number): FakeRange {
    return this.derived((r) => {
      if (column >= r.columns) throw new FakeOfficeError("InvalidArgument", "The column index is outside the range.");
      return { top: r.top, left: r.left + column, rows: r.rows, columns: 1 };
    });
  }

  select(): void {
    this.queue((batch) => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== "Visible") {
        throw new FakeOfficeError("InvalidOperation", `The sheet '${sheet.name}' is hidden; its cells cannot be selected.`);
      }
      batch.state.activeSheetId = sheet.id;
      batch.state.selection = { ...rect };
    }, "setting");
  }

  /** Entire rows shifted down only: the one kind of insert SYSS makes (see insertRows.ts). */
  insert(shift: string): FakeRange {
    this.queue((batch) => {
      const { sheet, rect } = this.target();
      if (shift !== "Down" || rect.left !== 0 || rect.columns !== SHEET_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "The fake inserts entire rows shifted down only.");
      }
      insertWholeRows(batch.state, sheet, rect.top, rect.rows);
      batch.noteChange(sheet, rect, "RowInserted");
    });
    return new FakeRange(this.context, () => this.target());
  }

  clear(applyTo: string = "All"): void {
    this.queue((batch) => {
      const { sheet, rect } = this.target();
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      // Only stored cells can change: a whole-sheet clear must not walk 17 billion empty cells.
      const stored: [number, number][] = [];
      forEachStoredCell(sheet, rect, (row, column) => stored.push([row, column]));
      stored.forEach(([row, column]) => {
        updateCell(sheet, row, column, (cell) => {
          if (contents) {
            cell.value = "";
            cell.formula = undefined;
          }
          if (formats) {
            cell.numberFormat = undefined;
            cell.bold = undefined;
            cell.italic = undefined;
            cell.fontColor = undefined;
            cell.fontSize = undefined;
            cell.fillColor = undefined;
            cell.wrapText = undefined;
          }
        });
      });
      if (contents) batch.noteChange(sheet, rect);
    });
  }
}

function readMatrix(sheet: SheetState, rect: CellRect, read: (cell: CellState | undefined) => ExcelCellValue): ExcelCellValue[][] {
  const out: ExcelCellValue[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: ExcelCellValue[] = [];
    for (let c = 0; c < rect.columns; c++) row.push(read(peekCell(sheet, rect.top + r, rect.left + c)));
    out.push(row);
  }
  return out;
}

function checkDimensions(rect: CellRect, matrix: unknown): void {
  const ok =
    Array.isArray(matrix) &&
    matrix.length === rect.rows &&
    matrix.every((row) => Array.isArray(row) && row.length === rect.columns);
  if (!ok) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.columns}).`,
    );
  }
}

/** The common value of a per-cell property over a range, or null when cells differ (as Office.js reports). */
function uniform<T>(range: FakeRange, read: (cell: CellState | undefined) => T): T | null {
  const { sheet, rect } = range.target();
  let first: T | undefined;
  let seen = false;
  let same = true;
  forEachCell(rect, (row, column) => {
    if (!same) return;
    const value = read(peekCell(sheet, row, column));
    if (!seen) {
      first = value;
      seen = true;
    } else if (JSON.stringify(value) !== JSON.stringify(first)) {
      same = false;
    }
  });
  return same ? (first as T) : null;
}

function setOnCells(range: FakeRange, change: (cell: CellState) => void): void {
  const { sheet, rect } = range.target();
  forEachCell(rect, (row, column) => updateCell(sheet, row, column, change));
}

/**
 * Sets one part of the data validation on every cell of the range. Cells that held the same validation object
 * get the same new one: a table column of thousands of cells shares one object instead of allocating one each
 * (template writes were spending a quarter of their time collecting them). Safe because a cell's validation is
 * only ever replaced, never edited in place; frozen so an edit would fail loudly.
 */
function setValidationPart(range: FakeRange, part: Partial<ValidationState>): void {
  const replaced = new Map<ValidationState | undefined, ValidationState>();
  setOnCells(range, (cell) => {
    let next = replaced.get(cell.validation);
    if (next === undefined) {
      next = Object.freeze({ ...cell.validation, ...part });
      replaced.set(cell.validation, next);
    }
    cell.validation = next;
  });
}

/** Child objects of a range (format, font, fill, validation) bind through their range. */
abstract class RangePart extends FakeClientObject {
  protected readonly range: FakeRange;
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context);
    this.range = range;
  }
  protected exists(): boolean {
    return true;
  }
}

export class FakeRangeFormat extends RangePart implements ExcelRangeFormat {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarNames = ["columnWidth", "wrapText"] as const;
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, range);
    this.font = new FakeRangeFont(context, range);
    this.fill = new FakeRangeFill(context, range);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    if (name === "wrapText") return uniform(this.range, (cell) => cell?.wrapText ?? false);
    const { sheet, rect } = this.range.target();
    const widths = new Set<number>();
    for (let c = rect.left; c < rect.left + rect.columns; c++) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(width: number) {
    this.queueSet("columnWidth", width, () => {
      if (!(width >= 0)) throw new FakeOfficeError("InvalidArgument", "The column width must be a number ≥ 0.");
      const { sheet, rect } = this.range.target();
      for (let c = rect.left; c < rect.left + rect.columns; c++) sheet.columnWidths.set(c, width);
    });
  }

  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.queueSet("wrapText", wrap, () => setOnCells(this.range, (cell) => (cell.wrapText = wrap || undefined)));
  }
}

export class FakeRangeFont extends RangePart implements ExcelRangeFont {
  protected readonly typeName = "RangeFont";
  protected readonly scalarNames = ["bold", "italic", "color", "size"] as const;

  protected readScalar(name: string): unknown {
    if (name === "bold") return uniform(this.range, (cell) => cell?.bold ?? false);
    if (name === "italic") return uniform(this.range, (cell) => cell?.italic ?? false);
    if (name === "size") return uniform(this.range, (cell) => cell?.fontSize ?? DEFAULT_FONT_SIZE);
    return uniform(this.range, (cell) => cell?.fontColor ?? "#000000");
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.queueSet("bold", bold, () => setOnCells(this.range, (cell) => (cell.bold = bold || undefined)));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(italic: boolean) {
    this.queueSet("italic", italic, () => setOnCells(this.range, (cell) => (cell.italic = italic || undefined)));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.queueSet("color", color, () => setOnCells(this.range, (cell) => (cell.fontColor = normalizeColor(color))));
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(size: number) {
    this.queueSet("size", size, () => {
      // Excel takes 1–409 points.
      if (!(size >= 1 && size <= 409)) throw new FakeOfficeError("InvalidArgument", `A font size is 1 to 409 points, not ${size}.`);
      setOnCells(this.range, (cell) => (cell.fontSize = size === DEFAULT_FONT_SIZE ? undefined : size));
    });
  }
}

export class FakeRangeFill extends RangePart implements ExcelRangeFill {
  protected readonly typeName = "RangeFill";
  protected readonly scalarNames = ["color"] as const;

  protected readScalar(): unknown {
    return uniform(this.range, (cell) => cell?.fillColor ?? "#FFFFFF");
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.queueSet("color", color, () => setOnCells(this.range, (cell) => (cell.fillColor = normalizeColor(color))));
  }
  clear(): void {
    this.queue(() => setOnCells(this.range, (cell) => (cell.fillColor = undefined)));
  }
}

function normalizeColor(color: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw new FakeOfficeError("InvalidArgument", `'${color}' is not a colour of the form #RRGGBB.`);
  }
  return color.toUpperCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Data validation

const RULE_TYPES: Record<string, string> = {
  custom: "Custom",
  date: "Date",
  decimal: "Decimal",
  list: "List",
  textLength: "TextLength",
  wholeNumber: "WholeNumber",
};

/** Checks a rule the way Excel rejects malformed ones, and stores a JSON copy (dates as ISO text). */
function storeRule(rule: ExcelValidationRule): StoredRule {
  const keys = Object.keys(rule).filter((key) => (rule as Record<string, unknown>)[key] !== undefined);
  if (keys.length !== 1 || !(keys[0]! in RULE_TYPES)) {
    throw new FakeOfficeError("InvalidArgument", "A data-validation rule must set exactly one rule type.");
  }
  const kind = keys[0]!;
  const body = (rule as Record<string, Record<string, unknown>>)[kind]!;
  if (kind === "list") {
    if (typeof body.source !== "string") {
      throw new FakeOfficeError("NotImplemented", "The fake accepts list sources given as text only.");
    }
    if (body.source.trim() === "") throw new FakeOfficeError("InvalidArgument", "A list rule needs a source.");
  } else if (kind === "custom") {
    if (typeof body.formula !== "string" || body.formula === "") {
      throw new FakeOfficeError("InvalidArgument", "A custom rule needs a formula.");
    }
  } else {
    if (body.formula1 === undefined || body.operator === undefined) {
      throw new FakeOfficeError("InvalidArgument", `A ${kind} rule needs formula1 and an operator.`);
    }
    const needsSecond = body.operator === "Between" || body.operator === "NotBetween";
    if (needsSecond && body.formula2 === undefined) {
      throw new FakeOfficeError("InvalidArgument", `The operator ${String(body.operator)} needs formula2.`);
    }
    for (const key of ["formula1", "formula2"]) {
      const value = body[key];
      if (value !== undefined && typeof value === "object" && !(value instanceof Date)) {
        throw new FakeOfficeError("NotImplemented", "The fake accepts validation bounds as text, numbers or dates.");
      }
    }
  }
  checkValidationFormulas(body);
  return frozenData(rule) as unknown as StoredRule;
}

/** Excel refuses validation formulas (list sources, custom formulas, bounds) over its 255-character limit. */
function checkValidationFormulas(body: Record<string, unknown>): void {
  for (const key of ["source", "formula", "formula1", "formula2"]) {
    const value = body[key];
    if (typeof value === "string" && value.length > EXCEL_LIMITS.validationFormula) {
      throw new FakeOfficeError("InvalidArgument", `The data-validation ${key} is ${value.length} characters, over ${EXCEL_LIMITS.validationFormula}.`);
    }
  }
}

/** As Excel: an over-long title or message is rejected with InvalidArgument ([MS-OI29500] 2.1.613, excelLimits.ts). */
function checkValidationTexts(texts: Parameters<typeof validationTextProblem>[0]): void {
  const problem = validationTextProblem(texts);
  if (problem) throw new FakeOfficeError("InvalidArgument", `Data validation: ${problem}.`);
}

export class FakeDataValidation extends RangePart implements ExcelDataValidation {
  protected readonly typeName = "DataValidation";
  protected readonly scalarNames = ["rule", "type", "errorAlert", "prompt", "ignoreBlanks"] as const;

  protected readScalar(name: string): unknown {
    switch (name) {
      case "rule":
        return uniform(this.range, (cell) => cell?.validation?.rule ?? {});
      case "type": {
        const kind = uniform(this.range, (cell) => {
          const rule = cell?.validation?.rule;
          return rule ? RULE_TYPES[Object.keys(rule)[0]!]! : "None";
        });
        return kind ?? "Inconsistent";
      }
      case "errorAlert":
        return uniform(this.range, (cell) => cell?.validation?.errorAlert ?? null);
      case "prompt":
        return uniform(this.range, (cell) => cell?.validation?.prompt ?? null);
      default:
        return uniform(this.range, (cell) => cell?.validation?.ignoreBlanks ?? true);
    }
  }

  get type(): string {
    return this.loaded("type");
  }

  get rule(): ExcelValidationRule {
    return this.loaded("rule");
  }
  set rule(rule: ExcelValidationRule) {
    this.queueSet("rule", rule, () => {
      const stored = storeRule(rule);
      // Cells share one frozen copy: rules are replaced, never edited in place.
      setValidationPart(this.range, { rule: stored });
    });
  }

  get errorAlert(): ValidationErrorAlert {
    return this.loaded("errorAlert");
  }
  set errorAlert(alert: ValidationErrorAlert) {
    this.queueSet("errorAlert", alert, () => {
      checkValidationTexts({ errorTitle: alert.title, error: alert.message });
      const stored = frozenData({ ...alert });
      setValidationPart(this.range, { errorAlert: stored });
    });
  }

  get prompt(): ValidationPrompt {
    return this.loaded("prompt");
  }
  set prompt(prompt: ValidationPrompt) {
    this.queueSet("prompt", prompt, () => {
      checkValidationTexts({ promptTitle: prompt.title, prompt: prompt.message });
      const stored = frozenData({ ...prompt });
      setValidationPart(this.range, { prompt: stored });
    });
  }

  get ignoreBlanks(): boolean {
    return this.loaded("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.queueSet("ignoreBlanks", ignore, () => setValidationPart(this.range, { ignoreBlanks: ignore }));
  }

  clear(): void {
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      const validated: [number, number][] = [];
      forEachStoredCell(sheet, rect, (row, column, cell) => {
        if (cell.validation) validated.push([row, column]);
      });
      validated.forEach(([row, column]) => updateCell(sheet, row, column, (cell) => (cell.validation = undefined)));
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Conditional formats (custom-formula kind only: that is all SYSS writes)

class FakeClientResult<T> implements ExcelClientResult<T> {
  private resolved = false;
  private stored: T | undefined;
  set(value: T): void {
    this.stored = value;
    this.resolved = true;
  }
  get value(): T {
    if (!this.resolved) throw propertyNotLoaded("ClientResult", "value");
    return this.stored as T;
  }
}

export class FakeConditionalFormatCollection extends RangePart implements ExcelConditionalFormatCollection {
  protected readonly typeName = "ConditionalFormatCollection";
  protected readonly scalarNames = [] as const;

  protected readScalar(): unknown {
    return undefined;
  }

  add(type: string): FakeConditionalFormat {
    const holder: { state?: ConditionalFormatState; sheet?: SheetState } = {};
    this.queue(() => {
      if (type !== "Custom") throw new FakeOfficeError("NotImplemented", `The fake supports only custom conditional formats, not ${type}.`);
      const { sheet, rect } = this.range.target();
      const state: ConditionalFormatState = { id: nextConditionalFormatId(sheet), rect: { ...rect }, type, formula: "" };
      sheet.conditionalFormats.push(state);
      holder.state = state;
      holder.sheet = sheet;
    });
    return new FakeConditionalFormat(this.context, () => {
      if (!holder.state || !holder.sheet?.conditionalFormats.includes(holder.state)) {
        throw new FakeOfficeError("ItemNotFound", "The conditional format no longer exists.");
      }
      return holder.state;
    });
  }

  /** Removes every conditional format that overlaps the range (Excel trims partial overlaps; the fake drops them). */
  clearAll(): void {
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !intersection(format.rect, rect));
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queue((batch) => {
      const { sheet, rect } = this.range.target();
      const count = sheet.conditionalFormats.filter((format) => intersection(format.rect, rect)).length;
      batch.onSuccess(() => result.set(count));
    }, "read");
    return result;
  }
}

function nextConditionalFormatId(sheet: SheetState): number {
  return sheet.conditionalFormats.reduce((max, format) => Math.max(max, format.id), 0) + 1;
}

export class FakeConditionalFormat extends FakeClientObject implements ExcelConditionalFormat {
  protected readonly typeName = "ConditionalFormat";
  protected readonly scalarNames = ["type"] as const;
  readonly custom: ExcelCustomConditionalFormat;
  private readonly locate: () => ConditionalFormatState;

  constructor(context: FakeRequestContext, locate: () => ConditionalFormatState) {
    super(context);
    this.locate = locate;
    const update = (change: (state: ConditionalFormatState) => void): void =>
      context.enqueue({ kind: "write", run: () => change(this.locate()) });
    let formula = "";
    let fill = "";
    let fontColor = "";
    let bold = false;
    this.custom = {
      rule: {
        get formula() {
          return formula;
        },
        set formula(text: string) {
          formula = text;
          update((state) => (state.formula = text));
        },
      },
      format: {
        fill: {
          get color() {
            return fill;
          },
          set color(color: string) {
            fill = color;
            update((state) => (state.fillColor = normalizeColor(color)));
          },
        },
        font: {
          get color() {
            return fontColor;
          },
          set color(color: string) {
            fontColor = color;
            update((state) => (state.fontColor = normalizeColor(color)));
          },
          get bold() {
            return bold;
          },
          set bold(value: boolean) {
            bold = value;
            update((state) => (state.bold = value));
          },
        },
      },
    };
  }

  protected exists(): boolean {
    return true;
  }
  protected readScalar(): unknown {
    return this.locate().type;
  }
}
