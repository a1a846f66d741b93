/** docs/functions.md: every declared function is documented, with examples in Swedish Excel syntax. */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const doc = readFileSync(join(__dirname, "../../docs/functions.md"), "utf8");
const golden = JSON.parse(readFileSync(join(__dirname, "functions.golden.json"), "utf8")) as { functions: { id: string }[] };

describe("docs/functions.md", () => {
  it("documents every custom function except VERSION with a heading", () => {
    for (const { id } of golden.functions.filter((fn) => fn.id !== "VERSION")) expect(doc, id).to.contain(`## SYSS.${id}`);
  });

  it("writes example formulas with semicolons as argument separators, as Swedish Excel shows them", () => {
    const formulas = doc.split("\n").map((line) => line.trim()).filter((line) => line.startsWith("=SYSS."));
    expect(formulas.length).to.be.greaterThan(8);
    for (const formula of formulas) expect(formula, formula).not.to.contain(",");
    expect(formulas.some((formula) => formula.includes(";"))).to.equal(true);
  });

  it("has an English summary", () => {
    expect(doc).to.contain("## English summary");
  });
});
