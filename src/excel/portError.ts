/**
 * The error the WorkbookPort throws for a problem the user can act on (a sheet that cannot be written, a
 * table in the way). Its own small module: the pane's services check for it before any writer has loaded.
 */
import { UserError } from "../domain/common/errors";
import { excelText, type ExcelText, type ExcelTextKey } from "../domain/i18n/excel";

/** A problem the user can act on, with its message in both languages (never a stack trace). */
export class ExcelPortError extends UserError<ExcelTextKey> {
  constructor(code: ExcelTextKey, values: Record<string, string | number> = {}) {
    // `message` stays English, as Office.js errors are, for logs; users read `texts`.
    super(code, excelText(code, values), values, "en");
    this.name = "ExcelPortError";
  }

  /** The bilingual message (`messages`), under the name the pane services use. */
  get texts(): ExcelText {
    return this.messages;
  }
}
