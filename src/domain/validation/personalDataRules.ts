/**
 * Personal data in the workbook (GDPR): the detector run over every table cell, the Avtal form and every
 * other filled cell of every sheet (amendment v1.1 item 5). Personnummer and samordningsnummer are errors
 * anywhere; special-category and criminal-record terms are warnings anywhere; e-mail addresses, phone
 * numbers and person names are warnings in Placeringar and in loose cells outside the Avtal sheet
 * (on Avtal and in the other template tables they are the parties' own contact details, which belong in
 * a contract). Findings name the kind and position of the data, never the data itself.
 */
import { detectPersonalData, detectWordFindings, type CalendarDate, type PersonalDataFinding, type PersonalDataType } from "./pii";
import { SHEETS, TABLES } from "../followup/names";
import { ordinal } from "../i18n/ordinal";
import type { FindingCode } from "./findings";
import { finding, type Finding } from "./findings";
import { FINDINGS_SHEET, type AddressedCell, type ContractInput, type InputCell, type TableView, type ValidationInput } from "./input";

const CODE_BY_TYPE: Readonly<Record<PersonalDataType, FindingCode>> = {
  personnummer: "PERSONAL_IDENTITY_NUMBER",
  samordningsnummer: "COORDINATION_NUMBER",
  email: "EMAIL_ADDRESS",
  phone: "PHONE_NUMBER",
  name: "PERSON_NAME",
  "special-category": "SPECIAL_CATEGORY_DATA",
  "criminal-record": "CRIMINAL_RECORD_DATA",
};

const IDENTITY_TYPES: ReadonlySet<PersonalDataType> = new Set(["personnummer", "samordningsnummer"]);
/** Kinds reported in every cell: identity numbers and special-category / criminal-record terms. */
const EVERYWHERE_TYPES: ReadonlySet<PersonalDataType> = new Set(["personnummer", "samordningsnummer", "special-category", "criminal-record"]);

/** The fewest digits any detected item has (a phone number's 7-digit national number). */
const MIN_DIGITS = 7;

/**
 * The text to scan in a cell, or null when it cannot hold personal data. A number is scanned only when it
 * is a whole 10- or 12-digit number (a personnummer typed without a dash becomes such a number); dates
 * and amounts are far shorter.
 */
export function scannableText(cell: InputCell): string | null {
  if (typeof cell === "number") {
    // Whole numbers of exactly 10 or 12 digits, told by their size (dates and amounts never get that far).
    if (!Number.isInteger(cell) || !((cell >= 1e9 && cell < 1e10) || (cell >= 1e11 && cell < 1e12))) return null;
    return String(cell);
  }
  if (typeof cell !== "string") return null;
  if (mayHoldNumberOrAddress(cell)) return cell;
  // Text with letters may hold a name or a special-category term (amendment v1.1 item 5).
  return /\p{L}/u.test(cell) ? cell : null;
}

/** Cheap pre-check for the number and e-mail scanners: an '@' or at least seven digits. */
function mayHoldNumberOrAddress(text: string): boolean {
  if (text.includes("@")) return true;
  let digits = 0;
  for (let i = 0; i < text.length && digits < MIN_DIGITS; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits >= MIN_DIGITS;
}

/**
 * A 9-digit whole number is what Excel keeps of a personnummer born 2000–2009 typed without a dash
 * (0501011234 loses its leading zero) – the main target group of young people. Such a number is scanned
 * with the zero restored, for identity numbers only: as a phone number it would flag ordinary amounts.
 */
function identityNumberWithoutLeadingZero(cell: InputCell): string | null {
  return typeof cell === "number" && Number.isInteger(cell) && cell >= 1e8 && cell < 1e9 ? `0${cell}` : null;
}

/** What the detector finds in one cell, keeping only the kinds that matter in this place. */
export function personalDataInCell(cell: InputCell, reference: CalendarDate, contactDetailsCount: boolean): PersonalDataFinding[] {
  const padded = identityNumberWithoutLeadingZero(cell);
  if (padded !== null) {
    return detectPersonalData(padded, { referenceDate: reference }).filter((item) => IDENTITY_TYPES.has(item.type));
  }
  const text = scannableText(cell);
  if (text === null) return [];
  // Most text cells are list values and short notes: only the (cached) word scan can find anything there.
  const found = mayHoldNumberOrAddress(text) ? detectPersonalData(text, { referenceDate: reference }) : detectWordFindings(text);
  return contactDetailsCount ? found : found.filter((item) => EVERYWHERE_TYPES.has(item.type));
}

/** One finding per kind of personal data per cell (the first occurrence's position). */
function cellFindings(
  found: readonly PersonalDataFinding[],
  place: { sheet: string; address: string; column: string; rowId: string },
): Finding[] {
  const seen = new Set<PersonalDataType>();
  const findings: Finding[] = [];
  for (const item of found) {
    if (seen.has(item.type)) continue;
    seen.add(item.type);
    const where = `${place.sheet}!${place.address}${place.column ? ` (${place.column})` : ""}`;
    findings.push(finding(CODE_BY_TYPE[item.type], place, { where, position: ordinal(item.index + 1) }));
  }
  return findings;
}

/** Distinct texts remembered per table scan (bounds the memory a table of unique texts can take). */
const TEXT_RESULTS_LIMIT = 50_000;

export interface TableScan {
  readonly findings: Finding[];
  /** Addresses (A1) of the cells holding personal data, so other findings do not quote them. */
  readonly sensitive: Set<string>;
}

/**
 * Personal data in the given rows of a table (all rows when `rows` is omitted). `rowIdOf` gives a row's id
 * for findings; it is only consulted for rows whose id cell holds no personal data.
 */
export function scanTable(
  view: TableView,
  reference: CalendarDate,
  rowIdOf: (row: number) => string,
  rows?: readonly number[],
): TableScan {
  const contactDetailsCount = view.table.name.toLowerCase() === TABLES.placements.toLowerCase();
  const findings: Finding[] = [];
  const sensitive = new Set<string>();
  const indices = rows ?? view.table.rows.map((_row, index) => index);
  // A table repeats the same texts (list values, common notes) thousands of times: each is scanned once.
  const textResults = new Map<string, readonly PersonalDataFinding[]>();
  // A column mostly repeats the text of the row above ("Kvinna", "Pågår"): checked before the map.
  const lastText: (string | undefined)[] = [];
  const lastFound: (readonly PersonalDataFinding[])[] = [];
  for (const index of indices) {
    const cells = view.table.rows[index];
    if (cells === undefined) continue;
    let rowFindings: { column: number; found: readonly PersonalDataFinding[] }[] | null = null;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column] ?? null;
      // Only text and whole numbers of 9 to 12 digits can hold personal data (personalDataInCell): dates,
      // amounts, booleans and blanks are skipped without a call.
      if (cell === null || (typeof cell !== "string" && !(typeof cell === "number" && Number.isInteger(cell) && cell >= 1e8 && cell < 1e12))) continue;
      let found: readonly PersonalDataFinding[];
      if (typeof cell === "string") {
        if (lastText[column] === cell) {
          found = lastFound[column]!;
        } else {
          const known = textResults.get(cell);
          if (known !== undefined) {
            found = known;
          } else {
            found = personalDataInCell(cell, reference, contactDetailsCount);
            if (textResults.size < TEXT_RESULTS_LIMIT) textResults.set(cell, found);
          }
          lastText[column] = cell;
          lastFound[column] = found;
        }
      } else {
        found = personalDataInCell(cell, reference, contactDetailsCount);
      }
      if (found.length > 0) (rowFindings ??= []).push({ column, found });
    }
    if (rowFindings === null) continue;
    for (const { column } of rowFindings) sensitive.add(view.addressAt(index, column));
    const rowId = rowIdOf(index);
    // A row id that is itself personal data is not repeated in the findings.
    const safeRowId = sensitiveId(rowId, reference) ? "" : rowId;
    for (const { column, found } of rowFindings) {
      const place = { sheet: view.table.sheet, address: view.addressAt(index, column), column: view.table.headers[column] ?? "", rowId: safeRowId };
      findings.push(...cellFindings(found, place));
    }
  }
  return { findings, sensitive };
}

/** True when an id holds personal data of any kind (it must then not be shown). */
export function sensitiveId(text: string, reference: CalendarDate): boolean {
  return text !== "" && personalDataInCell(text, reference, true).length > 0;
}

/** Personal data in the Avtal form: identity numbers only (the parties' contact details are expected there). */
export function scanContract(contract: ContractInput, reference: CalendarDate, labelOf: (address: string) => string): TableScan {
  const findings: Finding[] = [];
  const sensitive = new Set<string>();
  const cells: AddressedCell[] = [...Object.values(contract.fields).filter((cell): cell is AddressedCell => cell !== undefined), ...contract.otherCells];
  for (const cell of cells) {
    const found = personalDataInCell(cell.value, reference, false);
    if (found.length === 0) continue;
    sensitive.add(cell.address);
    findings.push(...cellFindings(found, { sheet: contract.sheet, address: cell.address, column: labelOf(cell.address), rowId: "" }));
  }
  return { findings, sensitive };
}

/**
 * Personal data in the loose cells of every sheet (outside tables and the Avtal form, amendment v1.1
 * item 5). Contact details and names count everywhere except on the Avtal sheet, where they are the
 * parties' own. The findings sheet (Validering) is never scanned.
 */
export function scanLooseCells(cells: NonNullable<ValidationInput["looseCells"]>, reference: CalendarDate): TableScan {
  const findings: Finding[] = [];
  const sensitive = new Set<string>();
  for (const cell of cells) {
    if (cell.sheet === FINDINGS_SHEET) continue;
    const found = personalDataInCell(cell.value, reference, cell.sheet !== SHEETS.contract);
    if (found.length === 0) continue;
    sensitive.add(`${cell.sheet}!${cell.address}`);
    findings.push(...cellFindings(found, { sheet: cell.sheet, address: cell.address, column: "", rowId: "" }));
  }
  return { findings, sensitive };
}

/** The detector's reference day from an ISO date (the validation's `today`). */
export function calendarDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}
