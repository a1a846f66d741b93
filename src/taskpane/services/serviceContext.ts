/**
 * What every part of the services shares: the one WorkbookPort, the options, and the error handling that turns
 * anything from below into a TaskpaneError with an i18n key (so a view never shows a raw exception) and records
 * it for "Om SYSS". Each part (validationServices.ts, …) is a function of this context.
 */
import type { TemplatePlan } from "../../domain/followup/types";
import type { WorkbookPort } from "../../excel/workbook";
import { ExcelPortError } from "../../excel/portError";
import type { OpenOutcome } from "../../excel/host/newWorkbook";
import type { HostEnvironment } from "../../excel/host/environment";
import { TaskpaneError } from "../shell/errors";
import { WorkCancelled } from "../../domain/common/work";
import type { ErrorLog } from "../shell/errorLog";
import type { MatchingServices } from "./matchingTypes";

export interface ServiceOptions {
  /** Today as yyyy-mm-dd in the user's time zone (validation's reference date). */
  readonly today: () => string;
  /** Builds the supplier-version .xlsx; loaded lazily because ExcelJS is large. */
  readonly writeXlsx?: (plan: TemplatePlan, today: string) => Promise<Uint8Array>;
  /** Opens bytes as a new Excel workbook (Excel.createWorkbook); without it, files are downloads. */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<OpenOutcome>;
  /** The Office host, build and requirement sets (host/officeHost.ts in Excel); "not known" everywhere by default. */
  readonly environment?: () => HostEnvironment;
  /** Where caught errors are recorded for "Om SYSS"; one per services by default. */
  readonly errorLog?: ErrorLog;
  /** After a template is applied: make the pane open with this workbook (officeHost.enableAutoOpen); best effort. */
  readonly onTemplateApplied?: () => Promise<unknown>;
  /** The Matchning tab's reads and writes (matchingServices.ts); without them its calls reject as unavailable. */
  readonly matching?: MatchingServices;
}

export interface ServiceContext {
  readonly workbook: WorkbookPort;
  readonly options: ServiceOptions;
  readonly errorLog: ErrorLog;
  /** Runs a service call: its failure becomes a TaskpaneError and is recorded (scrubbed) for "Om SYSS". */
  guarded<T>(action: () => Promise<T>): Promise<T>;
  /** Rejects with error.templateMissing when the workbook has no SYSS template marker (one round trip). */
  requireTemplate(): Promise<void>;
}

/** Office.js errors (codes such as "InvalidOperation" while a cell is being edited) mapped to what to do. */
export function toTaskpaneError(error: unknown): unknown {
  if (error instanceof TaskpaneError) return error;
  // The port's own problems already say what is in the way and what to do, in both languages.
  if (error instanceof ExcelPortError) return new TaskpaneError("error.workbook", error.texts, { cause: error });
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "InvalidOperationInCellEditMode" || code === "ActivityLimitReached" || code === "Conflict") {
    return new TaskpaneError("error.excelBusy", undefined, { cause: error });
  }
  if (code === "AccessDenied" || code === "InsertDeleteConflict") return new TaskpaneError("error.sheetProtected", undefined, { cause: error });
  // A host without the API a call needs (an older Excel, a requirement set it lacks).
  if (code === "ApiNotFound" || code === "NotImplemented") return new TaskpaneError("error.notAvailable", undefined, { cause: error });
  return error;
}

export function createServiceContext(workbook: WorkbookPort, options: ServiceOptions, errorLog: ErrorLog): ServiceContext {
  const guarded = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      // The user's own "Avbryt": not an error to log or translate; the view says nothing changed.
      if (error instanceof WorkCancelled) throw error;
      const mapped = toTaskpaneError(error);
      errorLog.record(mapped);
      throw mapped;
    }
  };
  return {
    workbook,
    options,
    errorLog,
    guarded,
    requireTemplate: async () => {
      if ((await workbook.templateVersion()) === null) throw new TaskpaneError("error.templateMissing");
    },
  };
}
