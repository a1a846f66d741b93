import { expect } from "chai";
import { findEmailAddresses } from "../../../../src/domain/validation/pii";

const matches = (text: string): string[] => findEmailAddresses(text).map((finding) => finding.match);

describe("e-mail address detection", () => {
  it("finds ordinary addresses with their position", () => {
    expect(findEmailAddresses("Mejla anna.andersson@exempel.se idag")).to.deep.equal([
      { type: "email", match: "anna.andersson@exempel.se", index: 6 },
    ]);
  });

  it("accepts the usual local-part characters, subdomains and non-ASCII letters", () => {
    for (const address of [
      "a_b+uppfoljning@gmail.com",
      "Erik.Lind-Berg@Kommun.Stockholm.se",
      "kontakt01@bygg123.nu",
      "åsa.öberg@företag.se",
      "o'brien@example.ie",
    ]) {
      expect(matches(address), address).to.deep.equal([address]);
    }
  });

  it("leaves out surrounding punctuation", () => {
    expect(matches("Skriv till <erik@exempel.se>.")).to.deep.equal(["erik@exempel.se"]);
    expect(matches("mailto:erik@exempel.se")).to.deep.equal(["erik@exempel.se"]);
    expect(matches("(erik@exempel.se), maria@exempel.se; per@exempel.se.")).to.deep.equal([
      "erik@exempel.se",
      "maria@exempel.se",
      "per@exempel.se",
    ]);
  });

  it("ignores text that only has an @ or a domain", () => {
    for (const text of [
      "@anna",
      "anna@",
      "a@b",
      "user@localhost",
      "5 st @ 20 kr",
      "anna(at)exempel.se",
      "anna@exempel",
      "anna @ exempel.se",
      "x@.se",
      "anna@-exempel.se",
      "anna@exempel.s",
      "anna@exempel.se2",
      "anna..b@exempel.se",
      "info@192.168.0.1",
      "www.exempel.se",
    ]) {
      expect(matches(text), text).to.deep.equal([]);
    }
  });
});
