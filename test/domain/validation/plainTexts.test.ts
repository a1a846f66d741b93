/**
 * Issue 14 (3): finding texts are plain sentences a user reads in the pane: no interval notation, no
 * "(tecken 19)", no "menade du 1,5 %?" for 150 %, no "Åtgärd: Ingen åtgärd.", and the English fix names the
 * button as it is labelled ("Correct").
 */
import { expect } from "chai";
import { validateWorkbook, type Finding } from "../../../src/domain/validation";
import { FINDING_TEXTS } from "../../../src/domain/i18n/validation";
import { ordinal } from "../../../src/domain/i18n/ordinal";
import { goodPlacement, workbook, type PlacementData } from "./builders";

const TODAY = "2025-10-01";

function findings(placements: readonly PlacementData[]): readonly Finding[] {
  return validateWorkbook(workbook({ placements }), { today: TODAY }).findings;
}

function only(code: string, placements: readonly PlacementData[]): Finding {
  const found = findings(placements).find((item) => item.code === code);
  expect(found, code).to.not.equal(undefined);
  return found!;
}

const texts = (item: Finding) => [item.message.sv, item.message.en, item.fix.sv, item.fix.en];

describe("validation: finding texts in plain language", () => {
  it("scope out of range reads as a sentence, without interval notation", () => {
    for (const text of texts(only("SCOPE_OUT_OF_RANGE", [goodPlacement({ scope: 1.5 })]))) expect(text).to.not.match(/[([]0 %, 100 %[\])]/);
    expect(only("SCOPE_OUT_OF_RANGE", [goodPlacement({ scope: 1.5 })]).message.sv).to.contain("högst 100 %");
    for (const text of texts(only("SUPERVISION_OUT_OF_RANGE", [goodPlacement({ supervisionShare: 1.2 })]))) expect(text).to.not.match(/[([]0 %, 100 %[\])]/);
  });

  it("150 % gets no 'menade du 1,5 %?'; a whole 75 still gets 'menade du 75 %?'", () => {
    for (const text of texts(only("SCOPE_OUT_OF_RANGE", [goodPlacement({ scope: 1.5 })]))) expect(text).to.not.match(/menade du|did you mean/);
    expect(only("SCOPE_OUT_OF_RANGE", [goodPlacement({ scope: 75, salary: 20_000 })]).fix.en).to.contain("did you mean 75 %?");
  });

  it("personal data findings name the position in words, not '(tecken 19)'", () => {
    const found = only("PERSONAL_IDENTITY_NUMBER", [goodPlacement({ comment: "Pnr 19850101-1236" })]);
    expect(found.message.sv).to.contain("med början vid det 5:e tecknet");
    expect(found.message.en).to.contain("starting at the 5th character");
    for (const text of texts(found)) expect(text).to.not.match(/\((tecken|character) \d+\)/);
  });

  it("ordinals follow each language's rules", () => {
    expect([1, 2, 3, 11, 12, 21, 22, 101].map((n) => ordinal(n).sv)).to.deep.equal(["1:a", "2:a", "3:e", "11:e", "12:e", "21:a", "22:a", "101:a"]);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 112].map((n) => ordinal(n).en)).to.deep.equal(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "112th"]);
  });

  it("no finding says 'no action' as its fix, and English fixes name the Correct button", () => {
    for (const [code, text] of Object.entries(FINDING_TEXTS)) {
      expect(text.fix.sv, code).to.not.match(/^Ingen åtgärd\.?$/);
      expect(text.fix.en, code).to.not.match(/^No action\.?$/);
      expect(text.fix.en, code).to.not.match(/\(Fix\)|^Fix /);
    }
  });
});
