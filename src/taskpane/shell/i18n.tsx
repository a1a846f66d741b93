/** The UI language as React context: `useTexts()` gives the language and a `t(key, params)` lookup. */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { uiText, type UiKey, type UiLang } from "../../domain/i18n/ui";

export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

interface TextsValue {
  readonly lang: UiLang;
  readonly t: Translate;
}

const TextsContext = createContext<TextsValue>({ lang: "sv", t: (key, params) => uiText("sv", key, params) });

export function TextsProvider({ lang, children }: { lang: UiLang; children: ReactNode }) {
  const value = useMemo<TextsValue>(() => ({ lang, t: (key, params) => uiText(lang, key, params) }), [lang]);
  return <TextsContext.Provider value={value}>{children}</TextsContext.Provider>;
}

export function useTexts(): TextsValue {
  return useContext(TextsContext);
}

/** Amounts in whole kronor in the UI language's style ("12 345 kr" / "SEK 12,345"). */
export function formatKronor(amount: number, lang: UiLang): string {
  const rounded = Math.round(amount);
  // A typographic minus in both languages (en-GB formats with a hyphen).
  const number = new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 0 })
    .format(rounded === 0 ? 0 : rounded)
    .replace("-", "\u2212");
  return lang === "sv" ? `${number} kr` : `SEK ${number}`;
}

export function formatNumber(value: number, lang: UiLang, fractionDigits = 1): string {
  return new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: fractionDigits }).format(value);
}
