import { expect } from "chai";
import { uiText } from "../../src/domain/i18n/ui";
import { decisionSheetContent, DECISION_SHEET_NAME } from "../../src/taskpane/guide/decisionSheet";
import {
  FIT_QUESTIONS,
  GO_QUESTIONS,
  adviceFor,
  emptyDecisionRecord,
  fitRecommendation,
  goRecommendation,
  type Answer,
  type QuestionAnswer,
} from "../../src/taskpane/guide/questions";

const answers = (...values: Answer[]): QuestionAnswer[] => values.map((answer) => ({ answer, note: "" }));

describe("process-guide decisions", () => {
  it("step 1: all yes → start; any no → start with management; otherwise asks for the rest", () => {
    expect(goRecommendation(answers("yes", "yes", "yes", "yes")).key).to.equal("guide.go.summary.start");
    expect(goRecommendation(answers("yes", "no", "yes", "yes")).key).to.equal("guide.go.summary.management");
    expect(goRecommendation(answers("no", null, null, null)).key).to.equal("guide.go.summary.management");
    const incomplete = goRecommendation(answers("yes", "yes", null, null));
    expect(incomplete.key).to.equal("guide.go.summary.incomplete");
    expect(incomplete.params).to.deep.equal({ answered: 2 });
  });

  it("advises on each no answer in both steps, and on nothing else (issue 14)", () => {
    expect(adviceFor("go", answers("yes", "yes", "no", "yes"))).to.deep.equal(["guide.go.q3.advice"]);
    expect(adviceFor("go", answers("no", null, "no", "yes"))).to.deep.equal(["guide.go.q1.advice", "guide.go.q3.advice"]);
    expect(adviceFor("go", answers("yes", "yes", "yes", "yes"))).to.deep.equal([]);
    expect(adviceFor("fit", answers("yes", "no", "yes", "yes", "yes", "no", null))).to.deep.equal(["guide.fit.q2.advice", "guide.fit.q6.advice"]);
    for (const lang of ["sv", "en"] as const) {
      for (const key of [...GO_QUESTIONS, ...FIT_QUESTIONS]) expect(uiText(lang, `${key}.advice` as Parameters<typeof uiText>[1])).to.not.equal("");
    }
  });

  it("step 3: counts yes answers into suitable / with adjustments / poorly suited", () => {
    const of = (yes: number) => answers(...Array.from({ length: 7 }, (_, i): Answer => (i < yes ? "yes" : "no")));
    expect(fitRecommendation(of(7)).key).to.equal("guide.fit.summary.good");
    expect(fitRecommendation(of(5)).key).to.equal("guide.fit.summary.good");
    expect(fitRecommendation(of(4)).key).to.equal("guide.fit.summary.partly");
    expect(fitRecommendation(of(3)).key).to.equal("guide.fit.summary.partly");
    expect(fitRecommendation(of(2)).key).to.equal("guide.fit.summary.poor");
    expect(fitRecommendation(of(2)).params).to.deep.equal({ yes: 2 });
    expect(fitRecommendation(emptyDecisionRecord().suitability).key).to.equal("guide.fit.summary.incomplete");
  });

  it("step 3: labour-law conditions are a reminder, never part of the score (issue 20)", () => {
    expect(FIT_QUESTIONS).to.have.length(7);
    expect(FIT_QUESTIONS.map((key) => uiText("sv", key)).join(" ")).to.not.match(/arbetsrättsliga/);
    // Four yes of the seven scored questions is "with adjustments"; before, a yes on labour-law
    // conditions would have counted as a fifth argument for the requirement.
    expect(fitRecommendation(answers("yes", "yes", "yes", "yes", "no", "no", "no")).key).to.equal("guide.fit.summary.partly");
  });

  it("writes one Beslutsunderlag row per question plus the two recommendations", () => {
    const record = {
      goNoGo: answers("yes", "yes", "yes", "yes").map((a, i) => (i === 2 ? { ...a, note: "AF utsedd" } : a)),
      suitability: answers("yes", "no", "yes", "yes", "yes", "yes", null),
    };
    const sheet = decisionSheetContent(record, "sv", "2026-03-01");
    expect(sheet.sheetName).to.equal(DECISION_SHEET_NAME);
    expect(sheet.rows).to.have.length(GO_QUESTIONS.length + FIT_QUESTIONS.length);
    expect(sheet.rows[2]).to.deep.equal({ step: 1, question: "Är en matchningsansvarig utsedd för rekryteringen?", answer: "Ja", note: "AF utsedd" });
    expect(sheet.rows[5]).to.deep.equal({ step: 3, question: "Är avtalstiden längre än ett år?", answer: "Nej", note: "" });
    expect(sheet.rows[10]!.answer).to.equal("");
    expect(sheet.conclusions[0]).to.equal("Alla svar är ja: starta arbetet.");
    expect(sheet.conclusions[1]).to.match(/6 av 7 besvarade/);
    // The advice for the no on the contract term follows its step's summary (issue 14).
    expect(sheet.conclusions[2]).to.match(/^Nej om avtalstiden: ett kort avtal/);
    expect(sheet.conclusions[3]).to.match(/^Kom ihåg: bedöm också om avtalet behöver arbetsrättsliga villkor/);
    expect(sheet.savedAt).to.equal("2026-03-01");
    expect(decisionSheetContent(record, "en", "2026-03-01").rows[0]!.answer).to.equal("Yes");
  });
});
