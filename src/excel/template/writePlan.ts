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

/** The contract changes the apply collects (contractChanges.ts): proposed, applied, and rows only listed. */
export interface ContractChangeLog {
  readonly proposed: TemplateChange[];
  readonly applied: TemplateChange[];
  readonly leftovers: LeftoverRows[];
}

/** What every step below needs: the plan, what exists, and the sheet names as the workbook spells them. */
interface Step {
  readonly plan: TemplatePlan;
  readonly inventory: Inventory;
  readonly work: readonly TableWork[];
  readonly reader: (sheet: string) => ContentLookup;
  readonly accepted: ReadonlySet<string>;
  readonly changes: ContractChangeLog;
  readonly sheetName: (name: string) => string;
  /** A rule's range on a table column, reaching every row the table has grown to. */
  readonly extend: (sheet: string, range: string) => string;
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
  changes: ContractChangeLog = { proposed: [], applied: [], leftovers: [] },
): { ops: WriteOp[]; summary: ApplySummary } {
  const step: Step = {
    plan,
    inventory,
    work,
    reader,
    accepted,
    changes,
    sheetName: (name) => existingSheet(name) ?? name,
    extend: (sheet, range) => extendOverGrownTable(work, sheet, range),
  };
  const createdSheets = plan.sheets.filter((s) => !existingSheet(s.name)).map((s) => s.name);
  const updatedSheets = plan.sheets.filter((s) => existingSheet(s.name)).map((s) => existingSheet(s.name)!);
  const forms = formWrites(step);
  const charts = chartWrites(step);
  const ops: WriteOp[] = [
    // Rows first: every address after this is in the plan's coordinates (the reader already answers in them).
    ...shifts.map((shift): WriteOp => ({ kind: "insertRows", sheet: shift.sheet, rows: insertedRows(shift) })),
    ...createdSheets.map((sheet): WriteOp => ({ kind: "addSheet", sheet })),
    ...sheetLayoutWrites(step),
    // Number formats before values, so text-formatted cells keep a leading "=" as text when values are written.
    ...numberFormatWrites(step),
    ...newTableValueWrites(step),
    ...forms.ops,
    ...fixedCellWrites(step),
    // Tables exist before anything refers to them (names, structured references, list sources).
    ...tableWrites(step),
    ...acceptedParameterWrites(step),
    ...nameWrites(step),
    ...work.flatMap((w) => calculatedColumns(w, step.sheetName(w.plan.spec.sheet))),
    ...fixedFormulaWrites(step),
    // Inserting table columns moves the table's cells but not the rules below the table: columns that carry no
    // rule or format in this version get theirs cleared, so nothing stale from the old layout stays.
    ...work.filter((w) => w.inserts.length > 0).flatMap((w) => staleRuleResets(plan, w, step.sheetName(w.plan.spec.sheet))),
    ...validationWrites(step),
    ...conditionalFormatWrites(step),
    ...printWrites(step),
    ...sheetPlacementWrites(step),
    ...charts.ops,
    { kind: "marker", property: plan.marker.customProperty, version: plan.version },
  ];

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
    keptFormValues: forms.keptFormValues,
    createdCharts: charts.created,
    contractChanges: changes.proposed,
    appliedContractChanges: changes.applied,
    leftoverRows: changes.leftovers,
  };
  return { ops, summary };
}

/** Rules on a table column reach at least the template's row, and every row the table has grown to. */
function extendOverGrownTable(work: readonly TableWork[], sheet: string, range: string): string {
  const rect = parseRect(range);
  for (const w of work) {
    if (!same(w.plan.spec.sheet, sheet)) continue;
    const insideColumns = rect.left >= w.rect.left && rightColumn(rect) <= rightColumn(w.rect);
    if (insideColumns && rect.top === w.rect.top + 1 && bottomRow(rect) < bottomRow(w.rect)) {
      return formatRect({ ...rect, rows: bottomRow(w.rect) - rect.top + 1 });
    }
  }
  return range;
}

function sheetLayoutWrites({ plan, sheetName }: Step): WriteOp[] {
  return plan.sheets.map((spec) => ({
    kind: "sheetLayout",
    sheet: sheetName(spec.name),
    ...(spec.tabColor ? { tabColor: hexColor(spec.tabColor) } : {}),
    columnWidths: Object.entries(spec.columnWidths ?? {}).map(([letter, chars]) => [letter, columnWidthPoints(chars)] as const),
    ...(spec.freeze ? { freeze: spec.freeze } : {}),
  }));
}

function numberFormatWrites({ plan, sheetName, extend }: Step): WriteOp[] {
  const ops: WriteOp[] = plan.numberFormats.map((format) => ({
    kind: "numberFormat",
    sheet: sheetName(format.sheet),
    range: extend(format.sheet, format.range),
    format: format.numberFormat,
  }));
  for (const cell of plan.cells) {
    if (cell.numberFormat) ops.push({ kind: "numberFormat", sheet: sheetName(cell.sheet), range: cell.address, format: cell.numberFormat });
  }
  return ops;
}

/** New tables: header and rows as values (calculated columns come later, once the table exists). */
function newTableValueWrites({ work, sheetName }: Step): WriteOp[] {
  return work
    .filter((w) => w.isNew)
    .map((w) => {
      const { spec, rows } = w.plan;
      const values: (CellValue | null)[][] = [
        spec.columns.map((c) => c.header),
        ...rows.map((row) => spec.columns.map((column, i) => (column.formula ? null : toCellValue(row[i] ?? null)))),
      ];
      return { kind: "values", sheet: sheetName(spec.sheet), range: w.plan.range, values };
    });
}

/**
 * Forms: template texts rewritten, value cells filled only where empty. A filled value is the user's: a
 * different contract value is proposed, and written only when accepted.
 */
function formWrites({ plan, reader, accepted, changes, sheetName }: Step): { ops: WriteOp[]; keptFormValues: number } {
  const ops: WriteOp[] = [];
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
  return { ops, keptFormValues };
}

function fixedCellWrites({ plan, sheetName }: Step): WriteOp[] {
  const ops: WriteOp[] = plan.cells
    .filter((cell) => cell.formula === undefined)
    .map((cell) => ({ kind: "values", sheet: sheetName(cell.sheet), range: cell.address, values: [[toCellValue(cell.value ?? null) ?? ""]] }));
  for (const cell of plan.cells) {
    if (cell.style) ops.push({ kind: "style", sheet: sheetName(cell.sheet), range: cell.address, style: cell.style });
  }
  return ops;
}

function tableWrites({ work, sheetName }: Step): WriteOp[] {
  const ops: WriteOp[] = [];
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
  return ops;
}

/** Accepted parameter-year changes: single cells inside Parametrar, written once the table is in place. */
function acceptedParameterWrites({ changes, sheetName }: Step): WriteOp[] {
  return changes.applied.flatMap((change) =>
    change.kind === "parameterValues"
      ? change.cells.map((cell): WriteOp => ({ kind: "values", sheet: sheetName(change.sheet), range: cell.address, values: [[cell.value]] }))
      : [],
  );
}

function nameWrites({ plan, inventory }: Step): WriteOp[] {
  return plan.names.map((name) => ({
    kind: "name",
    name: name.name,
    formula: name.refersTo,
    comment: name.comment,
    visible: name.hidden !== true,
    exists: inventory.names.some((n) => same(n.name, name.name)),
  }));
}

function fixedFormulaWrites({ plan, sheetName }: Step): WriteOp[] {
  return plan.cells
    .filter((c): c is FixedCellSpec & { formula: string } => c.formula !== undefined)
    .map((cell) => ({ kind: "formulas", sheet: sheetName(cell.sheet), range: cell.address, formulas: [[cell.formula]] }));
}

function validationWrites({ plan, sheetName, extend }: Step): WriteOp[] {
  return plan.validations.map((rule) => ({
    kind: "validation",
    sheet: sheetName(rule.sheet),
    range: extend(rule.sheet, rule.range),
    validation: rule.validation,
  }));
}

/** Conditional formats on the same range go in one write, in the plan's order. */
function conditionalFormatWrites({ plan, sheetName, extend }: Step): WriteOp[] {
  const groups = new Map<string, { sheet: string; range: string; formats: { formula: string; fill: string; fontColor?: string }[] }>();
  for (const format of plan.conditionalFormats) {
    const sheet = sheetName(format.sheet);
    const range = extend(format.sheet, format.range);
    const key = `${lower(sheet)}!${range}`;
    const group = groups.get(key) ?? { sheet, range, formats: [] };
    group.formats.push({
      formula: format.formula,
      fill: hexColor(format.fill),
      ...(format.fontColor ? { fontColor: hexColor(format.fontColor) } : {}),
    });
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ kind: "conditionalFormats", ...group }));
}

/**
 * Print setup, by the same rule as written files; re-applied on an upgrade (a user's own print settings on a
 * template sheet give way to the template's, as its layout does).
 */
function printWrites({ plan, sheetName }: Step): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const spec of plan.sheets) {
    const setup = sheetPrintSetup(spec, plan, planExtent(spec.name, plan));
    if (setup) ops.push({ kind: "pageLayout", sheet: sheetName(spec.name), ...setup });
  }
  return ops;
}

function sheetPlacementWrites({ plan, sheetName }: Step): WriteOp[] {
  return [...plan.sheets]
    .sort((a, b) => a.tabIndex - b.tabIndex)
    .map((spec) => ({ kind: "sheetPlacement", sheet: sheetName(spec.name), position: spec.tabIndex, visibility: officeVisibility(spec.visibility) }));
}

/** Charts the sheet does not have yet; an existing chart of the same name is left as the user styled it. */
function chartWrites({ plan, inventory, sheetName }: Step): { ops: WriteOp[]; created: string[] } {
  const ops: WriteOp[] = [];
  const created: string[] = [];
  for (const chart of plan.charts) {
    const sheet = sheetName(chart.sheet);
    if ((inventory.charts.get(lower(sheet)) ?? []).some((name) => same(name, chart.name))) continue;
    created.push(chart.name);
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
  return { ops, created };
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
