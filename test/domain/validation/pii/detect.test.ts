import { expect } from "chai";
import { detectPersonalData, luhnCheckDigit } from "../../../../src/domain/validation/pii";

const referenceDate = { year: 2026, month: 6, day: 15 };

describe("detectPersonalData", () => {
  it("finds all four kinds in one text, ordered by position", () => {
    const text = "Anna 811218-9876, anna@exempel.se, 070-123 45 67, samordningsnr 701063-2391";
    expect(detectPersonalData(text, { referenceDate })).to.deep.equal([
      { type: "personnummer", match: "811218-9876", index: 5 },
      { type: "email", match: "anna@exempel.se", index: 18 },
      { type: "phone", match: "070-123 45 67", index: 35 },
      { type: "samordningsnummer", match: "701063-2391", index: 64 },
    ]);
  });

  it("reports a number that is both a valid personnummer and phone-shaped as personnummer only", () => {
    // 070123 is 23 January 2007; with the right check digit the 10 digits are also a mobile number.
    const both = `070123456${luhnCheckDigit("070123456")}`;
    expect(detectPersonalData(`Tel ${both}`, { referenceDate })).to.deep.equal([{ type: "personnummer", match: both, index: 4 }]);
    const wrongCheck = `070123456${(luhnCheckDigit("070123456") + 1) % 10}`;
    expect(detectPersonalData(`Tel ${wrongCheck}`, { referenceDate })).to.deep.equal([{ type: "phone", match: wrongCheck, index: 4 }]);
  });

  it("keeps a phone number inside an e-mail address as part of the address, but reports an identity number there too", () => {
    expect(detectPersonalData("0701234567@sms.exempel.se", { referenceDate }).map((f) => f.type)).to.deep.equal(["email"]);
    expect(detectPersonalData("8112189876@exempel.se", { referenceDate }).map((f) => f.type)).to.deep.equal(["personnummer", "email"]);
  });

  it("returns nothing for text without personal data", () => {
    expect(detectPersonalData("", { referenceDate })).to.deep.equal([]);
    expect(detectPersonalData("P-001 Anställning 2024-03-01 75 % 28 500 kr Org.nr 556036-0793", { referenceDate })).to.deep.equal([]);
  });

  it("uses today as the reference date when none is given", () => {
    expect(detectPersonalData("811218-9876")).to.have.length(1);
  });
});
