/**
 * "Importera leverantörens fil" written through Office.js: the merge plan's cell updates and new rows
 * (src/domain/portfolio/merge.ts, made by the pane's services). Never overwrites: each updated cell is
 * read again in the same run and written only while it is still empty, so a value a user typed after the
 * dry run stays. Two round trips: one read, one write with events off and calculation suspended.
 */
import type { CellValue, ExcelRange, ExcelRun } from "../host/api";

export interface ImportUpdate {
  readonly sheet: string;
  /** A1 address of one cell. */
  readonly address: string;
  readonly value: CellValue;
}

export interface ImportAddition {
  readonly table: string;
  /** One value per table column, in the table's order; "" leaves a cell (and a calculated column's formula) as Excel makes it. */
  readonly values: readonly CellValue[];
}

export interface ImportWrites {
  readonly updates: readonly ImportUpdate[];
  readonly additions: readonly ImportAddition[];
}

export interface ImportOutcome {
  readonly updated: number;
  readonly added: number;
  /** Updates left out because the cell was no longer empty when written. */
  readonly skipped: number;
}

function isEmpty(value: CellValue | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function writeSupplierImport(run: ExcelRun, writes: ImportWrites): Promise<ImportOutcome> {
  return run(async (context) => {
    const runtime = context.runtime.load("enableEvents");
    const targets: { update: ImportUpdate; range: ExcelRange }[] = writes.updates.map((update) => ({
      update,
      range: context.workbook.worksheets.getItem(update.sheet).getRange(update.address).load("values"),
    }));
    await context.sync();
    const eventsWere = runtime.enableEvents;
    context.runtime.enableEvents = false;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    let updated = 0;
    let skipped = 0;
    for (const { update, range } of targets) {
      if (isEmpty(range.values[0]?.[0])) {
        range.values = [[update.value]];
        updated++;
      } else {
        skipped++;
      }
    }
    const byTable = new Map<string, CellValue[][]>();
    for (const addition of writes.additions) byTable.set(addition.table, [...(byTable.get(addition.table) ?? []), [...addition.values]]);
    for (const [table, rows] of byTable) context.workbook.tables.getItem(table).rows.add(undefined, rows);
    context.runtime.enableEvents = eventsWere;
    await context.sync();
    return { updated, added: writes.additions.length, skipped };
  });
}
