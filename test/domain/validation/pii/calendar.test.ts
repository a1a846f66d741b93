import { expect } from "chai";
import { compareDates, daysInMonth, isLeapYear, isRealDate } from "../../../../src/domain/validation/pii";

describe("calendar rules for birth dates", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400, 1984].map(isLeapYear)).to.deep.equal([false, true, false, true, false, true, true]);
  });

  it("gives the length of every month, February by leap year", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it("accepts real days and rejects impossible ones", () => {
    expect(isRealDate({ year: 2000, month: 2, day: 29 })).to.equal(true);
    expect(isRealDate({ year: 1900, month: 2, day: 29 })).to.equal(false);
    expect(isRealDate({ year: 2023, month: 2, day: 29 })).to.equal(false);
    expect(isRealDate({ year: 2023, month: 4, day: 30 })).to.equal(true);
    expect(isRealDate({ year: 2023, month: 4, day: 31 })).to.equal(false);
    expect(isRealDate({ year: 2023, month: 12, day: 31 })).to.equal(true);
    expect(isRealDate({ year: 2023, month: 0, day: 1 })).to.equal(false);
    expect(isRealDate({ year: 2023, month: 13, day: 1 })).to.equal(false);
    expect(isRealDate({ year: 2023, month: 1, day: 0 })).to.equal(false);
    expect(isRealDate({ year: 2023, month: 1.5, day: 1 })).to.equal(false);
  });

  it("orders dates by year, then month, then day", () => {
    expect(compareDates({ year: 2024, month: 1, day: 31 }, { year: 2024, month: 2, day: 1 })).to.be.lessThan(0);
    expect(compareDates({ year: 2025, month: 1, day: 1 }, { year: 2024, month: 12, day: 31 })).to.be.greaterThan(0);
    expect(compareDates({ year: 2024, month: 5, day: 5 }, { year: 2024, month: 5, day: 5 })).to.equal(0);
  });
});
