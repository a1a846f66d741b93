/** A plain, deterministic copy of the whole fake document, for before/after comparisons in tests. */
import { cellName, columnLetter, formatRect } from "../../domain/common/a1";
import type { CellState, ChartState, ConditionalFormatState, NameState, PageLayoutState, WorkbookState } from "./state";

export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor?: string;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  cells: Record<string, CellState>;
  names: Record<string, NameState>;
  conditionalFormats: Array<Omit<ConditionalFormatState, "rect" | "id"> & { address: string }>;
  charts: ChartState[];
  pageLayout: PageLayoutState;
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  address: string;
  columns: string[];
  style: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  names: Record<string, NameState>;
  customProperties: Record<string, unknown>;
  activeSheet: string;
  selection: string;
  calculationMode: string;
  eventsEnabled: boolean;
}

function namesRecord(names: Map<string, NameState>): Record<string, NameState> {
  const out: Record<string, NameState> = {};
  for (const key of [...names.keys()].sort()) out[names.get(key)!.name] = { ...names.get(key)! };
  return out;
}

export function takeSnapshot(state: WorkbookState, columnNames: (tableIndex: number) => string[]): WorkbookSnapshot {
  const sheetName = (id: string): string => state.sheets.find((sheet) => sheet.id === id)?.name ?? "?";
  return JSON.parse(
    JSON.stringify({
      sheets: state.sheets.map((sheet) => {
        const keys = [...sheet.cells.keys()]
          .map((key) => key.split(",").map(Number) as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const cells: Record<string, CellState> = {};
        for (const [row, column] of keys) cells[cellName(row, column)] = sheet.cells.get(`${row},${column}`)!;
        const columnWidths: Record<string, number> = {};
        for (const column of [...sheet.columnWidths.keys()].sort((a, b) => a - b)) {
          columnWidths[columnLetter(column)] = sheet.columnWidths.get(column)!;
        }
        return {
          name: sheet.name,
          visibility: sheet.visibility,
          tabColor: sheet.tabColor,
          frozenRows: sheet.frozenRows,
          frozenColumns: sheet.frozenColumns,
          columnWidths,
          cells,
          names: namesRecord(sheet.names),
          conditionalFormats: sheet.conditionalFormats.map(({ rect, id: _id, ...rest }) => {
            void _id;
            return { ...rest, address: formatRect(rect) };
          }),
          charts: sheet.charts,
          pageLayout: { ...sheet.pageLayout },
        };
      }),
      tables: state.tables.map((table, i) => ({
        name: table.name,
        sheet: sheetName(table.sheetId),
        address: formatRect(table.rect),
        columns: columnNames(i),
        style: table.style,
      })),
      names: namesRecord(state.names),
      customProperties: Object.fromEntries(
        [...state.customProperties.values()].map((property) => [property.key, property.value]),
      ),
      activeSheet: sheetName(state.activeSheetId),
      selection: formatRect(state.selection),
      calculationMode: state.calculationMode,
      eventsEnabled: state.eventsEnabled,
    }),
  ) as WorkbookSnapshot;
}
