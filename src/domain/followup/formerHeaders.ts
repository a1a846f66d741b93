/**
 * Column headers a template version renamed. A workbook made by an older version still carries the old
 * header until the add-in upgrades it; until then the readers (validation, the supplier copy) find the
 * column under its old header, and the upgrade renames the header cell in place, so no cell is lost.
 */
import { PLACEMENT_HEADERS as P, REPORT_HEADERS as R, TABLES } from "./names";

export interface RenamedHeader {
  readonly table: string;
  /** The header of the current template version. */
  readonly current: string;
  /** The header older workbooks carry. */
  readonly former: string;
  /** The template version that renamed it. */
  readonly since: string;
}

export const RENAMED_HEADERS: readonly RenamedHeader[] = [
  // "Senast inkommen" read as "most recently received"; the column is the report's due date.
  { table: TABLES.reports, current: R.dueDate, former: "Senast inkommen", since: "1.1.0" },
  { table: TABLES.placements, current: P.offeredDate, former: "Erbjuden datum", since: "1.1.0" },
];

const fold = (text: string): string => text.trim().toLowerCase();

/** The old headers a current header may still have in an older workbook. */
export function formerHeadersOf(current: string): readonly string[] {
  return RENAMED_HEADERS.filter((renamed) => fold(renamed.current) === fold(current)).map((renamed) => renamed.former);
}

/**
 * Where a column is in a header row: under its current header, else under a former one (trimmed,
 * case-insensitive, as Excel compares table column names); -1 when the table has neither.
 */
export function headerIndex(headers: readonly string[], current: string): number {
  const folded = headers.map(fold);
  const at = folded.indexOf(fold(current));
  if (at >= 0) return at;
  for (const former of formerHeadersOf(current)) {
    const old = folded.indexOf(fold(former));
    if (old >= 0) return old;
  }
  return -1;
}
