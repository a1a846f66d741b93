/**
 * The one entry point the validation rules and the CLI use: all personal data in a piece of free text.
 */
import { todayUtc } from "./calendar";
import { findEmailAddresses } from "./email";
import { findIdentityNumbers } from "./identity-number";
import { findPersonNames } from "./names";
import { findSwedishPhoneNumbers } from "./phone";
import { sensitiveCandidates } from "./specialCategory";
import { wordsOf } from "./tokens";
import type { CalendarDate, PersonalDataFinding } from "./types";

export interface DetectionOptions {
  /**
   * The day that decides the century of 10-digit identity numbers (and rules out future birth dates).
   * Defaults to today in UTC; pass it for reproducible results.
   */
  readonly referenceDate?: CalendarDate;
  /**
   * Also look for person names and special-category / criminal-record terms (default true). The
   * numbers-only scan is what the cell pre-filter of the validation relies on for cells without letters.
   */
  readonly words?: boolean;
}

/** A text with no letter cannot hold a name or a term; most numeric cells end here. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191) return true;
  }
  return false;
}

/**
 * Word findings of recently seen texts. A workbook repeats the same short texts thousands of times (list
 * values such as "Kvinna", "anställning", "Pågår"), and the result depends on the text alone, so a
 * bounded cache keeps a 10 000-row validation near its old cost. Large enough to hold every Ärende-ID
 * (one per row) of a big workbook too, so validating it again (Validera, live mode) does not scan them
 * again. Only short texts are kept (long notes are rarely repeated, and within one validation each table
 * scans a text once anyway), so it holds at most about 13 MB. Cleared when full; results are frozen.
 */
const WORD_CACHE_LIMIT = 32_768;
const WORD_CACHE_MAX_TEXT = 200;
const wordCache = new Map<string, readonly PersonalDataFinding[]>();

/** Names and special-category terms; a name in the text makes generic category words count. */
export function detectWordFindings(text: string): PersonalDataFinding[] {
  if (!hasLetter(text)) return [];
  const cached = wordCache.get(text);
  if (cached !== undefined) return [...cached];
  const found = scanWords(text);
  if (text.length > WORD_CACHE_MAX_TEXT) return found;
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, Object.freeze(found.map((item) => Object.freeze(item))));
  return found;
}

function scanWords(text: string): PersonalDataFinding[] {
  // Terms that count on their own make a lone first name count; a name then makes the other terms count.
  const words = wordsOf(text);
  const candidates = sensitiveCandidates(text, words);
  const names = findPersonNames(text, candidates.some((candidate) => !candidate.needsName), words);
  const terms = candidates.filter((candidate) => names.length > 0 || !candidate.needsName);
  return [...names, ...terms.map(({ type, match, index }) => ({ type, match, index }))];
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
 * Personnummer, samordningsnummer, e-mail addresses, Swedish phone numbers, person names and
 * special-category / criminal-record terms in `text`, ordered by
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
  // A name-like word inside an e-mail address ("anna.svensson@…") is part of the address.
  const words = options.words === false ? [] : withoutOverlaps(detectWordFindings(text), emails);
  return [...taken, ...phones, ...words].sort((a, b) => a.index - b.index);
}
