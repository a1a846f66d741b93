import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_FINDING_CODES, FINDING_CODES } from "../../../src/domain/validation";

describe("docs/validation.md", () => {
  const doc = readFileSync(join(__dirname, "../../../docs/validation.md"), "utf8");

  it("documents every finding code in a table row with its severity", () => {
    for (const code of ALL_FINDING_CODES) {
      const row = doc.split("\n").find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).to.not.equal(undefined);
      expect(row!.split("|")[2]!.trim(), code).to.equal(FINDING_CODES[code]);
    }
  });

  it("documents no code the validation does not have", () => {
    const documented = [...doc.matchAll(/^\| `([A-Z_0-9]+)` \|/gm)].map((match) => match[1]);
    expect(documented.filter((code) => !(ALL_FINDING_CODES as string[]).includes(code!))).to.deep.equal([]);
  });
});
