/**
 * How much of a workbook file SYSS reads. A follow-up workbook holds hundreds of rows; these limits are
 * far above that and keep `syss validate` (and the add-in's file reads) within bounded memory on a
 * hostile or runaway file: a zip bomb, a table whose range claims a million rows, a million real rows.
 * Measured with test/bench/hostile-files.bench.ts (peak memory well under 1 GB at these limits).
 */

/** The unpacked parts of the package together, in bytes. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Rows in one sheet, and data rows a table's range may claim. */
export const MAX_ROWS = 50_000;

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
