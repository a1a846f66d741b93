import { expect } from "chai";
import { BLANK, INVALID, foldText, parseBoolean, parseDateSerial, parseNumber, parseShare } from "../../../src/domain/model/values";

describe("model: raw value parsing", () => {
  it("reads numbers from numbers and Swedish or English number text", () => {
    expect(parseNumber(20_500)).to.equal(20_500);
    expect(parseNumber("20 500")).to.equal(20_500);
    expect(parseNumber("20\u00a0500 kr")).to.equal(20_500);
    expect(parseNumber("0,75")).to.equal(0.75);
    expect(parseNumber("-3.5")).to.equal(-3.5);
  });

  it("treats empty cells as blank and everything else non-numeric as invalid", () => {
    for (const blank of [undefined, null, "", "   "]) expect(parseNumber(blank)).to.equal(BLANK);
    for (const bad of ["abc", "1,2,3", "12 %", true, {}, [], Number.NaN, Number.POSITIVE_INFINITY, "Infinity", "1.2.3"]) {
      expect(parseNumber(bad), String(bad)).to.equal(INVALID);
    }
  });

  it("reads shares as fractions, as percentages in (1, 100], or with a % sign", () => {
    expect(parseShare(0.75)).to.equal(0.75);
    expect(parseShare(1)).to.equal(1);
    expect(parseShare(75)).to.equal(0.75);
    expect(parseShare(100)).to.equal(1);
    expect(parseShare("75 %")).to.equal(0.75);
    expect(parseShare("0,5")).to.equal(0.5);
    expect(parseShare("1 %")).to.equal(0.01);
    expect(parseShare(150)).to.equal(INVALID);
    expect(parseShare("")).to.equal(BLANK);
  });

  it("reads the production factor up to 1.5 as a factor and (1.5, 150] as a percentage", () => {
    expect(parseShare(1.2, 1.5)).to.equal(1.2);
    expect(parseShare(80, 1.5)).to.equal(0.8);
    expect(parseShare(150, 1.5)).to.equal(1.5);
    expect(parseShare(151, 1.5)).to.equal(INVALID);
  });

  it("reads booleans in all the accepted spellings", () => {
    for (const yes of [true, "TRUE", "true", 1, "1", "ja", "Ja", "yes", "j", "SANT"]) expect(parseBoolean(yes), String(yes)).to.equal(true);
    for (const no of [false, "FALSE", 0, "0", "nej", "no", "n", "FALSKT"]) expect(parseBoolean(no), String(no)).to.equal(false);
    for (const bad of ["kanske", 2, {}, "jaa"]) expect(parseBoolean(bad), String(bad)).to.equal(INVALID);
    expect(parseBoolean(null)).to.equal(BLANK);
  });

  it("reads dates as Excel serial days from serials, ISO text and Date objects", () => {
    // 2025-01-01 is Excel serial 45658
    expect(parseDateSerial(45_658)).to.equal(45_658);
    expect(parseDateSerial(45_658.75)).to.equal(45_658);
    expect(parseDateSerial("2025-01-01")).to.equal(45_658);
    expect(parseDateSerial(new Date(Date.UTC(2025, 0, 1)))).to.equal(45_658);
    expect(parseDateSerial("45658")).to.equal(45_658);
    expect(parseDateSerial("2025-02-30")).to.equal(INVALID);
    expect(parseDateSerial("1 januari")).to.equal(INVALID);
    expect(parseDateSerial(-4)).to.equal(INVALID);
    expect(parseDateSerial(new Date(Number.NaN))).to.equal(INVALID);
  });

  it("folds text to lower case without diacritics, spaces, hyphens or underscores", () => {
    expect(foldText("Lärlings-anställning")).to.equal("larlingsanstallning");
    expect(foldText(" A_kassa ")).to.equal("akassa");
  });
});
