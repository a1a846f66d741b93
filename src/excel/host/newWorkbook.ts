/**
 * Opens a file SYSS made (the supplier version) as a new workbook in Excel, with `Excel.createWorkbook`
 * (ExcelApi 1.8). Office on Mac and iPad has no downloads in add-ins, by design, so a blob link does
 * nothing there; createWorkbook opens a new window on every platform that has the requirement set, and the
 * user saves it where they like. The caller falls back to a download when this says "unavailable".
 */
import type { IsSetSupported } from "./api";

/** `Excel.createWorkbook(base64)`: resolves once Excel has opened the new workbook. */
export type CreateWorkbook = (base64File: string) => Promise<void>;

export type OpenOutcome = "opened" | "unavailable";

/** Base64 of the bytes, without Node's Buffer (the pane runs in a browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In chunks: String.fromCharCode with a whole file as arguments overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * "opened" when Excel opened the bytes as a new workbook; "unavailable" when the host lacks ExcelApi 1.8 or
 * createWorkbook, or refused (e.g. Excel on the web with pop-ups blocked): then nothing has happened and a
 * download is the way.
 */
export async function openAsNewWorkbook(
  bytes: Uint8Array,
  host: { readonly createWorkbook?: CreateWorkbook; readonly isSetSupported: IsSetSupported },
): Promise<OpenOutcome> {
  let supported = false;
  try {
    supported = host.createWorkbook !== undefined && host.isSetSupported("ExcelApi", "1.8");
  } catch {
    // Outside an Office host there are no requirement sets to ask.
  }
  if (!supported || !host.createWorkbook) return "unavailable";
  try {
    await host.createWorkbook(toBase64(bytes));
    return "opened";
  } catch {
    return "unavailable";
  }
}
