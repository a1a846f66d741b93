/**
 * The only place that touches the Office globals: the real `Excel.run` and requirement-set check, for the
 * task pane to inject into createOfficeTemplatePort. Everything else takes them as parameters.
 */
import type { ExcelRun, IsSetSupported } from "./api";

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  Office.context.requirements.isSetSupported(name, minVersion);

/** `Excel.createWorkbook` (ExcelApi 1.8), for opening the supplier version in a new window. */
export const officeCreateWorkbook = (base64File: string): Promise<void> => Excel.createWorkbook(base64File);
