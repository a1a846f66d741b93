/**
 * Every formula of the matching sheets, in one place: the calculated columns of Matchning and Platser and the
 * funnel on Matchningsöversikt. They spell out funnel.ts's rules (the property test in test/domain/matching
 * recalculates them in LibreOffice and compares with the code).
 *
 * Why they look as they do:
 * - Text is compared as UPPER(TRIM(x)), so "startad " is Startad in every spreadsheet program (LibreOffice's
 *   "=" may be case-sensitive, Excel's is not).
 * - Arrays are only ever evaluated inside SUMPRODUCT, which every program evaluates as an array without
 *   Ctrl+Shift+Enter; per-row logic that needs IF lives in a calculated column instead.
 * - A date may be a serial number or ISO text: IF(ISNUMBER(x),x,DATEVALUE(TRIM(x))) inside IFERROR.
 */
import { PLACEMENT_HEADERS as P, TABLES } from "../followup/names";
import { column, text, thisRow } from "../followup/formulas";
import { OPEN_TOO_LONG_DAYS, type StageStep } from "./funnel";
import { DECISION_STARTED, MATCHING_COLUMNS as M, MATCHING_TABLES as T, OUTCOMES_IN_WORK_OR_STUDIES, PLACEMENT_OUTCOME_COLUMNS as O, POSITION_COLUMNS as L, POSITION_OPEN } from "./sheets";

const key = (expr: string): string => `UPPER(TRIM(${expr}))`;
const filled = (expr: string): string => `LEN(TRIM(${expr}))>0`;
const upperText = (value: string): string => text(value.toLocaleUpperCase("sv-SE"));
/** A cell or expression as a date serial; errors when it is neither a number nor date text (wrap in IFERROR). */
const asDate = (expr: string): string => `IF(ISNUMBER(${expr}),${expr},DATEVALUE(TRIM(${expr})))`;

const m = (key: keyof typeof M): string => thisRow(T.matching, M[key].sv);
const mCol = (key: keyof typeof M): string => column(T.matching, M[key].sv);
const l = (key: keyof typeof L): string => thisRow(T.positions, L[key].sv);
const lCol = (key: keyof typeof L): string => column(T.positions, L[key].sv);

/** Matchning[Steg]: "" without a Kandidat-ID, else 4 Startad / 3 offered / 2 interviewed / 1 referred. */
export const STAGE_FORMULA =
  `=IF(LEN(TRIM(${m("candidateId")}))=0,"",` +
  `IF(${key(m("decision"))}=${upperText(DECISION_STARTED)},4,` +
  `IF(${filled(m("offerDate"))},3,IF(${filled(m("interviewDate"))},2,1))))`;

/**
 * The placement's Startdatum, found by this row's Ärende-ID (first match, case ignored; #N/A when there is none).
 * Placeringar's own Ärende-ID is compared as typed: a plain MATCH, because an array inside a calculated column
 * is not evaluated as one everywhere.
 */
const placementStart = `INDEX(${column(TABLES.placements, P.startDate)},MATCH(TRIM(${m("caseId")}),${column(TABLES.placements, P.caseId)},0))`;

/** Matchning[Dagar till start]: started rows only; the placement's Startdatum − Anvisad datum. */
export const DAYS_TO_START_FORMULA = `=IF(N(${m("stage")})<>4,"",IFERROR(${asDate(placementStart)}-${asDate(m("referredDate"))},""))`;

/** A Platser row's Status counts as open: Öppen or blank. */
const openStatus = (status: string): string => `((${key(status)}=${upperText(POSITION_OPEN)})+(LEN(TRIM(${status}))=0)>0)`;

/** Platser[Kandidater]: Matchning rows with a candidate at this position ("" for a row without Plats-ID). */
export const POSITION_CANDIDATES_FORMULA =
  `=IF(LEN(TRIM(${l("positionId")}))=0,"",SUMPRODUCT((${key(mCol("positionId"))}=${key(l("positionId"))})*ISNUMBER(${mCol("stage")})))`;

/** Platser[Dagar öppen]: days since Önskat startdatum for an open position with that date, else "". */
export const POSITION_DAYS_OPEN_FORMULA =
  `=IF(AND(LEN(TRIM(${l("positionId")}))>0,${openStatus(l("status"))}),IFERROR(TODAY()-${asDate(l("desiredStart"))},""),"")`;

/** Matchning rows at `step` or later. */
export function stageCountFormula(step: Exclude<StageStep, 0>): string {
  return `=COUNTIF(${mCol("stage")},">=${step}")`;
}

/** Rows at `step` or later whose `by` column equals the label in `labelCell` ("" when the label is blank). */
export function stageCountByFormula(by: "positionId" | "source" | "targetGroup", labelCell: string, step: Exclude<StageStep, 0>): string {
  const stage = mCol("stage");
  return `=IF(${labelCell}="","",SUMPRODUCT((${key(mCol(by))}=${key(labelCell)})*ISNUMBER(${stage})*(${stage}>=${step})))`;
}

/** A share of two cells, "" when the whole is 0. */
export function shareFormula(part: string, whole: string): string {
  return `=IF(N(${whole})=0,"",${part}/${whole})`;
}

export const MEDIAN_DAYS_FORMULA = `=IF(COUNT(${mCol("daysToStart")})=0,"",MEDIAN(${mCol("daysToStart")}))`;

export const OPEN_WITHOUT_CANDIDATES_FORMULA =
  `=SUMPRODUCT((LEN(TRIM(${lCol("positionId")}))>0)*${openStatus(lCol("status"))}*(${lCol("candidates")}=0))`;

export const OPEN_TOO_LONG_FORMULA = `=COUNTIF(${lCol("daysOpen")},">${OPEN_TOO_LONG_DAYS}")`;

const pCaseId = column(TABLES.placements, P.caseId);
const startedPlacements = `(LEN(TRIM(${pCaseId}))>0)*(LEN(TRIM(${column(TABLES.placements, P.startDate)}))>0)`;

/** Placeringar rows with Ärende-ID and Startdatum. */
export const STARTED_PLACEMENTS_FORMULA = `=SUMPRODUCT(${startedPlacements})`;

/**
 * Of those, the ones a started Matchning row points at. COUNTIFS compares the IDs with case ignored but as typed
 * (spaces count), in every spreadsheet program; funnel.ts does the same.
 */
export const STARTED_VIA_MATCHING_FORMULA =
  `=SUMPRODUCT(${startedPlacements}*(COUNTIFS(${mCol("caseId")},${pCaseId},${mCol("stage")},4)>0))`;

const outcome = column(TABLES.placements, O.outcomeAfterEnd.sv);
export const OUTCOMES_RECORDED_FORMULA = `=SUMPRODUCT(--(LEN(TRIM(${outcome}))>0))`;
export const OUTCOMES_IN_WORK_FORMULA = `=SUMPRODUCT(${OUTCOMES_IN_WORK_OR_STUDIES.map((value) => `(${key(outcome)}=${upperText(value)})`).join("+")})`;

/** Kartläggning's pool for the target group named in `labelCell`. */
export function poolFormula(labelCell: string, mappingTable: string, targetGroupHeader: string, poolHeader: string): string {
  return `=IF(${labelCell}="","",SUMIFS(${column(mappingTable, poolHeader)},${column(mappingTable, targetGroupHeader)},${labelCell}))`;
}

/** The k-th Plats-ID of Platser (trimmed), or "" past the end. */
export function positionLabel(k: number): string {
  return `=IFERROR(TRIM(""&INDEX(${lCol("positionId")},${k})),"")`;
}
