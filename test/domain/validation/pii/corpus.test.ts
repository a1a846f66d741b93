import { expect } from "chai";
import { detectPersonalData, type PersonalDataType } from "../../../../src/domain/validation/pii";
import { buildPiiCorpus, CORPUS_REFERENCE_DATE, type NegativeCase, type PositiveCase } from "./corpus";

interface Tally {
  total: number;
  hits: number;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(2)} %`;
}

function detect(text: string) {
  return detectPersonalData(text, { referenceDate: CORPUS_REFERENCE_DATE });
}

function isFound(positive: PositiveCase): boolean {
  return detect(positive.text).some(
    (finding) =>
      finding.type === positive.expected.type &&
      finding.match === positive.expected.match &&
      positive.text.slice(finding.index, finding.index + finding.match.length) === finding.match,
  );
}

describe("personal-data detection on the labelled corpus", () => {
  const corpus = buildPiiCorpus();
  const recallByType = new Map<PersonalDataType, Tally>();
  const missed: PositiveCase[] = [];
  const falsePositiveByCategory = new Map<string, Tally>();
  const falsePositives: { negative: NegativeCase; found: string }[] = [];

  before(() => {
    for (const positive of corpus.positives) {
      const tally = recallByType.get(positive.expected.type) ?? { total: 0, hits: 0 };
      tally.total++;
      if (isFound(positive)) tally.hits++;
      else missed.push(positive);
      recallByType.set(positive.expected.type, tally);
    }
    for (const negative of corpus.negatives) {
      const tally = falsePositiveByCategory.get(negative.category) ?? { total: 0, hits: 0 };
      tally.total++;
      const findings = detect(negative.text);
      if (findings.length > 0) {
        tally.hits++;
        falsePositives.push({ negative, found: findings.map((f) => `${f.type}:${f.match}`).join(", ") });
      }
      falsePositiveByCategory.set(negative.category, tally);
    }

    const lines = [`PII corpus: ${corpus.positives.length} positives, ${corpus.negatives.length} negatives`];
    for (const [type, tally] of recallByType) {
      lines.push(`  recall ${type.padEnd(18)} ${tally.hits}/${tally.total} = ${percent(tally.hits, tally.total)}`);
    }
    const fpTotal = falsePositives.length;
    lines.push(`  false positives overall   ${fpTotal}/${corpus.negatives.length} = ${percent(fpTotal, corpus.negatives.length)}`);
    for (const [category, tally] of falsePositiveByCategory) {
      lines.push(`    ${category.padEnd(22)} ${tally.hits}/${tally.total} = ${percent(tally.hits, tally.total)}`);
    }
    for (const { negative, found } of falsePositives) lines.push(`    FP [${negative.category}] "${negative.text}" → ${found}`);
    for (const positive of missed) lines.push(`    MISSED [${positive.category}] "${positive.text}" (${positive.expected.match})`);
    console.log(lines.join("\n"));
  });

  it("is large enough: at least 200 positives and 1 000 negatives", () => {
    expect(corpus.positives.length).to.be.at.least(200);
    expect(corpus.negatives.length).to.be.at.least(1000);
    const identity = corpus.positives.filter((p) => p.expected.type === "personnummer" || p.expected.type === "samordningsnummer");
    expect(identity.length).to.be.at.least(100);
  });

  it("is deterministic: the same seed builds the same corpus", () => {
    const again = buildPiiCorpus();
    expect(again.positives.map((p) => p.text)).to.deep.equal(corpus.positives.map((p) => p.text));
    expect(again.negatives.map((n) => n.text)).to.deep.equal(corpus.negatives.map((n) => n.text));
  });

  it("finds every valid personnummer and samordningsnummer (recall 100 %)", () => {
    const identityMisses = missed.filter((p) => p.expected.type === "personnummer" || p.expected.type === "samordningsnummer");
    expect(identityMisses.map((p) => p.text)).to.deep.equal([]);
    expect(recallByType.get("personnummer")?.total).to.be.greaterThan(0);
    expect(recallByType.get("samordningsnummer")?.total).to.be.greaterThan(0);
  });

  it("finds the e-mail addresses and Swedish phone numbers of the corpus", () => {
    expect(missed.filter((p) => p.expected.type === "email" || p.expected.type === "phone").map((p) => p.text)).to.deep.equal([]);
  });

  it("finds the names and special-category / criminal-record terms of the corpus (recall at least 95 % each)", () => {
    for (const type of ["name", "special-category", "criminal-record"] as const) {
      const tally = recallByType.get(type);
      expect(tally?.total, type).to.be.at.least(15);
      expect(tally!.hits / tally!.total, `${type}: ${missed.filter((p) => p.expected.type === type).map((p) => p.text).join(" | ")}`).to.be.at.least(0.95);
    }
  });

  it("keeps everyday procurement text and the template's own texts clean", () => {
    const wordNegatives = falsePositives.filter(({ negative }) => negative.category.startsWith("procurement text") || negative.category === "template text");
    expect(wordNegatives.map(({ negative, found }) => `${negative.text} → ${found}`)).to.deep.equal([]);
  });

  it("flags at most 0.5 % of the negatives", () => {
    expect(falsePositives.length / corpus.negatives.length).to.be.at.most(0.005);
  });
});

describe("personal-data detection on random ten-digit numbers (the ambiguity that remains)", () => {
  // Without context, a ten-digit number with a valid Luhn digit (an OCR reference, say) is a
  // personnummer exactly when its first six digits are a real date, or a real date with day + 60:
  // 12 valid months of 100 times about 61 valid days of 100, about 7.3 %. The detector must flag that
  // share and no more; the number goes into docs/personal-data.md.
  it("flags about 7 % of Luhn-valid and about 0.7 % of arbitrary ten-digit numbers", () => {
    let state = 12345;
    const nextDigit = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 16) % 10;
    };
    const luhnPayloadCheck = (payload: string): number => {
      let sum = 0;
      for (let i = 0; i < payload.length; i++) {
        const digit = Number(payload[payload.length - 1 - i]);
        const product = i % 2 === 0 ? digit * 2 : digit;
        sum += product > 9 ? product - 9 : product;
      }
      return (10 - (sum % 10)) % 10;
    };
    const isIdentityNumber = (finding: { type: PersonalDataType }): boolean =>
      finding.type === "personnummer" || finding.type === "samordningsnummer";
    const samples = 20_000;
    let flaggedLuhnValid = 0;
    let flaggedArbitrary = 0;
    for (let i = 0; i < samples; i++) {
      let payload = "";
      for (let d = 0; d < 9; d++) payload += String(nextDigit());
      const luhnValid = `${payload}${luhnPayloadCheck(payload)}`;
      const arbitrary = `${payload}${nextDigit()}`;
      if (detect(`OCR ${luhnValid}`).some(isIdentityNumber)) flaggedLuhnValid++;
      if (detect(`Belopp ${arbitrary}`).some(isIdentityNumber)) flaggedArbitrary++;
    }
    console.log(
      `Random ten-digit numbers: ${percent(flaggedLuhnValid, samples)} of Luhn-valid ones and ` +
        `${percent(flaggedArbitrary, samples)} of arbitrary ones read as identity numbers`,
    );
    expect(flaggedLuhnValid / samples).to.be.within(0.06, 0.09);
    expect(flaggedArbitrary / samples).to.be.within(0.004, 0.012);
  });
});
