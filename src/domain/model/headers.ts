/**
 * Maps the template's Swedish headers, English aliases and the canonical keys themselves onto canonical
 * input keys, and turns a header row + value row, or a two-column key/value block, into a RawInput.
 * Headers match case-insensitively, ignoring diacritics, spaces, '-', '_' and a trailing unit in
 * parentheses: "Bruttolön per månad (kr)" → salary, "Omfattning (%)" → scope.
 */
import { INPUT_KEYS, type InputKey, type RawInput } from "./inputs";
import { foldText, isBlank } from "./values";

/** Every spelling a header may have, besides the canonical key itself. */
export const HEADER_ALIASES: Readonly<Record<InputKey, readonly string[]>> = {
  organisation: ["Upphandlande organisation", "Organisationstyp", "Organisation", "Organization", "Procuring organisation", "Procuring organization", "Organisation type"],
  form: ["Sysselsättningsform", "Form", "Form of placement", "Placement form", "Placement type", "Employment form"],
  months: ["Antal månader", "Månader", "Number of months", "Duration"],
  positions: ["Antal tjänster", "Tjänster", "Number of positions"],
  scope: ["Omfattning", "Sysselsättningsgrad", "Employment rate", "Work time share"],
  salary: ["Bruttolön per månad", "Bruttolön", "Månadslön", "Gross salary", "Gross monthly salary", "Monthly salary", "Gross salary per month"],
  subsidy: ["Anställningsstöd", "Employment subsidy"],
  subsidyRate: ["Stödnivå", "Subsidy rate"],
  productionFactor: ["Produktionsfaktor", "Production factor"],
  internValue: ["Produktionsvärde praktikant", "Produktionsvärde per månad", "Intern value", "Intern production value", "Production value per month"],
  age: ["Ålder"],
  unemployedMonths: ["Tid i arbetslöshet", "Months unemployed", "Unemployment duration", "Time unemployed"],
  newArrival: ["Nyanländ", "New arrival", "Newly arrived"],
  aKassa: ["A-kassa", "Unemployment insurance"],
  priorIncome: ["Tidigare inkomst", "Prior income", "Previous income"],
  benefit: ["Ersättning före", "Benefit before", "Prior benefit"],
  housingBenefit: ["Bostadsbidrag", "Housing benefit"],
  housingBenefitAmount: ["Bostadsbidrag belopp", "Housing benefit amount"],
  housingCost: ["Boendekostnad", "Housing cost"],
  supervisorSalary: ["Handledarens bruttolön", "Handledarlön", "Supervisor salary"],
  supervisionShare: ["Tid för handledning", "Handledningstid", "Supervision share", "Supervision time"],
  adminCost: ["Administrationskostnad", "Administration cost", "Admin cost"],
  procurementCost: ["Upphandlingskostnad", "Procurement cost"],
  bonus: ["Bonus"],
  year: ["Parameterår", "Parameter year"],
  startDate: ["Startdatum", "Start date"],
  plannedEndDate: ["Planerat slutdatum", "Planned end date"],
  actualEndDate: ["Faktiskt slutdatum", "Actual end date"],
};

/** Folded header text: what headers are compared in. Drops a trailing "(kr)", "(%)", "(mån)" etc. */
export function normaliseHeader(header: string): string {
  return foldText(header.replace(/\([^()]*\)\s*$/, ""));
}

function buildHeaderTable(): ReadonlyMap<string, InputKey> {
  const table = new Map<string, InputKey>();
  for (const key of INPUT_KEYS) {
    for (const spelling of [key, ...HEADER_ALIASES[key]]) table.set(normaliseHeader(spelling), key);
  }
  return table;
}

const HEADER_TABLE = buildHeaderTable();
/** Header strings already seen; a workbook repeats the same few thousand times. */
const HEADER_CACHE = new Map<string, InputKey | null>();
const HEADER_CACHE_LIMIT = 10_000;

/** The canonical key a header or label means, or null when it is not one of the model's inputs. */
export function headerKey(header: unknown): InputKey | null {
  if (typeof header !== "string") return null;
  const cached = HEADER_CACHE.get(header);
  if (cached !== undefined) return cached;
  const key = HEADER_TABLE.get(normaliseHeader(header)) ?? null;
  if (HEADER_CACHE.size < HEADER_CACHE_LIMIT) HEADER_CACHE.set(header, key);
  return key;
}

/** A header row resolved once, to read many value rows with. */
export type HeaderMap = readonly (InputKey | null)[];

export function compileHeaders(headers: readonly unknown[]): HeaderMap {
  return headers.map(headerKey);
}

/**
 * Reads one value row under a compiled header row. When a key appears under several headers, the
 * first non-blank value wins.
 */
export function rowToRawInput(headerMap: HeaderMap, row: readonly unknown[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const width = Math.min(headerMap.length, row.length);
  for (let column = 0; column < width; column++) {
    const key = headerMap[column];
    if (key === null || key === undefined) continue;
    const value = row[column];
    if (isBlank(value) || input[key] !== undefined) continue;
    input[key] = value;
  }
  return input;
}

/** A header row plus a value row → RawInput. */
export function fromHeaderRow(headers: readonly unknown[], row: readonly unknown[]): RawInput {
  return rowToRawInput(compileHeaders(headers), row);
}

/** A two-column block (label or key | value), e.g. a vertical form; other columns and unknown labels are ignored. */
export function fromKeyValueBlock(block: readonly (readonly unknown[])[]): RawInput {
  const input: Record<string, unknown> = {};
  for (const line of block) {
    const key = headerKey(line[0]);
    if (key === null) continue;
    const value = line[1];
    if (isBlank(value) || input[key] !== undefined) continue;
    input[key] = value;
  }
  return input;
}

/** True when every cell of a row is empty (such rows are skipped, not errors). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}
