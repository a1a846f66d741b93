/**
 * A supplier's returned file merged into the procurer's full workbook, on .xlsx bytes (spec/portfolio.md
 * §1): both files are read, refused when they do not belong together or the supplier's file holds
 * personal data, the plan is made by src/domain/portfolio/merge.ts, and applied by editing the full
 * workbook's package in place (sheetCells.ts), so nothing ExcelJS cannot round-trip is lost.
 */
import { PLACEMENTS_TABLE, REPORTS_TABLE, columnNumber } from "../domain/followup/template";
import { TABLES } from "../domain/followup/names";
import type { CellValue, TableSpec } from "../domain/followup/types";
import { MERGE_REFUSALS, fill, type MergeRefusalCode, type PortfolioLang } from "../domain/i18n/portfolio";
import { mergeRefusal, type MergeSideFacts, type Refusal } from "../domain/portfolio/compatibility";
import { SUPPLIER_OWNED, planMerge, type MergePlan, type MergeTable, type MergeTableName, type MergeValue } from "../domain/portfolio/merge";
import { fromFollowupRead } from "../domain/validation/fromRead";
import { calendarDate } from "../domain/validation/personalDataRules";
import { cellList, checkSupplierWorkbook, type SupplierCheckItem } from "../domain/validation/supplierCheck";
import { toFileFormula } from "./file-formulas";
import { readPart, sheetParts, tableParts, type Package } from "./patch";
import { readFollowupWorkbook, type FollowupWorkbook, type ReadTable } from "./read";
import { writeCells, type CellWrite } from "./sheetCells";
import { readZip, writeZip } from "./zip";
import { MAX_UNPACKED_BYTES } from "./limits";

/** A merge SYSS will not do; its message names the file and what to do. */
export class MergeRefusedError extends Error {
  constructor(
    readonly code: MergeRefusalCode,
    readonly values: Readonly<Record<string, string>>,
    /** The cells holding personal data, when that is the reason. */
    readonly cells: readonly SupplierCheckItem[] = [],
  ) {
    super(fill(MERGE_REFUSALS[code].en, values));
    this.name = "MergeRefusedError";
  }

  inLanguage(lang: PortfolioLang): string {
    return fill(MERGE_REFUSALS[this.code][lang], this.values);
  }
}

export function isMergeRefusedError(error: unknown): error is MergeRefusedError {
  return error instanceof MergeRefusedError;
}

export interface MergeOptions {
  /** yyyy-mm-dd: decides the century of 10-digit identity numbers in the personal-data check. */
  readonly today: string;
  /** Contact details, names and special-category terms were checked by the user: only identity numbers stop the file. */
  readonly confirmPersonalData?: boolean;
}

export interface PreparedMerge {
  readonly plan: MergePlan;
  readonly full: FollowupWorkbook;
  readonly supplier: FollowupWorkbook;
  /** Personal-data findings the user confirmed (listed in the report; they did not stop the file). */
  readonly confirmedPersonalData: readonly SupplierCheckItem[];
}

function text(value: unknown): string {
  if (value === null || value === undefined || typeof value === "object") return "";
  return String(value);
}

function facts(workbook: FollowupWorkbook, file: string): MergeSideFacts {
  const headers = new Set(workbook.placements.headers.map((header) => header.trim()));
  const hasCurrentColumns = [...SUPPLIER_OWNED[TABLES.placements]].every((header) => headers.has(header));
  return { file, templateVersion: workbook.templateVersion, contractId: text(workbook.contract.contractId), contractName: text(workbook.contract.name), hasCurrentColumns };
}

function refuse(refusal: Refusal): never {
  throw new MergeRefusedError(refusal.code, refusal.values);
}

function mergeTable(table: ReadTable): MergeTable {
  return { headers: table.headers, rows: table.rows };
}

/** Reads both files, refuses what must not be merged, and plans the merge. Writes nothing. */
export async function prepareMerge(supplierBytes: Uint8Array, supplierFile: string, fullBytes: Uint8Array, fullFile: string, options: MergeOptions): Promise<PreparedMerge> {
  const supplier = await readFollowupWorkbook(supplierBytes, supplierFile);
  const full = await readFollowupWorkbook(fullBytes, fullFile);
  const refusal = mergeRefusal(facts(full, fullFile), facts(supplier, supplierFile));
  if (refusal !== null) refuse(refusal);
  const check = checkSupplierWorkbook(fromFollowupRead(supplier), calendarDate(options.today));
  const stopping = options.confirmPersonalData === true ? check.blocking : [...check.blocking, ...check.toConfirm];
  if (stopping.length > 0) throw new MergeRefusedError("personalData", { file: supplierFile, cells: cellList(stopping) }, stopping);
  const plan = planMerge(
    { placements: mergeTable(full.placements), reports: mergeTable(full.reports) },
    { placements: mergeTable(supplier.placements), reports: mergeTable(supplier.reports) },
  );
  return { plan, full, supplier, confirmedPersonalData: options.confirmPersonalData === true ? check.toConfirm : [] };
}

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function boxOf(range: string): Box {
  const bare = range.slice(range.lastIndexOf("!") + 1).split("$").join("");
  const [from = "A1", to = from] = bare.split(":");
  const split = (address: string): { column: number; row: number } => {
    let letters = "";
    while (letters.length < address.length && address[letters.length]! >= "A" && address[letters.length]! <= "Z") letters += address[letters.length];
    return { column: columnNumber(letters || "A"), row: Number(address.slice(letters.length)) || 1 };
  };
  const a = split(from);
  const b = split(to);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const SPECS: Readonly<Record<MergeTableName, TableSpec>> = { [TABLES.placements]: PLACEMENTS_TABLE, [TABLES.reports]: REPORTS_TABLE };

function isBlank(value: MergeValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The cell writes of one table, and the table's new bottom row when rows were appended. */
function tableWrites(table: ReadTable, plan: MergePlan, name: MergeTableName, targetFile: string): { writes: CellWrite[]; newBottom: number | null } {
  const box = boxOf(table.range);
  const spec = SPECS[name];
  const columnOf = new Map<string, number>();
  table.headers.forEach((header, index) => {
    if (!columnOf.has(header.trim())) columnOf.set(header.trim(), box.left + index);
  });
  const calculated = spec.columns.filter((column) => column.formula !== undefined && columnOf.has(column.header));
  const valueIndices = table.headers.map((header, index) => ({ header: header.trim(), index })).filter(({ header }) => !calculated.some((column) => column.header === header));
  const writes: CellWrite[] = [];
  for (const update of plan.updated.filter((item) => item.table === name)) {
    const column = columnOf.get(update.column);
    if (column !== undefined) writes.push({ row: update.row, column, content: update.value as CellValue });
  }
  const added = plan.added.filter((item) => item.table === name);
  if (added.length === 0) return { writes, newBottom: null };
  // Free rows first: read rows whose typed cells are all empty, then table rows the file never wrote.
  const readRows = new Set(table.rows.map((row) => row.row));
  const slots: { row: number; needsFormulas: boolean }[] = table.rows
    .filter((row) => valueIndices.every(({ index }) => isBlank(row.values[index])))
    .map((row) => ({ row: row.row, needsFormulas: false }));
  for (let row = box.top + 1; row <= box.bottom; row++) if (!readRows.has(row)) slots.push({ row, needsFormulas: true });
  let bottom = box.bottom;
  while (slots.length < added.length) slots.push({ row: ++bottom, needsFormulas: true });
  if (bottom > box.bottom && (table.below?.length ?? 0) > 0) throw new MergeRefusedError("rowsBelowTable", { table: table.name, target: targetFile });
  const styleFromRow = box.top + 1;
  added.forEach((row, index) => {
    const slot = slots[index]!;
    for (const [header, value] of Object.entries(row.values)) {
      const column = columnOf.get(header);
      if (column !== undefined) writes.push({ row: slot.row, column, content: value as CellValue, styleFromRow });
    }
    if (slot.needsFormulas) {
      for (const column of calculated) writes.push({ row: slot.row, column: columnOf.get(column.header)!, content: { formula: toFileFormula(column.formula!) }, styleFromRow });
    }
  });
  return { writes, newBottom: bottom > box.bottom ? bottom : null };
}

const encoder = new TextEncoder();

/** Recalculation on open, so the calculated columns and Sammanställning show the merged rows. */
function withFullCalcOnLoad(workbookXml: string): string {
  const at = workbookXml.indexOf("<calcPr");
  if (at >= 0) {
    const end = workbookXml.indexOf(">", at);
    const tag = workbookXml.slice(at, end + 1);
    if (tag.includes("fullCalcOnLoad=")) return workbookXml.slice(0, at) + tag.replace('fullCalcOnLoad="0"', 'fullCalcOnLoad="1"') + workbookXml.slice(end + 1);
    return `${workbookXml.slice(0, at)}<calcPr fullCalcOnLoad="1"${tag.slice("<calcPr".length)}${workbookXml.slice(end + 1)}`;
  }
  for (const anchor of ["</definedNames>", "</sheets>"]) {
    const index = workbookXml.indexOf(anchor);
    if (index >= 0) return `${workbookXml.slice(0, index + anchor.length)}<calcPr fullCalcOnLoad="1"/>${workbookXml.slice(index + anchor.length)}`;
  }
  return workbookXml;
}

/** The full workbook's bytes with the plan applied. The plan's conflicts are not written. */
export async function applyMergePlan(fullBytes: Uint8Array, fullFile: string, prepared: PreparedMerge): Promise<Uint8Array> {
  const pkg: Package = await readZip(fullBytes, MAX_UNPACKED_BYTES);
  const sheets = sheetParts(pkg);
  const tables = tableParts(pkg);
  const reads: [MergeTableName, ReadTable][] = [
    [TABLES.placements, prepared.full.placements],
    [TABLES.reports, prepared.full.reports],
  ];
  for (const [name, table] of reads) {
    const { writes, newBottom } = tableWrites(table, prepared.plan, name, fullFile);
    if (writes.length === 0) continue;
    const sheetPart = sheets.get(table.sheet);
    if (sheetPart === undefined) throw new Error(`no part for sheet ${table.sheet}`);
    pkg.set(sheetPart, encoder.encode(writeCells(readPart(pkg, sheetPart), writes)));
    const tablePart = tables.get(table.name);
    if (newBottom !== null && tablePart !== undefined) {
      const box = boxOf(table.range);
      const oldRef = `${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${box.bottom}`;
      const newRef = `${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${newBottom}`;
      pkg.set(tablePart, encoder.encode(readPart(pkg, tablePart).split(`ref="${oldRef}"`).join(`ref="${newRef}"`)));
    }
  }
  pkg.set("xl/workbook.xml", encoder.encode(withFullCalcOnLoad(readPart(pkg, "xl/workbook.xml"))));
  return writeZip(pkg);
}
