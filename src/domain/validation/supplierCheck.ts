/**
 * The personal-data check that runs before a supplier version is made (amendment v1.1 item 7): every cell
 * that would go into the file, or every cell of the workbook it is copied from. A personnummer or
 * samordningsnummer stops the supplier version (nothing is written); every other finding (contact
 * details, names, special-category or criminal-record terms) is shown and must be confirmed. Findings name
 * the cell and the kind, never the data.
 */
import { cellName, columnLetter, parseCell } from "../common/a1";
import type { Lang } from "../common/text";
import { SHEETS, TABLES } from "../followup/names";
import { PROCURER_ONLY_PLACEMENT_COLUMNS } from "../followup/minimisation";
import { PLACEMENTS_TABLE } from "../followup/template";
import type { CellValue, TemplatePlan } from "../followup/types";
import type { CalendarDate, PersonalDataType } from "./pii";
export { todayUtc } from "./pii";
import { userTables, type ValidationInput } from "./input";
import { personalDataInCell } from "./personalDataRules";
import { PERSONAL_DATA_KIND_TEXTS, type BilingualText } from "../i18n/validation";

export interface SupplierCheckItem {
  readonly sheet: string;
  readonly address: string;
  readonly type: PersonalDataType;
}

export interface SupplierCheck {
  /** Identity numbers: the supplier version is refused while any remains. */
  readonly blocking: readonly SupplierCheckItem[];
  /** Everything else: shown, and the user must confirm before the version is made. */
  readonly toConfirm: readonly SupplierCheckItem[];
  /** Filled cells of the procurer-only columns that the supplier version leaves out (kept in the workbook). */
  readonly leftOut: readonly { readonly sheet: string; readonly address: string; readonly column: string }[];
}

interface ScannedCell {
  readonly sheet: string;
  readonly address: string;
  readonly value: CellValue;
  /** Contact details and names count here (Placeringar, loose cells outside Avtal). */
  readonly contactDetailsCount: boolean;
}

const IDENTITY: ReadonlySet<PersonalDataType> = new Set(["personnummer", "samordningsnummer"]);

function check(cells: Iterable<ScannedCell>, reference: CalendarDate): Omit<SupplierCheck, "leftOut"> {
  const blocking: SupplierCheckItem[] = [];
  const toConfirm: SupplierCheckItem[] = [];
  for (const cell of cells) {
    const kinds = new Set(personalDataInCell(cell.value, reference, cell.contactDetailsCount).map((item) => item.type));
    for (const type of kinds) (IDENTITY.has(type) ? blocking : toConfirm).push({ sheet: cell.sheet, address: cell.address, type });
  }
  return { blocking, toConfirm };
}

function isPlacements(name: string): boolean {
  return name.toLowerCase() === TABLES.placements.toLowerCase();
}

/** The cells a template plan would write: the form's values and every table row. */
function* planCells(plan: TemplatePlan): Generator<ScannedCell> {
  for (const form of plan.forms) {
    for (const [index, field] of form.spec.fields.entries()) {
      const value = form.values[field.key] ?? null;
      yield { sheet: form.spec.sheet, address: `${form.spec.valueColumn}${form.spec.headerRow + 1 + index}`, value, contactDetailsCount: false };
    }
  }
  for (const table of plan.tables) {
    const { row0: top, column0: left } = parseCell(table.spec.topLeft)!;
    for (const [r, row] of table.rows.entries()) {
      for (const [c, value] of row.entries()) {
        yield { sheet: table.spec.sheet, address: cellName(top + 1 + r, left + c), value, contactDetailsCount: isPlacements(table.spec.name) };
      }
    }
  }
}

/** The check over what a plan would write (the CLI's `syss template --supplier`). */
export function checkSupplierPlan(plan: TemplatePlan, reference: CalendarDate): SupplierCheck {
  return { ...check(planCells(plan), reference), leftOut: [] };
}

/** Every cell of a workbook as read for validation: tables, the Avtal sheet and loose cells of every sheet. */
function* inputCells(input: ValidationInput): Generator<ScannedCell> {
  for (const cell of [...Object.values(input.contract.fields), ...input.contract.otherCells]) {
    if (cell !== undefined) yield { sheet: input.contract.sheet, address: cell.address, value: cell.value, contactDetailsCount: false };
  }
  for (const table of userTables(input)) {
    for (const [r, row] of table.rows.entries()) {
      for (const [c, value] of row.entries()) {
        yield { sheet: table.sheet, address: `${columnLetter(table.firstColumn + c)}${table.firstDataRow + r}`, value, contactDetailsCount: isPlacements(table.name) };
      }
    }
  }
  for (const cell of input.looseCells ?? []) yield { ...cell, contactDetailsCount: cell.sheet !== SHEETS.contract };
}

/** Filled procurer-only cells of Placeringar: left out of the supplier version, still in the workbook. */
function leftOutCells(input: ValidationInput): SupplierCheck["leftOut"] {
  const table = userTables(input).find((candidate) => isPlacements(candidate.name));
  if (table === undefined) return [];
  const headers = PLACEMENTS_TABLE.columns.filter((column) => PROCURER_ONLY_PLACEMENT_COLUMNS.has(column.key)).map((column) => column.header);
  const out: { sheet: string; address: string; column: string }[] = [];
  for (const header of headers) {
    const index = table.headers.indexOf(header);
    if (index < 0) continue;
    table.rows.forEach((row, r) => {
      const value = row[index];
      if (value !== null && value !== undefined && value !== "") out.push({ sheet: table.sheet, address: `${columnLetter(table.firstColumn + index)}${table.firstDataRow + r}`, column: header });
    });
  }
  return out;
}

/** The check over the open workbook the supplier version is copied from (the task pane). */
export function checkSupplierWorkbook(input: ValidationInput, reference: CalendarDate): SupplierCheck {
  return { ...check(inputCells(input), reference), leftOut: leftOutCells(input) };
}

/** "Placeringar!V3 (namn, telefonnummer), Avtal!B12 (e-post)": each cell once with the kinds found in it. */
export function describeItems(items: readonly SupplierCheckItem[], max = 10): BilingualText {
  const byCell = new Map<string, PersonalDataType[]>();
  for (const item of items) {
    const key = `${item.sheet}!${item.address}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item.type]);
  }
  const entries = [...byCell.entries()];
  const text = (lang: Lang): string => {
    const shown = entries.slice(0, max).map(([cell, kinds]) => `${cell} (${kinds.map((kind) => PERSONAL_DATA_KIND_TEXTS[kind]?.[lang] ?? kind).join(", ")})`);
    return entries.length > max ? `${shown.join(", ")} … (+${entries.length - max})` : shown.join(", ");
  };
  return { sv: text("sv"), en: text("en") };
}

/** "Placeringar!V3, Avtal!B12": the cells of some items, each once. */
export function cellList(items: readonly { sheet: string; address: string }[], max = 10): string {
  const cells = [...new Set(items.map((item) => `${item.sheet}!${item.address}`))];
  return cells.length > max ? `${cells.slice(0, max).join(", ")} … (+${cells.length - max})` : cells.join(", ");
}
