/**
 * What SYSS recognises in a workbook, for support: the template version, the template's sheets and tables
 * (with their ranges and missing or renamed columns), sheets SYSS knows nothing about, and formula cells on
 * SYSS's sheets that SYSS did not put there. The same facts for `syss doctor` (read with ExcelJS) and the
 * task pane's "Om SYSS" section (read with Office.js): both adapters hand over a WorkbookShape.
 *
 * Only names, addresses and counts leave this module, never a cell's value: the result goes into support
 * e-mails, and cells may hold personal data.
 */
import { bottomRow, parseCell, rightColumn, tryParseRect } from "../common/a1";
import { SHEETS } from "./names";
import { TEMPLATE, TEMPLATE_VERSION } from "./template";
import type { TableSpec } from "./types";

export interface ShapeTable {
  readonly name: string;
  readonly sheet: string;
  /** The table's range including the header row, A1 without sheet, e.g. "A1:AA12". */
  readonly range: string;
  readonly headers: readonly string[];
}

/** A cell holding a formula: sheet, A1 address and the formula as typed (en-US, starting with "="). */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
}

/** The workbook as plain data, as far as the diagnosis needs it. */
export interface WorkbookShape {
  readonly markerVersion: string | null;
  readonly sheets: readonly string[];
  readonly tables: readonly ShapeTable[];
  /** Formula cells of the template's sheets (other sheets' formulas are their owner's business). */
  readonly formulas: readonly FormulaCell[];
}

export interface TableDiagnosis {
  readonly name: string;
  readonly sheet: string;
  /** The sheet the template puts it on (differs from `sheet` when the table was moved). */
  readonly expectedSheet: string;
  readonly range: string;
  /** Template headers the table lacks (a renamed one is listed under `renamedColumns` instead). */
  readonly missingColumns: readonly string[];
  /** The table's own headers the template does not know. */
  readonly unknownColumns: readonly string[];
  /** A template header whose place holds an unknown header: most likely renamed. */
  readonly renamedColumns: readonly { readonly expected: string; readonly found: string }[];
}

export interface WorkbookDiagnosis {
  /** Whether this looks like a SYSS workbook at all (a version marker or one of the template's tables). */
  readonly recognised: boolean;
  readonly templateVersion: string | null;
  /** The template version this SYSS writes. */
  readonly currentTemplateVersion: string;
  /** "supplier" when every sheet left out of the supplier version is absent. */
  readonly variant: "procurer" | "supplier" | null;
  readonly sheets: {
    readonly template: readonly string[];
    readonly missing: readonly string[];
    /** Sheets the task pane writes on request (Validering, Kalkyl, Beslutsunderlag). */
    readonly added: readonly string[];
    /** Sheets SYSS knows nothing about. */
    readonly foreign: readonly string[];
  };
  readonly tables: readonly TableDiagnosis[];
  readonly missingTables: readonly string[];
  /** Tables that are not the template's (a user's own), by name, sheet and range. */
  readonly otherTables: readonly { readonly name: string; readonly sheet: string; readonly range: string }[];
  /**
   * Formula cells on the template's sheets that are not the template's formula at that place: a user's own
   * formula, or a template formula that was changed. Sheet-qualified addresses, at most FORMULA_LIST_LIMIT.
   */
  readonly foreignFormulas: { readonly count: number; readonly cells: readonly string[] };
}

/** Sheets the task pane writes on request; the names agree with their writers (a test checks). */
export const PANE_SHEETS = ["Validering", "Kalkyl", "Beslutsunderlag"] as const;

export const FORMULA_LIST_LIMIT = 50;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * A formula in one comparable form, whoever wrote it: Excel shows `[@Col]` where the template writes
 * `Table[[#This Row],[Col]]`, files carry `_xlfn.` prefixes, spacing and case do not matter.
 */
export function normaliseFormula(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/_xl(?:fn|ws|pm)\./gi, "")
    .replace(/\[#This Row\],\s*/gi, "@")
    // Each match starts only where a name starts and stops at the next bracket, so a long run of
    // letters or brackets is scanned once (linear time; test/hardening/regex-linear.test.ts).
    .replace(/(?<![\p{L}\p{N}_.])[\p{L}_][\p{L}\p{N}_.]*\[@/gu, "[@")
    .replace(/\[@\[([^[\]]*)\]\]/g, "[@$1]")
    .replace(/\s+/g, "")
    .toUpperCase();
}

function diagnoseTable(spec: TableSpec, found: ShapeTable): TableDiagnosis {
  const known = (header: string) => spec.columns.some((column) => same(column.header, header));
  const present = (header: string) => found.headers.some((h) => same(h, header));
  const renamedColumns: { expected: string; found: string }[] = [];
  spec.columns.forEach((column, index) => {
    const at = found.headers[index];
    if (!present(column.header) && at !== undefined && !known(at)) renamedColumns.push({ expected: column.header, found: at });
  });
  const renamed = (header: string) => renamedColumns.some((pair) => pair.expected === header || pair.found === header);
  return {
    name: found.name,
    sheet: found.sheet,
    expectedSheet: spec.sheet,
    range: found.range,
    missingColumns: spec.columns.map((column) => column.header).filter((header) => !present(header) && !renamed(header)),
    unknownColumns: found.headers.filter((header) => !known(header) && !renamed(header)),
    renamedColumns,
  };
}

/** Where the template owns a formula: fixed cells by address, calculated columns by table body column. */
function isTemplateFormula(cell: FormulaCell, tables: readonly ShapeTable[]): boolean {
  const wanted = normaliseFormula(cell.formula);
  const fixed = TEMPLATE.cells.find((spec) => spec.formula !== undefined && same(spec.sheet, cell.sheet) && same(spec.address, cell.address));
  if (fixed) return normaliseFormula(fixed.formula!) === wanted;
  const at = parseCell(cell.address);
  if (!at) return false;
  for (const table of tables) {
    const spec = TEMPLATE.tables.find((candidate) => same(candidate.name, table.name));
    const box = tryParseRect(table.range);
    if (!spec || !box || !same(table.sheet, cell.sheet)) continue;
    if (at.row0 <= box.top || at.row0 > bottomRow(box) || at.column0 < box.left || at.column0 > rightColumn(box)) continue;
    const header = table.headers[at.column0 - box.left];
    const column = spec.columns.find((candidate) => header !== undefined && same(candidate.header, header));
    return column?.formula !== undefined && normaliseFormula(column.formula) === wanted;
  }
  return false;
}

export function diagnoseWorkbook(shape: WorkbookShape): WorkbookDiagnosis {
  const templateSheets = TEMPLATE.sheets.map((sheet) => sheet.name);
  const templateTables = new Map(TEMPLATE.tables.map((spec) => [spec.name.toLowerCase(), spec]));
  const ourTables = shape.tables.filter((table) => templateTables.has(table.name.toLowerCase()));
  const recognised = shape.markerVersion !== null || ourTables.length > 0;
  const has = (name: string) => shape.sheets.some((sheet) => same(sheet, name));
  const procurerOnly = TEMPLATE.sheets.filter((sheet) => !sheet.inSupplierVersion).map((sheet) => sheet.name);
  const variant = !recognised ? null : procurerOnly.every((name) => !has(name)) ? "supplier" : "procurer";
  const expectedSheets = TEMPLATE.sheets.filter((sheet) => variant !== "supplier" || sheet.inSupplierVersion).map((sheet) => sheet.name);
  const isTemplateSheet = (name: string) => templateSheets.some((sheet) => same(sheet, name));
  const isPaneSheet = (name: string) => PANE_SHEETS.some((sheet) => same(sheet, name));
  const foreign = shape.formulas.filter((cell) => isTemplateSheet(cell.sheet) && !isTemplateFormula(cell, ourTables));
  const expectedTables = TEMPLATE.tables.filter((spec) => variant !== "supplier" || expectedSheets.includes(spec.sheet));
  return {
    recognised,
    templateVersion: shape.markerVersion,
    currentTemplateVersion: TEMPLATE_VERSION,
    variant,
    sheets: {
      template: shape.sheets.filter(isTemplateSheet),
      missing: recognised ? expectedSheets.filter((name) => !has(name)) : [],
      added: shape.sheets.filter(isPaneSheet),
      foreign: shape.sheets.filter((name) => !isTemplateSheet(name) && !isPaneSheet(name)),
    },
    tables: ourTables.map((table) => diagnoseTable(templateTables.get(table.name.toLowerCase())!, table)),
    missingTables: recognised ? expectedTables.filter((spec) => !ourTables.some((t) => same(t.name, spec.name))).map((spec) => spec.name) : [],
    otherTables: shape.tables.filter((table) => !templateTables.has(table.name.toLowerCase())).map(({ name, sheet, range }) => ({ name, sheet, range })),
    foreignFormulas: {
      count: foreign.length,
      cells: foreign.slice(0, FORMULA_LIST_LIMIT).map((cell) => `${cell.sheet}!${cell.address}`),
    },
  };
}

/** The sheets whose formulas the diagnosis looks at (adapters read only these). */
export const DIAGNOSED_SHEETS: readonly string[] = Object.values(SHEETS);
