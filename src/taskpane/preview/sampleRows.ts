/**
 * Example placements for the preview's "add sample rows" button and the browser tests: realistic rows
 * plus a few planted mistakes that validation must find (a personnummer in a comment, an end date before
 * the start, a scope over 100 %, a duplicate case ID, an e-mail address).
 */
import { parsePlacements } from "../../domain/followup/placements";
import { isDateValue, type CellValue as PlanCellValue } from "../../domain/followup/types";
import { isoToSerial } from "../../domain/common/dates";
import { DEFAULT_TARGET_GROUPS } from "../../domain/followup/lists";

/** The template's example target groups (a contract without its own list gets these). */
const GROUP = DEFAULT_TARGET_GROUPS.map((group) => group.name);

export const SAMPLE_PLACEMENTS = [
  { caseId: "P-001", targetGroup: GROUP[0], gender: "Kvinna", age: 34, form: "anställning", employmentType: "Tidsbegränsad",
    offeredDate: "2026-01-20", startDate: "2026-02-01", plannedEndDate: "2027-01-31", endReason: "Pågår", scope: 100, salary: 26500,
    subsidy: "nystartsjobb", unemployedMonths: 30, newArrival: "Nej", aKassa: "Nej", housingBenefit: "Nej", supervisorSalary: 36000,
    supervisionShare: 10, comment: "Lokalvård, dagtid" },
  { caseId: "P-002", targetGroup: GROUP[1], gender: "Man", age: 21, form: "lärlingsanställning", employmentType: "Tidsbegränsad",
    offeredDate: "2026-02-10", startDate: "2026-03-01", plannedEndDate: "2026-02-15", endReason: "Pågår", scope: 150, salary: 19000,
    subsidy: "ingen", unemployedMonths: 8, comment: "Ring 070-123 45 67" },
  { caseId: "P-003", targetGroup: GROUP[2], gender: "Kvinna", age: 41, form: "praktik", employmentType: "Ej tillämpligt",
    offeredDate: "2026-03-01", startDate: "2026-03-15", plannedEndDate: "2026-09-14", endReason: "Pågår", scope: 50,
    comment: "Kontakt: anna.svensson@example.se, pnr 19850315-2384" },
  { caseId: "P-003", targetGroup: GROUP[0], gender: "Ej angivet", age: 55, form: "anställning", employmentType: "Tillsvidare",
    startDate: "2026-04-01", plannedEndDate: "2027-03-31", endReason: "Pågår", scope: 75, salary: 21000, subsidy: "introduktionsjobb",
    unemployedMonths: 40 },
];

/** The sample rows in Placeringar column order, as Office.js values (dates as serial numbers, blanks as ""). */
export function samplePlacementValues(): (string | number | boolean)[][] {
  return parsePlacements(SAMPLE_PLACEMENTS).map((row) => row.map(officeValue));
}

function officeValue(value: PlanCellValue): string | number | boolean {
  if (value === null) return "";
  if (isDateValue(value)) return isoToSerial(value.date);
  return value;
}
