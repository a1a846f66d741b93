/**
 * Free names for what SYSS adds to a user's workbook. A sheet or table a user already has is never taken
 * over: the new one gets the first free variant, so running again keeps every earlier version and every
 * edit made in it. Excel compares both kinds of name case-insensitively.
 */

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

/** The wanted name, or the first "Name (n)" no sheet has (case-insensitive, as Excel compares names). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The wanted table name, or the first "Name2", "Name3", … that no table and no defined name has: tables
 * and defined names share one namespace in a workbook.
 */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!used.has(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}
