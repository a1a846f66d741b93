import { expect } from "chai";
import fc from "fast-check";
import { hasValidLuhnCheckDigit, luhnCheckDigit } from "../../../src/domain/common/luhn";

describe("Luhn check digit", () => {
  it("computes the check digit of known Swedish numbers", () => {
    expect(luhnCheckDigit("811218987")).to.equal(6); // 811218-9876, Skatteverket's example
    expect(luhnCheckDigit("121212121")).to.equal(2); // 121212-1212, a published test number
    expect(luhnCheckDigit("556036079")).to.equal(3); // 556036-0793, an organisation number
    expect(luhnCheckDigit("000000000")).to.equal(0);
  });

  it("accepts a number whose last digit is its check digit and rejects every other last digit", () => {
    expect(hasValidLuhnCheckDigit("8112189876")).to.equal(true);
    for (let wrong = 0; wrong <= 9; wrong++) {
      if (wrong !== 6) expect(hasValidLuhnCheckDigit(`811218987${wrong}`), `last digit ${wrong}`).to.equal(false);
    }
  });

  it("detects every single-digit typo, and a swap of adjacent digits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.nat(9), fc.integer({ min: 1, max: 9 }), (payload, position, delta) => {
        const valid = payload + String(luhnCheckDigit(payload));
        const digit = (Number(valid[position]) + delta) % 10;
        const typo = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        expect(hasValidLuhnCheckDigit(typo)).to.equal(false);
      }),
    );
    expect(hasValidLuhnCheckDigit("8121189876")).to.equal(false); // 1 and 2 swapped
  });

  it("rejects text that is not a digit string of at least two digits", () => {
    expect(hasValidLuhnCheckDigit("")).to.equal(false);
    expect(hasValidLuhnCheckDigit("0")).to.equal(false);
    expect(hasValidLuhnCheckDigit("811218-9876")).to.equal(false);
    expect(() => luhnCheckDigit("12a")).to.throw(RangeError);
  });
});
