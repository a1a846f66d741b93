/**
 * Issue 20 (acceptance): the Swedish a user reads — the task pane's, the messages' and the docs' — has no
 * misspelling hunspell's Swedish dictionary (Debian hunspell-sv) finds. Words the dictionary cannot know
 * (keys, names, product names, abbreviations, code words, and correct compounds it lacks) are allowed in
 * test/static/spelling-allowlist.txt, one per line; add a word there only when it is right.
 */
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { proseOf, swedishDocText, swedishReadmeText, swedishUiTexts, SWEDISH_DOCS } from "../support/swedish-text";

const ALLOWED = new Set(
  readFileSync(join(__dirname, "spelling-allowlist.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#")),
);

/** The words hunspell -d sv_SE does not accept, punctuation at their ends removed. */
function unknownWords(text: string): string[] {
  const out = execFileSync("hunspell", ["-d", "sv_SE", "-i", "utf-8", "-l"], { input: text, encoding: "utf8" });
  return [...new Set(out.split("\n").map((word) => word.replace(/^[-.]+|[-.:]+$/g, "")).filter((word) => word !== ""))];
}

const misspelt = (text: string): string[] => unknownWords(proseOf(text)).filter((word) => !ALLOWED.has(word)).sort();

describe("Swedish spelling (hunspell -d sv_SE)", function () {

  it("finds a real misspelling, so the check can fail", () => {
    expect(misspelt("Kalkylen räknar samhällets resultat för placeringen.")).to.deep.equal([]);
    expect(misspelt("Kalkylen räknar samhälets resultat för placerningen.")).to.deep.equal(["placerningen", "samhälets"]);
  });

  it("the task pane's and the messages' Swedish texts", () => {
    // One hunspell run for all texts (it loads the dictionary each time); then name where each word is.
    const texts = swedishUiTexts();
    const words = misspelt(texts.map(({ text }) => text).join("\n"));
    const found = words.map((word) => `${word} (${texts.filter(({ text }) => text.includes(word)).map(({ source }) => source).join(", ")})`);
    expect(found).to.deep.equal([]);
  });

  for (const doc of SWEDISH_DOCS) {
    it(doc, () => expect(misspelt(swedishDocText(doc))).to.deep.equal([]));
  }

  it("README's Swedish paragraph", () => expect(misspelt(swedishReadmeText())).to.deep.equal([]));
});
