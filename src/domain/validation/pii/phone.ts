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

const PHONE_CANDIDATE = new RegExp(
  [
    // Not inside a word or another number: no letter, digit or "+" right before, nor "digit separator",
    // nor the decimal point or slash of a number (45322.0104166667, 2024/0701234567).
    "(?<![\\p{L}\\p{N}_+])",
    `(?<!\\d${SEPARATOR})`,
    "(?<!\\d[.,/:])",
    `(?<prefix>${INTERNATIONAL_PREFIX})?`,
    `(?<body>\\(?\\d+\\)?(?:${SEPARATOR}\\d+)*)`,
    // And the run ends here: no further digit group, letter or decimal part follows.
    `(?!${SEPARATOR}?\\d)`,
    "(?![\\p{L}\\p{N}_])",
    "(?![.,/]\\d)",
  ].join(""),
  "gu",
);

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
  /(?:ISBN|ISSN|OCR|IBAN|BIC|Bankgiro|Plusgiro|BG|PG|Kundnr|Kundnummer|Fakturanr|Fakturanummer|Ordernr|Ordernummer|Artikelnr|Art\.nr|Best\.nr)(?:-1[03])?\s*[:#.]?\s*$/iu;

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
  // Longest piece first, backtracking: runs are a handful of groups, so this stays tiny.
  const cut = (from: number): number[] | null => {
    if (from === spans.length) return [];
    for (let to = spans.length; to > from; to--) {
      if (to < spans.length && !cutAllowedAfter(to - 1)) continue;
      if (from === 0 && to === spans.length) continue; // the whole run was tried already
      const groups = spans.slice(from, to).map((span) => span.digits);
      if (!isSwedishNumber(from === 0 ? prefix : "", groups)) continue;
      const rest = cut(to);
      if (rest) return [to, ...rest];
    }
    return null;
  };
  const ends = cut(0);
  if (!ends) return null;
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
  for (const candidate of text.matchAll(PHONE_CANDIDATE)) {
    const prefix = candidate.groups?.["prefix"] ?? "";
    const body = candidate.groups?.["body"] ?? "";
    const split = splitGroups(body);
    if (!split) continue;
    const trimStart = prefix === "" ? split.trimStart : 0;
    const trimEnd = prefix === "" ? split.trimEnd : 0;
    const index = candidate.index + trimStart;
    const run = candidate[0].slice(trimStart, candidate[0].length - trimEnd);
    const found = isSwedishNumber(prefix, split.groups)
      ? [{ type: "phone" as const, match: run, index }]
      : split.groups.length >= 2
        ? (cutIntoSeveralNumbers(prefix, run, index) ?? [])
        : [];
    // Checked last because it is the slowest test and most candidates fail before it.
    if (found.length > 0 && !isLabelledAsOtherNumber(text, index)) findings.push(...found);
  }
  return findings;
}
