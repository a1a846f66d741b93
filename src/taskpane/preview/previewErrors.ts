/**
 * What the preview's own buttons say when the in-browser workbook refuses: the real cause, not a guess. The
 * Excel fake answers like Office.js (a `code`); "NotImplemented" means the preview's Excel lacks something
 * real Excel has, which is the preview's limit and not the user's mistake.
 */
import type { UiLang } from "../../domain/i18n/ui";

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function sampleRowsError(error: unknown, lang: UiLang): string {
  const code = codeOf(error);
  if (code === "ItemNotFound") return lang === "sv" ? "Skapa uppföljningsmallen först (tabellen Placeringar finns inte)." : "Create the follow-up workbook first (there is no Placeringar table).";
  const detail = error instanceof Error ? error.message : "";
  if (code === "NotImplemented") {
    return lang === "sv"
      ? `Förhandsvisningens Excel kan inte detta ännu (NotImplemented: ${detail}). I Excel fungerar det; det är en gräns i förhandsvisningen, inget fel i arbetsboken.`
      : `The preview's Excel cannot do this yet (NotImplemented: ${detail}). It works in Excel; this is a limit of the preview, not a problem with the workbook.`;
  }
  return lang === "sv" ? `Exempelraderna kunde inte läggas in: ${detail || "okänt fel"}.` : `The sample rows could not be added: ${detail || "unknown error"}.`;
}
