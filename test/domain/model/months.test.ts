import { expect } from "chai";
import fc from "fast-check";
import { calendarMonths, datedifMonths, edate } from "../../../src/domain/model";

/** The Excel serial of an ISO date, computed here from Date.UTC (serial 25569 = 1970-01-01). */
function serial(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Date.UTC(year!, month! - 1, day!) / 86_400_000 + 25_569;
}

const months = (start: string, endInclusive: string): number => calendarMonths(serial(start), serial(endInclusive));

describe("model: calendar months (the team-wide month rule)", () => {
  describe("calendarMonths", () => {
    it("counts a calendar year as exactly 12 months, leap year or not", () => {
      expect(months("2025-01-01", "2025-12-31")).to.equal(12);
      expect(months("2024-01-01", "2024-12-31")).to.equal(12);
      expect(months("2025-07-01", "2026-06-30")).to.equal(12);
    });

    it("counts half a year as exactly 6 months and whole months between equal days as whole", () => {
      expect(months("2025-01-01", "2025-06-30")).to.equal(6);
      expect(months("2024-01-01", "2024-06-30")).to.equal(6);
      expect(months("2025-01-15", "2025-03-14")).to.equal(2);
      expect(months("2025-03-01", "2025-08-31")).to.equal(6);
    });

    it("counts part of a month as its elapsed share of that month's length", () => {
      expect(months("2025-01-01", "2025-01-15")).to.equal(15 / 31);
      expect(months("2025-02-01", "2025-02-14")).to.equal(14 / 28);
      expect(months("2024-02-01", "2024-02-14")).to.equal(14 / 29);
      // two whole months, then 10 days of the month that starts on 2025-03-15 (31 days to 2025-04-15)
      expect(months("2025-01-15", "2025-03-24")).to.be.closeTo(2 + 10 / 31, 1e-12);
    });

    it("counts a one-day placement as one day of its month", () => {
      expect(months("2025-01-10", "2025-01-10")).to.equal(1 / 31);
      expect(months("2025-02-10", "2025-02-10")).to.equal(1 / 28);
      expect(months("2024-02-29", "2024-02-29")).to.equal(1 / 29);
      expect(months("2025-04-30", "2025-04-30")).to.equal(1 / 30);
    });

    it("handles starts at a month's end as EDATE and DATEDIF do (Jan 31 + 1 month = Feb 28)", () => {
      // DATEDIF(Jan 31, Feb 28) is 0 and EDATE(Jan 31, 1) is Feb 28: Jan 31..Feb 27 is one month.
      expect(months("2025-01-31", "2025-02-27")).to.equal(1);
      expect(months("2025-01-31", "2025-02-26")).to.equal(27 / 28);
      // the next day starts the month Feb 28..Mar 30 (31 days)
      expect(months("2025-01-31", "2025-02-28")).to.equal(1 + 1 / 31);
      expect(months("2025-01-31", "2025-03-30")).to.equal(2);
      // leap year: EDATE(2024-01-31, 1) is Feb 29
      expect(months("2024-01-31", "2024-02-28")).to.equal(1);
      expect(months("2024-01-31", "2024-02-29")).to.equal(1 + 1 / 31);
    });

    it("handles starts on Feb 28 and Feb 29", () => {
      expect(months("2025-02-28", "2025-03-27")).to.equal(1);
      expect(months("2025-02-28", "2025-03-30")).to.equal(1 + 3 / 31);
      expect(months("2024-02-29", "2024-03-28")).to.equal(1);
      // EDATE(2024-02-29, 12) is 2025-02-28, so the first year ends on 2025-02-27
      expect(months("2024-02-29", "2025-02-27")).to.equal(12);
      expect(months("2024-02-29", "2025-02-28")).to.equal(12 + 1 / 29);
      expect(months("2024-02-29", "2028-02-28")).to.equal(48);
    });

    it("gives 0 when the end is before the start (an ongoing placement measured before it starts)", () => {
      expect(months("2025-03-10", "2025-03-09")).to.equal(0);
      expect(months("2025-03-10", "2024-12-31")).to.equal(0);
    });

    it("counts whole days: a time of day in a serial does not change the result", () => {
      expect(calendarMonths(serial("2025-01-01") + 0.75, serial("2025-12-31") + 0.5)).to.equal(12);
    });
  });

  describe("datedifMonths (DATEDIF \"m\")", () => {
    it("counts complete months, one less when the end's day of month is before the start's", () => {
      expect(datedifMonths(serial("2025-01-15"), serial("2025-03-15"))).to.equal(2);
      expect(datedifMonths(serial("2025-01-15"), serial("2025-03-14"))).to.equal(1);
      expect(datedifMonths(serial("2025-01-31"), serial("2025-02-28"))).to.equal(0);
      expect(datedifMonths(serial("2025-01-31"), serial("2025-03-01"))).to.equal(1);
      expect(datedifMonths(serial("2025-01-31"), serial("2025-03-31"))).to.equal(2);
      expect(datedifMonths(serial("2024-12-20"), serial("2026-01-19"))).to.equal(12);
      expect(datedifMonths(serial("2025-05-05"), serial("2025-05-05"))).to.equal(0);
    });

    it("rejects an end before the start, as Excel's #NUM! does", () => {
      expect(() => datedifMonths(serial("2025-05-05"), serial("2025-05-04"))).to.throw(RangeError);
    });
  });

  describe("edate (EDATE)", () => {
    it("moves to the same day of another month, clamped to that month's last day", () => {
      expect(edate(serial("2025-01-31"), 1)).to.equal(serial("2025-02-28"));
      expect(edate(serial("2024-01-31"), 1)).to.equal(serial("2024-02-29"));
      expect(edate(serial("2025-03-31"), -1)).to.equal(serial("2025-02-28"));
      expect(edate(serial("2025-12-15"), 1)).to.equal(serial("2026-01-15"));
      expect(edate(serial("2025-01-15"), -13)).to.equal(serial("2023-12-15"));
      expect(edate(serial("2025-05-31"), 0)).to.equal(serial("2025-05-31"));
      expect(edate(serial("1900-03-01"), 1)).to.equal(serial("1900-04-01"));
    });
  });

  describe("properties", () => {
    it("edate agrees with Date.UTC's calendar over Excel's dates, century years included (2000 leap, 2100 not)", () => {
      fc.assert(
        fc.property(fc.integer({ min: serial("1910-03-01"), max: serial("9989-12-31") }), fc.integer({ min: -120, max: 120 }), (start, months) => {
          const date = new Date((start - 25_569) * 86_400_000);
          const [year, monthIndex, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
          const lastDay = new Date(Date.UTC(year, monthIndex + months + 1, 0)).getUTCDate();
          const expected = Date.UTC(year, monthIndex + months, Math.min(day, lastDay)) / 86_400_000 + 25_569;
          expect(edate(start, months)).to.equal(expected);
        }),
        { numRuns: 5_000 },
      );
      expect(edate(serial("2100-01-31"), 1)).to.equal(serial("2100-02-28"));
      expect(edate(serial("1900-03-31"), -1)).to.equal(serial("1900-02-28"));
      expect(edate(serial("9999-11-30"), 1)).to.equal(serial("9999-12-30"));
      expect(edate(serial("2000-01-31"), 1)).to.equal(serial("2000-02-29"));
    });

    // Serials from 2000-01-01 to 2049-12-31.
    const anyDay = fc.integer({ min: serial("2000-01-01"), max: serial("2049-12-31") });

    it("never decreases as the end date moves later, and each day adds 1/31 to 1/28 of a month", () => {
      fc.assert(
        fc.property(anyDay, fc.integer({ min: -5, max: 3_000 }), (start, length) => {
          const end = start + length;
          const before = calendarMonths(start, end);
          const after = calendarMonths(start, end + 1);
          expect(after).to.be.at.least(before);
          if (end + 1 >= start) {
            expect(after - before).to.be.within(1 / 31 - 1e-9, 1 / 28 + 1e-9);
          }
        }),
        { numRuns: 2_000 },
      );
    });

    it("gives exactly 12 × years for whole-year placements (start to the day before the same date n years later)", () => {
      const anyDate = fc.record({
        year: fc.integer({ min: 2000, max: 2040 }),
        monthIndex: fc.integer({ min: 0, max: 11 }),
        day: fc.integer({ min: 1, max: 28 }),
      });
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 9 }), ({ year, monthIndex, day }, years) => {
          const start = Date.UTC(year, monthIndex, day) / 86_400_000 + 25_569;
          const endInclusive = Date.UTC(year + years, monthIndex, day) / 86_400_000 + 25_569 - 1;
          expect(calendarMonths(start, endInclusive)).to.equal(12 * years);
        }),
      );
    });

    it("gives exactly n for n whole months from any start, month ends included (end = EDATE(start, n) − 1)", () => {
      fc.assert(
        fc.property(anyDay, fc.integer({ min: 1, max: 120 }), (start, n) => {
          expect(calendarMonths(start, edate(start, n) - 1)).to.equal(n);
        }),
      );
    });
  });
});
