import { expect } from "chai";
import fc from "fast-check";
import {
  findIdentityNumbers,
  inferBirthYear,
  luhnCheckDigit,
  parseIdentityNumber,
} from "../../../../src/domain/validation/pii";

const reference = { year: 2026, month: 6, day: 15 };

/** YYMMDD + serial with the right check digit appended. */
function withCheckDigit(nineDigits: string): string {
  return nineDigits + String(luhnCheckDigit(nineDigits));
}

describe("personnummer and samordningsnummer", () => {
  describe("separator forms", () => {
    const cases: [string, number][] = [
      ["811218-9876", 1981],
      ["811218+9876", 1881],
      ["8112189876", 1981],
      ["19811218-9876", 1981],
      ["198112189876", 1981],
      ["811218\u20139876", 1981], // en dash, as word processors write it
    ];
    for (const [text, year] of cases) {
      it(`reads ${JSON.stringify(text)} as born ${year}`, () => {
        expect(parseIdentityNumber(text, reference)).to.deep.equal({
          type: "personnummer",
          birthDate: { year, month: 12, day: 18 },
        });
      });
    }

    it("rejects other separators and lengths", () => {
      for (const text of ["811218 9876", "811218/9876", "81121-89876", "81121898761", "1981121-89876"]) {
        expect(parseIdentityNumber(text, reference), text).to.equal(null);
      }
    });
  });

  describe("century inference for 10-digit forms", () => {
    it("picks the latest year not after the reference day for '-' and for no separator", () => {
      expect(inferBirthYear(26, 6, 15, "-", reference)).to.equal(2026); // born on the reference day
      expect(inferBirthYear(26, 6, 16, "-", reference)).to.equal(1926); // tomorrow would be in the future
      expect(inferBirthYear(0, 1, 1, "", reference)).to.equal(2000);
      expect(inferBirthYear(99, 12, 31, "-", reference)).to.equal(1999);
      expect(inferBirthYear(27, 1, 1, "-", reference)).to.equal(1927);
    });

    it("goes one century further back for '+' (aged 100 or more)", () => {
      expect(inferBirthYear(26, 6, 15, "+", reference)).to.equal(1926);
      expect(inferBirthYear(20, 6, 12, "+", reference)).to.equal(1920);
      expect(inferBirthYear(99, 12, 31, "+", reference)).to.equal(1899);
    });

    it("uses the inferred century for 29 February", () => {
      const leapDay = withCheckDigit("000229000");
      expect(parseIdentityNumber(`${leapDay.slice(0, 6)}-${leapDay.slice(6)}`, reference)?.birthDate.year).to.equal(2000);
      // With "+" the year is 1900, which was not a leap year.
      expect(parseIdentityNumber(`${leapDay.slice(0, 6)}+${leapDay.slice(6)}`, reference)).to.equal(null);
    });

    it("follows the reference date across a new year", () => {
      const born = withCheckDigit("270101000");
      expect(parseIdentityNumber(born, { year: 2026, month: 12, day: 31 })?.birthDate.year).to.equal(1927);
      expect(parseIdentityNumber(born, { year: 2027, month: 1, day: 1 })?.birthDate.year).to.equal(2027);
    });
  });

  describe("date validity", () => {
    it("requires a real month and day", () => {
      for (const nine of ["811318987", "811200987", "811232987", "810230987", "810431987", "230229123"]) {
        expect(parseIdentityNumber(withCheckDigit(nine), reference), nine).to.equal(null);
      }
      expect(parseIdentityNumber(withCheckDigit("840229123"), reference)?.birthDate).to.deep.equal({ year: 1984, month: 2, day: 29 });
    });

    it("reads day + 60 as a samordningsnummer and checks the real day", () => {
      expect(parseIdentityNumber("701063-2391", reference)).to.deep.equal({
        type: "samordningsnummer",
        birthDate: { year: 1970, month: 10, day: 3 },
      });
      expect(parseIdentityNumber(withCheckDigit("850191000"), reference)?.type).to.equal("samordningsnummer"); // 31 + 60
      expect(parseIdentityNumber(withCheckDigit("850192000"), reference)).to.equal(null); // 32 + 60
      expect(parseIdentityNumber(withCheckDigit("850491000"), reference)).to.equal(null); // 31 April + 60
      expect(parseIdentityNumber(withCheckDigit("000289000"), reference)?.birthDate).to.deep.equal({ year: 2000, month: 2, day: 29 });
      expect(parseIdentityNumber(withCheckDigit("010289000"), reference)).to.equal(null); // 2001 is no leap year
      expect(parseIdentityNumber(withCheckDigit("850160000"), reference)).to.equal(null); // day field 60 = day 0
    });

    it("rejects 12-digit forms born in the future or before 1800", () => {
      const future = withCheckDigit("270101000");
      expect(parseIdentityNumber(`2027${future.slice(2)}`, reference)).to.equal(null);
      expect(parseIdentityNumber(`1927${future.slice(2)}`, reference)?.birthDate.year).to.equal(1927);
      const old = withCheckDigit("550101000");
      expect(parseIdentityNumber(`1655${old.slice(2)}`, reference)).to.equal(null);
      expect(parseIdentityNumber(`1855${old.slice(2)}`, reference)?.birthDate.year).to.equal(1855);
    });
  });

  describe("check digit", () => {
    it("requires the Luhn check digit over the 10-digit form, also in the 12-digit form", () => {
      expect(parseIdentityNumber("811218-9875", reference)).to.equal(null);
      expect(parseIdentityNumber("19811218-9875", reference)).to.equal(null);
      // The century digits do not take part: 20 instead of 19 changes nothing but the year.
      expect(parseIdentityNumber("20011218-9876", reference)).to.equal(null); // check digit belongs to 011218
      const born2001 = withCheckDigit("011218987");
      expect(parseIdentityNumber(`20${born2001}`, reference)?.birthDate.year).to.equal(2001);
    });
  });

  describe("any real birth date", () => {
    it("is found in every written form, with the right type and birth date", () => {
      const birthDates = fc
        .date({ min: new Date(Date.UTC(1927, 0, 1)), max: new Date(Date.UTC(2026, 5, 15)), noInvalidDate: true })
        .map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
      fc.assert(
        fc.property(birthDates, fc.stringMatching(/^\d{3}$/), fc.boolean(), (birthDate, serial, coordination) => {
          const dd = String(birthDate.day + (coordination ? 60 : 0)).padStart(2, "0");
          const short = `${String(birthDate.year % 100).padStart(2, "0")}${String(birthDate.month).padStart(2, "0")}${dd}`;
          const tail = serial + String(luhnCheckDigit(short + serial));
          const type = coordination ? "samordningsnummer" : "personnummer";
          for (const written of [`${short}-${tail}`, `${short}${tail}`, `${birthDate.year}${short.slice(2)}-${tail}`, `${birthDate.year}${short.slice(2)}${tail}`]) {
            expect(parseIdentityNumber(written, reference), written).to.deep.equal({ type, birthDate });
            expect(findIdentityNumbers(`Deltagare ${written}.`, reference), written).to.deep.equal([{ type, match: written, index: 10 }]);
          }
        }),
      );
    });
  });

  describe("organisation numbers", () => {
    it("never reads an organisation number (month field >= 20) as a person, although its check digit is valid", () => {
      for (const org of ["556036-0793", "5560360793", "202100-5489", "16556036-0793", "165560360793"]) {
        expect(findIdentityNumbers(org, reference), org).to.deep.equal([]);
      }
    });
  });

  describe("finding them in text", () => {
    it("reports type, match as written and index", () => {
      const text = "Deltagare 811218-9876 och 701063-2391.";
      expect(findIdentityNumbers(text, reference)).to.deep.equal([
        { type: "personnummer", match: "811218-9876", index: 10 },
        { type: "samordningsnummer", match: "701063-2391", index: 26 },
      ]);
    });

    it("ignores a 10- or 12-digit run inside a longer digit run", () => {
      for (const text of ["98112189876", "81121898761", "0198112189876", "1981121898761", "119811218-9876", "811218-98761"]) {
        expect(findIdentityNumbers(text, reference), text).to.deep.equal([]);
      }
    });

    it("ignores numbers joined to others by dash or slash, and decimals of a plain number", () => {
      for (const text of ["2024-8112189876", "811218-9876-1", "12/8112189876", "8112189876/2", "45322.8112189876", "0,8112189876"]) {
        expect(findIdentityNumbers(text, reference), text).to.deep.equal([]);
      }
    });

    it("still finds numbers after a case ID and comma, next to letters or inside punctuation", () => {
      for (const text of ["P-001,8112189876", "pnr8112189876", "(8112189876)", "8112189876;P-001", "8112189876,8112189876"]) {
        expect(findIdentityNumbers(text, reference).map((f) => f.match), text).to.include("8112189876");
      }
    });

    it("ignores dates, serials and amounts that only look like numbers", () => {
      for (const text of ["2024-01-31", "20240131", "31/1/2024", "2024-01-31T10:00", "45322.0104166667", "12 345,50 kr", "1 234 567", "1234567890"]) {
        expect(findIdentityNumbers(text, reference), text).to.deep.equal([]);
      }
    });
  });
});
