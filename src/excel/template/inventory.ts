/**
 * What a workbook already holds that the template cares about, read in at most two round trips:
 * (1) sheets, tables (with their sheets), defined names, the version marker and the events setting;
 * (2) only when some of the template's sheets or tables already exist: their used ranges, the cells where the
 *     template would write, and the existing tables' positions and headers.
 * Everything is copied into plain data; the diff (template/diff.ts) never sees an Office object.
 */
import type { TemplatePlan } from "../../domain/followup/types";
import type { CellValue, ExcelRange, ExcelRequestContext } from "../host/api";
import { isContractSeededTable } from "./contractChanges";
import { parseRect, type CellRect } from "../host/a1";

export interface SheetContent {
  /** The sheet's used range (values only), or null when the sheet is empty. */
  readonly used: CellRect | null;
  /** Formulas (constants included) of the used range; absent when not needed (a large table of ours). */
  readonly formulas?: readonly (readonly CellValue[])[];
}

export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
  /** Loaded in step 2 for tables that matter to the plan. */
  readonly rect?: CellRect;
  readonly headers?: readonly string[];
  readonly body?: readonly (readonly CellValue[])[];
}

export interface ExistingName {
  readonly name: string;
  readonly formula: string;
}

export interface Inventory {
  readonly sheets: readonly { readonly name: string; readonly position: number; readonly visibility: string }[];
  readonly tables: readonly ExistingTable[];
  readonly names: readonly ExistingName[];
  /** The template version the workbook says it carries; null when it has no SYSS marker. */
  readonly markerVersion: string | null;
  readonly eventsEnabled: boolean;
  /** Step-2 content by sheet name (lower case), for the template's existing sheets. */
  readonly content: ReadonlyMap<string, SheetContent>;
  /** Chart names by sheet name (lower case), for existing sheets the plan puts charts on. */
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

const lower = (text: string): string => text.toLowerCase();

/** `="1.0.0"` → `1.0.0`. */
function constantText(formula: string): string | null {
  const match = /^="(.*)"$/.exec(formula);
  return match ? match[1]!.replace(/""/g, '"') : null;
}

export async function loadInventory(context: ExcelRequestContext, plan: TemplatePlan): Promise<Inventory> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name, items/position, items/visibility");
  const tables = workbook.tables.load("items/name, items/worksheet/name");
  const names = workbook.names.load("items/name, items/formula");
  const markerProperty = workbook.properties.custom.getItemOrNullObject(plan.marker.customProperty).load("value");
  const runtime = context.runtime.load("enableEvents");
  await context.sync();

  const sheetList = sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: String(s.visibility) }));
  const tableList: ExistingTable[] = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const nameList = names.items.map((n) => ({ name: n.name, formula: n.formula }));
  const markerName = nameList.find((n) => lower(n.name) === lower(plan.marker.definedName));
  const markerVersion = !markerProperty.isNullObject
    ? String(markerProperty.value)
    : markerName
      ? constantText(markerName.formula)
      : null;

  const existingSheet = (name: string): string | undefined => sheetList.find((s) => lower(s.name) === lower(name))?.name;
  const planSheets = plan.sheets.map((s) => existingSheet(s.name)).filter((s): s is string => s !== undefined);
  const planTableNames = new Set(plan.tables.map((t) => lower(t.spec.name)));
  const relevantTables = tableList.filter(
    (t) => planTableNames.has(lower(t.name)) || planSheets.some((s) => lower(s) === lower(t.sheet)),
  );

  const content = new Map<string, SheetContent>();
  if (planSheets.length === 0 && relevantTables.length === 0) {
    return {
      sheets: sheetList,
      tables: tableList,
      names: nameList,
      markerVersion,
      eventsEnabled: runtime.enableEvents,
      content,
      charts: new Map(),
    };
  }

  // Step 2. Sheets whose template table already exists and that carry no other template cells are read by
  // address only: their tables can be large, and user rows are never rewritten anyway.
  const hasFixedCells = (sheet: string): boolean =>
    plan.cells.some((c) => lower(c.sheet) === lower(sheet)) || plan.forms.some((f) => lower(f.spec.sheet) === lower(sheet));
  const ourTableExists = (sheet: string): boolean =>
    plan.tables.some((t) => lower(t.spec.sheet) === lower(sheet) && tableList.some((e) => lower(e.name) === lower(t.spec.name)));
  const usedRanges = planSheets.map((sheet) => {
    const used = workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    const withFormulas = !ourTableExists(sheet) || hasFixedCells(sheet);
    if (withFormulas) used.load("address, formulas");
    else used.load("address");
    return { sheet, used, withFormulas };
  });
  const parametersTable = plan.tables.find((t) => t.spec.columns.some((c) => c.key === "key") && t.spec.columns.some((c) => c.key === "value"));
  const tableRanges = relevantTables.map((t) => {
    const table = workbook.tables.getItem(t.name);
    const range = table.getRange().load("address");
    const header = table.getHeaderRowRange().load("values");
    // Bodies the diff compares row by row: Parametrar (missing keys) and the tables seeded from the contract.
    const compared = plan.tables.some(
      (p) => lower(p.spec.name) === lower(t.name) && (p === parametersTable || isContractSeededTable(p)),
    );
    const body: ExcelRange | undefined = compared ? table.getDataBodyRange().load("values") : undefined;
    return { table: t, range, header, body };
  });
  const chartSheets = planSheets.filter((sheet) => plan.charts.some((chart) => lower(chart.sheet) === lower(sheet)));
  const chartReads = chartSheets.map((sheet) => ({ sheet, charts: workbook.worksheets.getItem(sheet).charts.load("items/name") }));
  await context.sync();

  const charts = new Map(chartReads.map(({ sheet, charts: list }) => [lower(sheet), list.items.map((chart) => chart.name)]));
  for (const { sheet, used, withFormulas } of usedRanges) {
    if (used.isNullObject) {
      content.set(lower(sheet), { used: null, formulas: [] });
      continue;
    }
    const rect = parseRect(used.address);
    content.set(lower(sheet), withFormulas ? { used: rect, formulas: used.formulas as CellValue[][] } : { used: rect });
  }
  const detailed = new Map(
    tableRanges.map(({ table, range, header, body }) => [
      table,
      {
        ...table,
        rect: parseRect(range.address),
        headers: (header.values[0] ?? []).map((h) => String(h ?? "")),
        ...(body ? { body: body.values as CellValue[][] } : {}),
      },
    ]),
  );
  return {
    sheets: sheetList,
    tables: tableList.map((t) => detailed.get(t) ?? t),
    names: nameList,
    markerVersion,
    eventsEnabled: runtime.enableEvents,
    content,
    charts,
  };
}
