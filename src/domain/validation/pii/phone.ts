/**
 * Swedish telephone numbers as people write them: national (070-123 45 67, 08-123 456 78, 0470-123 45,
 * (031) 12 34 56, 0701234567) and international (+46 70 123 45 67, +46 (0)8-123 456 78, +46 070…,
 * 0046 8 123 456 78).
 *
 * Precision comes from the numbering plan, not from a list of area codes:
 * - the national significant number (NSN, the digits after the trunk 0 or +46) is 7–9 digits, never
 *   starting with 0;
 * - when the number is grouped, the first group is the area code: 8 (Stockholm, subscriber 7–8 digits),
 *   two digits (subscriber 5–7) or three digits (subscriber 5–6); a mobile area is 70, 72, 73, 76 or 79
 *   with a 7-digit subscriber; the subscriber never starts with 0 and is written in groups of 2–4 digits
 *   or as one block;
 * - an ungrouped number is 8–9 NSN digits (mobile: exactly 9);
 * - the whole run of digit groups must be the number, or be cut at spaces into several numbers: a
 *   phone-shaped piece of a longer run (an IBAN, a date followed by more digits) is not taken.
 */
import type { PersonalDataFinding } from "./types";

// A separator between digit groups: one space (or no-break space), or a dash with optional spaces.
const SEPARATOR = "(?:[ \\u00A0]?[\\-\\u2010\\u2011\\u2013][ \\u00A0]?|[ \\u00A0])";
const INTERNATIONAL_PREFIX = `(?:\\+|00)46${SEPARATOR}?(?:\\(0\\)${SEPARATOR}?)?`;

const MAX_GROUPS_PER_MATCH = 16;

const PHONE_CANDIDATE = new RegExp(
  [
    // Not inside a word or another number: no letter, digit or "+" right before, nor "digit separator",
    // nor the decimal point or slash of a number (45322.0104166667, 2024/0701234567).
    "(?<![\\p{L}\\p{N}_+])",
    `(?<!\\d${SEPARATOR})`,
    "(?<!\\d[.,/:])",
    `(?<prefix>${INTERNATIONAL_PREFIX})?`,
    // At most MAX_GROUPS_PER_MATCH more groups here: a longer run is extended by `runEnd` one group at a
    // time, since one unbounded repetition over a 10 MB line of digit groups overflows the regex stack.
    `(?<body>\\(?\\d+\\)?(?:${SEPARATOR}\\d+){0,${MAX_GROUPS_PER_MATCH}})`,
  ].join(""),
  "gu",
);

/** One more digit group of the run, at `lastIndex` exactly. */
const NEXT_GROUP = new RegExp(`${SEPARATOR}\\d+`, "uy");
/** The run ends well: no letter, digit or decimal part follows. */
const CLEAN_RUN_END = /(?![\p{L}\p{N}_])(?![.,/]\d)/uy;

/** Where the run of digit groups starting before `from` ends: `from` extended over every further group. */
function runEnd(text: string, from: number): number {
  let end = from;
  NEXT_GROUP.lastIndex = end;
  while (NEXT_GROUP.test(text)) {
    end = NEXT_GROUP.lastIndex;
  }
  return end;
}

/**
 * The most digits one phone number can have: trunk 0 plus a 9-digit national significant number, with
 * room to spare. Longer pieces of a digit run are never tried, which keeps the cutting linear.
 */
const MAX_PIECE_DIGITS = 12;

const MOBILE_AREAS = new Set(["70", "72", "73", "76", "79"]);

/** Subscriber lengths allowed after an area code of the given length (without the trunk 0). */
function subscriberLengthFits(area: string, subscriber: string): boolean {
  const length = subscriber.length;
  if (area.startsWith("7")) return MOBILE_AREAS.has(area) && length === 7;
  if (area === "8") return length >= 7 && length <= 8;
  if (area.length === 2) return length >= 5 && length <= 7;
  if (area.length === 3) return length >= 5 && length <= 6;
  return false;
}

/** An ungrouped national significant number. */
function isPlausibleUngroupedNsn(nsn: string): boolean {
  if (!/^[1-9]\d{7,8}$/.test(nsn)) return false;
  if (nsn.startsWith("7")) return MOBILE_AREAS.has(nsn.slice(0, 2)) && nsn.length === 9;
  return true;
}

/** Area code (no trunk 0) followed by subscriber groups. */
function isPlausibleGroupedNumber(area: string, subscriberGroups: string[]): boolean {
  if (!/^[1-9]\d{0,2}$/.test(area)) return false;
  if (area.length === 1 && area !== "8") return false;
  const subscriber = subscriberGroups.join("");
  if (subscriber.startsWith("0")) return false;
  const groupsFit =
    subscriberGroups.length === 1
      ? subscriber.length >= 5
      : subscriberGroups.every((group) => group.length >= 2 && group.length <= 4);
  return groupsFit && subscriberLengthFits(area, subscriber);
}

/**
 * Splits the body into digit groups, reading a leading "(0xx)" followed by more groups as the area code.
 * Brackets around the whole number, or an opening one only ("Anna (070-123 45 67)"), belong to the
 * sentence: `trimStart`/`trimEnd` say how many characters of the body to leave out of the match.
 * Returns null when a parenthesis sits anywhere else.
 */
function splitGroups(body: string): { groups: string[]; trimStart: number; trimEnd: number } | null {
  let text = body;
  let trimStart = 0;
  let trimEnd = 0;
  const areaInParens = /^\((\d+)\)/.exec(text);
  if (areaInParens && areaInParens[0].length < text.length) {
    text = `${areaInParens[1]} ${text.slice(areaInParens[0].length)}`;
  } else if (areaInParens) {
    text = areaInParens[1] ?? "";
    trimStart = 1;
    trimEnd = 1;
  } else if (text.startsWith("(")) {
    text = text.slice(1);
    trimStart = 1;
  }
  if (/[()]/.test(text)) return null;
  return { groups: text.split(/\D+/).filter((group) => group !== ""), trimStart, trimEnd };
}

/**
 * A label right before the digits that names another kind of number ("ISBN-10: 0494348275",
 * "OCR 0701234567"): the digits are that number, whatever they look like.
 */
const OTHER_NUMBER_LABEL =
  /(?:ISBN|ISSN|OCR|IBAN|BIC|Bankgiro|Plusgiro|BG|PG|Kundnr|Kundnummer|Fakturanr|Fakturanummer|Ordernr|Ordernummer|Artikelnr|Art\.nr|Best\.nr)(?:-1[03])?\s*(?:[:#.]\s*)?$/iu;

function isLabelledAsOtherNumber(text: string, index: number): boolean {
  return OTHER_NUMBER_LABEL.test(text.slice(Math.max(0, index - 24), index));
}

/** Whether the written number (prefix as matched, body the digit groups) is a Swedish phone number. */
function isSwedishNumber(prefix: string, groups: string[]): boolean {
  const international = prefix !== "";
  const digits = [...groups];
  const first = digits[0];
  if (first === undefined) return false;
  if (international) {
    // "+46 (0)70…" already dropped the trunk 0; "+46 070…" still carries it (a common slip).
    const trunkInParens = prefix.includes("(0)");
    if (first.startsWith("0")) {
      if (trunkInParens) return false;
      digits[0] = first.slice(1);
      if (digits[0] === "") digits.shift();
    }
  } else {
    if (!first.startsWith("0")) return false;
    digits[0] = first.slice(1);
    if (digits[0] === "") return false;
  }
  const [area, ...subscriberGroups] = digits;
  if (area === undefined) return false;
  return subscriberGroups.length === 0
    ? isPlausibleUngroupedNsn(area)
    : isPlausibleGroupedNumber(area, subscriberGroups);
}

/**
 * Several numbers written one after another with only spaces between them ("070-123 45 67 08-123 456 78"):
 * the run counts only when it can be cut, at plain spaces, into pieces that are each a phone number, so a
 * phone-shaped piece of a longer number still is not taken. Returns the pieces, or null.
 */
function cutIntoSeveralNumbers(prefix: string, run: string, runIndex: number): PersonalDataFinding[] | null {
  const body = run.slice(prefix.length);
  if (/[()]/.test(body)) return null;
  const spans = [...body.matchAll(/\d+/g)].map((group) => ({ start: group.index, end: group.index + group[0].length, digits: group[0] }));
  const cutAllowedAfter = (position: number): boolean => {
    const current = spans[position];
    const next = spans[position + 1];
    return current !== undefined && next !== undefined && /^[ \u00A0]$/.test(body.slice(current.end, next.start));
  };
  // Longest piece first, as a right-to-left table instead of recursion: `pieceEnd[from]` is where the
  // longest piece starting at group `from` ends such that the rest can be cut too (-1: no cut). Each
  // piece holds at most MAX_PIECE_DIGITS digits, so a run of any length costs time linear in its groups
  // and no stack (a 10 MB line of digit groups is one run).
  const pieceEnd = new Array<number>(spans.length + 1).fill(-1);
  pieceEnd[spans.length] = spans.length;
  for (let from = spans.length - 1; from >= 0; from--) {
    // A piece without the +46 prefix starts with the trunk 0: most groups cannot start one.
    if ((from > 0 || prefix === "") && !spans[from]?.digits.startsWith("0")) continue;
    let lastTo = from;
    let digits = 0;
    while (lastTo < spans.length && digits + (spans[lastTo]?.digits.length ?? 0) <= MAX_PIECE_DIGITS) {
      digits += spans[lastTo]?.digits.length ?? 0;
      lastTo++;
    }
    for (let to = lastTo; to > from; to--) {
      if (to < spans.length && !cutAllowedAfter(to - 1)) continue;
      if (from === 0 && to === spans.length) continue; // the whole run was tried already
      if (pieceEnd[to] === -1) continue;
      const groups = spans.slice(from, to).map((span) => span.digits);
      if (!isSwedishNumber(from === 0 ? prefix : "", groups)) continue;
      pieceEnd[from] = to;
      break;
    }
  }
  if (pieceEnd[0] === -1) return null;
  const ends: number[] = [];
  for (let at = 0; at < spans.length; at = pieceEnd[at] ?? spans.length) ends.push(pieceEnd[at] ?? spans.length);
  let from = 0;
  return ends.map((to) => {
    const start = from === 0 ? 0 : prefix.length + (spans[from]?.start ?? 0);
    const end = prefix.length + (spans[to - 1]?.end ?? 0);
    from = to;
    return { type: "phone" as const, match: run.slice(start, end), index: runIndex + start };
  });
}

/** Every Swedish phone number in `text`, in order of appearance. */
export function findSwedishPhoneNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  PHONE_CANDIDATE.lastIndex = 0;
  for (let candidate = PHONE_CANDIDATE.exec(text); candidate !== null; candidate = PHONE_CANDIDATE.exec(text)) {
    const end = runEnd(text, candidate.index + candidate[0].length);
    // The next search starts after the whole run: a start inside it is never a number on its own.
    PHONE_CANDIDATE.lastIndex = end;
    CLEAN_RUN_END.lastIndex = end;
    if (!CLEAN_RUN_END.test(text)) continue;
    const prefix = candidate.groups?.["prefix"] ?? "";
    const whole = text.slice(candidate.index, end);
    const body = whole.slice(prefix.length);
    const split = splitGroups(body);
    if (!split) continue;
    const trimStart = prefix === "" ? split.trimStart : 0;
    const trimEnd = prefix === "" ? split.trimEnd : 0;
    const index = candidate.index + trimStart;
    const run = whole.slice(trimStart, whole.length - trimEnd);
    // A number has a handful of groups; a longer run can only be several numbers.
    const found = split.groups.length <= MAX_PIECE_DIGITS && isSwedishNumber(prefix, split.groups)
      ? [{ type: "phone" as const, match: run, index }]
      : split.groups.length >= 2
        ? (cutIntoSeveralNumbers(prefix, run, index) ?? [])
        : [];
    // Checked last because it is the slowest test and most candidates fail before it.
    if (found.length > 0 && !isLabelledAsOtherNumber(text, index)) for (const finding of found) findings.push(finding);
  }
  return findings;
}
