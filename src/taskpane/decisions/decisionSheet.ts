/**
 * The `Beslutsunderlag` sheet's content: one row per question (step, question, answer, note) and the two
 * recommendations, in the UI language. The port writes it as plain values, so the sheet needs no add-in
 * to read.
 */
import { uiText, type UiLang } from "../../domain/i18n/ui";
import { EXANTE_PANE_TEXTS } from "../../domain/i18n/exantePane";
import { FIT_QUESTIONS, FIT_REMINDER, GO_QUESTIONS, fitRecommendation, goRecommendation, type DecisionRecord, type QuestionAnswer } from "./questions";

export const DECISION_SHEET_NAME = "Beslutsunderlag";

export interface DecisionRow {
  readonly step: 1 | 3;
  readonly question: string;
  readonly answer: string;
  readonly note: string;
}

export interface DecisionSheetContent {
  readonly sheetName: string;
  /** Column headers (question, answer, note) in the UI language. */
  readonly headers: readonly [string, string, string];
  readonly rows: readonly DecisionRow[];
  /** Step 1's and step 3's recommendations, then step 3's reminder about labour-law conditions. */
  readonly conclusions: readonly string[];
  readonly savedAt: string;
}

function answerText(answer: QuestionAnswer | undefined, lang: UiLang): string {
  if (answer?.answer === "yes") return uiText(lang, "common.yes");
  if (answer?.answer === "no") return uiText(lang, "common.no");
  return "";
}

/** `savedAt` is passed in (ISO date), so the content is deterministic in tests. */
export function decisionSheetContent(record: DecisionRecord, lang: UiLang, savedAt: string): DecisionSheetContent {
  const row = (step: 1 | 3, key: (typeof GO_QUESTIONS)[number] | (typeof FIT_QUESTIONS)[number], answer: QuestionAnswer | undefined): DecisionRow => ({
    step,
    question: uiText(lang, key),
    answer: answerText(answer, lang),
    note: answer?.note ?? "",
  });
  const go = goRecommendation(record.goNoGo);
  const fit = fitRecommendation(record.suitability);
  return {
    sheetName: DECISION_SHEET_NAME,
    headers: [uiText(lang, "guide.sheet.question"), uiText(lang, "guide.sheet.answer"), uiText(lang, "guide.sheet.note")],
    rows: [
      ...GO_QUESTIONS.map((key, index) => row(1, key, record.goNoGo[index])),
      ...FIT_QUESTIONS.map((key, index) => row(3, key, record.suitability[index])),
      ...(record.commitment === undefined
        ? []
        : [{ step: 3 as const, question: EXANTE_PANE_TEXTS.chosenN[lang], answer: String(record.commitment.N), note: record.commitment.basis }]),
    ],
    conclusions: [uiText(lang, go.key, go.params), uiText(lang, fit.key, fit.params), uiText(lang, FIT_REMINDER)],
    savedAt,
  };
}
