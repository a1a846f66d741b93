import { expect } from "chai";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fill as formatUiText } from "../../src/domain/common/text";
import { uiLangFor, uiText } from "../../src/domain/i18n/ui";
import { ALL_PANE_TABLES } from "../support/pane-texts";

describe("task-pane texts (src/domain/i18n/ui.ts and each tab's table)", () => {
  for (const [name, table] of Object.entries(ALL_PANE_TABLES)) {
    const svKeys = Object.keys(table.sv).sort();
    const enKeys = Object.keys(table.en).sort();

    it(`${name}: has exactly the same keys in Swedish and English`, () => {
      expect(svKeys.length).to.be.greaterThan(0);
      expect(enKeys).to.deep.equal(svKeys);
    });

    it(`${name}: has no empty text and the same placeholders in both languages`, () => {
      for (const key of svKeys) {
        const sv = table.sv[key]!;
        const en = table.en[key]!;
        expect(sv.trim(), `sv ${key}`).not.to.equal("");
        expect(en.trim(), `en ${key}`).not.to.equal("");
        const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(en), key).to.deep.equal(placeholders(sv));
      }
    });
  }

  it("no key is in two tables: a tab's text never hides another's", () => {
    const seen = new Map<string, string>();
    for (const [name, table] of Object.entries(ALL_PANE_TABLES)) {
      for (const key of Object.keys(table.sv)) {
        expect(seen.get(key), `${key} in ${name}`).to.equal(undefined);
        seen.set(key, name);
      }
    }
  });

  it("every key the pane's code names is in one of the tables", () => {
    const all = new Set(Object.values(ALL_PANE_TABLES).flatMap((table) => Object.keys(table.sv)));
    const missing = usedKeys().filter((key) => !all.has(key));
    expect(missing).to.deep.equal([]);
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

/** Keys written literally in the pane's code: t("…") and uiText(lang, "…"), under src/taskpane. */
function usedKeys(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(path, "utf8").matchAll(/\b(?:t|uiText\(\w+,)\s*\(?"([a-zA-Z]+\.[\w.-]+)"/g)) keys.add(match[1]!);
      }
    }
  };
  walk(join(__dirname, "../../src/taskpane"));
  return [...keys].sort();
}
