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
import type { FixedCellSpec, TablePlan, TemplatePlan, ValidationSpec } from "../domain/followup/types";
import { excelText, type ExcelText, type ExcelTextKey } from "../domain/i18n/excel";
import type { CellValue } from "./api";
import { bottomRow, cellName, columnLetter, formatRect, intersects, parseRect, rightColumn, type CellRect } from "./a1";
import type { ExistingTable, Inventory, SheetContent } from "./inventory";
import { FORM_HEADERS, columnWidthPoints, hexColor, officeVisibility, toCellValue } from "./officeValues";
import type { CellStyle } from "../domain/followup/types";

export interface TemplateConflict {
  readonly code: ExcelTextKey;
  readonly sheet: string;
  /** The cells in the way (A1, no sheet), or "" when the conflict is about a name. */
  readonly address: string;
  readonly message: ExcelText;
}

export type WriteOp =
  | { readonly kind: "addSheet"; readonly sheet: string }
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
  readonly addedParameterRows: number;
  /** Avtal value cells that already held a value and were kept as they were. */
  readonly keptFormValues: number;
  /** Charts created now; an existing chart of the same name is left as the user styled it. */
  readonly createdCharts: readonly string[];
}

export type TemplateDiff =
  | { readonly kind: "conflicts"; readonly conflicts: readonly TemplateConflict[] }
  | { readonly kind: "writes"; readonly ops: readonly WriteOp[]; readonly summary: ApplySummary };

const lower = (text: string): string => text.toLowerCase();
const same = (a: string, b: string): boolean => lower(a) === lower(b);

/** The table the template's Parametrar rows go to: the one with key + value columns (user edits live in value). */
function isParameterTable(table: TablePlan): boolean {
  return table.spec.columns.some((c) => c.key === "key") && table.spec.columns.some((c) => c.key === "value");
}

interface TableWork {
  readonly plan: TablePlan;
  readonly isNew: boolean;
  /** Where the table is after this apply (header included). */
  readonly rect: CellRect;
  readonly inserts: readonly { readonly index: number; readonly header: string }[];
  readonly appendRows: CellValue[][];
}

class ContentReader {
  constructor(private readonly content: SheetContent | undefined) {}

  /** The formula or constant at a cell, "" when empty or not loaded. */
  at(row: number, column: number): CellValue {
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
    if (!used || !intersects(used, rect)) return undefined;
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

export function diffTemplate(plan: TemplatePlan, inventory: Inventory): TemplateDiff {
  const conflicts: TemplateConflict[] = [];
  const ours = inventory.markerVersion !== null;
  const existingSheet = (name: string): string | undefined => inventory.sheets.find((s) => same(s.name, name))?.name;
  const existingTable = (name: string): ExistingTable | undefined => inventory.tables.find((t) => same(t.name, name));
  const reader = (sheet: string): ContentReader => new ContentReader(inventory.content.get(lower(sheet)));
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
      const tableWork = existingTableWork(table, found, planned, content, conflicts);
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
    work.push({ plan: table, isNew: true, rect: planned, inserts: [], appendRows: [] });
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
  return { kind: "writes", ...writesFor(plan, inventory, work, existingSheet, reader) };
}

/** Checks an existing table against the plan: same origin, template columns in template order, room to grow. */
function existingTableWork(
  table: TablePlan,
  found: ExistingTable,
  planned: CellRect,
  content: SheetContent | undefined,
  conflicts: TemplateConflict[],
): TableWork | undefined {
  const rect = found.rect!;
  const sheet = found.sheet;
  const name = table.spec.name;
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
  for (const [index, column] of table.spec.columns.entries()) {
    if (headers[index] !== undefined && same(headers[index]!, column.header)) continue;
    const current = headers[index];
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
  const used = content?.used;
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
    if (appendRows.length > 0 && used && bottomRow(used) > bottomRow(rect)) {
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

function writesFor(
  plan: TemplatePlan,
  inventory: Inventory,
  work: readonly TableWork[],
  existingSheet: (name: string) => string | undefined,
  reader: (sheet: string) => ContentReader,
): { ops: WriteOp[]; summary: ApplySummary } {
  const ops: WriteOp[] = [];
  const createdSheets = plan.sheets.filter((s) => !existingSheet(s.name)).map((s) => s.name);
  const updatedSheets = plan.sheets.filter((s) => existingSheet(s.name)).map((s) => existingSheet(s.name)!);
  const sheetName = (name: string): string => existingSheet(name) ?? name;

  // Rules on a table column reach at least the template's row, and every row the table has grown to.
  const extend = (sheet: string, range: string): string => {
    const rect = parseRect(range);
    for (const w of work) {
      if (!same(w.plan.spec.sheet, sheet)) continue;
      const insideColumns = rect.left >= w.rect.left && rightColumn(rect) <= rightColumn(w.rect);
      if (insideColumns && rect.top === w.rect.top + 1 && bottomRow(rect) < bottomRow(w.rect)) {
        return formatRect({ ...rect, rows: bottomRow(w.rect) - rect.top + 1 });
      }
    }
    return range;
  };

  for (const sheet of createdSheets) ops.push({ kind: "addSheet", sheet });
  for (const spec of plan.sheets) {
    ops.push({
      kind: "sheetLayout",
      sheet: sheetName(spec.name),
      ...(spec.tabColor ? { tabColor: hexColor(spec.tabColor) } : {}),
      columnWidths: Object.entries(spec.columnWidths ?? {}).map(([letter, chars]) => [letter, columnWidthPoints(chars)] as const),
      ...(spec.freeze ? { freeze: spec.freeze } : {}),
    });
  }

  // Number formats first, so text-formatted cells keep a leading "=" as text when values are written.
  for (const format of plan.numberFormats) {
    ops.push({ kind: "numberFormat", sheet: sheetName(format.sheet), range: extend(format.sheet, format.range), format: format.numberFormat });
  }
  for (const cell of plan.cells) {
    if (cell.numberFormat) ops.push({ kind: "numberFormat", sheet: sheetName(cell.sheet), range: cell.address, format: cell.numberFormat });
  }

  // New tables: header and rows as values (calculated columns come later, once the table exists).
  for (const w of work.filter((w) => w.isNew)) {
    const { spec, rows } = w.plan;
    const values: (CellValue | null)[][] = [
      spec.columns.map((c) => c.header),
      ...rows.map((row) => spec.columns.map((column, i) => (column.formula ? null : toCellValue(row[i] ?? null)))),
    ];
    ops.push({ kind: "values", sheet: sheetName(spec.sheet), range: w.plan.range, values });
  }

  // Forms: template texts rewritten, value cells filled only where empty.
  let keptFormValues = 0;
  for (const form of plan.forms) {
    const { spec } = form;
    const sheet = sheetName(spec.sheet);
    const read = reader(sheet);
    const first = spec.headerRow + 1;
    const last = spec.headerRow + spec.fields.length;
    [spec.labelColumn, spec.valueColumn, spec.helpColumn].forEach((column, i) => {
      ops.push({ kind: "values", sheet, range: `${column}${spec.headerRow}`, values: [[FORM_HEADERS[i]!]] });
      ops.push({ kind: "style", sheet, range: `${column}${spec.headerRow}`, style: "heading" });
    });
    ops.push({ kind: "values", sheet, range: `${spec.labelColumn}${first}:${spec.labelColumn}${last}`, values: spec.fields.map((f) => [f.label]) });
    ops.push({ kind: "style", sheet, range: `${spec.labelColumn}${first}:${spec.labelColumn}${last}`, style: "label" });
    ops.push({ kind: "values", sheet, range: `${spec.helpColumn}${first}:${spec.helpColumn}${last}`, values: spec.fields.map((f) => [f.help]) });
    ops.push({ kind: "style", sheet, range: `${spec.helpColumn}${first}:${spec.helpColumn}${last}`, style: "help" });
    const valueColumn = parseRect(`${spec.valueColumn}1`).left;
    const values = spec.fields.map((field, i) => {
      if (read.at(first - 1 + i, valueColumn) !== "") {
        keptFormValues++;
        return [null];
      }
      return [toCellValue(form.values[field.key] ?? null)];
    });
    ops.push({ kind: "values", sheet, range: `${spec.valueColumn}${first}:${spec.valueColumn}${last}`, values });
  }

  const fixedValues = plan.cells.filter((cell) => cell.formula === undefined);
  for (const cell of fixedValues) {
    ops.push({ kind: "values", sheet: sheetName(cell.sheet), range: cell.address, values: [[toCellValue(cell.value ?? null) ?? ""]] });
  }
  for (const cell of plan.cells) {
    if (cell.style) ops.push({ kind: "style", sheet: sheetName(cell.sheet), range: cell.address, style: cell.style });
  }

  // Tables exist before anything refers to them (names, structured references, list sources).
  for (const w of work) {
    const sheet = sheetName(w.plan.spec.sheet);
    if (w.isNew) {
      ops.push({ kind: "createTable", sheet, range: w.plan.range, name: w.plan.spec.name, style: w.plan.spec.style });
      continue;
    }
    for (const insert of w.inserts) ops.push({ kind: "insertColumn", table: w.plan.spec.name, ...insert });
    if (w.appendRows.length > 0) ops.push({ kind: "appendRows", table: w.plan.spec.name, rows: w.appendRows });
  }
  for (const name of plan.names) {
    ops.push({
      kind: "name",
      name: name.name,
      formula: name.refersTo,
      comment: name.comment,
      visible: name.hidden !== true,
      exists: inventory.names.some((n) => same(n.name, name.name)),
    });
  }
  for (const w of work) ops.push(...calculatedColumns(w, sheetName(w.plan.spec.sheet)));
  for (const cell of plan.cells.filter((c): c is FixedCellSpec & { formula: string } => c.formula !== undefined)) {
    ops.push({ kind: "formulas", sheet: sheetName(cell.sheet), range: cell.address, formulas: [[cell.formula]] });
  }

  // Inserting table columns moves the table's cells but not the rules below the table: columns that carry no
  // rule or format in this version get theirs cleared, so nothing stale from the old layout stays.
  for (const w of work.filter((w) => w.inserts.length > 0)) ops.push(...staleRuleResets(plan, w, sheetName(w.plan.spec.sheet)));

  for (const rule of plan.validations) {
    ops.push({ kind: "validation", sheet: sheetName(rule.sheet), range: extend(rule.sheet, rule.range), validation: rule.validation });
  }
  const formatGroups = new Map<string, { sheet: string; range: string; formats: { formula: string; fill: string; fontColor?: string }[] }>();
  for (const format of plan.conditionalFormats) {
    const sheet = sheetName(format.sheet);
    const range = extend(format.sheet, format.range);
    const key = `${lower(sheet)}!${range}`;
    const group = formatGroups.get(key) ?? { sheet, range, formats: [] };
    group.formats.push({
      formula: format.formula,
      fill: hexColor(format.fill),
      ...(format.fontColor ? { fontColor: hexColor(format.fontColor) } : {}),
    });
    formatGroups.set(key, group);
  }
  for (const group of formatGroups.values()) ops.push({ kind: "conditionalFormats", ...group });

  for (const spec of [...plan.sheets].sort((a, b) => a.tabIndex - b.tabIndex)) {
    ops.push({ kind: "sheetPlacement", sheet: sheetName(spec.name), position: spec.tabIndex, visibility: officeVisibility(spec.visibility) });
  }
  const createdCharts: string[] = [];
  for (const chart of plan.charts) {
    const sheet = sheetName(chart.sheet);
    if ((inventory.charts.get(lower(sheet)) ?? []).some((name) => same(name, chart.name))) continue;
    createdCharts.push(chart.name);
    ops.push({
      kind: "chart",
      sheet,
      name: chart.name,
      type: chart.type === "barClustered" ? "BarClustered" : "ColumnClustered",
      title: chart.title,
      valuesRange: chart.valuesRange,
      categoriesRange: chart.categoriesRange,
      seriesNames: chart.seriesNames,
      topLeft: chart.topLeft,
      bottomRight: chart.bottomRight,
    });
  }
  ops.push({ kind: "marker", property: plan.marker.customProperty, version: plan.version });

  const summary: ApplySummary = {
    version: plan.version,
    previousVersion: inventory.markerVersion,
    createdSheets,
    updatedSheets,
    createdTables: work.filter((w) => w.isNew).map((w) => w.plan.spec.name),
    addedColumns: work.flatMap((w) => w.inserts.map((i) => `${w.plan.spec.name}[${i.header}]`)),
    addedParameterRows: work.reduce((sum, w) => sum + w.appendRows.length, 0),
    keptFormValues,
    createdCharts,
  };
  return { ops, summary };
}

/** Clears validation / resets the number format of a grown table's columns that have none in the plan. */
function staleRuleResets(plan: TemplatePlan, w: TableWork, sheet: string): WriteOp[] {
  const onSheet = (range: { sheet: string }): boolean => same(range.sheet, w.plan.spec.sheet);
  const lastRuleRow = Math.max(
    bottomRow(w.rect),
    ...[...plan.validations, ...plan.numberFormats].filter(onSheet).map((r) => bottomRow(parseRect(r.range))),
  );
  const covers = (ranges: readonly { sheet: string; range: string }[], column: number): boolean =>
    ranges.some((r) => onSheet(r) && parseRect(r.range).left <= column && rightColumn(parseRect(r.range)) >= column);
  const ops: WriteOp[] = [];
  // Template columns only: a user's own columns at the end of the table keep their rules.
  for (let column = w.rect.left; column < w.rect.left + w.plan.spec.columns.length; column++) {
    const range = formatRect({ top: w.rect.top + 1, left: column, rows: lastRuleRow - w.rect.top, columns: 1 });
    if (!covers(plan.validations, column)) ops.push({ kind: "clearValidation", sheet, range });
    if (!covers(plan.numberFormats, column)) ops.push({ kind: "numberFormat", sheet, range, format: "General" });
  }
  return ops;
}

/** One formula for every data row of each calculated column. */
function calculatedColumns(w: TableWork, sheet: string): WriteOp[] {
  const ops: WriteOp[] = [];
  const dataRows = w.rect.rows - 1;
  w.plan.spec.columns.forEach((column, i) => {
    if (!column.formula) return;
    const letter = columnLetter(w.rect.left + i);
    const range = `${letter}${w.rect.top + 2}:${letter}${w.rect.top + 1 + dataRows}`;
    ops.push({ kind: "formulas", sheet, range, formulas: Array.from({ length: dataRows }, () => [column.formula!]) });
  });
  return ops;
}
