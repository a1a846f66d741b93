/**
 * The clause text (spec/exante.md §3): golden files per language for a complete contract and one with
 * missing fields, and a property over generated contracts that no placeholder, "undefined" or "NaN"
 * reaches the text. Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate text change.
 */
import { expect } from "chai";
import fc from "fast-check";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTRACT_FIELDS, parseContract } from "../../../src/domain/followup/contract";
import { clausePlainText, clauseText } from "../../../src/domain/exante/clause";
import { COMPLETE_CONTRACT, INCOMPLETE_CONTRACT } from "../../support/exante-contracts";

const GOLDEN = join(__dirname, "golden");

function golden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).to.equal(readFileSync(path, "utf8"));
}

describe("exante: clause text", () => {
  for (const lang of ["sv", "en"] as const) {
    it(`complete contract (${lang}) matches the golden text and misses nothing`, () => {
      const clause = clauseText(parseContract(COMPLETE_CONTRACT), lang);
      expect(clause.missing).to.deep.equal([]);
      golden(`clause-complete.${lang}.txt`, clausePlainText(clause));
    });

    it(`contract with missing fields (${lang}) names each one in the text`, () => {
      const clause = clauseText(parseContract(INCOMPLETE_CONTRACT), lang);
      const text = clausePlainText(clause);
      golden(`clause-missing.${lang}.txt`, text);
      expect(clause.missing.map((entry) => entry.key)).to.have.members([
        "name", "contractId", "procurer", "supplier", "start", "end", "targetGroups", "commitmentMonths", "matchingOrganisation",
        "penaltyPerMissingMonth", "penaltyPerMissingReport", "maxBonusPlaces",
      ]);
      for (const entry of clause.missing) expect(text).to.contain(entry.label);
    });
  }

  it("names the source criteria 11554 and 11556 in both languages", () => {
    for (const lang of ["sv", "en"] as const) {
      const text = clausePlainText(clauseText(parseContract(COMPLETE_CONTRACT), lang));
      expect(text).to.contain("11554").and.contain("11556");
    }
  });

  it("the figures come from the contract: N, X months, 75 %, penalties, bonus total", () => {
    const text = clausePlainText(clauseText(parseContract(COMPLETE_CONTRACT), "sv"));
    expect(text).to.contain("minst 36 heltidsmånader");
    expect(text).to.contain("Senast 6 månader");
    expect(text).to.contain("minst 75 %");
    expect(text).to.contain("vite med 25 000 kr för varje heltidsmånad");
    expect(text).to.contain("högst 45 000 kr");
    expect(text).to.contain("Unga 18–24 år, Nyanlända och Långtidsarbetslösa");
  });

  it("no bonus paragraph promise when the bonus is 0", () => {
    const text = clausePlainText(clauseText(parseContract({ ...COMPLETE_CONTRACT, bonusPerPlace: 0 }), "en"));
    expect(text).to.contain("no bonus for extra places");
  });
});

/**
 * Text a user might type: words of letters, digits and & - / (single spaces between them), so that a
 * double space, " ." or "()" in the clause can only come from an empty slot.
 */
const userText = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9&\-/ ]{0,30}$/).map((text) => text.replace(/ +/g, " ").trim());
const isoDate = fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** Any subset of the Avtal fields with a valid value each; missing ones stay missing. */
const contractArbitrary = fc.record(
  {
    name: userText, contractId: userText, procurer: userText, supplier: userText, matchingOrganisation: userText,
    organisationType: fc.constantFrom("kommun", "region", "stat"),
    requirementType: fc.constantFrom("anställning", "praktik", "lärlingsanställning", "valfri"),
    reportingInterval: fc.constantFrom("månad", "kvartal", "halvår", "år"),
    commitmentMonths: fc.double({ min: 0.5, max: 100_000, noNaN: true }),
    startDeadlineMonths: fc.integer({ min: 0, max: 120 }),
    approvedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    bonusPerPlace: fc.double({ min: 0, max: 1e7, noNaN: true }),
    maxBonusPlaces: fc.integer({ min: 0, max: 10_000 }),
    penaltyPerMissingMonth: fc.double({ min: 0, max: 1e7, noNaN: true }),
    penaltyPerMissingReport: fc.double({ min: 0, max: 1e7, noNaN: true }),
    start: isoDate,
    targetGroups: fc.array(fc.record({ name: userText.filter((text) => text.trim() !== "") }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

describe("exante: clause text over generated contracts", () => {
  it("never contains a placeholder, undefined, NaN or an empty slot, and lists what it names as missing", () => {
    fc.assert(
      fc.property(contractArbitrary, fc.constantFrom("sv" as const, "en" as const), (raw, lang) => {
        const clause = clauseText(parseContract(raw), lang);
        expect(clause.paragraphs.map((paragraph) => paragraph.key)).to.have.length(11);
        for (const { text } of clause.paragraphs) {
          expect(text).not.to.match(/\{\w*\}/);
          expect(text).not.to.match(/undefined|NaN|Infinity|null/);
          expect(text.trim()).not.to.equal("");
          // A blank value would leave "  " or " ." or "()" where the value belongs.
          expect(text).not.to.match(/ {2}| \.| ,|\(\)/);
        }
        const text = clausePlainText(clause);
        for (const entry of clause.missing) expect(text).to.contain(entry.label);
      }),
      { numRuns: 400 },
    );
  });

  it("every Avtal field the text uses is either shown or named (all fields blank)", () => {
    const clause = clauseText(parseContract({}), "sv");
    const labels = new Set(clause.missing.map((entry) => entry.label));
    for (const key of ["penaltyPerMissingMonth", "penaltyPerMissingReport", "commitmentMonths"] as const) {
      expect(labels.has(CONTRACT_FIELDS.find((field) => field.key === key)?.label ?? "")).to.equal(true);
    }
  });
});
