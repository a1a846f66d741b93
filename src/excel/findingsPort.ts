/**
 * The FindingsPort of src/excel/port.ts over Office.js: write findings to the Validering sheet, and live
 * mode. Plugged into the task pane next to createOfficeTemplatePort.
 *
 * writeFindings takes two round trips here (a small probe for the Validering sheet and table, then the
 * write), because the port is called without a preceding read; validateInExcel, which has just read the
 * layout, writes in one.
 *
 * Live mode is liveValidation.ts, the one implementation (debounce, changed rows only, own-write guard,
 * Validering write); the port only starts it with the pane's settings and hands its updates on. It is loaded
 * on first use, in its own chunk: it brings the validation rules, which the pane's first render does not need.
 */
import type { ExcelRun } from "./api";
import type { FindingsPort, LiveListener } from "./port";
import { VALIDATION_SHEET, VALIDATION_TABLE, writeFindings } from "./validationSheet";
import type { ValidationLang } from "../domain/i18n/validation";
import type { Finding } from "../domain/validation/findings";

export interface FindingsPortOptions {
  readonly run: ExcelRun;
  /**
   * Today (yyyy-mm-dd) and the UI language, asked at each write (the pane may change language); live mode
   * asks for the language when it starts and for today at each re-validation.
   */
  readonly today: () => string;
  readonly lang: () => ValidationLang;
  readonly canSuspendScreenUpdating?: boolean;
}

const loadLiveValidation = () => import(/* webpackChunkName: "excel-live" */ "./liveValidation");

export function createOfficeFindingsPort(options: FindingsPortOptions): FindingsPort {
  const { run } = options;
  const suspendOption = options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating };

  return {
    writeFindings: async (findings: readonly Finding[]) => {
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
          ...suspendOption,
        });
      });
    },

    startLiveValidation: async (listener: LiveListener) => {
      const { startLiveValidation } = await loadLiveValidation();
      // Cleared by stop: a re-validation already running still writes Validering, but nobody hears of it.
      let listening = true;
      const live = await startLiveValidation({
        run,
        today: options.today,
        lang: options.lang(),
        onUpdate: (update) => {
          if (listening) listener.onUpdate(update);
        },
        onError: (error) => {
          if (listening) listener.onError(error);
        },
        ...suspendOption,
      });
      return async () => {
        listening = false;
        live.stop();
        await live.idle();
      };
    },
  };
}
