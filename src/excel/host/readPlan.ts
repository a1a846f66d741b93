/**
 * How to read large tables under Office.js's request size limit (5 MB per request/response in Excel on the
 * web): split each table body into row blocks whose estimated payload fits, then pack the blocks into as
 * few round trips as the limit allows — all of them in one `context.sync()` when the whole read fits.
 * Pure arithmetic, so the plan is tested without Excel.
 */

export interface ReadLimits {
  /** Largest payload one round trip may carry, in bytes (with a safety margin below Excel's 5 MB). */
  readonly maxPayloadBytes: number;
  /** Estimated JSON bytes per cell: a serial date or a short list value is ~10–20, long comments more. */
  readonly bytesPerCell: number;
}

/** 4 MB of the 5 MB limit, leaving room for the request's own framing and an underestimated row. */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxPayloadBytes: 4 * 1024 * 1024, bytesPerCell: 48 };

export interface TableSize {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

/** Rows `firstRow .. firstRow + rowCount - 1` (0-based within the table body) of one table. */
export interface RowBlock {
  readonly table: string;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columns: number;
  readonly estimatedBytes: number;
}

/** Blocks grouped by round trip: every group's estimated bytes stay within the limit. */
export type ReadPlan = readonly (readonly RowBlock[])[];

export function planRowBlocks(tables: readonly TableSize[], limits: ReadLimits = DEFAULT_READ_LIMITS, fixedBytes = 0): ReadPlan {
  const blocks: RowBlock[] = [];
  for (const table of tables) {
    if (table.rows <= 0 || table.columns <= 0) continue;
    const rowBytes = table.columns * limits.bytesPerCell;
    // At least one row per block, even when a single row is estimated above the limit.
    const rowsPerBlock = Math.max(1, Math.floor(limits.maxPayloadBytes / rowBytes));
    for (let first = 0; first < table.rows; first += rowsPerBlock) {
      const rowCount = Math.min(rowsPerBlock, table.rows - first);
      blocks.push({ table: table.name, firstRow: first, rowCount, columns: table.columns, estimatedBytes: rowCount * rowBytes });
    }
  }
  const groups: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let currentBytes = fixedBytes;
  for (const block of blocks) {
    if (current.length > 0 && currentBytes + block.estimatedBytes > limits.maxPayloadBytes) {
      groups.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(block);
    currentBytes += block.estimatedBytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
