/**
 * buildTemplatePlan: the complete, writer-neutral description of one follow-up workbook — the static
 * template plus a contract's values, target groups, pre-filled reports, placements and parameters —
 * resolved to sheets, addresses and values. The ExcelJS writer and the Office.js applier both apply it.
 */
import { listParameters, isParameterYear, NEWEST_YEAR } from "../model/parameters";
import { contractValueOrDefault, CONTRACT_FIELDS, type Contract } from "./contract";
import { DEFAULT_TARGET_GROUPS, type ReportingInterval, REPORTING_INTERVALS } from "./lists";
import { CONTRACT_NAMES, SHEETS, SUMMARY_NAMES, type ContractFieldKey } from "./names";
import { PROCURER_ONLY_PLACEMENT_COLUMNS } from "./minimisation";
import { reportRows } from "./reports";
import { MATCHING_NAMES, MATCHING_TABLE_SPECS, initialRows } from "../matching/template";
import {
  CONTRACT_FORM,
  PARAMETERS_TABLE,
  PLACEMENTS_TABLE,
  REPORTS_TABLE,
  TARGET_GROUPS_TABLE,
  TEMPLATE,
  columnLetter,
  columnNumber,
  contractValueCell,
} from "./template";
import type {
  CellValue,
  ConditionalFormatSpec,
  FixedCellSpec,
  FormPlan,
  NamedRangeSpec,
  ParameterRow,
  RangeFormatPlan,
  RangeValidationPlan,
  TablePlan,
  TableSpec,
  TemplatePlan,
} from "./types";

export { PROCURER_ONLY_PLACEMENT_COLUMNS };

/** Placeringar as the supplier version has it: the procurer-only columns removed, rows projected to match. */
function supplierPlacements(rows: readonly (readonly CellValue[])[]): { spec: TableSpec; rows: CellValue[][] } {
  const kept = PLACEMENTS_TABLE.columns.map((column, index) => ({ column, index })).filter(({ column }) => !PROCURER_ONLY_PLACEMENT_COLUMNS.has(column.key));
  return {
    spec: { ...PLACEMENTS_TABLE, columns: kept.map(({ column }) => column) },
    rows: rows.map((row) => kept.map(({ index }) => row[index] ?? null)),
  };
}

export interface TemplatePlanOptions {
  /** The supplier's copy: no Samhällsekonomi sheet, no custom-function formulas, no chart. */
  readonly supplierVersion?: boolean;
  /** Parameter year; overrides the contract's Parameterår. */
  readonly parameterYear?: number;
  /** Parametrar rows; by default the model's parameter set of the year. */
  readonly parameters?: readonly ParameterRow[];
  /** Placeringar rows in column order (see placements.ts); none gives one empty row. */
  readonly placements?: readonly (readonly CellValue[])[];
}

/**
 * Tables the user grows (Placeringar, Rapporter) get their validation, number formats and conditional
 * formats down to at least this row, so rows typed below the table keep the rules even before Excel
 * extends the table.
 */
export const RULES_DOWN_TO_ROW = 1000;

interface Cell {
  readonly column: number;
  readonly row: number;
}

function parseCell(address: string): Cell {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function absolute(address: string): string {
  const { column, row } = parseCell(address);
  return `$${columnLetter(column)}$${row}`;
}

function tablePlan(spec: TableSpec, rows: readonly (readonly CellValue[])[]): TablePlan {
  const origin = parseCell(spec.topLeft);
  // An Excel table always has at least one data row; an empty one keeps the file valid.
  const filled = rows.length > 0 ? rows : [spec.columns.map(() => null)];
  const lastColumn = columnLetter(origin.column + spec.columns.length - 1);
  const lastRow = origin.row + filled.length;
  return { spec, rows: filled, range: `${spec.topLeft}:${lastColumn}${lastRow}` };
}

/** The rows a table's column rules cover: the data rows, extended for the tables users grow. */
function ruleRows(table: TablePlan, grows: boolean): { first: number; last: number } {
  const origin = parseCell(table.spec.topLeft);
  const first = origin.row + 1;
  const last = origin.row + table.rows.length;
  return { first, last: grows ? Math.max(last, RULES_DOWN_TO_ROW) : last };
}

function columnRules(table: TablePlan, grows: boolean): { validations: RangeValidationPlan[]; formats: RangeFormatPlan[] } {
  const origin = parseCell(table.spec.topLeft);
  const { first, last } = ruleRows(table, grows);
  const validations: RangeValidationPlan[] = [];
  const formats: RangeFormatPlan[] = [];
  table.spec.columns.forEach((column, index) => {
    const letter = columnLetter(origin.column + index);
    const range = `${letter}${first}:${letter}${last}`;
    if (column.validation) validations.push({ sheet: table.spec.sheet, range, validation: column.validation });
    const numberFormat = column.text ? "@" : column.numberFormat;
    if (numberFormat) formats.push({ sheet: table.spec.sheet, range, numberFormat });
  });
  return { validations, formats };
}

function dateOrValue(value: string | number | null, isDate: boolean): CellValue {
  if (value === null) return null;
  return isDate && typeof value === "string" ? { date: value } : value;
}

function formPlan(contract: Contract | undefined, parameterYear: number): FormPlan {
  const values: Record<string, CellValue> = {};
  for (const field of CONTRACT_FIELDS) {
    const value = field.key === "parameterYear" ? parameterYear : contractValueOrDefault(contract, field.key);
    values[field.key] = dateOrValue(value, field.type === "date");
  }
  return { spec: CONTRACT_FORM, values };
}

function resolveYear(contract: Contract | undefined, requested: number | undefined): number {
  const fromContract = contract?.values.parameterYear;
  const year = requested ?? (typeof fromContract === "number" ? fromContract : NEWEST_YEAR);
  if (!isParameterYear(year)) throw new RangeError(`no parameter set for year ${year}`);
  return year;
}

function defaultParameterRows(year: number): ParameterRow[] {
  if (!isParameterYear(year)) return [];
  return listParameters(year).map((row) => ({ ...row, default: row.value }));
}

function contractText(contract: Contract | undefined, key: ContractFieldKey): string | null {
  const value = contractValueOrDefault(contract, key);
  return typeof value === "string" ? value : null;
}

function reportTableRows(contract: Contract | undefined): CellValue[][] {
  const start = contractText(contract, "start");
  const end = contractText(contract, "end");
  const interval = contractText(contract, "reportingInterval");
  if (!start || !end || !interval || !(REPORTING_INTERVALS as readonly string[]).includes(interval)) return [];
  return reportRows(start, end, interval as ReportingInterval).map((row) =>
    REPORTS_TABLE.columns.map((column) => {
      switch (column.key) {
        case "periodFrom":
          return { date: row.periodFrom };
        case "periodTo":
          return { date: row.periodTo };
        case "dueDate":
          return { date: row.dueDate };
        case "status":
          return row.status;
        default:
          return null;
      }
    }),
  );
}

function targetGroupRows(contract: Contract | undefined): CellValue[][] {
  const groups = contract?.targetGroups ?? DEFAULT_TARGET_GROUPS;
  return groups.map((group) => [group.name, group.description ?? null, "expectedPlaces" in group ? (group.expectedPlaces ?? null) : null]);
}

function parameterTableRows(rows: readonly ParameterRow[]): CellValue[][] {
  return rows.map((row) => [row.key, row.label, row.value, row.unit, row.default, row.source, row.estimate ? "Ja" : "Nej"]);
}

function definedNames(cells: readonly FixedCellSpec[], version: string): NamedRangeSpec[] {
  const formNames = CONTRACT_FIELDS.map((field) => ({
    name: CONTRACT_NAMES[field.key],
    refersTo: `=${quoteSheet(SHEETS.contract)}!${absolute(contractValueCell(field.key))}`,
    comment: `Avtal: ${field.label}`,
  }));
  const cellNames = cells
    .filter((cell): cell is FixedCellSpec & { name: string } => cell.name !== undefined)
    .map((cell) => ({ name: cell.name, refersTo: `=${quoteSheet(cell.sheet)}!${absolute(cell.address)}`, comment: `${cell.sheet}: ${cell.name}` }));
  const marker: NamedRangeSpec = {
    name: TEMPLATE.marker.definedName,
    refersTo: `="${version}"`,
    comment: "SYSS mallversion (känner igen arbetsboken vid uppgradering)",
    hidden: true,
  };
  return [...TEMPLATE.names, ...formNames, ...cellNames, marker];
}

function formRules(): { validations: RangeValidationPlan[]; formats: RangeFormatPlan[] } {
  const validations: RangeValidationPlan[] = [];
  const formats: RangeFormatPlan[] = [];
  CONTRACT_FORM.fields.forEach((field, index) => {
    const range = `${CONTRACT_FORM.valueColumn}${CONTRACT_FORM.headerRow + 1 + index}`;
    if (field.validation) validations.push({ sheet: CONTRACT_FORM.sheet, range, validation: field.validation });
    const numberFormat = field.text ? "@" : field.numberFormat;
    if (numberFormat) formats.push({ sheet: CONTRACT_FORM.sheet, range, numberFormat });
  });
  return { validations, formats };
}

export function buildTemplatePlan(contract?: Contract, options: TemplatePlanOptions = {}): TemplatePlan {
  const supplier = options.supplierVersion === true;
  const year = resolveYear(contract, options.parameterYear);
  const sheets = TEMPLATE.sheets.filter((sheet) => !supplier || sheet.inSupplierVersion);
  const onKeptSheet = (sheet: string): boolean => sheets.some((kept) => kept.name === sheet);

  const placements = supplier ? supplierPlacements(options.placements ?? []) : { spec: PLACEMENTS_TABLE, rows: options.placements ?? [] };
  const tables: TablePlan[] = [
    tablePlan(TARGET_GROUPS_TABLE, targetGroupRows(contract)),
    tablePlan(placements.spec, placements.rows),
    tablePlan(REPORTS_TABLE, reportTableRows(contract)),
    tablePlan(PARAMETERS_TABLE, parameterTableRows(options.parameters ?? defaultParameterRows(year))),
    // The matchningsansvarig's workspace: the full version only (matching.md, "Privacy by design").
    ...(supplier ? [] : MATCHING_TABLE_SPECS.map((spec) => tablePlan(spec, initialRows(spec)))),
  ];
  const matchingTables = new Set<TableSpec>(MATCHING_TABLE_SPECS);
  const grows = (table: TablePlan): boolean => table.spec === placements.spec || table.spec === REPORTS_TABLE || matchingTables.has(table.spec);

  const validations: RangeValidationPlan[] = [];
  const numberFormats: RangeFormatPlan[] = [];
  for (const rules of [formRules(), ...tables.map((table) => columnRules(table, grows(table)))]) {
    validations.push(...rules.validations);
    numberFormats.push(...rules.formats);
  }

  const cells = TEMPLATE.cells.filter((cell) => onKeptSheet(cell.sheet) && !(supplier && cell.usesCustomFunction));
  const reports = tables.find((table) => table.spec === REPORTS_TABLE);
  const reportRules = reports ? ruleRows(reports, true) : { first: 2, last: RULES_DOWN_TO_ROW };
  const lastReportColumn = columnLetter(REPORTS_TABLE.columns.length);
  const conditionalFormats: ConditionalFormatSpec[] = TEMPLATE.conditionalFormats.map((format) => ({
    ...format,
    range: format.sheet === SHEETS.reports ? `A${reportRules.first}:${lastReportColumn}${reportRules.last}` : format.range,
  }));

  const matchingNames = new Set(MATCHING_NAMES.map((name) => name.name));
  const names = definedNames(cells, TEMPLATE.version).filter((name) => {
    if (supplier && matchingNames.has(name.name)) return false; // e.g. Lista_PlatsID reads the Platser table
    // Names pointing at a left-out sheet would be #REF! in the supplier's copy.
    const sheet = /^='?([^'!]+)'?!/.exec(name.refersTo)?.[1];
    return sheet === undefined || onKeptSheet(sheet);
  });

  return {
    version: TEMPLATE.version,
    variant: supplier ? "supplier" : "procurer",
    marker: TEMPLATE.marker,
    sheets,
    tables,
    forms: [formPlan(contract, year)],
    cells,
    validations,
    numberFormats,
    conditionalFormats,
    names,
    charts: supplier ? [] : TEMPLATE.charts,
  };
}

/** Names of the summary figures, re-exported for readers and tests. */
export { SUMMARY_NAMES };
