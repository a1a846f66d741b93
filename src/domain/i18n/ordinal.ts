/**
 * Ordinal numbers for plain sentences ("det 19:e tecknet", "the 19th character"): finding texts name a
 * position in words a reader knows, not as "(tecken 19)".
 */
import type { BilingualText } from "./validation";

/** Swedish: 1:a, 2:a, 3:e … 11:e, 12:e, 21:a, 22:a. */
function swedishOrdinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  return `${n}:${(last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? "a" : "e"}`;
}

/** English: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

export function ordinal(n: number): BilingualText {
  return { sv: swedishOrdinal(n), en: englishOrdinal(n) };
}
