/** Month steps on ISO dates, built on the model's month rule (the rest of date handling: common/dates.ts). */
import { isoToSerial, serialToIso } from "../common/dates";
import { edate } from "../model/months";

/**
 * Excel EDATE on ISO dates: the same day `months` later, clamped to the month's last day (Jan 31 + 1 →
 * Feb 28/29). One implementation for the whole add-in: the model's, which the month rule is built on.
 */
export function addMonths(iso: string, months: number): string {
  return serialToIso(edate(isoToSerial(iso), months));
}
