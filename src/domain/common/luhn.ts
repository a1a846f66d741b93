/**
 * The Luhn (mod 10) check used by Swedish personnummer, samordningsnummer and organisation numbers.
 * It is computed over the 10-digit form YYMMDDNNNC: the century digits never take part.
 */

/** Sum of the Luhn-weighted digits, doubling every second digit counted from the right-most payload digit. */
function weightedSum(payload: string): number {
  let sum = 0;
  for (let position = 0; position < payload.length; position++) {
    const digit = payload.charCodeAt(payload.length - 1 - position) - 48;
    if (digit < 0 || digit > 9) throw new RangeError(`not a digit string: ${payload}`);
    const weighted = position % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum;
}

/** The check digit that makes `payload` + digit pass the Luhn test. */
export function luhnCheckDigit(payload: string): number {
  return (10 - (weightedSum(payload) % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the digits before it. */
export function hasValidLuhnCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}
