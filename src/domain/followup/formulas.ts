/**
 * Every formula the add-in writes into a follow-up workbook, in one place.
 *
 * Syntax: Excel en-US with commas. Structured references use the explicit `Table[[#This Row],[Col]]`
 * form: it is what Excel stores in the file, and LibreOffice evaluates it (it does not evaluate the `[@Col]`
 * shorthand when reading .xlsx). Team-wide month rule (src/domain/model/months.ts): calendar months,
 * k = DATEDIF(start, end + 1, "m") whole months plus the started month's elapsed share, end inclusive.
 */
import { EARLY_END_REASONS_75, EMPLOYMENT_FORMS, GENDERS, REQUIREMENT_MATRIX_LAYOUT as M, REQUIREMENT_WHEN_BLANK } from "./lists";
import {
  CONTRACT_NAMES as C,
  PLACEMENT_HEADERS as P,
  REPORT_HEADERS as R,
  SUMMARY_NAMES as S,
  TABLES,
  TARGET_GROUP_HEADERS,
} from "./names";

/** Escapes a column name for use inside `[...]` of a structured reference. */
export function escapeColumn(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** `Table[Column]`: the whole data column. */
export function column(table: string, header: string): string {
  return `${table}[${escapeColumn(header)}]`;
}

/** `Table[[#This Row],[Column]]`: the value in the formula's own row. */
export function thisRow(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumn(header)}]]`;
}

/** Quotes a text constant for a formula. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

const pl = (header: string): string => thisRow(TABLES.placements, header);
const plCol = (header: string): string => column(TABLES.placements, header);
const rpCol = (header: string): string => column(TABLES.reports, header);

/**
 * Calendar months from `startExpr` to `endExpr`, both inclusive, as the model's calendarMonths computes
 * them: with E = end + 1 and k = DATEDIF(start, E, "m"),
 *   k + (E − EDATE(start, k)) / (EDATE(start, k + 1) − EDATE(start, k)).
 * Spelled out without LET (LibreOffice 7.4 lacks it), so the sub-expressions repeat. An end before the
 * start gives 0 rather than DATEDIF's #NUM! (an ongoing placement whose start is still in the future).
 * The unit is written "M": Excel and LibreOffice take either case, HyperFormula only the upper.
 */
export function monthsBetween(startExpr: string, endExpr: string): string {
  const exclusiveEnd = `(${endExpr}+1)`;
  const whole = `DATEDIF(${startExpr},${exclusiveEnd},"M")`;
  const monthStart = `EDATE(${startExpr},${whole})`;
  const nextMonthStart = `EDATE(${startExpr},${whole}+1)`;
  return `IF(${endExpr}<${startExpr},0,${whole}+(${exclusiveEnd}-${monthStart})/(${nextMonthStart}-${monthStart}))`;
}

const start = pl(P.startDate);
const plannedEnd = pl(P.plannedEndDate);
const actualEnd = pl(P.actualEndDate);
const scope = pl(P.scope);
const served = pl(P.fullTimeMonths);

/** Serial of 1901-01-01 and one past 9999-12-31: a date cell outside is a typing slip (as cells.ts reads it). */
export const FIRST_DATE_SERIAL = 367;
export const PAST_LAST_DATE_SERIAL = 2_958_466;

/**
 * Blank as the validation reads it: empty, or only spaces. TRIM keeps a number's digits, so a date is never
 * blank; comparing with "" alone would take a cell holding a space for a value.
 */
export function blankTest(expr: string): string {
  return `TRIM(${expr})=""`;
}

/** A real date: a number (text is not) in Excel's plausible date range. */
function isRealDate(expr: string): string {
  return `ISNUMBER(${expr}),${expr}>=${FIRST_DATE_SERIAL},${expr}<${PAST_LAST_DATE_SERIAL}`;
}

/** An end that is blank, or a real date not before the start. */
function endUsable(end: string): string {
  return `OR(${blankTest(end)},AND(${isRealDate(end)},${end}>=${start}))`;
}

/** The contract's Kravtyp, a blank one read as "valfri" (every form counts). */
const REQUIREMENT = `IF(${blankTest(C.requirementType)},${text(REQUIREMENT_WHEN_BLANK)},${C.requirementType})`;

/**
 * TRUE when the Kravtyp matrix on Listor says `formExpr` counts under the contract's Kravtyp. `=` compares
 * text ignoring case and without wildcards (MATCH and COUNTIF would treat * and ? as patterns).
 */
export function formCounts(formExpr: string): string {
  return `SUMPRODUCT((${M.rowNames}=${REQUIREMENT})*(${M.columnNames}=${formExpr})*(${M.cells}="Ja"))>0`;
}

/**
 * Whether the row's months count towards N (followup.md amendments 2 and 3): a real start date, Omfattning a
 * number in (0, 1], each end blank or a real date not before the start, and a Sysselsättningsform the Kravtyp
 * accepts. Text that looks like a number or date does not count: how Excel reads it depends on the locale,
 * so the validation asks for a "Rätta" instead. IFERROR: an error value in any of the cells is not counted
 * either, rather than spreading into the totals. src/domain/validation/counting.ts is the same rule in code.
 */
const ROW_COUNTS =
  `IFERROR(AND(${isRealDate(start)},ISNUMBER(${scope}),${scope}>0,${scope}<=1,` +
  `${endUsable(plannedEnd)},${endUsable(actualEnd)},${formCounts(pl(P.form))}),FALSE)`;

/** Calculated columns of the Placeringar table, keyed by column key. */
export const PLACEMENT_FORMULAS = {
  /**
   * Full-time months served: start → actual end (or today while ongoing) × scope. Blank without a start
   * date (an offered-but-not-started row) and blank when the row does not count (ROW_COUNTS), so a wrong
   * value never becomes a wrong number or an error in the totals; never negative (a start in the future gives 0).
   */
  fullTimeMonths: `=IF(${blankTest(start)},"",IF(${ROW_COUNTS},${monthsBetween(start, `IF(${blankTest(actualEnd)},TODAY(),${actualEnd})`)}*${scope},""))`,
  /** Planned full-time months: start → planned end × scope; blank unless the row counts and has a planned end. */
  plannedFullTimeMonths: `=IF(OR(${served}="",${blankTest(plannedEnd)}),"",${monthsBetween(start, plannedEnd)}*${scope})`,
  /** TRUE when a counted placement ended early for a reason the 75 % rule accepts (amendment 1). */
  earlyEnd75: `=IF(${served}="",FALSE,AND(OR(${EARLY_END_REASONS_75.map((reason) => `${pl(P.endReason)}=${text(reason)}`).join(",")}),NOT(${blankTest(actualEnd)}),NOT(${blankTest(plannedEnd)}),${actualEnd}<${plannedEnd}))`,
  /**
   * Forecast full-time months: what an ended placement served, or for an ongoing one the larger of
   * served-so-far and planned (N() turns a blank planned value into 0). Blank when the row does not count.
   */
  forecastFullTimeMonths: `=IF(${served}="","",IF(NOT(${blankTest(actualEnd)}),${served},MAX(${served},N(${pl(P.plannedFullTimeMonths)}))))`,
  /**
   * An extra place (bonus clause): a counted placement whose start came after placements started
   * strictly earlier already cover the commitment N by their forecast full-time months.
   */
  extraPlace: `=IF(${pl(P.forecastFullTimeMonths)}="",FALSE,AND(N(${C.commitmentMonths})>0,SUMIFS(${plCol(P.forecastFullTimeMonths)},${plCol(P.startDate)},"<"&${start})>=${C.commitmentMonths}))`,
} as const;

/** The cells that make a row a placement in Sam_AntalPlaceringar (and the validation's count). */
export const PLACEMENT_KEY_COLUMNS: readonly string[] = [P.caseId, P.form, P.offeredDate, P.startDate, P.scope];

/** Rows with a start whose months do not count (their Heltidsmånader cell is blank). */
const NOT_COUNTED = `SUMPRODUCT((TRIM(${plCol(P.startDate)})<>"")*(${plCol(P.fullTimeMonths)}=""))`;

/** Of those, the rows whose Sysselsättningsform the Kravtyp does not accept (one term per form). */
const NOT_COUNTED_REQUIREMENT = EMPLOYMENT_FORMS.map(
  (form) => `SUMPRODUCT((TRIM(${plCol(P.startDate)})<>"")*(${plCol(P.form)}=${text(form)}))*NOT(${formCounts(text(form))})`,
).join("+");

export type PlacementFormulaKey = keyof typeof PLACEMENT_FORMULAS;

/** The Sammanställning figures, keyed as SUMMARY_NAMES; each reads other figures by their names. */
export const SUMMARY_FORMULAS: Readonly<Record<keyof typeof S, string>> = {
  commitment: `=N(${C.commitmentMonths})`,
  served: `=SUM(${plCol(P.fullTimeMonths)})`,
  planned: `=SUM(${plCol(P.plannedFullTimeMonths)})`,
  forecast: `=SUM(${plCol(P.forecastFullTimeMonths)})`,
  share: `=IF(${S.commitment}>0,${S.served}/${S.commitment},"")`,
  firstStart: `=IF(COUNT(${plCol(P.startDate)})=0,"",MIN(${plCol(P.startDate)}))`,
  firstOffer: `=IF(COUNT(${plCol(P.offeredDate)})=0,"",MIN(${plCol(P.offeredDate)}))`,
  startDeadline: `=IF(${C.start}="","",EDATE(${C.start},${C.startDeadlineMonths}))`,
  startRule:
    `=IF(${S.startDeadline}="","Ej avgjord",` +
    `IF(COUNTIF(${plCol(P.startDate)},"<="&${S.startDeadline})+COUNTIF(${plCol(P.offeredDate)},"<="&${S.startDeadline})>0,"Uppfylld",` +
    `IF(TODAY()>${S.startDeadline},"Ej uppfylld","Ej avgjord")))`,
  earlyEnds: `=COUNTIF(${plCol(P.earlyEnd75)},TRUE)`,
  threshold75: `=N(${C.approvedShare})*${S.commitment}`,
  rule75: `=IF(${S.earlyEnds}=0,"Ej tillämplig",IF(${S.served}>=${S.threshold75},"Uppfylld","Ej uppfylld"))`,
  status:
    `=IF(${S.commitment}<=0,"",` +
    `IF(${S.served}>=${S.commitment},"Uppfyllt",` +
    `IF(AND(${S.earlyEnds}>0,${S.served}>=${S.threshold75}),"Uppfyllt enligt 75 %-regeln",` +
    `IF(OR(${S.startRule}="Ej uppfylld",AND(${C.end}<>"",TODAY()>${C.end})),"Ej uppfyllt",` +
    `IF(${S.forecast}<${S.commitment},"Risk","På väg")))))`,
  notCounted: `=${NOT_COUNTED}`,
  notCountedRequirement: `=${NOT_COUNTED_REQUIREMENT}`,
  notCountedValues: `=${S.notCounted}-${S.notCountedRequirement}`,
  // A placement is a row with any of its key cells filled, also one without Ärende-ID (the validation's count).
  placementCount: `=SUMPRODUCT(--((${PLACEMENT_KEY_COLUMNS.map((header) => `TRIM(${plCol(header)})`).join("&")})<>""))`,
  ongoing: `=SUMPRODUCT((TRIM(${plCol(P.startDate)})<>"")*(TRIM(${plCol(P.actualEndDate)})=""))`,
  ended: `=COUNT(${plCol(P.actualEndDate)})`,
  offeredNotStarted: `=SUMPRODUCT((${plCol(P.offeredDate)}<>"")*(${plCol(P.startDate)}=""))`,
  overdueReports: `=SUMPRODUCT((${rpCol(R.dueDate)}<>"")*(${rpCol(R.receivedDate)}="")*(${rpCol(R.dueDate)}<TODAY()))`,
  // ISNUMBER: a date typed as text is neither late nor on time (text compares above every number).
  lateReports: `=SUMPRODUCT(ISNUMBER(${rpCol(R.dueDate)})*ISNUMBER(${rpCol(R.receivedDate)})*(${rpCol(R.receivedDate)}>${rpCol(R.dueDate)}))`,
  deficientReports: `=COUNTIF(${rpCol(R.status)},"Brist")`,
  extraPlaces: `=COUNTIF(${plCol(P.extraPlace)},TRUE)`,
  bonusPlaces: `=MIN(${S.extraPlaces},N(${C.maxBonusPlaces}))`,
  bonusAmount: `=${S.bonusPlaces}*N(${C.bonusPerPlace})`,
};

/** Count of placements with a given value in a column (per form, per gender). */
export function countPlacementsWhere(header: string, value: string): string {
  return `=COUNTIF(${plCol(header)},${text(value)})`;
}

export const FORM_COUNT_FORMULAS = EMPLOYMENT_FORMS.map((form) => ({ value: form, formula: countPlacementsWhere(P.form, form) }));
export const GENDER_COUNT_FORMULAS = GENDERS.map((gender) => ({ value: gender, formula: countPlacementsWhere(P.gender, gender) }));

/**
 * Small-count suppression (issue 13 item 7): in what is shared outward, a group of 1–4 people can single a
 * person out, so such a count is shown as "< 5". Zero and 5 or more are shown as they are.
 */
export const SMALL_COUNT_LIMIT = 5;
export const SMALL_COUNT_TEXT = `< ${SMALL_COUNT_LIMIT}`;

/** The count for sharing: `count` unless it is 1–4, then "< 5". A blank (no group) stays blank. */
export function suppressSmallCount(count: number | null): number | string | null {
  if (count === null) return null;
  return count >= 1 && count < SMALL_COUNT_LIMIT ? SMALL_COUNT_TEXT : count;
}

/** The same rule as a cell formula over the exact count in `countCell`. */
export function sharedCountFormula(countCell: string): string {
  return `=IF(AND(ISNUMBER(${countCell}),${countCell}>=1,${countCell}<${SMALL_COUNT_LIMIT}),"${SMALL_COUNT_TEXT}",${countCell})`;
}

/** The k-th target group's name (1-based) from the Avtal sheet's Målgrupper table, or "" past the end. */
export function targetGroupLabel(k: number): string {
  return `=IFERROR(""&INDEX(${column(TABLES.targetGroups, TARGET_GROUP_HEADERS.name)},${k}),"")`;
}

/** Placements in the target group named in `labelCell` (blank when the label is blank). */
export function targetGroupCount(labelCell: string): string {
  return `=IF(${labelCell}="","",COUNTIF(${plCol(P.targetGroup)},${labelCell}))`;
}

/** Named-range formula of the Målgrupp list: the Målgrupper table column, so it grows with the table. */
export const TARGET_GROUP_LIST_REFERS_TO = `=${column(TABLES.targetGroups, TARGET_GROUP_HEADERS.name)}`;

/** Conditional-format formulas of Rapporter, relative to the first data row (`row`), with column letters. */
export function overdueReportRule(dueCol: string, receivedCol: string, row: number): string {
  return `=AND($${receivedCol}${row}="",$${dueCol}${row}<>"",$${dueCol}${row}<TODAY())`;
}

export function expiredCorrectionRule(statusCol: string, deadlineCol: string, row: number): string {
  return `=AND($${statusCol}${row}="Brist",$${deadlineCol}${row}<>"",$${deadlineCol}${row}<TODAY())`;
}

/**
 * The Samhällsekonomi per-placement formula: SYSS.EFFECTS over the whole Placeringar table (it grows with
 * the table) with the Parametrar table's data rows as overrides (key in the first column, Värde in the
 * third). `Parametrar[#Data]` rather than the bare table name: the same range, and the explicit form is
 * what a file stores. It spills one row per placement × 6 actor columns.
 */
export const EFFECTS_FORMULA = `=SYSS.EFFECTS(${TABLES.placements}[#Data],${TABLES.placements}[#Headers],${TABLES.parameters}[#Data])`;

/** The case IDs next to the effects, spilling with the table. */
export const EFFECTS_CASE_IDS_FORMULA = `=${plCol(P.caseId)}`;

/** The custom-function namespace prefix as typed in Excel, and how a writer finds it. */
export const CUSTOM_FUNCTION_PREFIX = "SYSS.";

export function usesCustomFunction(formula: string): boolean {
  return formula.includes(CUSTOM_FUNCTION_PREFIX);
}

/** Contract-level cost borne by the actor whose organisation type matches (kommun/region/stat). */
export function organisationCost(organisationType: string, amountExpr: string): string {
  return `=IF(${C.organisationType}=${text(organisationType)},-(${amountExpr}),0)`;
}
