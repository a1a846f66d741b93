import { expect } from "chai";
import { fill as formatUiText } from "../../src/domain/common/text";
import { UI_TEXTS, uiLangFor, uiText, type UiKey } from "../../src/domain/i18n/ui";

describe("task-pane texts (src/domain/i18n/ui.ts)", () => {
  const svKeys = Object.keys(UI_TEXTS.sv).sort();
  const enKeys = Object.keys(UI_TEXTS.en).sort();

  it("has exactly the same keys in Swedish and English", () => {
    expect(enKeys).to.deep.equal(svKeys);
  });

  it("has no empty text and the same placeholders in both languages", () => {
    for (const key of svKeys as UiKey[]) {
      const sv = UI_TEXTS.sv[key];
      const en = UI_TEXTS.en[key];
      expect(sv.trim(), `sv ${key}`).not.to.equal("");
      expect(en.trim(), `en ${key}`).not.to.equal("");
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(en), key).to.deep.equal(placeholders(sv));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatUiText("{a} av {b}", { a: 3, b: 8 })).to.equal("3 av 8");
    expect(formatUiText("{a} av {b}", { a: 3 })).to.equal("3 av {b}");
    expect(uiText("en", "guide.fit.summary.good", { yes: 6 })).to.match(/^6 of 7/);
  });

  it("is Swedish by default and English for any non-Swedish Office display language", () => {
    expect(uiLangFor(undefined)).to.equal("sv");
    expect(uiLangFor("")).to.equal("sv");
    expect(uiLangFor("sv-SE")).to.equal("sv");
    expect(uiLangFor("sv-FI")).to.equal("sv");
    expect(uiLangFor("en-US")).to.equal("en");
    expect(uiLangFor("fi-FI")).to.equal("en");
  });
});
