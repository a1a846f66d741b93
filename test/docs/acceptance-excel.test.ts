/**
 * docs/acceptance-excel.md: every number, text, sheet and table name the script tells a tester to expect is
 * generated from the code (acceptance-values.ts). The test fails when a block in the document differs;
 * `SYSS_UPDATE_DOCS=1` rewrites the blocks instead (then review the diff like any other change).
 */
import { expect } from "chai";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { effectsResult, generatedBlocks } from "./acceptance-values";
import { useCustomFunctionsShim } from "../support/custom-functions-shim";

const DOC = join(__dirname, "../../docs/acceptance-excel.md");
const BLOCK = /<!-- generated:([a-z-]+) -->\n([\s\S]*?)\n<!-- \/generated:\1 -->/g;

function blocksIn(text: string): Map<string, string> {
  return new Map([...text.matchAll(BLOCK)].map((match) => [match[1]!, match[2]!]));
}

describe("docs/acceptance-excel.md", function () {
  // The custom functions' error values need the runtime's CustomFunctions.Error; in a worker of its own
  // (npm test runs files in parallel) nothing else has installed the shim.
  useCustomFunctionsShim();
  let expected: Record<string, string>;
  before(async () => {
    expected = await generatedBlocks();
    if (process.env.SYSS_UPDATE_DOCS === "1") {
      const text = readFileSync(DOC, "utf8").replace(BLOCK, (whole, name: string) =>
        name in expected ? `<!-- generated:${name} -->\n${expected[name]}\n<!-- /generated:${name} -->` : whole,
      );
      writeFileSync(DOC, text);
    }
  });

  it("holds every generated block, each exactly as the code computes it today", () => {
    const found = blocksIn(readFileSync(DOC, "utf8"));
    expect([...found.keys()].sort()).to.deep.equal(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) {
      expect(found.get(name), `block ${name} differs: run SYSS_UPDATE_DOCS=1 npx tsx test/support/run-tests.ts ${"test/docs/acceptance-excel.test.ts"}`).to.equal(text);
    }
  });

  it("has a section per platform and per Excel language", () => {
    const headings = readFileSync(DOC, "utf8").split("\n").filter((line) => line.startsWith("## "));
    for (const heading of ["Windows", "Mac", "Excel on the web", "Swedish Excel", "English Excel"]) {
      expect(headings.some((line) => line.includes(heading)), heading).to.equal(true);
    }
  });

  it("the SYSS.EFFECTS figures do not depend on the calculated columns Excel fills in", () => {
    expect(effectsResult(3, (column) => column * 7 + 1)).to.deep.equal(effectsResult(3));
  });
});
