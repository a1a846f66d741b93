/**
 * The `Beslutsunderlag` sheet as plain rows: one row per question (step, question, answer, note), then
 * the two recommendations. The adapter writes these rows as values, so the sheet needs no add-in to read.
 */
import { uiText, type UiLang } from "../../domain/i18n/ui";
import { FIT_QUESTIONS, GO_QUESTIONS, fitRecommendation, goRecommendation, type DecisionRecord, type QuestionAnswer } from "./questions";

export const DECISION_SHEET_NAME = "Beslutsunderlag";

export type DecisionCell = string | number;

export interface DecisionSheetContent {
  readonly sheetName: string;
  /** The first row is the header. */
  readonly rows: readonly (readonly DecisionCell[])[];
}

function answerText(answer: QuestionAnswer, lang: UiLang): string {
  if (answer.answer === "yes") return uiText(lang, "common.yes");
  if (answer.answer === "no") return uiText(lang, "common.no");
  return "";
}

/** `savedAt` is passed in (ISO date), so the content is deterministic in tests. */
export function decisionSheetContent(record: DecisionRecord, lang: UiLang, savedAt: string): DecisionSheetContent {
  const rows: DecisionCell[][] = [
    [uiText(lang, "guide.sheet.step"), uiText(lang, "guide.sheet.question"), uiText(lang, "guide.sheet.answer"), uiText(lang, "guide.sheet.note")],
  ];
  GO_QUESTIONS.forEach((key, index) => {
    const answer = record.goNoGo[index] ?? { answer: null, note: "" };
    rows.push([1, uiText(lang, key), answerText(answer, lang), answer.note]);
  });
  FIT_QUESTIONS.forEach((key, index) => {
    const answer = record.suitability[index] ?? { answer: null, note: "" };
    rows.push([3, uiText(lang, key), answerText(answer, lang), answer.note]);
  });
  const go = goRecommendation(record.goNoGo);
  const fit = fitRecommendation(record.suitability);
  rows.push([1, uiText(lang, "guide.sheet.summary"), uiText(lang, go.key, go.params), ""]);
  rows.push([3, uiText(lang, "guide.sheet.summary"), uiText(lang, fit.key, fit.params), ""]);
  rows.push(["", uiText(lang, "guide.sheet.savedAt"), savedAt, ""]);
  return { sheetName: DECISION_SHEET_NAME, rows };
}
