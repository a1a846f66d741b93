/**
 * How much of a workbook file SYSS reads. A follow-up workbook holds hundreds of rows; these limits are
 * far above that and keep `syss validate` (and the add-in's file reads) within bounded memory on a
 * hostile or runaway file: a zip bomb, a table whose range claims a million rows, a million real rows.
 * Measured with test/bench/hostile-files.bench.ts (peak memory well under 1 GB at these limits).
 */

/**
 * The unpacked parts of the package together, in bytes: every part for a reader that loads the workbook
 * with ExcelJS (`syss doctor`, the matching reader), every part but the worksheets for the follow-up
 * reader, which streams worksheets (MAX_SHEET_BYTES).
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Rows in one sheet, and data rows a table's range may claim, for the follow-up reader (`syss validate`,
 * merge, portfolio): it keeps values only, about 2 KB a Placeringar row, so 200 000 rows stay near 500 MB.
 */
export const MAX_ROWS = 200_000;

/** Rows in one sheet for a reader that loads the workbook with ExcelJS (an object per cell). */
export const MAX_ROWS_LOADED = 50_000;

/**
 * Unpacked bytes of one worksheet the follow-up reader streams through (never held whole): a SYSS
 * template with 100 000 placements is about 520 MB, its formulas included.
 */
export const MAX_SHEET_BYTES = 1024 * 1024 * 1024;

/** The largest single row element the follow-up reader holds while it streams. */
export const MAX_ROW_BYTES = 16 * 1024 * 1024;

/** Columns a table's range may claim (the template's widest table has under 30). */
export const MAX_TABLE_COLUMNS = 1_000;

const ROW_TAG = [0x3c, 0x72, 0x6f, 0x77]; // "<row"

/**
 * The number of `<row` elements in a sheet part, counted on the bytes (no decoding, no regex): a sheet
 * with more rows than SYSS reads is refused before ExcelJS builds a cell object for each of them.
 */
export function countRowElements(xml: Uint8Array): number {
  let count = 0;
  for (let i = xml.indexOf(ROW_TAG[0]!); i >= 0 && i + 4 < xml.length; i = xml.indexOf(ROW_TAG[0]!, i + 1)) {
    if (xml[i + 1] === ROW_TAG[1] && xml[i + 2] === ROW_TAG[2] && xml[i + 3] === ROW_TAG[3]) {
      const next = xml[i + 4];
      if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2f) count++;
    }
  }
  return count;
}

/** `<row` elements in a sheet streamed in chunks (a "<row" split between two chunks is counted once). */
export async function countRowElementsStreaming(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let count = 0;
  let carry = new Uint8Array(0);
  for await (const chunk of chunks) {
    const joined = new Uint8Array(carry.length + chunk.length);
    joined.set(carry);
    joined.set(chunk, carry.length);
    // countRowElements counts a "<row" only when the byte after it is there too: one starting in the last
    // 4 bytes is left for the next round, which sees those bytes again at its start.
    count += countRowElements(joined);
    carry = joined.slice(Math.max(0, joined.length - 4));
  }
  return count;
}
