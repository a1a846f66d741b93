/**
 * "Importera leverantörens fil" written through Office.js: the merge plan's cell updates and new rows
 * (src/domain/portfolio/merge.ts, made by the pane's services). Never overwrites: each updated cell is
 * read again in the same run and written only while it is still empty, so a value a user typed after the
 * dry run stays. Two round trips: one read, one write with events off and calculation suspended.
 */
import type { ExcelCellValue, ExcelRange, ExcelRun } from "../host/api";
import type { ImportOutcome, ImportUpdate, ImportWrites } from "../workbook";

export type { ImportAddition, ImportOutcome, ImportUpdate, ImportWrites } from "../workbook";

function isEmpty(value: ExcelCellValue | null | undefined): boolean {
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
    const byTable = new Map<string, ExcelCellValue[][]>();
    for (const addition of writes.additions) byTable.set(addition.table, [...(byTable.get(addition.table) ?? []), [...addition.values]]);
    for (const [table, rows] of byTable) context.workbook.tables.getItem(table).rows.add(undefined, rows);
    context.runtime.enableEvents = eventsWere;
    await context.sync();
    return { updated, added: writes.additions.length, skipped };
  });
}
