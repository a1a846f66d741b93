import { expect } from "chai";
import { findSwedishPhoneNumbers } from "../../../../src/domain/validation/pii";

const matches = (text: string): string[] => findSwedishPhoneNumbers(text).map((finding) => finding.match);

describe("Swedish phone number detection", () => {
  it("finds mobile numbers in the common groupings", () => {
    for (const number of [
      "070-123 45 67",
      "072 123 45 67",
      "0731234567",
      "076-1234567",
      "079-123 4567",
      "070 - 123 45 67",
      "070-12 34 567",
      "070-123-45-67",
      "(070) 123 45 67",
    ]) {
      expect(matches(number), number).to.deep.equal([number]);
    }
  });

  it("finds landline numbers: Stockholm, two- and three-digit area codes", () => {
    for (const number of ["08-123 456 78", "08-123 45 67", "08 1234 5678", "031-12 34 56", "031-123 45 67", "0470-123 45", "0470-12 34 56", "(031) 12 34 56", "0311234567", "046123456"]) {
      expect(matches(number), number).to.deep.equal([number]);
    }
  });

  it("finds +46 and 0046 forms, with or without the trunk 0 dropped", () => {
    for (const number of [
      "+46 70 123 45 67",
      "+46701234567",
      "+46 (0)70-123 45 67",
      "+46(0)8 123 456 78",
      "+46-8-123 456 78",
      "+46 070 123 45 67",
      "+46 8 123 45 67",
      "0046 70 123 45 67",
      "+46\u00A031\u00A012\u00A034\u00A056",
    ]) {
      expect(matches(number), number).to.deep.equal([number]);
    }
  });

  it("reports the position and leaves sentence brackets out", () => {
    expect(findSwedishPhoneNumbers("Erik (070-123 45 67)")).to.deep.equal([{ type: "phone", match: "070-123 45 67", index: 6 }]);
    expect(findSwedishPhoneNumbers("Erik (0701234567)")).to.deep.equal([{ type: "phone", match: "0701234567", index: 6 }]);
    expect(matches("Ring 070-123 45 67, 08-123 456 78 eller +46 31 12 34 56.")).to.deep.equal(["070-123 45 67", "08-123 456 78", "+46 31 12 34 56"]);
  });

  it("rejects numbers outside the Swedish numbering plan", () => {
    for (const text of [
      "071-123 45 67", // 071 is machine-to-machine, not a person's mobile
      "070-123 45 6", // mobile one digit short
      "070-123 45 678", // one digit too many
      "08-12 34 56", // Stockholm subscriber numbers are 7–8 digits
      "031-012 34 56", // subscriber numbers never start with 0
      "00-123 45 67",
      "0-306-40615-2", // an ISBN-10
      "01-02-2024",
      "08-12-2024",
      "0123 45", // too short
      "01234567", // too short as one block
      "+46 (0)070 123 45 67",
      "0470-1234567", // three-digit area codes have 5–6 digit subscribers
    ]) {
      expect(matches(text), text).to.deep.equal([]);
    }
  });

  it("rejects foreign numbers", () => {
    for (const text of [
      "+47 912 34 567",
      "+45 12 34 56 78",
      "+358 40 123 4567",
      "+1 (555) 123-4567",
      "(555) 123-4567",
      "555-1234",
      "1-800-555-0199",
      "+44 20 7946 0958",
      "020 7946 0958",
      "+49 30 12345678",
      "030 12345678",
      "0171 1234567",
      "06 12 34 56 78",
      "0047 912 34 567",
    ]) {
      expect(matches(text), text).to.deep.equal([]);
    }
  });

  it("takes only whole digit runs: no phone-shaped piece of an IBAN, a date run or a decimal", () => {
    for (const text of [
      "SE45 5000 0000 0583 9825 7466",
      "0000 0583 9825",
      "2024-01-31 0701234567",
      "45322.0701234567",
      "2024/0701234567",
      "070-123 45 67 12",
      "0701234567890",
      "Tel070-1234567",
    ]) {
      expect(matches(text), text).to.deep.equal([]);
    }
  });

  it("splits a run of several numbers separated by spaces only when every piece is a number", () => {
    expect(findSwedishPhoneNumbers("070-123 45 67 08-123 456 78")).to.deep.equal([
      { type: "phone", match: "070-123 45 67", index: 0 },
      { type: "phone", match: "08-123 456 78", index: 14 },
    ]);
    expect(matches("Tel 0701234567 0311234567")).to.deep.equal(["0701234567", "0311234567"]);
    expect(matches("+46 70 123 45 67 031-12 34 56")).to.deep.equal(["+46 70 123 45 67", "031-12 34 56"]);
    // A piece that is no number spoils the run: no cutting out the phone-shaped part.
    expect(matches("070-123 45 67 12 34")).to.deep.equal([]);
    expect(matches("0000 0583 9825 7466")).to.deep.equal([]);
  });

  it("ignores digits labelled as another kind of number", () => {
    for (const text of ["ISBN-10: 0494348275", "ISBN 0494348275", "OCR 0701234567", "Kundnr: 0311234567", "BG 0470-123 45"]) {
      expect(matches(text), text).to.deep.equal([]);
    }
    expect(matches("Tel: 0311234567")).to.deep.equal(["0311234567"]);
  });
});
