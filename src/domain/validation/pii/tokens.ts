/**
 * Words of a free text, found by one left-to-right scan (linear time, no regular expression that could
 * backtrack). A word is a run of letters or digits; a hyphen or apostrophe between two such runs joins
 * them ("Anna-Karin", "Eva-gatan"). The name and special-category detectors work on these words.
 */

export interface Word {
  /** The word as written. */
  readonly text: string;
  /** Lower-case form, for look-ups in the word lists. */
  readonly lower: string;
  /** Zero-based UTF-16 offset of the word in the text. */
  readonly index: number;
  /** Offset just after the word. */
  readonly end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(char: string): boolean {
  // ASCII fast path; the Unicode test only for other characters (å, ä, ö, é, …).
  const code = char.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return code > 127 && LETTER_OR_DIGIT.test(char);
}

function isJoiner(char: string): boolean {
  return char === "-" || char === "'" || char === "\u2019";
}

/** Every word of `text`, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const char = i < text.length ? text[i]! : " ";
    if (isWordChar(char)) {
      if (start < 0) start = i;
      continue;
    }
    // A joiner between two word characters keeps the word going.
    if (start >= 0 && isJoiner(char) && i + 1 < text.length && isWordChar(text[i + 1]!)) continue;
    if (start >= 0) {
      const word = text.slice(start, i);
      words.push({ text: word, lower: word.toLowerCase(), index: start, end: i });
      start = -1;
    }
  }
  return words;
}

/** True when only spaces (no punctuation, no line break) separate two words. */
export function onlySpaceBetween(text: string, left: Word, right: Word): boolean {
  for (let i = left.end; i < right.index; i++) if (text[i] !== " " && text[i] !== "\u00a0") return false;
  return true;
}

/** "Anna", "Lindqvist-Berg": a capital first letter followed by at least one lower-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  const second = word[1];
  if (first === undefined || second === undefined) return false;
  return first !== first.toLowerCase() && first === first.toUpperCase() && second === second.toLowerCase() && second !== second.toUpperCase();
}
