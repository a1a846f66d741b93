/**
 * The one entry point the validation rules and the CLI use: all personal data in a piece of free text.
 */
import { todayUtc } from "./calendar";
import { findEmailAddresses } from "./email";
import { findIdentityNumbers } from "./identity-number";
import { findSwedishPhoneNumbers } from "./phone";
import type { CalendarDate, PersonalDataFinding } from "./types";

export interface DetectionOptions {
  /**
   * The day that decides the century of 10-digit identity numbers (and rules out future birth dates).
   * Defaults to today in UTC; pass it for reproducible results.
   */
  readonly referenceDate?: CalendarDate;
}

/**
 * The phones (in order, not overlapping each other) that overlap none of `taken` (sorted by index): one
 * sweep, so a line with a million numbers costs linear time, not phones × taken.
 */
function withoutOverlaps(phones: readonly PersonalDataFinding[], taken: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const kept: PersonalDataFinding[] = [];
  let next = 0;
  let furthestTakenEnd = -1;
  for (const phone of phones) {
    const phoneEnd = phone.index + phone.match.length;
    for (let other = taken[next]; other !== undefined && other.index < phoneEnd; other = taken[++next]) {
      furthestTakenEnd = Math.max(furthestTakenEnd, other.index + other.match.length);
    }
    if (furthestTakenEnd <= phone.index) kept.push(phone);
  }
  return kept;
}

/**
 * Personnummer, samordningsnummer, e-mail addresses and Swedish phone numbers in `text`, ordered by
 * position. A digit run that is a valid identity number is reported as that and never also as a phone
 * (0701234567 may be both); a phone number inside an e-mail address is part of the address. An identity
 * number inside an e-mail address is reported as well as the address, since both are true.
 */
export function detectPersonalData(text: string, options: DetectionOptions = {}): PersonalDataFinding[] {
  // Most cells hold no digit or no "@": skip the scanners that cannot match.
  const hasDigit = /\d/.test(text);
  const identityNumbers = hasDigit ? findIdentityNumbers(text, options.referenceDate ?? todayUtc()) : [];
  const emails = text.includes("@") ? findEmailAddresses(text) : [];
  const taken = [...identityNumbers, ...emails].sort((a, b) => a.index - b.index);
  const phones = hasDigit ? withoutOverlaps(findSwedishPhoneNumbers(text), taken) : [];
  return [...taken, ...phones].sort((a, b) => a.index - b.index);
}
