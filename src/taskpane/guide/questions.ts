/**
 * The process guide's questions: four go/no-go questions (step 1) and seven suitability questions
 * (step 3) plus a reminder about labour-law conditions, the answers a user gives in the pane, and the recommendation they lead to. Pure data and
 * logic, so the summary rules are tested without React.
 */
import type { UiKey } from "../../domain/i18n/ui";

export type Answer = "yes" | "no" | null;

export interface QuestionAnswer {
  readonly answer: Answer;
  readonly note: string;
}

export const GO_QUESTIONS = ["guide.go.q1", "guide.go.q2", "guide.go.q3", "guide.go.q4"] as const satisfies readonly UiKey[];
export const FIT_QUESTIONS = [
  "guide.fit.q1",
  "guide.fit.q2",
  "guide.fit.q3",
  "guide.fit.q4",
  "guide.fit.q5",
  "guide.fit.q6",
  "guide.fit.q7",
] as const satisfies readonly UiKey[];

/**
 * Upphandlingsmyndigheten's list ends with "are labour-law conditions needed?". It does not speak for or
 * against an employment requirement; it only reminds the buyer to assess those conditions. So it is
 * shown as a reminder and never counted in the score.
 */
export const FIT_REMINDER: UiKey = "guide.fit.reminder";

export interface DecisionRecord {
  readonly goNoGo: readonly QuestionAnswer[];
  readonly suitability: readonly QuestionAnswer[];
  /** The commitment chosen in "Före upphandling": N and the sizing's steps as one line. */
  readonly commitment?: { readonly N: number; readonly basis: string };
}

const UNANSWERED: QuestionAnswer = { answer: null, note: "" };

export function emptyDecisionRecord(): DecisionRecord {
  return { goNoGo: GO_QUESTIONS.map(() => UNANSWERED), suitability: FIT_QUESTIONS.map(() => UNANSWERED) };
}

/** How many saved answers, notes and the chosen N `next` would replace by blanks (0: nothing saved is lost). */
export function blankedAnswers(saved: DecisionRecord, next: DecisionRecord): number {
  const count = (before: readonly QuestionAnswer[], after: readonly QuestionAnswer[]) =>
    before.reduce(
      (sum, answer, i) => sum + (answer.answer !== null && (after[i]?.answer ?? null) === null ? 1 : 0) + (answer.note !== "" && (after[i]?.note ?? "") === "" ? 1 : 0),
      0,
    );
  return count(saved.goNoGo, next.goNoGo) + count(saved.suitability, next.suitability) + (saved.commitment !== undefined && next.commitment === undefined ? 1 : 0);
}

/**
 * What to do about each "no", in the questions' order: the advice follows the answers (a "no" only on
 * "matchningsansvarig utsedd?" asks for one to be appointed, not for a management decision).
 */
export function adviceFor(kind: "go" | "fit", answers: readonly QuestionAnswer[]): UiKey[] {
  const questions: readonly UiKey[] = kind === "go" ? GO_QUESTIONS : FIT_QUESTIONS;
  return questions.flatMap((question, index) => (answers[index]?.answer === "no" ? [`${question}.advice` as UiKey] : []));
}

export interface Recommendation {
  readonly key: UiKey;
  readonly params: Readonly<Record<string, number>>;
  /** "success" when the answers point forward, "warning" when they call for another route first. */
  readonly tone: "success" | "warning" | "info";
}

function countAnswers(answers: readonly QuestionAnswer[]): { answered: number; yes: number } {
  return {
    answered: answers.filter((a) => a.answer !== null).length,
    yes: answers.filter((a) => a.answer === "yes").length,
  };
}

/** Step 1: all yes → start; any no → start with management (even before every question is answered). */
export function goRecommendation(answers: readonly QuestionAnswer[]): Recommendation {
  const { answered, yes } = countAnswers(answers);
  if (answers.some((a) => a.answer === "no")) return { key: "guide.go.summary.management", params: {}, tone: "warning" };
  if (answered < GO_QUESTIONS.length) return { key: "guide.go.summary.incomplete", params: { answered }, tone: "info" };
  return yes === GO_QUESTIONS.length
    ? { key: "guide.go.summary.start", params: {}, tone: "success" }
    : { key: "guide.go.summary.management", params: {}, tone: "warning" };
}

/**
 * Step 3: the more questions answered yes, the better the procurement suits an employment requirement.
 * Our own reading, since the national model gives no threshold: of the seven scored questions, 5–7 yes
 * suitable, 3–4 suitable with adjustments, 0–2 poorly suited.
 */
export function fitRecommendation(answers: readonly QuestionAnswer[]): Recommendation {
  const { answered, yes } = countAnswers(answers);
  if (answered < FIT_QUESTIONS.length) return { key: "guide.fit.summary.incomplete", params: { answered }, tone: "info" };
  if (yes >= 5) return { key: "guide.fit.summary.good", params: { yes }, tone: "success" };
  if (yes >= 3) return { key: "guide.fit.summary.partly", params: { yes }, tone: "warning" };
  return { key: "guide.fit.summary.poor", params: { yes }, tone: "warning" };
}
