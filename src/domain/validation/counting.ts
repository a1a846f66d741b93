/**
 * What counts towards the commitment N, row by row: the same rule as the template's calculated columns
 * (src/domain/followup/formulas.ts, ROW_COUNTS and PLACEMENT_FORMULAS), written for code, so the add-in and
 * the workbook agree on every row (followup.md amendments 1–3).
 *
 * A started row counts when its Startdatum is a real date, Omfattning a number in (0, 100 %], each end date
 * blank or a real date not before the start, and its Sysselsättningsform is one the contract's Kravtyp
 * accepts (REQUIREMENT_MATRIX, the table the workbook keeps on Listor). A value typed as text does not
 * count: Excel reads such text differently per locale, so the validation offers "Rätta" instead of guessing.
 * Text comparisons follow Excel's `=`: case is ignored, nothing else is.
 */
import { EARLY_END_REASONS_75, EMPLOYMENT_FORMS, REQUIREMENT_MATRIX, REQUIREMENT_TYPES, REQUIREMENT_WHEN_BLANK, type RequirementType } from "../followup/lists";
import { PLACEMENT_HEADERS as P, type PlacementColumnKey } from "../followup/names";
import { isBlankCell, plainDate, readDate } from "./cells";
import { isoToSerial } from "../common/dates";
import { isDateValue } from "../followup/types";
import { cellAt, type InputCell, type TableView } from "./input";

/** Why a started row's months are left out. */
export type NotCountedReason =
  /** The Kravtyp does not accept the row's Sysselsättningsform (amendment 2). */
  | "requirementType"
  /** A date, Omfattning or Sysselsättningsform the months depend on is wrong, missing or text (amendment 3). */
  | "values";

export type RowCounting =
  | { readonly kind: "notStarted" }
  | { readonly kind: "notCounted"; readonly reason: NotCountedReason }
  | {
      readonly kind: "counted";
      readonly start: number;
      readonly plannedEnd: number | null;
      readonly actualEnd: number | null;
      readonly scope: number;
      /** Ended before the planned end for a reason the 75 % rule accepts. */
      readonly earlyEnd75: boolean;
    };

/** Excel's `=` on text: equal ignoring case (identical text, the usual case, skips the locale's case folding). */
function sameText(a: string, b: string): boolean {
  return a === b || a.toLocaleLowerCase("sv") === b.toLocaleLowerCase("sv");
}

/**
 * The contract's Kravtyp as the formulas read it: blank is "valfri"; null for a value not in the matrix
 * (then no form counts, as in the workbook).
 */
export function requirementTypeOf(cell: InputCell): RequirementType | null {
  if (isBlankCell(cell)) return REQUIREMENT_WHEN_BLANK;
  if (typeof cell !== "string") return null;
  return REQUIREMENT_TYPES.find((type) => sameText(type, cell)) ?? null;
}

/** True when the matrix says `formCell` counts under `requirement` (false for an unknown form or Kravtyp). */
export function formCountsFor(requirement: RequirementType | null, formCell: InputCell): boolean {
  if (requirement === null || typeof formCell !== "string") return false;
  const form = listedForm(formCell);
  return form !== undefined && REQUIREMENT_MATRIX[requirement][form];
}

/** A form from the list that the Kravtyp does not accept (what the sheet's "fel sysselsättningsform" counts). */
function formRejected(requirement: RequirementType | null, formCell: InputCell): boolean {
  if (typeof formCell !== "string") return false;
  return listedForm(formCell) !== undefined && !formCountsFor(requirement, formCell);
}

/** The list's form a cell names (ignoring case); an exact spelling, the usual case, skips the case folding. */
function listedForm(formCell: string): (typeof EMPLOYMENT_FORMS)[number] | undefined {
  return EMPLOYMENT_FORMS.find((candidate) => candidate === formCell) ?? EMPLOYMENT_FORMS.find((candidate) => sameText(candidate, formCell));
}

/** The serial of a cell holding a real date (a number, not text); null otherwise. */
export function realDate(cell: InputCell): number | null {
  if (typeof cell === "number") return plainDate(cell);
  const read = readDate(cell);
  return read.kind === "date" && !read.asText ? read.serial : null;
}

/**
 * The serial of a cell holding any number or date (not text), as MIN, COUNT and COUNTIF see a column: these
 * take even an implausible number such as 12, which the rules report as not a date.
 */
export function numericSerial(cell: InputCell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (isDateValue(cell)) return isoToSerial(cell.date.slice(0, 10));
  return null;
}

/** A usable end: blank (undefined → null) or a real date not before the start; `false` when unusable. */
function usableEnd(cell: InputCell, start: number): number | null | false {
  if (isBlankCell(cell)) return null;
  const end = realDate(cell);
  return end !== null && end >= start ? end : false;
}

/** Positions of the Placeringar columns in a table (TableView.positionsOf(PLACEMENT_HEADERS)). */
export type PlacementPositions = Readonly<Record<PlacementColumnKey, number>>;

/** Whether and how row `index` counts towards N under `requirement`. */
export function rowCounting(view: TableView, index: number, requirement: RequirementType | null): RowCounting {
  return countingOf(view.cells(index), view.positionsOf(P), requirement);
}

/** rowCounting on a row's cells, its columns resolved once per table (the validation's hot path). */
export function countingOf(cells: readonly InputCell[], at: PlacementPositions, requirement: RequirementType | null): RowCounting {
  const startCell = cellAt(cells, at.startDate);
  if (isBlankCell(startCell)) return NOT_STARTED;
  const formCell = cellAt(cells, at.form);
  if (formRejected(requirement, formCell)) return NOT_COUNTED_REQUIREMENT;
  const start = realDate(startCell);
  if (start === null || !formCountsFor(requirement, formCell)) return NOT_COUNTED_VALUES;
  // Omfattning counts only as a number typed as one (text is not counted), in (0, 100 %].
  const scope = cellAt(cells, at.scope);
  if (typeof scope !== "number" || !(scope > 0 && scope <= 1)) return NOT_COUNTED_VALUES;
  const plannedEnd = usableEnd(cellAt(cells, at.plannedEndDate), start);
  const actualEnd = usableEnd(cellAt(cells, at.actualEndDate), start);
  if (plannedEnd === false || actualEnd === false) return NOT_COUNTED_VALUES;
  const reason = cellAt(cells, at.endReason);
  const earlyReason = typeof reason === "string" && isEarlyEndReason(reason);
  const earlyEnd75 = earlyReason && actualEnd !== null && plannedEnd !== null && actualEnd < plannedEnd;
  return { kind: "counted", start, plannedEnd, actualEnd, scope, earlyEnd75 };
}

/**
 * Whether an Avslutsorsak is one the 75 % rule accepts, remembered per text: every row holds one of a few
 * reasons, and comparing each with every accepted reason under the locale's case folding was a visible
 * part of a 10 000-row validation. Bounded, since a column may also hold thousands of different texts.
 */
const earlyReasons = new Map<string, boolean>();
const EARLY_REASONS_REMEMBERED = 1_000;

function isEarlyEndReason(reason: string): boolean {
  let early = earlyReasons.get(reason);
  if (early === undefined) {
    early = EARLY_END_REASONS_75.some((accepted) => sameText(accepted, reason));
    if (earlyReasons.size < EARLY_REASONS_REMEMBERED) earlyReasons.set(reason, early);
  }
  return early;
}

const NOT_STARTED: RowCounting = { kind: "notStarted" };
const NOT_COUNTED_REQUIREMENT: RowCounting = { kind: "notCounted", reason: "requirementType" };
const NOT_COUNTED_VALUES: RowCounting = { kind: "notCounted", reason: "values" };
