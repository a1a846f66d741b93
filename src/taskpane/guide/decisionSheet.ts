/**
 * The `Beslutsunderlag` sheet's content: one row per question (step, question, answer, note) and the two
 * recommendations, in the UI language. The port writes it as plain values, so the sheet needs no add-in
 * to read.
 */
import { uiText, type UiLang } from "../../domain/i18n/ui";
import { EXANTE_PANE_TEXTS } from "../../domain/i18n/exantePane";
import { FIT_QUESTIONS, FIT_REMINDER, GO_QUESTIONS, adviceFor, fitRecommendation, goRecommendation, type DecisionRecord, type QuestionAnswer } from "./questions";

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
    conclusions: [
      uiText(lang, go.key, go.params),
      ...adviceFor("go", record.goNoGo).map((key) => uiText(lang, key)),
      uiText(lang, fit.key, fit.params),
      ...adviceFor("fit", record.suitability).map((key) => uiText(lang, key)),
      uiText(lang, FIT_REMINDER),
    ],
    savedAt,
  };
}

const LANGS: readonly UiLang[] = ["sv", "en"];

function parseAnswer(text: string): QuestionAnswer["answer"] {
  const wanted = text.trim().toLowerCase();
  if (LANGS.some((lang) => uiText(lang, "common.yes").toLowerCase() === wanted)) return "yes";
  if (LANGS.some((lang) => uiText(lang, "common.no").toLowerCase() === wanted)) return "no";
  return null;
}

/**
 * The record saved on `Beslutsunderlag` (cells by A1 address, as the port reads them), so the guide opens
 * with the saved answers. Questions are found by their text in either language (the step number in front is
 * ignored), so a sheet saved in English reads back in a Swedish pane; a row that matches no question is
 * left alone. Null when the sheet holds no answer, note or chosen N at all.
 */
export function readDecisionRecord(cells: ReadonlyMap<string, string>): DecisionRecord | null {
  const goNoGo = GO_QUESTIONS.map((): QuestionAnswer => ({ answer: null, note: "" }));
  const suitability = FIT_QUESTIONS.map((): QuestionAnswer => ({ answer: null, note: "" }));
  let commitment: DecisionRecord["commitment"];
  let found = false;
  const matches = (question: string, key: Parameters<typeof uiText>[1]) => LANGS.some((lang) => uiText(lang, key) === question);
  for (let row = 4; row < 4 + GO_QUESTIONS.length + FIT_QUESTIONS.length + 8; row++) {
    const question = (cells.get(`A${row}`) ?? "").replace(/^\d\.\s/, "").trim();
    const answer = cells.get(`B${row}`) ?? "";
    const note = cells.get(`C${row}`) ?? "";
    if (question === "") continue;
    const go = GO_QUESTIONS.findIndex((key) => matches(question, key));
    const fit = FIT_QUESTIONS.findIndex((key) => matches(question, key));
    const read: QuestionAnswer = { answer: parseAnswer(answer), note };
    if (go >= 0) goNoGo[go] = read;
    else if (fit >= 0) suitability[fit] = read;
    else if (LANGS.some((lang) => EXANTE_PANE_TEXTS.chosenN[lang] === question) && answer.trim() !== "" && Number.isFinite(Number(answer))) {
      commitment = { N: Number(answer), basis: note };
    } else continue;
    found ||= read.answer !== null || note !== "" || commitment !== undefined;
  }
  if (!found) return null;
  return commitment === undefined ? { goNoGo, suitability } : { goNoGo, suitability, commitment };
}
