/** The one placeholder filler (issue 10): plain, quoted (user text cut to an excerpt) and bilingual. */
import { expect } from "chai";
import { MAX_QUOTED_LENGTH, excerpt, fill, fillQuoted, fillText, placeholders } from "../../../src/domain/common/text";

describe("domain/common/text", () => {
  it("fill: numbers and texts inserted as they are; an unknown placeholder stays visible", () => {
    expect(fill("{n} rader i {table}; {okänd}", { n: 3, table: "Placeringar" })).to.equal("3 rader i Placeringar; {okänd}");
    expect(fill("{a}{a}", { a: "{a}" })).to.equal("{a}{a}");
    expect(fill("{word}", { word: { sv: "rad", en: "row" } }, { lang: "en" })).to.equal("row");
    expect(fill("{word}", { word: { sv: "rad", en: "row" } })).to.equal("rad");
  });

  it("fillQuoted and fillText cut each value to an excerpt; fill does not", () => {
    const long = "x".repeat(500);
    expect(fillQuoted("«{v}»", { v: long })).to.equal(`«${excerpt(long, 2 * MAX_QUOTED_LENGTH)}»`);
    expect(fillQuoted("«{v}»", { v: long }).length).to.equal(2 * MAX_QUOTED_LENGTH + 2);
    expect(fill("{v}", { v: long })).to.equal(long);
    expect(fillText({ sv: "{n} {word}", en: "{n} {word}" }, { n: "2", word: { sv: "rader", en: "rows" } })).to.deep.equal({ sv: "2 rader", en: "2 rows" });
  });

  it("placeholders lists the names in order", () => {
    expect(placeholders("Avtal {a}, {b} och {a}")).to.deep.equal(["a", "b", "a"]);
    expect(placeholders("inga")).to.deep.equal([]);
  });
});
