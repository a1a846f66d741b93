/**
 * Issue 20: the ordinances behind the subsidies and the etableringsersättning. The SFS numbers were once
 * swapped, so both the parameter sources and docs/method.md must name the right ordinance per subsidy —
 * and the same one.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PARAMETER_DEFINITIONS } from "../../../src/domain/model";

const doc = readFileSync(join(__dirname, "../../../docs/method.md"), "utf8");

/** Which ordinance each group of parameters rests on (SFS numbers checked against the published ordinances). */
const ORDINANCES = [
  { prefix: "subsidy.nsj.", sfs: "2018:43", name: "om stöd för nystartsjobb", other: "2018:42" },
  { prefix: "subsidy.intro.", sfs: "2018:42", name: "om särskilt anställningsstöd", other: "2018:43" },
  { prefix: "benefit.etablering.", sfs: "2017:819", name: "om ersättning till deltagare i arbetsmarknadspolitiska insatser", other: "2017:820" },
] as const;

/** The parameter table row of one key in docs/method.md. */
function docRow(key: string): string {
  const row = doc.split("\n").find((line) => line.startsWith(`| \`${key}\` |`));
  if (row === undefined) throw new Error(`docs/method.md has no row for ${key}`);
  return row;
}

describe("legal references: parameter sources and docs/method.md", () => {
  for (const { prefix, sfs, name, other } of ORDINANCES) {
    const definitions = PARAMETER_DEFINITIONS.filter((definition) => definition.key.startsWith(prefix));

    it(`${prefix}* rests on förordning (${sfs}) ${name}, in the data and in the docs`, () => {
      expect(definitions).to.not.be.empty;
      for (const definition of definitions) {
        expect(definition.source, definition.key).to.contain(`(${sfs}) ${name}`);
        expect(definition.source, definition.key).to.not.contain(other);
        const row = docRow(definition.key);
        expect(row, definition.key).to.contain(`(${sfs}) ${name}`);
        expect(row, definition.key).to.not.contain(other);
      }
    });
  }

  it("etableringsersättning cites the paragraph (2 kap. 13 §)", () => {
    const source = PARAMETER_DEFINITIONS.find((definition) => definition.key === "benefit.etablering.daily")!.source;
    expect(source).to.contain("2 kap. 13 §");
  });

  it("the prose of docs/method.md never pairs a subsidy with the other ordinance", () => {
    expect(doc).to.not.match(/2018:42\)? om (stöd för )?nystartsjobb/);
    expect(doc).to.not.match(/2018:43\)? om (stöd för )?introduktionsjobb/);
    expect(doc).to.not.match(/2017:820\)? om etablering[^\n]*308/);
  });
});
