/**
 * Placement rows given as JSON (e.g. `placements` in the CLI's contract file, or an example workbook),
 * turned into Placeringar table rows. Keys may be column keys ("startDate") or Swedish headers
 * ("Startdatum"). Only the shape is checked here (dates are dates, numbers are numbers); the validation
 * engine checks the content rules on the workbook.
 */
import { ContractError } from "./contract";
import { isIsoDate } from "../common/dates";
import { PLACEMENTS_TABLE, DATE_FORMAT, PERCENT_FORMAT } from "./template";
import type { CellValue, TableColumnSpec } from "./types";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function columnFor(key: string): TableColumnSpec | undefined {
  return PLACEMENTS_TABLE.columns.find((column) => column.key === key || column.header === key);
}

function cellValue(column: TableColumnSpec, raw: unknown, where: string): CellValue {
  if (raw === null || raw === undefined || raw === "") return null;
  if (column.numberFormat === DATE_FORMAT) {
    if (typeof raw !== "string" || !isIsoDate(raw)) throw new ContractError("notDate", where, raw);
    return { date: raw };
  }
  if (column.numberFormat === PERCENT_FORMAT) {
    if (typeof raw !== "number" || !Number.isFinite(raw)) throw new ContractError("notNumber", where, raw);
    // Like the model: values in (1, 100] are percentages, the rest fractions.
    return raw > 1 ? raw / 100 : raw;
  }
  if (column.numberFormat !== undefined && column.numberFormat !== "@") {
    if (typeof raw !== "number" || !Number.isFinite(raw)) throw new ContractError("notNumber", where, raw);
    return raw;
  }
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  throw new ContractError("notText", where, raw);
}

/** Rows in Placeringar column order; calculated columns are null (their formula fills them). */
export function parsePlacements(raw: unknown): CellValue[][] {
  if (!Array.isArray(raw)) throw new ContractError("notArray", "placements", raw);
  return raw.map((item, index) => {
    if (!isRecord(item)) throw new ContractError("notObject", `placements[${index}]`, item);
    const row: CellValue[] = PLACEMENTS_TABLE.columns.map(() => null);
    for (const [key, value] of Object.entries(item)) {
      const column = columnFor(key);
      const where = `placements[${index}].${key}`;
      if (!column) throw new ContractError("unknownColumn", where, key);
      if (column.formula) throw new ContractError("unknownColumn", where, key);
      row[PLACEMENTS_TABLE.columns.indexOf(column)] = cellValue(column, value, where);
    }
    return row;
  });
}
