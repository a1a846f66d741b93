/**
 * Names of people in free text: a common Swedish first name or surname (nameData.ts, from SCB's name
 * statistics) found in a name-like context. A name alone is not enough – "Per" in "Per månad", "Bo" or
 * "Eva-gatan" must stay clean – so a finding needs one of:
 * - a full name: one or more first names directly followed by a surname ("Anna Svensson", "Anna Maria
 *   Lindqvist-Berg"), the surname from the list or with a typical surname ending;
 * - a name cue before it: "heter Anna", "handledare: Lars", "ring Eva", "fru Andersson";
 * - a person verb after it: "Anna är sjukskriven", "Mohammed har slutat", "Svensson ringde";
 * - for a first name, a special-category term in the same text ("Anna, sjukskriven för depression").
 * One scan over the words (tokens.ts), constant work per word: linear in the text's length.
 */
import { FIRST_NAMES, SURNAMES_SET, SURNAME_ENDINGS } from "./nameData";
import { isCapitalised, onlySpaceBetween, wordsOf, type Word } from "./tokens";
import type { PersonalDataFinding } from "./types";

/** Words that introduce a person's name ("heter Anna", "kontaktperson: Lars", "ring Eva"). */
const CUES_BEFORE: ReadonlySet<string> = new Set([
  "heter", "hette", "kallas", "namn", "namnet", "tilltalsnamn", "förnamn", "efternamn",
  "kontaktperson", "kontaktpersonen", "handledare", "handledaren", "deltagare", "deltagaren", "medarbetare",
  "medarbetaren", "praktikant", "praktikanten", "kandidat", "kandidaten", "kollega", "kollegan", "anställde",
  "ring", "ringde", "ringt", "ringa", "träffade", "träffat", "träffa", "mejla", "mejlade", "mejlat", "mailade",
  "fråga", "frågade", "kontakta", "kontaktade", "herr", "fru", "enligt",
  "name", "named", "called", "supervisor", "participant", "employee", "mr", "mrs", "ms", "contact",
]);

/** Verbs that make the word before them the subject of a sentence about a person ("Anna är …"). */
const PERSON_VERBS: ReadonlySet<string> = new Set([
  "är", "var", "har", "hade", "blev", "fick", "ska", "skulle", "kommer", "kom", "började", "slutade", "slutar",
  "mår", "jobbar", "arbetar", "säger", "sa", "sade", "vill", "ville", "behöver", "behövde", "ringde", "gick",
  "söker", "sökte", "saknar", "bor", "heter", "sjukskrevs", "avslutade", "fyller", "fyllde", "tackade", "ringer",
  "is", "was", "has", "had", "works", "said", "lives", "left", "started",
]);

function inList(word: string, list: ReadonlySet<string>): boolean {
  // "Anna-Karin" is a name when the whole word or each part is one; "Eva-gatan" is not.
  if (list.has(word)) return true;
  const parts = word.split(/[-'\u2019]/);
  return parts.length > 1 && parts.every((part) => list.has(part));
}

function isFirstName(word: Word): boolean {
  return isCapitalised(word.text) && inList(word.lower, FIRST_NAMES);
}

function isListedSurname(word: Word): boolean {
  return isCapitalised(word.text) && inList(word.lower, SURNAMES_SET);
}

/** A surname after a first name: listed, or a capitalised word with a typical surname ending. */
function isSurnameAfterFirstName(word: Word): boolean {
  if (!isCapitalised(word.text)) return false;
  for (const part of word.lower.split(/[-'\u2019]/)) {
    if (SURNAMES_SET.has(part)) return true;
    if (part.length >= 5 && SURNAME_ENDINGS.some((ending) => part.endsWith(ending))) return true;
  }
  return false;
}

/** The cue before `words[at]`, if any: the word right before it, with at most a ':' or space between. */
function hasCueBefore(text: string, words: readonly Word[], at: number): boolean {
  const previous = words[at - 1];
  if (previous === undefined || !CUES_BEFORE.has(previous.lower)) return false;
  const between = text.slice(previous.end, words[at]!.index).trim();
  return between === "" || between === ":";
}

function hasPersonVerbAfter(text: string, words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  return next !== undefined && PERSON_VERBS.has(next.lower) && onlySpaceBetween(text, words[at]!, next);
}

/**
 * Every person's name in `text` (each name once, first name(s) and surname as one finding).
 * `aboutAPerson`: the text already says something personal (a special-category term), which is itself a
 * name-like context for a capitalised first name ("Anna – sjukskriven").
 */
export function findPersonNames(text: string, aboutAPerson = false, words: readonly Word[] = wordsOf(text)): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const first = isFirstName(word);
    if (!first && !isListedSurname(word)) {
      i++;
      continue;
    }
    // Extend over further first names and one surname written right after ("Anna Maria Svensson").
    let last = i;
    if (first) {
      while (last + 1 < words.length && isFirstName(words[last + 1]!) && onlySpaceBetween(text, words[last]!, words[last + 1]!)) last++;
      const next = words[last + 1];
      if (next !== undefined && onlySpaceBetween(text, words[last]!, next) && isSurnameAfterFirstName(next)) last++;
    }
    // First name(s) ending in a surname are a full name ("Per Albin" alone may be a street's start). A
    // surname alone needs a cue and a length that rules out the short nature-word surnames ("Lund",
    // "Berg", "Holm") that are also places and words.
    const fullName = last > i && isSurnameAfterFirstName(words[last]!);
    const standsAlone = first || word.lower.length >= 6;
    const context = aboutAPerson && first ? true : hasCueBefore(text, words, i) || hasPersonVerbAfter(text, words, last);
    if (fullName || (standsAlone && context)) {
      findings.push({ type: "name", match: text.slice(word.index, words[last]!.end), index: word.index });
      i = last + 1;
      continue;
    }
    i++;
  }
  return findings;
}
