/**
 * Limits Excel enforces on what SYSS writes, as data and small predicates. Excel "repairs" (drops) parts
 * of a file that break them, and Office.js rejects them with InvalidArgument; other writers refuse them.
 * The sources are listed in docs/excel.md; the conformance checker (test/support/xlsx-conformance.ts) and
 * the Excel fake apply these same limits.
 */
import { SHEET_COLUMNS, SHEET_ROWS, columnIndex } from "../common/a1";

export const EXCEL_LIMITS = {
  /** [MS-OI29500] 2.1.613 d/e (dataValidation @errorTitle, @promptTitle). */
  validationTitle: 32,
  /** [MS-OI29500] 2.1.613 a (dataValidation @prompt, after decoding). */
  validationPrompt: 255,
  /** [MS-OI29500] 2.1.613 c says 224 for @error ([MS-XLSB] DValStrings says 225): the stricter one. */
  validationError: 224,
  /** A data-validation formula (list source, custom formula, bound): Excel's 255-character formula limit for validation. */
  validationFormula: 255,
  /** Worksheet names: 1–31 characters ([MS-OI29500] sheet @name; Excel specifications and limits). */
  sheetName: 31,
  /** Defined and table names ([MS-OI29500] definedName @name; Excel specifications and limits). */
  name: 255,
  /** A table column's name, the header cell's text ([MS-OI29500] 2.1.681 a, tableColumn @name). */
  tableColumnName: 255,
  /** A cell formula's length (Excel specifications and limits). */
  formula: 8192,
  /** Characters in one cell (Excel specifications and limits). */
  cellText: 32_767,
  /** Unique cell formats (cellXfs) in a workbook (Excel specifications and limits). */
  cellFormats: 64_000,
} as const;

/** Characters a worksheet name may not contain. */
export const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/;

/** Why a worksheet name is not allowed, or undefined when it is. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return "empty";
  if (name.length > EXCEL_LIMITS.sheetName) return `longer than ${EXCEL_LIMITS.sheetName} characters`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return "contains one of \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved by Excel";
  return undefined;
}

/**
 * True when `text` reads as a cell reference in A1 style (up to column XFD, row 1 048 576) or R1C1 style
 * (R, C, R1, C1, RC, R1C1, …): Excel does not accept such text as a defined or table name.
 */
export function isCellReference(text: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(text);
  if (a1) {
    const row = Number(a1[2]);
    if (columnIndex(a1[1]!) < SHEET_COLUMNS && row >= 1 && row <= SHEET_ROWS) return true;
  }
  return /^[Rr]\d*([Cc]\d*)?$/.test(text) || /^[Cc]\d*$/.test(text);
}

/** Why a defined or table name is not allowed, or undefined when it is. */
export function definedNameProblem(name: string): string | undefined {
  if (name.length === 0) return "empty";
  if (name.length > EXCEL_LIMITS.name) return `longer than ${EXCEL_LIMITS.name} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "must start with a letter, _ or \\ and hold only letters, digits, _ . and \\";
  if (isCellReference(name)) return "reads as a cell reference";
  if (/^(TRUE|FALSE)$/i.test(name)) return "is a logical value";
  return undefined;
}

/** Why a data-validation's texts are not allowed, or undefined when they are. */
export function validationTextProblem(texts: {
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
}): string | undefined {
  const checks: readonly [keyof typeof texts, number][] = [
    ["promptTitle", EXCEL_LIMITS.validationTitle],
    ["errorTitle", EXCEL_LIMITS.validationTitle],
    ["prompt", EXCEL_LIMITS.validationPrompt],
    ["error", EXCEL_LIMITS.validationError],
  ];
  for (const [key, limit] of checks) {
    const text = texts[key];
    if (text !== undefined && text.length > limit) return `${key} "${text}" is ${text.length} characters, over ${limit}`;
  }
  return undefined;
}
