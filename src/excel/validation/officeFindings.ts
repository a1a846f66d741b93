/**
 * The FindingsPort of src/excel/workbook.ts over Office.js: validate into the Validering sheet, and live mode.
 * Plugged into the task pane next to createOfficeTemplatePort.
 *
 * Both are the validation modules of this folder, loaded on first use in their own chunks (they bring the
 * validation rules, which the pane's first render does not need): validate is validation/validate.ts (read,
 * rules, Validering write); live mode is validation/live.ts, the one implementation
 * (debounce, changed rows only, own-write guard, Validering write). The port only starts them with the
 * pane's settings and hands their results on. "Rätta" writes the finding's own correction (validation/
 * writeCorrection.ts: a checked one-cell write, nothing read again), in a chunk of its own too.
 */
import type { ExcelRun } from "../host/api";
import type { FindingsPort, LiveListener } from "../workbook";
import type { ReadHint } from "./read";
import type { ValidationLang } from "../../domain/i18n/validation";

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

const loadLiveValidation = () => import(/* webpackChunkName: "excel-live" */ "./live");
const loadValidateInExcel = () => import(/* webpackChunkName: "excel-validate" */ "./validate");
const loadCorrection = () => import(/* webpackChunkName: "excel-correct" */ "./writeCorrection");
const loadEditWatch = () => import(/* webpackChunkName: "excel-live" */ "./edits");

export function createOfficeFindingsPort(options: FindingsPortOptions): FindingsPort {
  const { run } = options;
  // The sheets the last validation met, so the next one reads them in its first round trip (see ReadHint).
  let hint: ReadHint | undefined;
  const suspendOption = options.canSuspendScreenUpdating === undefined ? {} : { canSuspendScreenUpdating: options.canSuspendScreenUpdating };

  return {
    validate: async (work) => {
      const { validateInExcel } = await loadValidateInExcel();
      const validation = await validateInExcel(run, {
        today: options.today(),
        lang: options.lang(),
        requireMarker: true,
        ...(hint ? { hint } : {}),
        ...suspendOption,
        ...(work ? { work } : {}),
      });
      if (validation === null) return null;
      hint = validation.hint;
      return validation.result;
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

    watchEdits: async (onEdit) => {
      const { watchTableEdits } = await loadEditWatch();
      const watch = await watchTableEdits(run, onEdit);
      return () => watch.stop();
    },

    correct: async (correction) => {
      const { applyCorrection } = await loadCorrection();
      return applyCorrection(run, correction);
    },
  };
}
