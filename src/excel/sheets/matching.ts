/**
 * The Matchning tab's reads and writes through Office.js (spec/matching.md, "Task pane and CLI").
 *
 * One Excel.run per action: the first syncs read the Platser, Matchning, Placeringar and Malgrupper tables,
 * the pure action (domain/matching/pipeline.ts) decides on that fresh read — so it refuses when a row no
 * longer holds what the pane showed — and one last sync writes, with events off. Only the cells the action
 * owns are written: the input cells of a new row (the trailing empty row of a table, or a row added at its
 * end, so calculated columns keep their formulas) and the named cells of one existing row. Nothing is
 * written when the action refuses.
 */
import type { ExcelCellValue, ExcelRange, ExcelRequestContext, ExcelRun, ExcelTable } from "../host/api";
import { formatRect, parseRect, splitSheet } from "../../domain/common/a1";
import { isoToSerial } from "../../domain/common/dates";
import { isDateValue } from "../../domain/followup/types";
import { DATE_FORMAT } from "../../domain/followup/template";
import type { InputCell, TableInput } from "../../domain/validation/input";
import { readPipeline, type Pipeline, type PipelineProblem, type PipelineResult, type PipelineWrite, type RowCells } from "../../domain/matching/pipeline";
import { MATCHING_TABLES } from "../../domain/matching/sheets";
import { TABLES } from "../../domain/followup/names";
import { watchTableEdits } from "../validation/edits";

/** The tables the pipeline reads; an action writes only to Matchning and Placeringar. */
const PIPELINE_TABLES = {
  positions: MATCHING_TABLES.positions,
  matching: MATCHING_TABLES.matching,
  placements: TABLES.placements,
  targetGroups: TABLES.targetGroups,
} as const;

/** An action refused (nothing was written); the pane explains `problem`. */
export class PipelineActionError extends Error {
  constructor(readonly problem: PipelineProblem) {
    super(`Pipeline action refused: ${problem.code}`);
    this.name = "PipelineActionError";
  }
}

type TableKey = keyof typeof PIPELINE_TABLES;

interface ReadTable {
  readonly input: TableInput;
  readonly table: ExcelTable;
  readonly sheet: string;
  /** The data body's rectangle on its sheet. */
  readonly body: { top: number; left: number; rows: number; columns: number };
  /** Whether each body cell holds a formula (calculated columns), to tell an empty row from a filled one. */
  readonly formulaCells: readonly (readonly boolean[])[];
}

function toInput(value: ExcelCellValue | null | undefined): InputCell {
  return value === "" || value === undefined ? null : value;
}

/** Reads the four tables in two syncs (which exist, then their cells); a missing table is left out. */
async function readTables(context: ExcelRequestContext): Promise<{ tables: Partial<Record<TableKey, ReadTable>>; eventsEnabled: boolean }> {
  const keys = Object.keys(PIPELINE_TABLES) as TableKey[];
  const found = keys.map((key) => ({ key, table: context.workbook.tables.getItemOrNullObject(PIPELINE_TABLES[key]) }));
  const runtime = context.runtime.load("enableEvents");
  await context.sync();
  const loaded = found
    .filter(({ table }) => !table.isNullObject)
    .map(({ key, table }) => ({
      key,
      table,
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("address, values, formulas"),
    }));
  await context.sync();
  const tables: Partial<Record<TableKey, ReadTable>> = {};
  for (const { key, table, header, body } of loaded) {
    const { sheet, local } = splitSheet(body.address);
    const rect = parseRect(local);
    tables[key] = {
      input: {
        name: PIPELINE_TABLES[key],
        sheet: sheet ?? "",
        headers: (header.values[0] ?? []).map((cell) => String(cell ?? "")),
        firstDataRow: rect.top + 1,
        firstColumn: rect.left,
        rows: body.values.map((row) => row.map(toInput)),
      },
      table,
      sheet: sheet ?? "",
      body: rect,
      formulaCells: body.formulas.map((row) => row.map((cell) => typeof cell === "string" && cell.startsWith("="))),
    };
  }
  return { tables, eventsEnabled: runtime.enableEvents };
}

function pipelineOf(tables: Partial<Record<TableKey, ReadTable>>): Pipeline {
  return readPipeline({
    platser: tables.positions?.input,
    matchning: tables.matching?.input,
    placeringar: tables.placements?.input,
    malgrupper: tables.targetGroups?.input,
  });
}

/**
 * Watches the matching tables and Placeringar for a user's edits (the tab's own actions write with events off,
 * so they do not count); resolves to a function that stops watching.
 */
export async function watchMatchingEdits(run: ExcelRun, onEdit: () => void): Promise<() => void> {
  const watch = await watchTableEdits(run, onEdit, [...Object.values(MATCHING_TABLES), TABLES.placements]);
  return () => watch.stop();
}

/** The pipeline as the workbook holds it now (read only). */
export function readMatchingPipeline(run: ExcelRun): Promise<{ pipeline: Pipeline; missing: string[] }> {
  return run(async (context) => {
    const { tables } = await readTables(context);
    const missing = (["positions", "matching"] as const).filter((key) => !tables[key]).map((key) => PIPELINE_TABLES[key]);
    return { pipeline: pipelineOf(tables), missing };
  });
}

/** The first row of the trailing empty rows (only formulas or nothing), or `rows` when the last row is used. */
function firstFreeRow(read: ReadTable): number {
  let free = read.input.rows.length;
  while (free > 0) {
    const row = read.input.rows[free - 1]!;
    const used = row.some((cell, column) => cell !== null && !read.formulaCells[free - 1]?.[column]);
    if (used) break;
    free--;
  }
  return free;
}

function columnIndex(read: ReadTable, header: string): number {
  const index = read.input.headers.findIndex((name) => name.trim().toLowerCase() === header.toLowerCase());
  if (index < 0) throw new PipelineActionError({ code: "missingTable", params: { table: `${read.input.name}[${header}]` } });
  return index;
}

/** Queues the cells of one row; a date goes in as a serial with the template's date format. */
function queueRow(context: ExcelRequestContext, read: ReadTable, row: number, cells: RowCells): void {
  const sheet = context.workbook.worksheets.getItem(read.sheet);
  // Every column is looked up first, so a missing column refuses the action before anything is queued.
  const targets = Object.entries(cells).map(([header, value]) => ({ column: columnIndex(read, header), value }));
  for (const { column, value } of targets) {
    const range: ExcelRange = sheet.getRange(formatRect({ top: read.body.top + row, left: read.body.left + column, rows: 1, columns: 1 }));
    if (isDateValue(value)) {
      range.numberFormat = [[DATE_FORMAT]];
      range.values = [[isoToSerial(value.date)]];
    } else {
      range.values = [[value === null ? "" : value]];
    }
  }
}

function requireTable(tables: Partial<Record<TableKey, ReadTable>>, name: string): ReadTable {
  const key = (Object.keys(PIPELINE_TABLES) as TableKey[]).find((k) => PIPELINE_TABLES[k] === name);
  const read = key ? tables[key] : undefined;
  if (!read) throw new PipelineActionError({ code: "missingTable", params: { table: name } });
  return read;
}

/**
 * Runs one action: reads, lets `decide` choose the writes on what it read, and writes them in one batch.
 * Rejects with PipelineActionError (nothing written) when `decide` refuses or a table or column is missing.
 */
export function applyPipelineAction(run: ExcelRun, decide: (pipeline: Pipeline) => PipelineResult): Promise<{ caseId?: string }> {
  return run(async (context) => {
    const { tables, eventsEnabled } = await readTables(context);
    for (const key of ["positions", "matching"] as const) requireTable(tables, PIPELINE_TABLES[key]);
    const result = decide(pipelineOf(tables));
    if (!result.ok) throw new PipelineActionError(result.problem);
    const write: PipelineWrite = result.write;
    // Where each write lands, decided before anything is queued.
    const appends = write.appends.map((append) => {
      const read = requireTable(tables, append.table);
      const row = firstFreeRow(read);
      return { read, row, cells: append.cells, grow: row >= read.input.rows.length };
    });
    const updates = write.updates.map((update) => ({ read: requireTable(tables, update.table), row: update.row, cells: update.cells }));
    for (const { read, cells } of [...appends, ...updates]) for (const header of Object.keys(cells)) columnIndex(read, header);

    context.runtime.enableEvents = false;
    for (const { read, row, cells, grow } of appends) {
      // A new table row: calculated columns fill it; then only the action's input cells are written.
      if (grow) read.table.rows.add();
      queueRow(context, read, row, cells);
    }
    for (const { read, row, cells } of updates) queueRow(context, read, row, cells);
    context.runtime.enableEvents = eventsEnabled;
    await context.sync();
    return result.caseId !== undefined ? { caseId: result.caseId } : {};
  });
}
