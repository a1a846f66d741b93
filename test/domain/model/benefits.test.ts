import { expect } from "chai";
import { defaultParameters } from "../../../src/domain/model";
import { deriveBenefit, housingBenefitAfterTaper, monthlyBenefit, socialAssistance } from "../../../src/domain/model/benefits";

const P2025 = defaultParameters(2025);
const person = { benefit: null, newArrival: false, aKassa: false, age: 30 } as const;

describe("model: the benefit before the placement", () => {
  it("derives it: new arrival → etablering; a-kassa → a-kassa; under 25 → utveckling; else aktivitetsstöd", () => {
    expect(deriveBenefit({ ...person, newArrival: true, aKassa: true })).to.equal("etableringsersättning");
    expect(deriveBenefit({ ...person, aKassa: true, age: 20 })).to.equal("a-kassa");
    expect(deriveBenefit({ ...person, age: 24 })).to.equal("utvecklingsersättning");
    expect(deriveBenefit({ ...person, age: 25 })).to.equal("aktivitetsstöd");
  });

  it("uses a given benefit instead of deriving one", () => {
    expect(deriveBenefit({ ...person, newArrival: true, benefit: "ingen" })).to.equal("ingen");
  });

  it("computes the monthly full-time amounts and taxability", () => {
    // 308 × 21.67 = 6 674.36, tax-free
    expect(monthlyBenefit("etableringsersättning", 0, P2025).amount).to.be.closeTo(6_674.36, 1e-9);
    expect(monthlyBenefit("etableringsersättning", 0, P2025).taxable).to.equal(false);
    // 365 × 21.67 = 7 909.55, taxable
    expect(monthlyBenefit("aktivitetsstöd", 0, P2025)).to.deep.include({ taxable: true });
    expect(monthlyBenefit("aktivitetsstöd", 0, P2025).amount).to.be.closeTo(7_909.55, 1e-9);
    // 166 × 21.67 = 3 597.22, tax-free
    expect(monthlyBenefit("utvecklingsersättning", 0, P2025).amount).to.be.closeTo(3_597.22, 1e-9);
    expect(monthlyBenefit("utvecklingsersättning", 0, P2025).taxable).to.equal(false);
    expect(monthlyBenefit("ingen", 50_000, P2025)).to.deep.equal({ amount: 0, taxable: false });
  });

  it("a-kassa: 80 % of the prior income up to the ceiling, at least the basic amount", () => {
    expect(monthlyBenefit("a-kassa", 30_000, P2025).amount).to.be.closeTo(24_000, 1e-9);
    // ceiling 34 000: 0.8 × 34 000
    expect(monthlyBenefit("a-kassa", 50_000, P2025).amount).to.be.closeTo(27_200, 1e-9);
    // basic 510 × 21.67 = 11 051.7 > 0.8 × 10 000
    expect(monthlyBenefit("a-kassa", 10_000, P2025).amount).to.be.closeTo(11_051.7, 1e-9);
    expect(monthlyBenefit("a-kassa", 10_000, P2025).taxable).to.equal(true);
    // 2019 ceiling 24 650: 0.8 × 24 650 = 19 720
    expect(monthlyBenefit("a-kassa", 40_000, defaultParameters(2019)).amount).to.be.closeTo(19_720, 1e-9);
  });
});

describe("model: bostadsbidrag and försörjningsstöd", () => {
  it("reduces bostadsbidrag by 20 % of the annual income above the threshold, per month", () => {
    expect(housingBenefitAfterTaper(3_000, 135_000, P2025)).to.equal(3_000);
    // 3 000 − 0.20 × (165 000 − 135 000) / 12 = 3 000 − 500
    expect(housingBenefitAfterTaper(3_000, 165_000, P2025)).to.be.closeTo(2_500, 1e-9);
    expect(housingBenefitAfterTaper(3_000, 400_000, P2025)).to.equal(0);
  });

  it("tops the net income up to the riksnorm plus the housing cost", () => {
    // 5 180 + 6 700 − 8 000 = 3 880
    expect(socialAssistance(8_000, 6_700, P2025)).to.be.closeTo(3_880, 1e-9);
    expect(socialAssistance(20_000, 6_700, P2025)).to.equal(0);
    // 2026 norm 5 220 and a user-given housing cost of 4 000
    expect(socialAssistance(0, 4_000, defaultParameters(2026))).to.equal(9_220);
  });
});
