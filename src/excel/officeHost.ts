/**
 * The only place that touches the Office globals: the real `Excel.run` and requirement-set check, for the
 * task pane to inject into createOfficeTemplatePort, and Office.context for the host environment. Everything else takes them as parameters.
 */
import type { ExcelRun, IsSetSupported } from "./api";
import { readHostEnvironment, type HostEnvironment, type OfficeContextLike } from "./environment";

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  Office.context.requirements.isSetSupported(name, minVersion);

/** `Excel.createWorkbook` (ExcelApi 1.8), for opening the supplier version in a new window. */
export const officeCreateWorkbook = (base64File: string): Promise<void> => Excel.createWorkbook(base64File);
/** The host, build, display language and requirement sets, for the pane's "Om SYSS" section. */
export const officeHostEnvironment = (): HostEnvironment =>
  readHostEnvironment(typeof Office !== "undefined" ? (Office.context as unknown as OfficeContextLike) : undefined);
