import { expect } from "chai";
import fc from "fast-check";
import { addDays, isIsoDate } from "../../../src/domain/common/dates";
import { addMonths } from "../../../src/domain/followup/dates";
import { REPORTING_INTERVALS } from "../../../src/domain/followup/lists";
import { INTERVAL_MONTHS, endOfNextMonth, reportRows } from "../../../src/domain/followup/reports";

describe("followup/reports: pre-filled Rapporter rows", () => {
  it("quarterly over a calendar year gives four quarters", () => {
    const rows = reportRows("2026-01-01", "2026-12-31", "kvartal");
    expect(rows.map((row) => [row.periodFrom, row.periodTo, row.dueDate])).to.deep.equal([
      ["2026-01-01", "2026-03-31", "2026-04-30"],
      ["2026-04-01", "2026-06-30", "2026-07-31"],
      ["2026-07-01", "2026-09-30", "2026-10-31"],
      ["2026-10-01", "2026-12-31", "2027-01-31"],
    ]);
    expect(rows.every((row) => row.status === "Ej inkommen")).to.equal(true);
  });

  it("monthly from the 31st steps like EDATE without drifting", () => {
    const rows = reportRows("2026-01-31", "2026-05-30", "månad");
    expect(rows.map((row) => [row.periodFrom, row.periodTo])).to.deep.equal([
      ["2026-01-31", "2026-02-27"],
      ["2026-02-28", "2026-03-30"],
      ["2026-03-31", "2026-04-29"],
      ["2026-04-30", "2026-05-30"],
    ]);
  });

  it("handles a leap day start and a due date in February", () => {
    // EDATE(2028-02-29, 12) = 2029-02-28, so a year from a leap day ends on 27 February.
    const rows = reportRows("2028-02-29", "2029-02-27", "halvår");
    expect(rows.map((row) => [row.periodFrom, row.periodTo])).to.deep.equal([
      ["2028-02-29", "2028-08-28"],
      ["2028-08-29", "2029-02-27"],
    ]);
    expect(endOfNextMonth("2028-01-31")).to.equal("2028-02-29");
    expect(endOfNextMonth("2027-01-15")).to.equal("2027-02-28");
    expect(endOfNextMonth("2026-12-31")).to.equal("2027-01-31");
  });

  it("cuts the last period at the contract end", () => {
    const rows = reportRows("2026-03-15", "2027-05-10", "år");
    expect(rows.map((row) => [row.periodFrom, row.periodTo])).to.deep.equal([
      ["2026-03-15", "2027-03-14"],
      ["2027-03-15", "2027-05-10"],
    ]);
  });

  it("a one-day contract has one period; bad input has none", () => {
    expect(reportRows("2026-05-05", "2026-05-05", "månad")).to.have.length(1);
    expect(reportRows("2026-05-05", "2026-05-04", "månad")).to.deep.equal([]);
    expect(reportRows("2026-02-30", "2026-05-04", "månad")).to.deep.equal([]);
  });

  it("periods always tile [start, end] exactly, for every interval (property)", () => {
    const isoDate = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 2000 }), fc.constantFrom(...REPORTING_INTERVALS), (start, length, interval) => {
        const end = addDays(start, length);
        const rows = reportRows(start, end, interval);
        expect(rows.length).to.be.greaterThan(0);
        expect(rows[0].periodFrom).to.equal(start);
        expect(rows[rows.length - 1].periodTo).to.equal(end);
        rows.forEach((row, k) => {
          expect(isIsoDate(row.periodFrom) && isIsoDate(row.periodTo) && isIsoDate(row.dueDate)).to.equal(true);
          expect(row.periodFrom <= row.periodTo).to.equal(true);
          expect(row.dueDate > row.periodTo).to.equal(true);
          expect(row.periodFrom).to.equal(addMonths(start, k * INTERVAL_MONTHS[interval]));
          if (k > 0) expect(row.periodFrom).to.equal(addDays(rows[k - 1].periodTo, 1));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("followup/dates", () => {
  it("addMonths clamps like EDATE", () => {
    expect(addMonths("2026-01-31", 1)).to.equal("2026-02-28");
    expect(addMonths("2028-01-31", 1)).to.equal("2028-02-29");
    expect(addMonths("2026-08-31", 6)).to.equal("2027-02-28");
    expect(addMonths("2026-03-31", -1)).to.equal("2026-02-28");
    expect(addMonths("2026-07-15", 6)).to.equal("2027-01-15");
  });

  it("isIsoDate accepts only real calendar dates", () => {
    expect(isIsoDate("2028-02-29")).to.equal(true);
    expect(isIsoDate("2026-02-29")).to.equal(false);
    expect(isIsoDate("2026-13-01")).to.equal(false);
    expect(isIsoDate("2026-1-01")).to.equal(false);
  });
});
