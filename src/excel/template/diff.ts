/**
 * The template diff: from the plan and what the workbook already holds (Inventory), either the precise
 * conflicts that stop the apply (nothing is written then), or the ordered list of writes. Pure code, no Office
 * objects, so every rule here is unit-testable.
 *
 * What regeneration keeps and what it owns:
 * - user-owned, never rewritten: data rows of existing tables (except calculated columns), filled Avtal value
 *   cells, every cell outside the template's cells;
 * - template-owned, rewritten to the current version: headers/labels/help texts, fixed cells (Sammanställning,
 *   Samhällsekonomi, Listor), calculated-column formulas, number formats, data validation, conditional formats,
 *   defined names, sheet layout, the version marker;
 * - added when missing: sheets, tables, table columns (at their template position), Parametrar keys.
 */
import type { TablePlan, TemplatePlan } from "../../domain/followup/types";
import { excelText, type ExcelTextKey } from "../../domain/i18n/excel";
import type { CellValue } from "../host/api";
import { bottomRow, cellName, columnLetter, formatRect, intersects, parseRect, rightColumn, type CellRect } from "../host/a1";
import type { ExistingTable, Inventory, SheetContent } from "./inventory";
import { toCellValue } from "../host/officeValues";
import { FORM_HEADERS } from "../../domain/followup/names";
import { formerHeadersOf } from "../../domain/followup/formerHeaders";
import type { TemplateConflict, TemplateDiff } from "./vocabulary";
import { isParameterTable, lower, same, type TableWork } from "./tableWork";
import { writesFor } from "./writePlan";
import { rowShiftFor, shiftedRow, type RowShift } from "./rowShift";
import { isContractSeededTable, parameterValueChange, tableRowChanges, type LeftoverRows, type TemplateChange } from "./contractChanges";

export type { ApplySummary, TemplateConflict, TemplateDiff, WriteOp } from "./vocabulary";

class ContentReader {
  /** `shift`: rows the apply inserts first; the reader then answers in the coordinates after the insert. */
  constructor(
    private readonly content: SheetContent | undefined,
    private readonly shift?: RowShift,
  ) {}

  /** The formula or constant at a cell, "" when empty or not loaded. */
  at(row: number, column: number): CellValue {
    const before = shiftedRow(row, this.shift);
    return before === undefined ? "" : this.before(before, column);
  }

  /** The same, in the coordinates the workbook has before the apply. */
  before(row: number, column: number): CellValue {
    const used = this.content?.used;
    const formulas = this.content?.formulas;
    if (!used || !formulas) return "";
    const r = row - used.top;
    const c = column - used.left;
    if (r < 0 || c < 0 || r >= used.rows || c >= used.columns) return "";
    return formulas[r]?.[c] ?? "";
  }

  /** The first filled cell inside `rect`, if any. */
  firstFilled(rect: CellRect): string | undefined {
    const used = this.content?.used;
    if (!used || (!this.shift && !intersects(used, rect))) return undefined;
    for (let row = rect.top; row <= bottomRow(rect); row++) {
      for (let column = rect.left; column <= rightColumn(rect); column++) {
        if (this.at(row, column) !== "") return cellName(row, column);
      }
    }
    return undefined;
  }
}

function conflict(code: ExcelTextKey, sheet: string, address: string, values: Record<string, string | number>): TemplateConflict {
  return { code, sheet, address, message: excelText(code, { sheet, address, ...values }) };
}

/** Compares dotted version numbers ("1.10.0" > "1.9.2"); non-numeric parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function display(value: CellValue | null | undefined): string {
  const text = String(value ?? "");
  return text.length > 40 ? `"${text.slice(0, 37)}…"` : `"${text}"`;
}

/**
 * `accepted`: ids of the contract changes (contractChanges.ts) the user accepted after a preview; every other
 * change is only reported.
 */
export function diffTemplate(plan: TemplatePlan, inventory: Inventory, accepted: ReadonlySet<string> = new Set()): TemplateDiff {
  const conflicts: TemplateConflict[] = [];
  const changes: { proposed: TemplateChange[]; applied: TemplateChange[]; leftovers: LeftoverRows[] } = { proposed: [], applied: [], leftovers: [] };
  const ours = inventory.markerVersion !== null;
  const existingSheet = (name: string): string | undefined => inventory.sheets.find((s) => same(s.name, name))?.name;
  const existingTable = (name: string): ExistingTable | undefined => inventory.tables.find((t) => same(t.name, name));
  // Rows the apply inserts above a table the form above it pushed down (template/rowShift.ts), by sheet.
  const shifts = new Map<string, RowShift>();
  const reader = (sheet: string): ContentReader => new ContentReader(inventory.content.get(lower(sheet)), shifts.get(lower(sheet)));
  const planTableNames = new Set(plan.tables.map((t) => lower(t.spec.name)));

  // 0. Never downgrade: an older add-in would rewrite a newer template's formulas and rules with its own.
  if (inventory.markerVersion !== null && compareVersions(inventory.markerVersion, plan.version) > 0) {
    return {
      kind: "conflicts",
      conflicts: [conflict("newerTemplate", "", "", { found: inventory.markerVersion, version: plan.version })],
    };
  }

  // 1. Name clashes: tables and defined names share one namespace in Excel.
  for (const table of plan.tables) {
    const found = existingTable(table.spec.name);
    if (found && !same(found.sheet, table.spec.sheet)) {
      conflicts.push(
        conflict("tableOnOtherSheet", found.sheet, found.rect ? formatRect(found.rect) : "", {
          table: table.spec.name,
          actualSheet: found.sheet,
          sheet: table.spec.sheet,
        }),
      );
    }
    const name = inventory.names.find((n) => same(n.name, table.spec.name));
    if (name) conflicts.push(conflict("nameBlocksTable", table.spec.sheet, "", { table: table.spec.name, formula: name.formula }));
  }
  for (const name of plan.names) {
    const found = existingTable(name.name);
    if (found && !planTableNames.has(lower(name.name))) {
      conflicts.push(conflict("tableBlocksName", found.sheet, "", { table: found.name, actualSheet: found.sheet }));
    }
  }

  // 2. Tables: where they go, what is in the way, what must be added.
  const work: TableWork[] = [];
  for (const table of plan.tables) {
    const planned = parseRect(table.range);
    const sheet = existingSheet(table.spec.sheet);
    const found = existingTable(table.spec.name);
    const content = sheet ? inventory.content.get(lower(sheet)) : undefined;
    if (found && sheet && same(found.sheet, sheet) && found.rect && found.headers) {
      const shift = (rect: CellRect): RowShift | undefined => {
        if (shifts.has(lower(sheet))) return undefined; // one insert per sheet; a second table cannot be proven safe
        const read = new ContentReader(content);
        const result = rowShiftFor({
          plan,
          table,
          found: { ...found, rect },
          planned,
          tables: inventory.tables,
          used: content?.used ?? null,
          at: (row, column) => read.before(row, column),
          templateTexts: new Map(templateTexts(plan, table.spec.sheet)),
        });
        if (result) shifts.set(lower(sheet), result);
        return result;
      };
      const tableWork = existingTableWork(table, found, planned, content, conflicts, shift, accepted, changes);
      if (tableWork) work.push(tableWork);
      continue;
    }
    if (found) continue; // on another sheet: reported above
    if (sheet) {
      const occupied = reader(sheet).firstFilled(planned);
      if (occupied) {
        conflicts.push(
          conflict("tableAreaOccupied", sheet, occupied, { table: table.spec.name, range: formatRect(planned) }),
        );
      }
      const overlapping = inventory.tables.find((t) => same(t.sheet, sheet) && t.rect && intersects(t.rect, planned));
      if (overlapping) {
        conflicts.push(
          conflict("tableOverlapsTable", sheet, formatRect(overlapping.rect!), {
            table: table.spec.name,
            other: overlapping.name,
            range: formatRect(planned),
          }),
        );
      }
    }
    work.push({ plan: table, isNew: true, rect: planned, inserts: [], renames: [], appendRows: [] });
  }

  // 3. A sheet with our name in a workbook SYSS did not make: refuse to overwrite different content.
  if (!ours) {
    for (const sheetSpec of plan.sheets) {
      const sheet = existingSheet(sheetSpec.name);
      if (!sheet) continue;
      const read = reader(sheet);
      for (const [address, expected] of templateTexts(plan, sheetSpec.name)) {
        const rect = parseRect(address);
        const found = read.at(rect.top, rect.left);
        if (found !== "" && String(found) !== String(expected)) {
          conflicts.push(
            conflict("foreignContent", sheet, address, { found: display(found), expected: display(expected) }),
          );
          break; // one precise cell per sheet is enough to act on
        }
      }
    }
  }

  if (conflicts.length > 0) return { kind: "conflicts", conflicts };
  return { kind: "writes", ...writesFor(plan, inventory, work, existingSheet, reader, [...shifts.values()], accepted, changes) };
}

/** Checks an existing table against the plan: same origin, template columns in template order, room to grow. */
function existingTableWork(
  table: TablePlan,
  found: ExistingTable,
  planned: CellRect,
  content: SheetContent | undefined,
  conflicts: TemplateConflict[],
  shiftDown: (rect: CellRect) => RowShift | undefined,
  accepted: ReadonlySet<string>,
  changes: { proposed: TemplateChange[]; applied: TemplateChange[]; leftovers: LeftoverRows[] },
): TableWork | undefined {
  let rect = found.rect!;
  const sheet = found.sheet;
  const name = table.spec.name;
  const shift = rect.top !== planned.top || rect.left !== planned.left ? shiftDown(rect) : undefined;
  // Form fields added above the table: rows are inserted first, and the table is then where the plan wants it.
  if (shift) rect = { ...rect, top: rect.top + shift.count };
  if (rect.top !== planned.top || rect.left !== planned.left) {
    conflicts.push(
      conflict("tableMoved", sheet, formatRect(rect), {
        table: name,
        actual: cellName(rect.top, rect.left),
        expected: cellName(planned.top, planned.left),
      }),
    );
    return undefined;
  }
  const headers = [...found.headers!];
  const inserts: { index: number; header: string }[] = [];
  const renames: { index: number; from: string; header: string }[] = [];
  for (const [index, column] of table.spec.columns.entries()) {
    if (headers[index] !== undefined && same(headers[index]!, column.header)) continue;
    const current = headers[index];
    // The column under the header an older template version gave it: renamed in place, its cells kept.
    if (current !== undefined && formerHeadersOf(column.header).some((former) => same(former, current))) {
      renames.push({ index, from: current, header: column.header });
      headers[index] = column.header;
      continue;
    }
    const known = (header: string): boolean => table.spec.columns.some((c) => same(c.header, header));
    if (current !== undefined && !known(current) && !headers.some((h) => same(h, column.header))) {
      // A renamed template column or a user's own column in the middle: inserting would misalign the rest.
      conflicts.push(
        conflict("unknownColumn", sheet, cellName(rect.top, rect.left + index), { table: name, found: current, expected: column.header }),
      );
      return undefined;
    }
    const at = headers.findIndex((h) => same(h, column.header));
    if (at >= 0) {
      conflicts.push(
        conflict("columnMoved", sheet, cellName(rect.top, rect.left + at), {
          table: name,
          column: column.header,
          actual: columnLetter(rect.left + at),
          expected: columnLetter(rect.left + index),
        }),
      );
      return undefined;
    }
    headers.splice(index, 0, column.header);
    inserts.push({ index, header: column.header });
  }
  const loaded = content?.used;
  // After an insert the used range reaches that many rows further down.
  const used = loaded && shift ? { ...loaded, rows: loaded.rows + shift.count } : loaded;
  if (inserts.length > 0 && used && rightColumn(used) > rightColumn(rect)) {
    const beyond = { top: used.top, left: rightColumn(rect) + 1, rows: used.rows, columns: rightColumn(used) - rightColumn(rect) };
    conflicts.push(
      conflict("noRoomForColumns", sheet, formatRect(beyond), { table: name, columns: inserts.map((i) => i.header).join(", ") }),
    );
    return undefined;
  }
  let appendRows: CellValue[][] = [];
  if (isParameterTable(table) && found.body) {
    const keyColumn = table.spec.columns.findIndex((c) => c.key === "key");
    const existingKeys = new Set(found.body.map((row) => lower(String(row[keyColumn] ?? ""))));
    appendRows = table.rows
      .filter((row) => !existingKeys.has(lower(String(row[keyColumn] ?? ""))))
      .map((row) => row.map((value) => toCellValue(value) ?? ""));
    const change = parameterValueChange(table, sheet, rect, found.body);
    if (change && accepted.has(change.id)) changes.applied.push(change);
    else if (change) changes.proposed.push(change);
  }
  if (isContractSeededTable(table) && found.body) {
    const { change, leftover } = tableRowChanges(table, sheet, found.body);
    if (leftover) changes.leftovers.push(leftover);
    if (change?.kind === "tableRows" && accepted.has(change.id)) {
      appendRows = change.rows.map((row) => [...row]);
      changes.applied.push(change);
    } else if (change) {
      changes.proposed.push(change);
    }
  }
  if (appendRows.length > 0) {
    if (used && bottomRow(used) > bottomRow(rect)) {
      const below = { top: bottomRow(rect) + 1, left: used.left, rows: bottomRow(used) - bottomRow(rect), columns: used.columns };
      conflicts.push(conflict("noRoomForRows", sheet, formatRect(below), { table: name, count: appendRows.length }));
      return undefined;
    }
  }
  return {
    plan: table,
    isNew: false,
    rect: { ...rect, columns: rect.columns + inserts.length, rows: rect.rows + appendRows.length },
    inserts,
    renames,
    appendRows,
  };
}

/** Texts and formulas the template owns on a sheet (labels, headings, fixed cells), by address. */
function templateTexts(plan: TemplatePlan, sheet: string): [string, CellValue][] {
  const out: [string, CellValue][] = [];
  for (const cell of plan.cells) {
    if (!same(cell.sheet, sheet)) continue;
    const written = cell.formula ?? toCellValue(cell.value ?? null);
    if (written !== null && written !== "") out.push([cell.address, written]);
  }
  for (const form of plan.forms) {
    if (!same(form.spec.sheet, sheet)) continue;
    const { spec } = form;
    [spec.labelColumn, spec.valueColumn, spec.helpColumn].forEach((column, i) => out.push([`${column}${spec.headerRow}`, FORM_HEADERS[i]!]));
    spec.fields.forEach((field, i) => {
      out.push([`${spec.labelColumn}${spec.headerRow + 1 + i}`, field.label]);
      out.push([`${spec.helpColumn}${spec.headerRow + 1 + i}`, field.help]);
    });
  }
  return out;
}
