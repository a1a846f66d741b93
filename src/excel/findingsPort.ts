/**
 * The FindingsPort of src/excel/port.ts over Office.js: write findings to the Validering sheet, and report
 * user edits to Placeringar. Plugged into the task pane next to createOfficeTemplatePort.
 *
 * writeFindings takes two round trips here (a small probe for the Validering sheet and table, then the
 * write), because the port is called without a preceding read; validateInExcel, which has just read the
 * layout, writes in one.
 */
import type { ExcelRun, ExcelTableChangedEventArgs } from "./api";
import type { FindingsPort, PlacementsChange } from "./port";
import { VALIDATION_SHEET, VALIDATION_TABLE, writeFindings } from "./validationSheet";
import { TABLES } from "../domain/followup/names";
import type { ValidationLang } from "../domain/i18n/validation";
import type { Finding } from "../domain/validation/findings";

export interface FindingsPortOptions {
  readonly run: ExcelRun;
  /** Today (yyyy-mm-dd) and the UI language, asked at each write: the pane may change language. */
  readonly today: () => string;
  readonly lang: () => ValidationLang;
  readonly canSuspendScreenUpdating?: boolean;
}

/** One macrotask: Office delivers a sync's events after it, so a guard must outlive the write by this much. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createOfficeFindingsPort(options: FindingsPortOptions): FindingsPort {
  const { run } = options;
  /** > 0 while the port writes: change events then come from us, not from the user. */
  let ownWrites = 0;

  return {
    writeFindings: async (findings: readonly Finding[]) => {
      ownWrites++;
      try {
        await run(async (context) => {
          // Collections rather than *OrNullObject: a missing table's row count cannot be loaded.
          const sheets = context.workbook.worksheets.load("items/name");
          const tables = context.workbook.tables.load("items/name,items/rows/count");
          const runtime = context.runtime.load("enableEvents");
          await context.sync();
          const table = tables.items.find((item) => item.name === VALIDATION_TABLE);
          await writeFindings(context, findings, null, {
            today: options.today(),
            lang: options.lang(),
            sheetExists: sheets.items.some((item) => item.name === VALIDATION_SHEET),
            tableRows: table === undefined ? null : table.rows.count,
            eventsEnabledBefore: runtime.enableEvents,
            ...(options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating }),
          });
        });
      } finally {
        await nextTask();
        ownWrites--;
      }
    },

    onPlacementsChanged: async (callback: (change: PlacementsChange) => void) => {
      let subscribed = true;
      const handler = async (args: ExcelTableChangedEventArgs): Promise<void> => {
        if (!subscribed || ownWrites > 0) return;
        callback({ address: args.address, changeType: args.changeType });
      };
      await run(async (context) => {
        context.workbook.tables.getItem(TABLES.placements).onChanged.add(handler);
        await context.sync();
      });
      // The handler's own context has ended by now, so it cannot be removed through it; unsubscribing
      // silences it instead (the task pane's runtime drops its handlers when it closes).
      return async () => {
        subscribed = false;
      };
    },
  };
}
