/**
 * `Range.insert("Down")` on entire rows, as Excel does it for everything the fake stores: cells (values,
 * formulas, number formats, fonts, fills, validation) below the insert move down; tables and conditional
 * formats below move, and ones the insert cuts through grow; A1 references to moved cells are rewritten in
 * cell formulas, defined names and validation formulas, on every sheet. Inserted rows are blank (the fake does
 * not copy the row above's format; the add-in clears it anyway).
 *
 * Not modelled: charts (none sits on a sheet SYSS inserts rows in), frozen panes, whole-row/column references
 * (`5:5`, `A:A`) and R1C1 text; structured references (`Table[Column]`) need no change.
 */
import { SHEET_ROWS, columnIndex, type CellRect } from "../../domain/common/a1";
import { FakeOfficeError } from "./errors";
import { cellKey, keyColumn, keyRow, type SheetState, type StoredRule, type WorkbookState } from "./state";

export function insertWholeRows(state: WorkbookState, sheet: SheetState, at: number, count: number): void {
  for (const key of sheet.cells.keys()) {
    const row = keyRow(key);
    if (row + count >= SHEET_ROWS) {
      // Excel: "To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet."
      throw new FakeOfficeError("InvalidOperation", "Inserting rows would push non-blank cells off the worksheet.");
    }
  }
  // Re-keyed in place: other fake objects hold this map.
  const entries = [...sheet.cells];
  sheet.cells.clear();
  for (const [key, cell] of entries) {
    const row = keyRow(key);
    sheet.cells.set(cellKey(row >= at ? row + count : row, keyColumn(key)), cell);
  }

  for (const table of state.tables) if (table.sheetId === sheet.id) table.rect = shiftRect(table.rect, at, count);
  for (const format of sheet.conditionalFormats) format.rect = shiftRect(format.rect, at, count);

  const rewrite = (formula: string, home: SheetState | undefined): string => shiftReferences(formula, sheet.name, at, count, home?.name);
  for (const name of state.names.values()) name.formula = rewrite(name.formula, undefined);
  for (const each of state.sheets) {
    for (const name of each.names.values()) name.formula = rewrite(name.formula, each);
    for (const format of each.conditionalFormats) format.formula = rewrite(format.formula, each);
    // Cells share their frozen rule objects (range.ts): rewrite each distinct rule once and keep sharing it,
    // replacing the validation object rather than editing it (snapshots share these objects too).
    const rewrittenRules = new Map<StoredRule, StoredRule>();
    each.cells.touch();
    for (const cell of each.cells.values()) {
      if (cell.formula !== undefined) cell.formula = rewrite(cell.formula, each);
      const rule = cell.validation?.rule;
      if (rule) {
        let rewritten = rewrittenRules.get(rule);
        if (!rewritten) {
          rewritten = Object.freeze(rewriteStrings(rule, (text) => rewrite(text, each)));
          rewrittenRules.set(rule, rewritten);
        }
        cell.validation = { ...cell.validation, rule: rewritten };
      }
    }
  }
}

/** A rectangle after inserting `count` rows at `at`: moved when below, grown when the insert cuts through it. */
export function shiftRect(rect: CellRect, at: number, count: number): CellRect {
  if (rect.top >= at) return { ...rect, top: rect.top + count };
  if (rect.top + rect.rows > at) return { ...rect, rows: rect.rows + count };
  return rect;
}

function rewriteStrings<T>(value: T, rewrite: (text: string) => string): T {
  if (typeof value === "string") return (value.startsWith("=") ? rewrite(value) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => rewriteStrings(item, rewrite)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteStrings(item, rewrite)])) as T;
  }
  return value;
}

// An optional sheet prefix, then a cell or a cell range; not inside a name, not a function call (LOG10().
// A quoted sheet name never starts right after another quote: without that, a long run of quotes made every
// start position scan to its end (quadratic; test/hardening/regex-linear.test.ts).
const REFERENCE =
  /(?<![A-Za-z0-9_.$])((?:(?<!')'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?)(\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?)(\d{1,7}))?(?![A-Za-z0-9_(!])/g;

/**
 * Rewrites the A1 references of `formula` that point at rows of `sheet` at or below `at`. References without a
 * sheet prefix count as `home`'s (a cell's own sheet); `home` undefined (workbook names) needs a prefix.
 * Text in double quotes and structured references in brackets are left alone.
 */
export function shiftReferences(formula: string, sheet: string, at: number, count: number, home: string | undefined): string {
  let out = "";
  let plain = "";
  const flush = (): void => {
    out += plain.replace(REFERENCE, (match: string, prefix: string | undefined, column1: string, row1: string, column2?: string, row2?: string) => {
      const target = prefix ? unquote(prefix.slice(0, -1)) : home;
      if (target === undefined || target.toLowerCase() !== sheet.toLowerCase()) return match;
      if (columnIndex(column1.replace(/\$/g, "")) < 0) return match;
      const top = Number(row1) - 1;
      const bottom = row2 === undefined ? top : Number(row2) - 1;
      const rect = shiftRect({ top, left: 0, rows: bottom - top + 1, columns: 1 }, at, count);
      const first = `${column1}${rect.top + 1}`;
      return `${prefix ?? ""}${first}${column2 === undefined ? "" : `:${column2}${rect.top + rect.rows}`}`;
    });
    plain = "";
  };
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i]!;
    if (depth === 0 && char === '"') {
      flush();
      const end = closingQuote(formula, i);
      out += formula.slice(i, end + 1);
      i = end;
      continue;
    }
    if (char === "[") {
      if (depth === 0) flush();
      depth++;
    }
    if (depth > 0) {
      out += char;
      if (char === "]") depth--;
      continue;
    }
    plain += char;
  }
  flush();
  return out;
}

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  return text.length - 1;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
