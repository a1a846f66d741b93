/**
 * Queues the diff's writes on a request context. Nothing here syncs: the caller sends the whole batch in one
 * round trip, whatever the number of sheets, rows or rules.
 */
import type { ExcelRequestContext, ExcelWorksheet } from "../host/api";
import { columnLetter, parseRect } from "../../domain/common/a1";
import { CELL_STYLES, toOfficeErrorAlert, toOfficePrompt, toOfficeRule } from "../host/officeValues";
import type { WriteOp } from "./vocabulary";
import { queuePrintSetup } from "../host/printSetup";

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function fill<T>(range: string, value: T): T[][] {
  const rect = parseRect(range);
  return Array.from({ length: rect.rows }, () => Array.from({ length: rect.columns }, () => value));
}

function freezeAddress(rows: number, columns: number): string {
  return `A1:${columnLetter(Math.max(columns, 1) - 1)}${Math.max(rows, 1)}`;
}

export interface HostWriteOptions {
  /** Whether the host has worksheet.pageLayout (ExcelApi 1.9); without it print setup is left to the user. */
  readonly pageLayout: boolean;
}

export function queueWrites(context: ExcelRequestContext, ops: readonly WriteOp[], options: HostWriteOptions = { pageLayout: true }): void {
  const workbook = context.workbook;
  const sheets = new Map<string, ExcelWorksheet>();
  const sheet = (name: string): ExcelWorksheet => {
    let proxy = sheets.get(name.toLowerCase());
    if (!proxy) {
      proxy = workbook.worksheets.getItem(name);
      sheets.set(name.toLowerCase(), proxy);
    }
    return proxy;
  };

  for (const op of ops) {
    switch (op.kind) {
      case "addSheet":
        sheets.set(op.sheet.toLowerCase(), workbook.worksheets.add(op.sheet));
        break;
      case "insertRows": {
        // Entire rows, shifted down (ExcelApi 1.1): tables, names, rules and formulas below move with their cells.
        const inserted = sheet(op.sheet).getRange(op.rows).insert("Down");
        // Excel may give new rows the format (and rules) of the row above; the plan writes the new fields' own.
        inserted.clear("Formats");
        inserted.dataValidation.clear();
        break;
      }
      case "sheetLayout": {
        const target = sheet(op.sheet);
        if (op.tabColor) target.tabColor = op.tabColor;
        for (const [letter, points] of op.columnWidths) target.getRange(`${letter}:${letter}`).format.columnWidth = points;
        if (op.freeze) {
          const { rows, columns } = op.freeze;
          if (rows > 0 && columns > 0) target.freezePanes.freezeAt(freezeAddress(rows, columns));
          else if (rows > 0) target.freezePanes.freezeRows(rows);
          else if (columns > 0) target.freezePanes.freezeColumns(columns);
        }
        break;
      }
      case "numberFormat":
        sheet(op.sheet).getRange(op.range).numberFormat = fill(op.range, op.format);
        break;
      case "values":
        sheet(op.sheet).getRange(op.range).values = op.values;
        break;
      case "formulas":
        sheet(op.sheet).getRange(op.range).formulas = op.formulas;
        break;
      case "style": {
        const look = CELL_STYLES[op.style];
        const font = sheet(op.sheet).getRange(op.range).format.font;
        font.bold = look.bold;
        font.italic = look.italic;
        font.color = look.fontColor;
        break;
      }
      case "createTable": {
        const table = workbook.tables.add(`${quoted(op.sheet)}!${op.range}`, true);
        table.name = op.name;
        table.style = op.style;
        break;
      }
      case "insertColumn":
        workbook.tables.getItem(op.table).columns.add(op.index, undefined, op.header);
        break;
      case "appendRows":
        workbook.tables.getItem(op.table).rows.add(undefined, op.rows);
        break;
      case "name": {
        if (op.exists) {
          const item = workbook.names.getItemOrNullObject(op.name);
          item.formula = op.formula;
          item.visible = op.visible;
        } else {
          const item = workbook.names.add(op.name, op.formula, op.comment);
          if (!op.visible) item.visible = false;
        }
        break;
      }
      case "validation": {
        const validation = sheet(op.sheet).getRange(op.range).dataValidation;
        validation.clear();
        validation.rule = toOfficeRule(op.validation);
        validation.ignoreBlanks = op.validation.allowBlank;
        validation.errorAlert = toOfficeErrorAlert(op.validation);
        const prompt = toOfficePrompt(op.validation);
        if (prompt) validation.prompt = prompt;
        break;
      }
      case "clearValidation":
        sheet(op.sheet).getRange(op.range).dataValidation.clear();
        break;
      case "conditionalFormats": {
        const formats = sheet(op.sheet).getRange(op.range).conditionalFormats;
        formats.clearAll();
        for (const format of op.formats) {
          const added = formats.add("Custom");
          added.custom.rule.formula = format.formula;
          added.custom.format.fill.color = format.fill;
          if (format.fontColor) added.custom.format.font.color = format.fontColor;
        }
        break;
      }
      case "sheetPlacement": {
        const target = sheet(op.sheet);
        target.position = op.position;
        target.visibility = op.visibility;
        break;
      }
      case "chart": {
        const target = sheet(op.sheet);
        // One series per row of the values range; its categories come from a separate row of labels.
        const chart = target.charts.add(op.type, target.getRange(op.valuesRange), "Rows");
        chart.name = op.name;
        chart.title.text = op.title;
        chart.setPosition(op.topLeft, op.bottomRight);
        op.seriesNames.forEach((name, i) => {
          const series = chart.series.getItemAt(i);
          series.name = name;
          series.setXAxisValues(target.getRange(op.categoriesRange));
        });
        break;
      }
      case "pageLayout": {
        if (!options.pageLayout) break;
        queuePrintSetup(sheet(op.sheet).pageLayout, op);
        break;
      }
      case "marker":
        workbook.properties.custom.add(op.property, op.version);
        break;
    }
  }
}
