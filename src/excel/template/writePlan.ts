/**
 * The ordered writes of a template apply, once the checks found no conflict. Order matters in Excel: number
 * formats before values (text cells keep a leading "="), tables before anything referring to them (names,
 * structured references, list sources), names before validation rules that use them.
 */
import { planExtent, sheetPrintSetup } from "../../domain/followup/print";
import type { FixedCellSpec, TemplatePlan } from "../../domain/followup/types";
import { bottomRow, cellName, columnLetter, formatRect, parseRect, rightColumn } from "../host/a1";
import type { Inventory } from "./inventory";
import { columnWidthPoints, hexColor, officeVisibility, toCellValue } from "../host/officeValues";
import { FORM_HEADERS } from "../../domain/followup/names";
import type { CellValue } from "../host/api";
import type { ApplySummary, WriteOp } from "./vocabulary";
import { isParameterTable, lower, same, type TableWork } from "./tableWork";
import { insertedRows, type RowShift } from "./rowShift";
import { formValueChange, type LeftoverRows, type TemplateChange } from "./contractChanges";

/** Reads the formulas the inventory loaded for a sheet. */
export interface ContentLookup {
  at(row: number, column: number): CellValue;
}

/** Every write of the apply, in Excel's order, and the summary the task pane shows. */
export function writesFor(
  plan: TemplatePlan,
  inventory: Inventory,
  work: readonly TableWork[],
  existingSheet: (name: string) => string | undefined,
  reader: (sheet: string) => ContentLookup,
  shifts: readonly RowShift[] = [],
  accepted: ReadonlySet<string> = new Set(),
  changes: { proposed: TemplateChange[]; applied: TemplateChange[]; leftovers: LeftoverRows[] } = { proposed: [], applied: [], leftovers: [] },
): { ops: WriteOp[]; summary: ApplySummary } {
  const ops: WriteOp[] = [];
  // Rows first: every address after this is in the plan's coordinates (the reader already answers in them).
  for (const shift of shifts) ops.push({ kind: "insertRows", sheet: shift.sheet, rows: insertedRows(shift) });
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
      const current = read.at(first - 1 + i, valueColumn);
      const planned = toCellValue(form.values[field.key] ?? null);
      if (current === "") return [planned];
      // A filled value is the user's: a different contract value is proposed, and written only when accepted.
      const change = formValueChange(sheet, `${spec.valueColumn}${first + i}`, field, current, planned);
      if (change && accepted.has(change.id)) {
        changes.applied.push(change);
        return [planned];
      }
      if (change) changes.proposed.push(change);
      keptFormValues++;
      return [null];
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
    // Writing a table's header cell renames the column; Excel updates the structured references to it.
    for (const rename of w.renames) {
      ops.push({ kind: "values", sheet, range: cellName(w.rect.top, w.rect.left + rename.index), values: [[rename.header]] });
    }
    if (w.appendRows.length > 0) ops.push({ kind: "appendRows", table: w.plan.spec.name, rows: w.appendRows });
  }
  // Accepted parameter-year changes: single cells inside Parametrar, written once the table is in place.
  for (const change of changes.applied) {
    if (change.kind !== "parameterValues") continue;
    for (const cell of change.cells) ops.push({ kind: "values", sheet: sheetName(change.sheet), range: cell.address, values: [[cell.value]] });
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

  // Print setup, by the same rule as written files; re-applied on an upgrade (a user's own print settings on
  // a template sheet give way to the template's, as its layout does).
  for (const spec of plan.sheets) {
    const setup = sheetPrintSetup(spec, plan, planExtent(spec.name, plan));
    if (setup) ops.push({ kind: "pageLayout", sheet: sheetName(spec.name), ...setup });
  }

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
    renamedColumns: work.flatMap((w) => w.renames.map((r) => `${w.plan.spec.name}[${r.from}] → [${r.header}]`)),
    insertedRows: shifts.map((shift) => `${shift.sheet}!${insertedRows(shift)}`),
    addedParameterRows: work.filter((w) => isParameterTable(w.plan)).reduce((sum, w) => sum + w.appendRows.length, 0),
    keptFormValues,
    createdCharts,
    contractChanges: changes.proposed,
    appliedContractChanges: changes.applied,
    leftoverRows: changes.leftovers,
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
