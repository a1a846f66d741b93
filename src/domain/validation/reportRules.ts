/**
 * The rules over the Rapporter table: each date is a real date, list columns hold list values, and a
 * report past its due date (Sista dag för rapport) without an Inkom datum is overdue — the same test as the
 * sheet's conditional formatting and Sammanställning's count (due date strictly before today).
 */
import { serialToIso } from "../common/dates";
import { REPORT_HEADERS as R } from "../followup/names";
import type { BilingualText } from "../i18n/validation";
import { isBlankCell, readDate, readListValue, showCell } from "./cells";
import { finding, type Finding } from "./findings";
import type { TableView } from "./input";
import { HIDDEN_VALUE, rowLabel } from "./placementRules";
import { REPORT_LIST_COLUMNS } from "./listColumns";

const REPORT_DATE_COLUMNS = [R.periodFrom, R.periodTo, R.dueDate, R.receivedDate, R.reviewDate, R.deadline] as const;

/** "2025-01-01–2025-03-31" from the period columns, else "Rad 7"/"Row 7". */
function reportLabel(view: TableView, index: number): { rowId: string; label: BilingualText } {
  const from = readDate(view.cell(index, R.periodFrom));
  const to = readDate(view.cell(index, R.periodTo));
  if (from.kind === "date" && to.kind === "date") {
    const rowId = `${serialToIso(from.serial)}–${serialToIso(to.serial)}`;
    return { rowId, label: { sv: rowId, en: rowId } };
  }
  const row = view.sheetRow(index);
  return { rowId: "", label: rowLabel("", row) };
}

/** Findings of one Rapporter row; `today` is an Excel serial. */
export function validateReportRow(view: TableView, index: number, today: number, sensitive: ReadonlySet<string>): Finding[] {
  const cells = view.table.rows[index] ?? [];
  if (cells.every((cell) => isBlankCell(cell))) return [];
  const { rowId, label } = reportLabel(view, index);
  const findings: Finding[] = [];
  const place = (header: string) => ({ sheet: view.table.sheet, address: view.address(index, header), column: header, rowId });
  const shown = (header: string) => (sensitive.has(view.address(index, header)) ? HIDDEN_VALUE : showCell(view.cell(index, header)));
  const dates = new Map<string, number>();
  for (const header of REPORT_DATE_COLUMNS) {
    const cell = view.cell(index, header);
    const read = readDate(cell);
    if (read.kind === "invalid") findings.push(finding("NOT_A_DATE", place(header), { rowId: label, value: shown(header) }));
    if (read.kind !== "date") continue;
    if (read.asText) findings.push(finding("DATE_AS_TEXT", place(header), { rowId: label, value: shown(header) }));
    dates.set(header, read.serial);
  }
  for (const [header, options] of REPORT_LIST_COLUMNS) {
    const cell = view.cell(index, header);
    const read = readListValue(cell, options);
    if (read.kind === "near") findings.push(finding("LIST_NOT_EXACT", place(header), { rowId: label, value: shown(header), proposal: `"${read.proposal}"` }));
    if (read.kind === "unknown") findings.push(finding("LIST_UNKNOWN", place(header), { rowId: label, value: shown(header), allowed: options.join(", ") }));
  }
  const due = dates.get(R.dueDate);
  if (due !== undefined && due < today && isBlankCell(view.cell(index, R.receivedDate))) {
    findings.push(finding("REPORT_OVERDUE", place(R.receivedDate), { rowId: label, due: serialToIso(due) }));
  }
  return findings;
}

export function validateReports(view: TableView, today: number, sensitive: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < view.rowCount; index++) findings.push(...validateReportRow(view, index, today, sensitive));
  return findings;
}

/** Reports past due without an Inkom datum (Sammanställning's "försenade rapporter"). */
export function countOverdueReports(view: TableView, today: number): number {
  let count = 0;
  for (let index = 0; index < view.rowCount; index++) {
    const due = readDate(view.cell(index, R.dueDate));
    if (due.kind === "date" && due.serial < today && isBlankCell(view.cell(index, R.receivedDate))) count++;
  }
  return count;
}
