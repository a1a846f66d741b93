/**
 * The contract-level results: full-time months served, planned and forecast, the start rule, the 75 %
 * rule, overdue reports and ONE overall status. Every figure follows the template's Sammanställning
 * formulas (src/domain/followup/formulas.ts, SUMMARY_FORMULAS and PLACEMENT_FORMULAS) step by step, so the
 * add-in and the sheet never disagree; `today` stands in for TODAY().
 */
import { isoToSerial, serialToIso } from "../common/dates";
import { addMonths } from "../followup/dates";
import { FRAGMENTS, STATUS_WORDS, type BilingualText } from "../i18n/validation";
import { fillText } from "../common/text";
import { calendarMonths } from "../model/months";
import { numberText, percentText } from "./cells";
import { contractPlace, type ContractTerms } from "./contractForm";
import { finding, type Finding } from "./findings";
import type { ContractInput } from "./input";
import type { PlacementRow } from "./placementRules";
import type { RowCounting } from "./counting";

/** The Sammanställning status vocabulary, best to worst. */
export const OVERALL_STATUSES = ["Uppfyllt", "Uppfyllt enligt 75 %-regeln", "På väg", "Risk", "Ej uppfyllt", "Kan inte bedömas"] as const;
/**
 * The status when a column the months depend on is missing from Placeringar (amendment 4): code only. The
 * sheet's formulas follow a renamed column in Excel, so they may still show a status; the add-in does not
 * guess which column took its place.
 */
export const CANNOT_ASSESS: OverallStatus = "Kan inte bedömas";
export type OverallStatus = (typeof OVERALL_STATUSES)[number];
export type StartRuleState = "Uppfylld" | "Ej uppfylld" | "Ej avgjord";
export type Rule75State = "Ej tillämplig" | "Uppfylld" | "Ej uppfylld";

export interface ContractStatus {
  /** null when no commitment N is given (the sheet then shows nothing). */
  readonly status: OverallStatus | null;
  readonly commitment: number | null;
  readonly servedMonths: number;
  readonly plannedMonths: number;
  readonly forecastMonths: number;
  /** served / N; null without N. */
  readonly share: number | null;
  readonly firstStart: string | null;
  readonly firstOffer: string | null;
  readonly startDeadline: string | null;
  readonly startRule: StartRuleState;
  readonly earlyEnds: number;
  readonly threshold75: number | null;
  readonly rule75: Rule75State;
  /** Placement rows with a key cell filled (Ärende-ID, Sysselsättningsform, a date or Omfattning), as Sam_AntalPlaceringar. */
  readonly placements: number;
  readonly ongoing: number;
  readonly ended: number;
  readonly overdueReports: number;
  readonly notCounted: NotCounted;
}

/** The per-row calculated columns of Placeringar. */
export interface PlacementMonths {
  /** Heltidsmånader; null when the row has no start or does not count (the sheet shows blank). */
  readonly served: number | null;
  readonly planned: number | null;
  readonly forecast: number | null;
  readonly earlyEnd75: boolean;
}

const NO_MONTHS: PlacementMonths = { served: null, planned: null, forecast: null, earlyEnd75: false };

/** The calculated columns for one row, as the template's formulas compute them (counting.ts decides what counts). */
export function placementMonths(row: PlacementRow, today: number): PlacementMonths {
  return monthsOf(row.counting, today);
}

/** The calculated columns from a row's counting alone (also used for the cached values of written files). */
export function monthsOf(counting: RowCounting, today: number): PlacementMonths {
  if (counting.kind !== "counted") return NO_MONTHS;
  const served = calendarMonths(counting.start, counting.actualEnd ?? today) * counting.scope;
  const planned = counting.plannedEnd === null ? null : calendarMonths(counting.start, counting.plannedEnd) * counting.scope;
  const forecast = counting.actualEnd !== null ? served : Math.max(served, planned ?? 0);
  return { served, planned, forecast, earlyEnd75: counting.earlyEnd75 };
}

/** Started placements whose months do not count, and why (Sam_EjRaknade and its two parts). */
export interface NotCounted {
  readonly total: number;
  /** The Kravtyp does not accept the Sysselsättningsform. */
  readonly requirementType: number;
  /** A wrong, missing or text value in a date, Omfattning or Sysselsättningsform. */
  readonly values: number;
}

function minimum(values: readonly (number | null)[]): number | null {
  let best: number | null = null;
  for (const value of values) if (value !== null && (best === null || value < best)) best = value;
  return best;
}

/** The Sammanställning figures and status from the contract terms, the typed rows and the overdue count. */
export function contractStatus(
  terms: ContractTerms,
  rows: readonly PlacementRow[],
  overdueReports: number,
  today: number,
  monthColumnsMissing = false,
  /** Each row's months when the caller kept them (live re-validation): otherwise computed here. */
  knownMonths?: readonly PlacementMonths[],
): ContractStatus {
  let served = 0;
  let planned = 0;
  let forecast = 0;
  let earlyEnds = 0;
  let ongoing = 0;
  let ended = 0;
  let notCountedRequirement = 0;
  let notCountedValues = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const months = knownMonths?.[index] ?? placementMonths(row, today);
    served += months.served ?? 0;
    planned += months.planned ?? 0;
    forecast += months.forecast ?? 0;
    if (months.earlyEnd75) earlyEnds++;
    if (row.startGiven && !row.actualEndGiven) ongoing++;
    if (row.realActualEnd !== null) ended++;
    if (row.counting.kind === "notCounted") {
      if (row.counting.reason === "requirementType") notCountedRequirement++;
      else notCountedValues++;
    }
  }
  // MIN and COUNTIF over the columns see real dates only, not dates typed as text.
  const firstStart = minimum(rows.map((row) => row.realStart));
  const firstOffer = minimum(rows.map((row) => row.realOffered));
  const deadline = terms.start === null ? null : isoToSerial(addMonths(terms.start.iso, terms.startDeadlineMonths));
  let startRule: StartRuleState = "Ej avgjord";
  if (deadline !== null) {
    const startedInTime = rows.some((row) => (row.realStart !== null && row.realStart <= deadline) || (row.realOffered !== null && row.realOffered <= deadline));
    startRule = startedInTime ? "Uppfylld" : today > deadline ? "Ej uppfylld" : "Ej avgjord";
  }
  const commitment = terms.commitment;
  const threshold75 = commitment === null ? null : terms.approvedShare * commitment;
  const rule75: Rule75State = earlyEnds === 0 ? "Ej tillämplig" : served >= (threshold75 ?? 0) ? "Uppfylld" : "Ej uppfylld";
  return {
    status: monthColumnsMissing ? CANNOT_ASSESS : overallStatus({ commitment, served, forecast, earlyEnds, threshold75, startRule, contractEnd: terms.end?.serial ?? null, today }),
    commitment,
    servedMonths: served,
    plannedMonths: planned,
    forecastMonths: forecast,
    share: commitment === null ? null : served / commitment,
    firstStart: firstStart === null ? null : serialToIso(firstStart),
    firstOffer: firstOffer === null ? null : serialToIso(firstOffer),
    startDeadline: deadline === null ? null : serialToIso(deadline),
    startRule,
    earlyEnds,
    threshold75,
    rule75,
    placements: rows.filter((row) => row.keyFilled).length,
    ongoing,
    ended,
    overdueReports,
    notCounted: { total: notCountedRequirement + notCountedValues, requirementType: notCountedRequirement, values: notCountedValues },
  };
}

export interface StatusInputs {
  readonly commitment: number | null;
  readonly served: number;
  readonly forecast: number;
  readonly earlyEnds: number;
  readonly threshold75: number | null;
  readonly startRule: StartRuleState;
  readonly contractEnd: number | null;
  readonly today: number;
}

/** Sam_Status, in the formula's order: met, met by the 75 % rule, failed, at risk, on track. */
export function overallStatus(s: StatusInputs): OverallStatus | null {
  if (s.commitment === null || s.commitment <= 0) return null;
  if (s.served >= s.commitment) return "Uppfyllt";
  if (s.earlyEnds > 0 && s.threshold75 !== null && s.served >= s.threshold75) return "Uppfyllt enligt 75 %-regeln";
  if (s.startRule === "Ej uppfylld" || (s.contractEnd !== null && s.today > s.contractEnd)) return "Ej uppfyllt";
  if (s.forecast < s.commitment) return "Risk";
  return "På väg";
}

/** The Kravtyp cell's text, for a message when it is not a Kravtyp. */
function shownRequirement(contract: ContractInput): string {
  const cell = contract.fields.requirementType?.value ?? null;
  return cell === null ? "" : `"${String(typeof cell === "object" ? cell.date : cell)}"`;
}

/**
 * Two figures compared in a message, with as many decimals (1 to 3) as it takes to show which is larger:
 * 8,967 is below 9, so "9 does not reach 9" must read "8,967 … 9".
 */
export function decidingPair(a: number, b: number): [BilingualText, BilingualText] {
  for (let decimals = 1; decimals < 3; decimals++) {
    const [fa, fb] = [numberText(a, decimals), numberText(b, decimals)];
    if (a === b || fa.sv !== fb.sv) return [fa, fb];
  }
  return [numberText(a, 3), numberText(b, 3)];
}

/** "1 förtida avslut" / "1 early end", "2 early ends". */
function earlyEndsText(count: number): BilingualText {
  return fillText(count === 1 ? FRAGMENTS.earlyEndOne : FRAGMENTS.earlyEndMany, { count: String(count) });
}

/** The contract-level findings that go with a status. */
export function contractFindings(contract: ContractInput, terms: ContractTerms, status: ContractStatus, today: number): Finding[] {
  const findings: Finding[] = [];
  const deadlinePlace = contract.fields.startDeadlineMonths ? contractPlace(contract, "startDeadlineMonths") : contractPlace(contract, "start");
  if (status.startRule === "Ej uppfylld" && status.startDeadline !== null) {
    findings.push(finding("START_RULE_BROKEN", deadlinePlace, { deadline: status.startDeadline }));
  }
  if (status.startRule === "Ej avgjord" && status.startDeadline !== null) {
    const days = isoToSerial(status.startDeadline) - today;
    findings.push(finding("START_RULE_PENDING", deadlinePlace, { deadline: status.startDeadline, days: String(days) }));
  }
  const commitment = status.commitment;
  // Without the columns the months depend on, progress figures would be made up from blanks.
  if (commitment === null || status.status === CANNOT_ASSESS) return findings;
  const months = (value: number) => numberText(value, 1);
  const commitmentPlace = contractPlace(contract, "commitmentMonths");
  const [servedShown, commitmentShown] = decidingPair(status.servedMonths, commitment);
  findings.push(
    finding("COMMITMENT_PROGRESS", commitmentPlace, {
      served: servedShown,
      commitment: commitmentShown,
      share: percentText(status.share ?? 0),
      forecast: months(status.forecastMonths),
    }),
  );
  if (status.status === "Risk") {
    findings.push(finding("COMMITMENT_AT_RISK", commitmentPlace, { forecast: months(status.forecastMonths), commitment: months(commitment) }));
  }
  const contractEnded = terms.end !== null && today > terms.end.serial;
  if (status.status === "Ej uppfyllt" && contractEnded) {
    findings.push(
      finding("COMMITMENT_NOT_MET", commitmentPlace, { served: servedShown, commitment: commitmentShown, reason: STATUS_WORDS.contractEnded }),
    );
  }
  const notCounted = status.notCounted;
  if (notCounted.total > 0) {
    findings.push(
      finding("ROWS_NOT_COUNTED", commitmentPlace, {
        total: String(notCounted.total),
        requirementType: String(notCounted.requirementType),
        values: String(notCounted.values),
        requirement: terms.requirementType ?? shownRequirement(contract),
      }),
    );
  }
  const sharePlace = contractPlace(contract, "approvedShare");
  const [served75, threshold75] = decidingPair(status.servedMonths, status.threshold75 ?? 0);
  const rule75Values = { earlyEnds: earlyEndsText(status.earlyEnds), served: served75, threshold: threshold75 };
  if (status.status === "Uppfyllt enligt 75 %-regeln") findings.push(finding("RULE_75_MET", sharePlace, rule75Values));
  if (status.rule75 === "Ej uppfylld") findings.push(finding("RULE_75_NOT_MET", sharePlace, rule75Values));
  return findings;
}
