/**
 * The follow-up reader as it was before issue 19, on ExcelJS's whole-workbook model: kept as the oracle
 * that test/xlsx/streamRead.test.ts compares the streaming reader (src/xlsx/read.ts) with, file by file.
 * Not used by the product.
 */
import type ExcelJS from "exceljs";
import { CONTRACT_FIELDS } from "../../src/domain/followup/contract";
import { SHEETS, TABLES, TARGET_GROUP_HEADERS, type ContractFieldKey } from "../../src/domain/followup/names";
import type { CellValue } from "../../src/domain/followup/types";
import { FINDINGS_SHEET, type LooseCell } from "../../src/domain/validation/input";
import { fromFileFormula } from "../../src/xlsx/file-formulas";
import { MAX_ROWS, MAX_TABLE_COLUMNS } from "../../src/xlsx/limits";
import {
  WorkbookReadError,
  decodeRange,
  findWorkbookTable,
  loadWorkbookPackage,
  plainValue,
  readCell,
  readMarker,
  type FollowupWorkbook,
  type ReadTable,
  type ReadValue,
} from "../../src/xlsx/read";

function cellFormula(cell: ExcelJS.Cell): string | null {
  const formula = cell.formula;
  return formula ? fromFileFormula(formula) : null;
}

/** The last row within top..bottom that exists in the sheet (has a cell or formatting), or top. */
function lastExistingRow(sheet: ExcelJS.Worksheet, top: number, bottom: number): number {
  let last = top;
  sheet.eachRow({ includeEmpty: true }, (_row, rowNumber) => {
    if (rowNumber <= bottom && rowNumber > last) last = rowNumber;
  });
  return last;
}

function readTable(workbook: ExcelJS.Workbook, name: string, file: string): ReadTable {
  const found = findWorkbookTable(workbook, name);
  if (!found) throw new WorkbookReadError("missingTable", file, name);
  const { sheet, range, headers } = found;
  const box = decodeRange(range);
  const claimedRows = box.bottom - box.top;
  if (claimedRows > MAX_ROWS) throw new WorkbookReadError("tooManyTableRows", file, name, { count: String(claimedRows), limit: String(MAX_ROWS) });
  const claimedColumns = box.right - box.left + 1;
  if (claimedColumns > MAX_TABLE_COLUMNS) {
    throw new WorkbookReadError("tooManyTableColumns", file, name, { count: String(claimedColumns), limit: String(MAX_TABLE_COLUMNS) });
  }
  // Rows past the last one the file holds are blank: not visited, so no cell objects are made for them.
  const bottom = lastExistingRow(sheet, box.top, box.bottom);
  const rows: { row: number; values: ReadValue[] }[] = [];
  for (let row = box.top + 1; row <= bottom; row++) {
    const values: ReadValue[] = [];
    for (let column = box.left; column <= box.right; column++) values.push(readCell(sheet.getCell(row, column)));
    rows.push({ row, values });
  }
  const formulas = headers.map((_, index) => (box.bottom > box.top ? cellFormula(sheet.getCell(box.top + 1, box.left + index)) : null));
  return { name, sheet: sheet.name, range, headers, rows, formulas, below: rowsBelow(sheet, box) };
}

/** How far below a table the reader looks for rows typed outside it. */
const MAX_ROWS_BELOW = 1000;

/** The filled rows directly below a table, in its columns, up to the first empty row. */
function rowsBelow(sheet: ExcelJS.Worksheet, box: { top: number; bottom: number; left: number; right: number }): ReadValue[][] {
  const below: ReadValue[][] = [];
  for (let row = box.bottom + 1; row <= box.bottom + MAX_ROWS_BELOW && row <= sheet.rowCount; row++) {
    const values: ReadValue[] = [];
    for (let column = box.left; column <= box.right; column++) values.push(readCell(sheet.getCell(row, column)));
    if (values.every((value) => value === null || (typeof value === "string" && value.trim() === ""))) break;
    below.push(values);
  }
  return below;
}

function readContract(
  workbook: ExcelJS.Workbook,
  file: string,
): { values: Record<ContractFieldKey, ReadValue>; addresses: Record<ContractFieldKey, string>; otherCells: { address: string; value: CellValue }[] } {
  const sheet = workbook.getWorksheet(SHEETS.contract);
  if (!sheet) throw new WorkbookReadError("missingSheet", file, SHEETS.contract);
  // Labels in column A locate the value cells, so a moved form still reads; names are the first choice.
  const labelRows = new Map<string, number>();
  sheet.getColumn(1).eachCell((cell, row) => {
    const value = plainValue(cell.value);
    if (typeof value === "string") labelRows.set(value.trim(), row);
  });
  const values = {} as Record<ContractFieldKey, ReadValue>;
  const addresses = {} as Record<ContractFieldKey, string>;
  for (const field of CONTRACT_FIELDS) {
    const named = workbook.definedNames.getRanges(field.name).ranges[0];
    const match = named ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(named) : null;
    let address: string | null = null;
    if (match && match[1] === SHEETS.contract) address = `${match[2]}${match[3]}`;
    else if (labelRows.has(field.label)) address = `B${labelRows.get(field.label)}`;
    values[field.key] = address ? readCell(sheet.getCell(address)) : null;
    addresses[field.key] = address ? `${SHEETS.contract}!${address}` : "";
  }
  // Cells of the form and of tables on this sheet (Malgrupper) are read elsewhere; don't report them twice.
  const formAddresses = new Set(Object.values(addresses).map((address) => address.slice(SHEETS.contract.length + 1)));
  const tableBoxes = tableBoxesOf(sheet);
  const inTable = (row: number, column: number) => tableBoxes.some((box) => row >= box.top && row <= box.bottom && column >= box.left && column <= box.right);
  const otherCells: { address: string; value: CellValue }[] = [];
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, columnNumber) => {
      const value = readCell(cell);
      if (formAddresses.has(cell.address) || inTable(rowNumber, columnNumber)) return;
      if (value === null || value === "" || (typeof value === "object" && "error" in value)) return;
      otherCells.push({ address: cell.address, value });
    }),
  );
  return { values, addresses, otherCells };
}

function tableBoxesOf(sheet: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  return (sheet.getTables() as unknown as { table?: { tableRef?: string; ref?: string } }[])
    .map((table) => table.table?.tableRef ?? table.table?.ref)
    .filter((range): range is string => range !== undefined)
    .map(decodeRange);
}

/**
 * Every filled cell outside tables on every sheet but Avtal (read with the form) and the add-in's own
 * Validering sheet: the used range of each sheet, so a personnummer typed on a sheet the supplier added
 * is found (amendment v1.1 item 5). Spreadsheet errors are skipped; formulas give their cached result.
 */
function looseCellsOf(workbook: ExcelJS.Workbook): LooseCell[] {
  const cells: LooseCell[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === SHEETS.contract || sheet.name === FINDINGS_SHEET) continue;
    const boxes = tableBoxesOf(sheet);
    sheet.eachRow((row, rowNumber) =>
      row.eachCell((cell, columnNumber) => {
        if (boxes.some((box) => rowNumber >= box.top && rowNumber <= box.bottom && columnNumber >= box.left && columnNumber <= box.right)) return;
        const value = readCell(cell);
        if (value === null || value === "" || (typeof value === "object" && "error" in value)) return;
        cells.push({ sheet: sheet.name, address: cell.address, value });
      }),
    );
  }
  return cells;
}

/** Names of every table in the workbook, in sheet order. (ExcelJS's typings say pairs; it returns Table objects.) */
function tableNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((sheet) =>
    (sheet.getTables() as unknown as { table?: { name?: string } }[]).map((table) => table.table?.name ?? "").filter((name) => name !== ""),
  );
}

/** Parses workbook bytes. `file` names the file in error messages. */
export async function readFollowupWorkbookWithExcelJs(bytes: Uint8Array, file: string): Promise<FollowupWorkbook> {
  const { workbook, parts } = await loadWorkbookPackage(bytes, file);
  for (const sheet of [SHEETS.placements, SHEETS.reports]) {
    if (!workbook.getWorksheet(sheet)) throw new WorkbookReadError("missingSheet", file, sheet);
  }
  const contract = readContract(workbook, file);
  const targetGroupsTable = findWorkbookTable(workbook, TABLES.targetGroups) ? readTable(workbook, TABLES.targetGroups, file) : null;
  const nameColumn = targetGroupsTable?.headers.indexOf(TARGET_GROUP_HEADERS.name) ?? -1;
  const targetGroups = (targetGroupsTable?.rows ?? [])
    .map((row) => (nameColumn >= 0 ? row.values[nameColumn] : null))
    .filter((value): value is string => typeof value === "string" && value.trim() !== "");
  return {
    templateVersion: readMarker(parts),
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    contract: contract.values,
    contractAddresses: contract.addresses,
    targetGroups,
    placements: readTable(workbook, TABLES.placements, file),
    reports: readTable(workbook, TABLES.reports, file),
    otherTables: tableNames(workbook)
      .filter((name) => name !== TABLES.placements && name !== TABLES.reports)
      .map((name) => readTable(workbook, name, file)),
    contractOtherCells: contract.otherCells,
    looseCells: looseCellsOf(workbook),
  };
}
