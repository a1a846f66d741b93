/**
 * Number formatting for texts the ex-ante tools write (clause, sizing steps). Written out by hand
 * rather than through Intl so the text is the same in Node, Excel's runtime and every browser.
 */
import type { ModelLang } from "../i18n/model";

/** 1234567.5 → "1 234 568" (sv) or "1,234,568" (en): whole kronor, grouped by thousands. */
export function formatAmount(value: number, lang: ModelLang): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? "−" : "";
  const digits = String(Math.abs(rounded));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return sign + groups.join(lang === "en" ? "," : " ");
}

/** A number with up to `decimals` decimals, Swedish decimal comma in Swedish. */
export function formatDecimal(value: number, lang: ModelLang, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const whole = Math.trunc(Math.abs(rounded));
  const fraction = Math.round((Math.abs(rounded) - whole) * factor);
  const sign = rounded < 0 ? "−" : "";
  const wholeText = formatAmount(whole, lang);
  if (fraction === 0) return sign + wholeText;
  // Trailing zeros cut by a loop: the unanchored /0+$/ rescans every run of zeros from each start.
  let fractionText = String(fraction).padStart(decimals, "0");
  while (fractionText.endsWith("0")) fractionText = fractionText.slice(0, -1);
  return `${sign}${wholeText}${lang === "en" ? "." : ","}${fractionText}`;
}

/** 0.75 → "75 %" (sv) or "75%" (en). */
export function formatPercent(share: number, lang: ModelLang): string {
  const text = formatDecimal(share * 100, lang, 1);
  return lang === "en" ? `${text}%` : `${text} %`;
}
