import { expect } from "chai";
import { defaultParameters, resolveParameters } from "../../../src/domain/model";
import { annualIncomeTax, basicAllowance, jobTaxCredit, jobTaxCreditBase } from "../../../src/domain/model/tax";

const P2019 = defaultParameters(2019); // pbb 46 500
const P2025 = defaultParameters(2025); // pbb 58 800
const P2026 = defaultParameters(2026); // pbb 59 200

describe("model: grundavdrag", () => {
  it("is 0.423 pbb up to 0.99 pbb, rounded up to whole 100 kr", () => {
    // 0.423 × 46 500 = 19 669.5 → 19 700
    expect(basicAllowance(40_000, P2019)).to.equal(19_700);
    // the band's upper limit is inclusive: 0.99 × 46 500 = 46 035
    expect(basicAllowance(46_035, P2019)).to.equal(19_700);
    // 2026: 0.423 × 59 200 = 25 041.6 → 25 100
    expect(basicAllowance(40_000, P2026)).to.equal(25_100);
  });

  it("never exceeds the income it is deducted from", () => {
    expect(basicAllowance(10_000, P2019)).to.equal(10_000);
    expect(basicAllowance(0, P2019)).to.equal(0);
    expect(basicAllowance(-5, P2019)).to.equal(0);
  });

  it("rises by 20 % of the income between 0.99 and 2.72 pbb", () => {
    // 19 669.5 + 0.20 × (100 000 − 46 035) = 30 462.5 → 30 500
    expect(basicAllowance(100_000, P2019)).to.equal(30_500);
  });

  it("is 0.77 pbb between 2.72 and 3.11 pbb", () => {
    // 0.77 × 46 500 = 35 805 → 35 900
    expect(basicAllowance(140_000, P2019)).to.equal(35_900);
  });

  it("falls by 10 % of the income between 3.11 and 7.88 pbb", () => {
    // 35 805 − 0.10 × (246 000 − 3.11 × 46 500 = 144 615) = 25 666.5 → 25 700
    expect(basicAllowance(246_000, P2019)).to.equal(25_700);
    // 2025: 45 276 − 0.10 × (300 000 − 182 868) = 33 562.8 → 33 600
    expect(basicAllowance(300_000, P2025)).to.equal(33_600);
  });

  it("is 0.293 pbb above 7.88 pbb", () => {
    // 0.293 × 46 500 = 13 624.5 → 13 700
    expect(basicAllowance(400_000, P2019)).to.equal(13_700);
  });

  it("does not round an amount that already is whole hundreds up another 100 kr", () => {
    const P = resolveParameters(2025, { pbb: 100_000 });
    // 0.423 × 100 000 = 42 300 exactly
    expect(basicAllowance(50_000, P)).to.equal(42_300);
  });
});

describe("model: jobbskatteavdrag", () => {
  it("2019, band A–B: 1.511 pbb + 0.111 (AI − 2.72 pbb), minus grundavdrag, times the local rate", () => {
    // bracket = 70 261.5 + 0.111 × (246 000 − 126 480) = 83 528.22; U = 83 528.22 − 25 700 = 57 828.22
    // JSA = 57 828.22 × (0.2070 + 0.1149) = 18 614.904
    expect(jobTaxCredit(246_000, 25_700, 1e9, P2019)).to.be.closeTo(18_614.904018, 1e-6);
  });

  it("rounds arbetsinkomst down to whole 100 kr first", () => {
    expect(jobTaxCredit(246_099, 25_700, 1e9, P2019)).to.equal(jobTaxCredit(246_000, 25_700, 1e9, P2019));
    expect(jobTaxCreditBase(42_300, P2019)).to.equal(42_300);
    // 99 kr rounds down to 0: no jobbskatteavdrag at all
    expect(jobTaxCredit(99, 0, 1e9, P2019)).to.equal(0);
    expect(jobTaxCredit(0, 0, 1e9, P2019)).to.equal(0);
  });

  it("is AI itself up to 0.91 pbb and the band limits are inclusive upper bounds", () => {
    const P = resolveParameters(2019, { pbb: 100_000 });
    expect(jobTaxCreditBase(91_000, P)).to.equal(91_000);
    // AI = 2.72 pbb belongs to the second row: 91 000 + 0.332 × 181 000 = 151 092 (the third row would give 151 100)
    expect(jobTaxCreditBase(272_000, P)).to.be.closeTo(151_092, 1e-6);
    expect(jobTaxCreditBase(272_100, P)).to.be.closeTo(151_100 + 0.111 * 100, 1e-6);
  });

  it("2025 bands: 0.3874 between 0.91 and 3.24 pbb, 0.199 up to 8.08 pbb, 2.776 pbb above", () => {
    // 53 508 + 0.3874 × (100 000 − 53 508) = 71 519.0008
    expect(jobTaxCreditBase(100_000, P2025)).to.be.closeTo(71_519.0008, 1e-6);
    // 1.813 × 58 800 + 0.199 × (300 000 − 190 512) = 106 604.4 + 21 788.112
    expect(jobTaxCreditBase(300_000, P2025)).to.be.closeTo(128_392.512, 1e-6);
    expect(jobTaxCreditBase(600_000, P2025)).to.be.closeTo(2.776 * 58_800, 1e-6);
    // JSA = (128 392.512 − 33 600) × (0.2072 + 0.1169)
    expect(jobTaxCredit(300_000, 33_600, 1e9, P2025)).to.be.closeTo(94_792.512 * 0.3241, 1e-6);
  });

  it("2026 bands: 0.251 between 3.24 and 8.08 pbb, 3.027 pbb above", () => {
    // 1.813 × 59 200 + 0.251 × (300 000 − 191 808) = 107 329.6 + 27 156.192
    expect(jobTaxCreditBase(300_000, P2026)).to.be.closeTo(134_485.792, 1e-6);
    expect(jobTaxCreditBase(600_000, P2026)).to.be.closeTo(179_198.4, 1e-6);
    expect(jobTaxCredit(300_000, 34_000, 1e9, P2026)).to.be.closeTo((134_485.792 - 34_000) * (0.2069 + 0.1169), 1e-6);
  });

  it("is capped by the municipal plus regional tax", () => {
    expect(jobTaxCredit(246_000, 25_700, 1_000, P2019)).to.equal(1_000);
  });

  it("is zero when the grundavdrag exceeds the bracket amount", () => {
    expect(jobTaxCredit(20_000, 25_000, 1e9, P2019)).to.equal(0);
  });

  it("2019 only: phases out by 3 % of AI above 13.48 pbb, never below zero", () => {
    // bracket 1.995 × 46 500 = 92 767.5; GA 13 700; U × 0.3219 = 25 451.83...
    // phase-out 0.03 × (700 000 − 626 820) = 2 195.4
    const before = (92_767.5 - 13_700) * 0.3219;
    expect(jobTaxCredit(700_000, 13_700, 1e9, P2019)).to.be.closeTo(before - 2_195.4, 1e-6);
    expect(jobTaxCredit(2_000_000, 13_700, 1e9, P2019)).to.equal(0);
    // 2025 has no phase-out: the top bracket applies unchanged
    expect(jobTaxCredit(2_000_000, 0, 1e9, P2025)).to.be.closeTo(2.776 * 58_800 * 0.3241, 1e-6);
  });
});

describe("model: annual income tax", () => {
  it("splits municipal, regional and state tax on the taxable income", () => {
    // FFI 246 000, GA 25 700, TI 220 300: 0.207 × TI and 0.1149 × TI; no state tax below 490 700
    const tax = annualIncomeTax(246_000, 246_000, P2019);
    expect(tax.taxableIncome).to.equal(220_300);
    expect(tax.municipal).to.be.closeTo(45_602.1, 1e-6);
    expect(tax.regional).to.be.closeTo(25_312.47, 1e-6);
    expect(tax.state).to.equal(0);
    expect(tax.total).to.be.closeTo(45_602.1 + 25_312.47 - 18_614.904018, 1e-6);
  });

  it("charges 20 % state tax above the threshold", () => {
    // FFI 600 000, GA 13 700, TI 586 300; 0.20 × (586 300 − 490 700) = 19 120
    expect(annualIncomeTax(600_000, 600_000, P2019).state).to.be.closeTo(19_120, 1e-6);
  });

  it("uses FFI (incl. taxable benefits) for the grundavdrag and AI (work only) for the jobbskatteavdrag", () => {
    // Only a taxable benefit: tax but no jobbskatteavdrag.
    const benefitOnly = annualIncomeTax(0, 100_000, P2019);
    expect(benefitOnly.jobTaxCredit).to.equal(0);
    expect(benefitOnly.municipal).to.be.closeTo(0.207 * (100_000 - 30_500), 1e-6);
  });
});
