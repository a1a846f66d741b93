/**
 * The contract-level results: full-time months served, planned and forecast, the start rule, the 75 %
 * rule, overdue reports and ONE overall status. Every figure follows the template's Sammanställning
 * formulas (src/domain/followup/formulas.ts, SUMMARY_FORMULAS and PLACEMENT_FORMULAS) step by step, so the
 * add-in and the sheet never disagree; `today` stands in for TODAY().
 */
import { addMonths, isoToSerial, serialToIso } from "../followup/dates";
import { EARLY_END_REASONS_75 } from "../followup/lists";
import { STATUS_WORDS } from "../i18n/validation";
import { calendarMonths } from "../model/months";
import { formatNumber, formatPercent } from "./cells";
import { contractPlace, type ContractTerms } from "./contractForm";
import { finding, type Finding } from "./findings";
import type { ContractInput } from "./input";
import type { PlacementRow } from "./placementRules";

/** The Sammanställning status vocabulary, best to worst. */
export const OVERALL_STATUSES = ["Uppfyllt", "Uppfyllt enligt 75 %-regeln", "På väg", "Risk", "Ej uppfyllt"] as const;
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
  /** Placement rows that hold anything. */
  readonly placements: number;
  readonly ongoing: number;
  readonly ended: number;
  readonly overdueReports: number;
}

/** The per-row calculated columns of Placeringar. */
export interface PlacementMonths {
  /** Heltidsmånader; null when the row has no start (the sheet shows blank). */
  readonly served: number | null;
  readonly planned: number | null;
  readonly forecast: number | null;
  readonly earlyEnd75: boolean;
}

const EARLY_REASONS: readonly string[] = EARLY_END_REASONS_75;

/** The calculated columns for one row, as the template's formulas compute them. */
export function placementMonths(row: PlacementRow, today: number): PlacementMonths {
  const scope = row.scope ?? 0;
  const served = row.start === null ? null : calendarMonths(row.start, row.actualEnd ?? today) * scope;
  const planned = row.start === null || row.plannedEnd === null ? null : calendarMonths(row.start, row.plannedEnd) * scope;
  const forecast = served === null ? null : row.actualEnd !== null ? served : Math.max(served, planned ?? 0);
  const earlyEnd75 =
    row.endReason !== null && EARLY_REASONS.includes(row.endReason) && row.actualEnd !== null && row.plannedEnd !== null && row.actualEnd < row.plannedEnd;
  return { served, planned, forecast, earlyEnd75 };
}

function minimum(values: readonly (number | null)[]): number | null {
  let best: number | null = null;
  for (const value of values) if (value !== null && (best === null || value < best)) best = value;
  return best;
}

/** The Sammanställning figures and status from the contract terms, the typed rows and the overdue count. */
export function contractStatus(terms: ContractTerms, rows: readonly PlacementRow[], overdueReports: number, today: number): ContractStatus {
  let served = 0;
  let planned = 0;
  let forecast = 0;
  let earlyEnds = 0;
  let ongoing = 0;
  let ended = 0;
  for (const row of rows) {
    const months = placementMonths(row, today);
    served += months.served ?? 0;
    planned += months.planned ?? 0;
    forecast += months.forecast ?? 0;
    if (months.earlyEnd75) earlyEnds++;
    if (row.start !== null && !row.actualEndGiven) ongoing++;
    if (row.actualEnd !== null) ended++;
  }
  const firstStart = minimum(rows.map((row) => row.start));
  const firstOffer = minimum(rows.map((row) => row.offered));
  const deadline = terms.start === null ? null : isoToSerial(addMonths(terms.start.iso, terms.startDeadlineMonths));
  let startRule: StartRuleState = "Ej avgjord";
  if (deadline !== null) {
    const startedInTime = rows.some((row) => (row.start !== null && row.start <= deadline) || (row.offered !== null && row.offered <= deadline));
    startRule = startedInTime ? "Uppfylld" : today > deadline ? "Ej uppfylld" : "Ej avgjord";
  }
  const commitment = terms.commitment;
  const threshold75 = commitment === null ? null : terms.approvedShare * commitment;
  const rule75: Rule75State = earlyEnds === 0 ? "Ej tillämplig" : served >= (threshold75 ?? 0) ? "Uppfylld" : "Ej uppfylld";
  return {
    status: overallStatus({ commitment, served, forecast, earlyEnds, threshold75, startRule, contractEnd: terms.end?.serial ?? null, today }),
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
    placements: rows.length,
    ongoing,
    ended,
    overdueReports,
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
  if (commitment === null) return findings;
  const months = (value: number) => formatNumber(value, 1);
  const commitmentPlace = contractPlace(contract, "commitmentMonths");
  findings.push(
    finding("COMMITMENT_PROGRESS", commitmentPlace, {
      served: months(status.servedMonths),
      commitment: months(commitment),
      share: formatPercent(status.share ?? 0),
      forecast: months(status.forecastMonths),
    }),
  );
  if (status.status === "Risk") {
    findings.push(finding("COMMITMENT_AT_RISK", commitmentPlace, { forecast: months(status.forecastMonths), commitment: months(commitment) }));
  }
  const contractEnded = terms.end !== null && today > terms.end.serial;
  if (status.status === "Ej uppfyllt" && contractEnded) {
    findings.push(
      finding("COMMITMENT_NOT_MET", commitmentPlace, { served: months(status.servedMonths), commitment: months(commitment), reason: STATUS_WORDS.contractEnded }),
    );
  }
  const sharePlace = contractPlace(contract, "approvedShare");
  const rule75Values = { earlyEnds: String(status.earlyEnds), served: months(status.servedMonths), threshold: months(status.threshold75 ?? 0) };
  if (status.status === "Uppfyllt enligt 75 %-regeln") findings.push(finding("RULE_75_MET", sharePlace, rule75Values));
  if (status.rule75 === "Ej uppfylld") findings.push(finding("RULE_75_NOT_MET", sharePlace, rule75Values));
  return findings;
}
