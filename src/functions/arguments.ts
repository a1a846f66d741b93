/**
 * Coercion of custom-function arguments. Excel passes a range as a matrix (rows of cells), a single
 * cell as a scalar or a 1×1 matrix, and an omitted optional argument as null or undefined.
 */
import { isBlank } from "../domain/model";

export type Matrix = readonly (readonly unknown[])[];

/** Any argument as a matrix: scalars become 1×1, a flat list one row; omitted becomes empty. */
export function asMatrix(value: unknown): Matrix {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [[value]];
  if (value.every((row) => Array.isArray(row))) return value as unknown[][];
  return [value];
}

/** True when an optional range argument is omitted or holds only empty cells. */
export function isOmitted(value: unknown): boolean {
  return asMatrix(value).every((row) => row.every(isBlank));
}

/** All cells of a matrix, row by row (a header row or a single column of values). */
export function flatten(matrix: Matrix): unknown[] {
  const cells: unknown[] = [];
  for (const row of matrix) for (const cell of row) cells.push(cell);
  return cells;
}

/** A scalar argument that may arrive as a 1×1 matrix. */
export function scalar(value: unknown): unknown {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return Array.isArray(first) ? first[0] : first;
  }
  return value;
}
