/**
 * A deterministic, realistic mix of placements for benchmarks: mostly full- or part-time jobs, some
 * apprenticeships and internships, the usual subsidies, as canonical objects and as rows under the
 * follow-up workbook's Placeringar headers.
 */
import { calendarMonths } from "../../src/domain/model";
import { seededRandom } from "./seeded-random";

export const PLACERINGAR_HEADERS = [
  "Ärende-ID", "Målgrupp", "Kön", "Ålder", "Sysselsättningsform", "Anställningstyp", "Datum för erbjudande", "Startdatum",
  "Planerat slutdatum", "Faktiskt slutdatum", "Avslutsorsak", "Omfattning (%)", "Bruttolön per månad", "Anställningsstöd",
  "Tid i arbetslöshet (mån)", "Nyanländ", "A-kassa", "Bostadsbidrag", "Handledarens bruttolön", "Tid för handledning (%)",
  "Underleverantör", "Kommentar",
] as const;

export interface Workload {
  readonly inputs: Record<string, unknown>[];
  readonly rows: unknown[][];
}

export function realisticWorkload(count: number, seed = 20_251_125): Workload {
  const next = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const inputs: Record<string, unknown>[] = [];
  const rows: unknown[][] = [];
  for (let index = 0; index < count; index++) {
    const formRoll = next();
    const form = formRoll < 0.7 ? "anställning" : formRoll < 0.85 ? "lärlingsanställning" : "praktik";
    const isJob = form !== "praktik";
    const scopePercent = pick([100, 100, 100, 75, 50]);
    const salary = isJob ? Math.round((18_000 + next() * 17_000) * (scopePercent / 100)) : 0;
    const subsidy = isJob ? pick(["ingen", "nystartsjobb", "nystartsjobb", "introduktionsjobb", "lönebidrag"]) : "ingen";
    const age = 18 + Math.floor(next() * 45);
    const unemployedMonths = Math.floor(next() * 48);
    const newArrival = next() < 0.3;
    const aKassa = next() < 0.25;
    const housingBenefit = next() < 0.2;
    const supervisorSalary = pick([0, 32_000, 38_000]);
    const supervisionShare = supervisorSalary > 0 ? pick([5, 10, 20]) : 0;
    const startSerial = 45_658 + Math.floor(next() * 300); // during 2025
    const endSerial = startSerial + 60 + Math.floor(next() * 600);
    // The canonical input carries the months the row's dates give by the team-wide calendar-month rule.
    const months = calendarMonths(startSerial, endSerial);
    inputs.push({
      form, months, scope: scopePercent / 100, salary, subsidy, age, unemployedMonths, newArrival, aKassa, housingBenefit,
      supervisorSalary, supervisionShare: supervisionShare / 100, internValue: isJob ? 0 : 3_000, year: 2025,
    });
    rows.push([
      `P-${String(index + 1).padStart(4, "0")}`, "Långtidsarbetslösa", pick(["Kvinna", "Man"]), age, form,
      isJob ? "Tidsbegränsad" : "Ej tillämpligt", "", startSerial, endSerial, "", "Pågår", scopePercent, isJob ? salary : "",
      subsidy, unemployedMonths, newArrival ? "Ja" : "Nej", aKassa ? "Ja" : "Nej", housingBenefit ? "Ja" : "Nej",
      supervisorSalary || "", supervisionShare || "", "", "",
    ]);
  }
  return { inputs, rows };
}
