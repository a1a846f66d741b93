/**
 * Special categories of personal data (GDPR Art. 9) and criminal-record data (Art. 10) in free text: the
 * terms of specialCategoryData.ts, matched word by word (tokens.ts; linear time, no backtracking).
 * A specific term is reported wherever it stands ("sjukskriven", "diagnos ADHD", "dömd för"). A generic
 * term (a category's name: "funktionsnedsättning", "religion", "brott") is reported only when the text
 * is about a person: a person word (han, hon, hennes, deltagaren, …) among the four words before it, or a
 * person's name elsewhere in the same text. That keeps anti-discrimination clauses, "utdrag ur
 * belastningsregistret" and target-group names such as "Personer med funktionsnedsättning" clean.
 */
import { SENSITIVE_TERMS, type SensitiveCategory, type SensitiveTerm } from "./specialCategoryData";
import { wordsOf, type Word } from "./tokens";
import type { PersonalDataFinding } from "./types";

export interface SensitiveFinding extends PersonalDataFinding {
  readonly category: SensitiveCategory;
}

/** Words that make the text about one person. */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  "han", "hon", "hen", "hans", "hennes", "hens", "sin", "sitt", "sina", "deras", "honom", "henne",
  "personen", "personens", "deltagaren", "deltagarens", "medarbetaren", "medarbetarens", "praktikanten",
  "praktikantens", "anställde", "arbetstagaren", "arbetstagarens", "kandidaten", "kandidatens", "sökanden",
  "klienten", "klientens", "brukaren", "brukarens", "eleven", "vederbörande",
  "he", "she", "his", "her", "him", "participant's", "employee's",
]);

const CONTEXT_WINDOW = 4;

interface Indexed {
  readonly exact: ReadonlyMap<string, SensitiveTerm[]>;
  /** Terms whose first word is a prefix ("sjukskrivning*"), keyed by its first three letters. */
  readonly prefix: ReadonlyMap<string, SensitiveTerm[]>;
}

function buildIndex(): Indexed {
  const exact = new Map<string, SensitiveTerm[]>();
  const prefix = new Map<string, SensitiveTerm[]>();
  for (const term of SENSITIVE_TERMS) {
    const first = term.words[0]!;
    const [map, key] = first.endsWith("*") ? [prefix, first.slice(0, 3)] : [exact, first];
    const list = map.get(key) ?? [];
    list.push(term);
    map.set(key, list);
  }
  return { exact, prefix };
}

let index: Indexed | undefined;

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function longestMatch(words: readonly Word[], at: number, candidates: readonly SensitiveTerm[] | undefined, best: SensitiveTerm | null): SensitiveTerm | null {
  if (candidates === undefined) return best;
  for (const term of candidates) {
    if (best !== null && term.words.length <= best.words.length) continue;
    if (term.words.every((pattern, offset) => words[at + offset] !== undefined && wordMatches(pattern, words[at + offset]!.lower))) best = term;
  }
  return best;
}

/** The term starting at `words[at]`, longest first; null when none does. */
function termAt(words: readonly Word[], at: number, found: Indexed): SensitiveTerm | null {
  const word = words[at]!.lower;
  if (word.length < 2) return null;
  return longestMatch(words, at, found.prefix.get(word.slice(0, 3)), longestMatch(words, at, found.exact.get(word), null));
}

function aboutAPerson(words: readonly Word[], at: number): boolean {
  for (let back = 1; back <= CONTEXT_WINDOW && at - back >= 0; back++) {
    if (PERSON_WORDS.has(words[at - back]!.lower)) return true;
  }
  return false;
}

/** "Personer med autism" names a group (a target group), not a person. */
function namesAGroup(words: readonly Word[], at: number): boolean {
  const before = words[at - 1]?.lower;
  const group = words[at - 2]?.lower;
  return before === "med" && (group === "personer" || group === "person" || group === "grupper" || group === "people");
}

/** A term found in the words; `needsName` when it only counts if the text also names a person. */
export interface SensitiveCandidate extends SensitiveFinding {
  readonly needsName: boolean;
}

/** Every term in the words, each marked with whether it counts on its own (one pass over the words). */
export function sensitiveCandidates(text: string, words: readonly Word[]): SensitiveCandidate[] {
  index ??= buildIndex();
  const candidates: SensitiveCandidate[] = [];
  for (let at = 0; at < words.length; at++) {
    const term = termAt(words, at, index);
    if (term === null) continue;
    const personal = aboutAPerson(words, at);
    const onItsOwn = term.specific ? personal || !namesAGroup(words, at) : personal;
    const last = words[at + term.words.length - 1]!;
    candidates.push({
      type: term.category === "criminal" ? "criminal-record" : "special-category",
      category: term.category,
      match: text.slice(words[at]!.index, last.end),
      index: words[at]!.index,
      needsName: !onItsOwn,
    });
    at += term.words.length - 1;
  }
  return candidates;
}

/**
 * Special-category and criminal-record terms in `text`. `namePresent` says the text also names a person
 * (names.ts), which makes generic terms count too.
 */
export function findSensitiveTerms(text: string, namePresent = false): SensitiveFinding[] {
  return sensitiveCandidates(text, wordsOf(text))
    .filter((candidate) => namePresent || !candidate.needsName)
    .map(({ type, category, match, index: at }) => ({ type, category, match, index: at }));
}
