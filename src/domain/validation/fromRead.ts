/**
 * From what a workbook reader returns to the validation's input. The shape below is structural: it is
 * what the .xlsx reader (src/xlsx/read.ts, FollowupWorkbook) gives, so the domain needs no import from
 * an adapter layer; the Office.js side builds the same shape from its one read.
 */
import { SHEETS } from "../followup/names";
import type { ContractFieldKey } from "../followup/names";
import { parseCellAddress, type AddressedCell, type InputCell, type TableInput, type ValidationInput } from "./input";

/** A read cell: a value, or a spreadsheet error such as "#N/A". */
export type ReadCell = InputCell | { readonly error: string };

export interface ReadTableShape {
  readonly name: string;
  readonly sheet: string;
  /** The table's range including the header row, e.g. "A1:AA12" (a sheet prefix is allowed). */
  readonly range: string;
  readonly headers: readonly string[];
  /** Data rows; `row` is the 1-based sheet row. */
  readonly rows: readonly { readonly row: number; readonly values: readonly ReadCell[] }[];
  /** Filled rows directly below the table, outside it, when the reader looks for them. */
  readonly below?: readonly (readonly ReadCell[])[];
}

export interface FollowupReadShape {
  readonly contract: Readonly<Partial<Record<ContractFieldKey, ReadCell>>>;
  /** Where each value was read from ("Avtal!B11" or "B11"; "" when the workbook lacks it). */
  readonly contractAddresses: Readonly<Partial<Record<ContractFieldKey, string>>>;
  readonly targetGroups: readonly string[];
  readonly placements: ReadTableShape;
  readonly reports: ReadTableShape;
  /** Further tables (Malgrupper, Parametrar) when the reader has them; scanned for personal data. */
  readonly otherTables?: readonly ReadTableShape[];
  /** Other filled cells of the Avtal sheet outside the form, when the reader has them. */
  readonly contractOtherCells?: readonly AddressedCell[];
  /** Filled cells outside tables on every other sheet, when the reader has them. */
  readonly looseCells?: readonly { readonly sheet: string; readonly address: string; readonly value: ReadCell }[];
}

/** A spreadsheet error reads as its code text ("#N/A"), which every type check then rejects. */
export function toInputCell(cell: ReadCell): InputCell {
  if (cell !== null && typeof cell === "object" && "error" in cell) return cell.error;
  return cell;
}

function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
}

export function tableFromRead(table: ReadTableShape): TableInput {
  const topLeft = parseCellAddress(withoutSheet(table.range).split(":")[0] ?? "A1") ?? { column: 0, row: 1 };
  return {
    name: table.name,
    sheet: table.sheet,
    headers: table.headers,
    firstDataRow: table.rows[0]?.row ?? topLeft.row + 1,
    firstColumn: topLeft.column,
    rows: table.rows.map((row) => row.values.map(toInputCell)),
    ...(table.below !== undefined ? { below: table.below.map((row) => row.map(toInputCell)) } : {}),
  };
}

export function fromFollowupRead(read: FollowupReadShape): ValidationInput {
  const fields: Partial<Record<ContractFieldKey, AddressedCell>> = {};
  for (const [key, address] of Object.entries(read.contractAddresses) as [ContractFieldKey, string | undefined][]) {
    if (!address) continue;
    fields[key] = { address: withoutSheet(address), value: toInputCell(read.contract[key] ?? null) };
  }
  return {
    contract: { sheet: SHEETS.contract, fields, otherCells: read.contractOtherCells ?? [] },
    tables: [read.placements, read.reports, ...(read.otherTables ?? [])].map(tableFromRead),
    targetGroupNames: read.targetGroups,
    looseCells: (read.looseCells ?? []).map((cell) => ({ sheet: cell.sheet, address: withoutSheet(cell.address), value: toInputCell(cell.value) })),
  };
}
