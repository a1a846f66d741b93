/**
 * The matching tables as read (validation's TableInput, from the .xlsx reader or the Office.js port) turned
 * into the funnel's rows, each with its sheet row so rules can point at cells. One reader for the rules,
 * `syss funnel` and the task pane.
 */
import { PLACEMENT_HEADERS as P, TABLES, TARGET_GROUP_HEADERS } from "../followup/names";
import type { CellValue } from "../followup/types";
import { TableView, type TableInput, type ValidationInput } from "../validation/input";
import type { FunnelInput, MatchingRow, PlacementLink, PositionRow } from "./funnel";
import { MATCHING_COLUMNS, MATCHING_TABLES, POSITION_COLUMNS, type Header } from "./sheets";

export interface Located<T> {
  readonly row: T;
  /** 1-based sheet row. */
  readonly sheetRow: number;
}

type Tables = Pick<ValidationInput, "tables" | "targetGroupNames">;

/** A table by name, case ignored (as Excel's table names are). */
function findTable(input: Tables, name: string): TableInput | undefined {
  const wanted = name.toLowerCase();
  return input.tables.find((table) => table.name.toLowerCase() === wanted);
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function rowsOf<K extends string>(table: TableInput | undefined, columns: Readonly<Record<K, Header>>): Located<Partial<Record<K, CellValue>>>[] {
  if (table === undefined) return [];
  const view = new TableView(table);
  const out: Located<Partial<Record<K, CellValue>>>[] = [];
  for (let index = 0; index < view.rowCount; index++) {
    const row: Partial<Record<K, CellValue>> = {};
    let filled = false;
    for (const key of Object.keys(columns) as K[]) {
      const value = view.cell(index, columns[key].sv);
      row[key] = value;
      if (!isBlank(value)) filled = true;
    }
    if (filled) out.push({ row, sheetRow: view.sheetRow(index) });
  }
  return out;
}

export function matchingRowsOf(input: Tables): Located<MatchingRow>[] {
  return rowsOf(findTable(input, MATCHING_TABLES.matching), MATCHING_COLUMNS);
}

export function positionRowsOf(input: Tables): Located<PositionRow>[] {
  return rowsOf(findTable(input, MATCHING_TABLES.positions), POSITION_COLUMNS);
}

export function placementLinksOf(input: Tables): PlacementLink[] {
  const columns = { caseId: { sv: P.caseId, en: "" }, startDate: { sv: P.startDate, en: "" }, outcomeAfterEnd: { sv: P.outcomeAfterEnd, en: "" } };
  return rowsOf(findTable(input, TABLES.placements), columns).map(({ row }) => ({
    caseId: row.caseId ?? null,
    startDate: row.startDate ?? null,
    outcomeAfterEnd: row.outcomeAfterEnd ?? null,
  }));
}

export function targetGroupsOf(input: Tables): string[] {
  const table = findTable(input, TABLES.targetGroups);
  if (table === undefined) return [...(input.targetGroupNames ?? [])];
  return rowsOf(table, { name: { sv: TARGET_GROUP_HEADERS.name, en: "" } })
    .map(({ row }) => (row.name === null || row.name === undefined ? "" : String(row.name).trim()))
    .filter((name) => name !== "");
}

/** Everything the funnel needs, from the workbook's tables. */
export function funnelInputOf(input: Tables, today: string): FunnelInput {
  return {
    matching: matchingRowsOf(input).map((located) => located.row),
    positions: positionRowsOf(input).map((located) => located.row),
    placements: placementLinksOf(input),
    targetGroups: targetGroupsOf(input),
    today,
  };
}
