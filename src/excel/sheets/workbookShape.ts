/**
 * The open workbook as the diagnosis sees it (src/domain/followup/diagnosis.ts): (1) sheet names, tables with
 * their sheets, the version marker; (2) each table's range and headers and the used ranges of the template's
 * sheets; (3) their formulas, in row blocks under the request limit (one round trip for a usual workbook). Only formulas are kept, never a cell's value: the result ends up in a
 * support e-mail.
 */
import { DIAGNOSED_SHEETS, type FormulaCell, type WorkbookShape } from "../../domain/followup/diagnosis";
import { TEMPLATE } from "../../domain/followup/template";
import type { ExcelRequestContext, ExcelRun } from "../host/api";
import { cellName, formatRect, parseRect } from "../../domain/common/a1";
import { DEFAULT_READ_LIMITS, planRowBlocks, type ReadLimits } from "../host/readPlan";

/** `="1.0.0"` → `1.0.0`. */
const constantText = (formula: string): string | null => /^="(.*)"$/.exec(formula)?.[1]?.replace(/""/g, '"') ?? null;

/** "Placeringar!A1:AA3" or "'Mina anteckningar'!A1" → the part after the sheet. */
const withoutSheet = (address: string): string => address.replace(/^.*!/, "").replace(/\$/g, "");

/**
 * Formulas of a large table can be long (a calculated column repeats its formula on every row), so the used
 * ranges are read in row blocks under Office.js's request limit, like the validation's reader.
 */
export const FORMULA_READ_LIMITS: ReadLimits = { maxPayloadBytes: DEFAULT_READ_LIMITS.maxPayloadBytes, bytesPerCell: 200 };

export async function readWorkbookShapeIn(context: ExcelRequestContext, limits: ReadLimits = FORMULA_READ_LIMITS): Promise<WorkbookShape> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name, items/worksheet/name");
  const property = workbook.properties.custom.getItemOrNullObject(TEMPLATE.marker.customProperty).load("value");
  const marker = workbook.names.getItemOrNullObject(TEMPLATE.marker.definedName).load("formula");
  await context.sync();

  const diagnosed = sheets.items
    .map((sheet) => sheet.name)
    .filter((name) => DIAGNOSED_SHEETS.some((sheet) => sheet.toLowerCase() === name.toLowerCase()));
  const tableReads = tables.items.map((table) => {
    const item = workbook.tables.getItem(table.name);
    return { name: table.name, sheet: table.worksheet.name, range: item.getRange().load("address"), header: item.getHeaderRowRange().load("values") };
  });
  const usedReads = diagnosed.map((sheet) => ({ sheet, used: workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address") }));
  await context.sync();

  const used = new Map(usedReads.filter(({ used: range }) => !range.isNullObject).map(({ sheet, used: range }) => [sheet, parseRect(range.address)]));
  const plan = planRowBlocks([...used].map(([sheet, rect]) => ({ name: sheet, rows: rect.rows, columns: rect.columns })), limits);
  const formulas: FormulaCell[] = [];
  for (const group of plan) {
    const reads = group.map((block) => {
      const rect = used.get(block.table)!;
      const blockRect = { top: rect.top + block.firstRow, left: rect.left, rows: block.rowCount, columns: rect.columns };
      return { sheet: block.table, rect: blockRect, range: workbook.worksheets.getItem(block.table).getRange(formatRect(blockRect)).load("formulas") };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-limited group is the point
    await context.sync();
    for (const { sheet, rect, range } of reads) {
      (range.formulas as unknown[][]).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula === "string" && formula.startsWith("=")) formulas.push({ sheet, address: cellName(rect.top + r, rect.left + c), formula });
        }),
      );
    }
  }
  return {
    markerVersion: !property.isNullObject ? String(property.value) : marker.isNullObject ? null : constantText(marker.formula),
    sheets: sheets.items.map((sheet) => sheet.name),
    tables: tableReads.map(({ name, sheet, range, header }) => ({
      name,
      sheet,
      range: withoutSheet(range.address),
      headers: (header.values[0] ?? []).map((value) => String(value ?? "")),
    })),
    formulas,
  };
}

export const readWorkbookShape = (run: ExcelRun): Promise<WorkbookShape> => run((context) => readWorkbookShapeIn(context));
