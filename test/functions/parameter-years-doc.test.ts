/**
 * The custom functions' JSDoc names the parameter years in plain text: custom-functions-metadata reads the
 * comments at build time and cannot compute them, so this test holds them to the model's own year list
 * (PARAMETER_YEARS). Adding a year to the model without updating these texts fails here.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PARAMETER_YEARS } from "../../src/domain/model";

const functionsSource = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
const englishMetadata = readFileSync(join(__dirname, "../../src/functions/metadata.en-US.json"), "utf8");

/** "2019, 2025 eller 2026": the list as a sentence in the given language's "or". */
function yearSentence(years: readonly number[], or: string): string {
  const texts = years.map(String);
  return texts.length <= 1 ? texts.join("") : `${texts.slice(0, -1).join(", ")} ${or} ${texts[texts.length - 1]}`;
}

/** The year text after every occurrence of `label`, up to the opening parenthesis of "(standard …)". */
function yearTexts(text: string, label: string): string[] {
  const found: string[] = [];
  let at = text.indexOf(label);
  while (at !== -1) {
    const start = at + label.length;
    const end = text.indexOf("(", start);
    found.push(text.slice(start, end === -1 ? undefined : end).trim());
    at = text.indexOf(label, start);
  }
  return found;
}

describe("custom functions: the parameter years in their documentation", () => {
  it("the Swedish JSDoc lists exactly the model's years", () => {
    const texts = yearTexts(functionsSource, "Parameterår:");
    expect(texts.length, "PARAM and PARAMS document their year argument").to.be.at.least(2);
    for (const text of texts) expect(text).to.equal(yearSentence(PARAMETER_YEARS, "eller"));
  });

  it("the English metadata lists exactly the model's years", () => {
    const texts = yearTexts(englishMetadata, "Parameter year:");
    expect(texts.length).to.be.at.least(2);
    for (const text of texts) expect(text).to.equal(yearSentence(PARAMETER_YEARS, "or"));
  });

  it("the check itself notices a year the text lacks", () => {
    expect(yearSentence([2019, 2025, 2026, 2027], "eller")).not.to.equal(yearTexts(functionsSource, "Parameterår:")[0]);
  });
});
