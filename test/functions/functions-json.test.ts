/**
 * Golden test of the functions.json that custom-functions-metadata-plugin generates from the JSDoc in
 * src/functions/functions.ts. Ids, parameter types, optional flags and result shapes are a public contract:
 * workbooks store them. When a change is intended, update functions.golden.json in the same commit.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import path from "node:path";
import { productionBuild, readDist, BUILD_TIMEOUT_MS } from "../support/build";

describe("dist/functions.json", () => {
  before(function () {
    this.timeout(BUILD_TIMEOUT_MS);
    productionBuild();
  });

  it("matches the golden file", () => {
    const generated: unknown = JSON.parse(readDist("functions.json"));
    const golden: unknown = JSON.parse(readFileSync(path.join(__dirname, "functions.golden.json"), "utf8"));
    expect(generated).to.deep.equal(golden);
  });

  it("the English functions.en-US.json matches its golden file", () => {
    const generated: unknown = JSON.parse(readDist("functions.en-US.json"));
    const golden: unknown = JSON.parse(readFileSync(path.join(__dirname, "functions.en-US.golden.json"), "utf8"));
    expect(generated).to.deep.equal(golden);
  });

  it("the languages differ only in help texts: ids, names, types and options are the same", () => {
    type Metadata = { functions: Array<{ description?: string; parameters?: Array<{ description?: string }> }> };
    const withoutTexts = (file: string) => {
      const metadata = JSON.parse(readDist(file)) as Metadata;
      return metadata.functions.map(({ description: _d, parameters, ...rest }) => ({ ...rest, parameters: parameters?.map(({ description: _p, ...parameter }) => parameter) }));
    };
    expect(withoutTexts("functions.en-US.json")).to.deep.equal(withoutTexts("functions.json"));
    const sv = readDist("functions.json");
    const en = readDist("functions.en-US.json");
    // Swedish Excel calls the header specifier #Rubriker; English Excel #Headers.
    expect(sv).to.contain("Placeringar[#Rubriker]").and.not.contain("#Headers");
    expect(en).to.contain("Placeringar[#Headers]").and.not.contain("#Rubriker");
    expect(en).to.not.match(/[åäö]t |Returnerar|Samhällsekonomisk/);
  });

  it("declares no volatile or streaming function (recalculation must stay cheap)", () => {
    const metadata = JSON.parse(readDist("functions.json")) as { functions: Array<{ id: string; options?: Record<string, unknown> }> };
    for (const fn of metadata.functions) {
      expect(fn.options?.volatile ?? false, fn.id).to.equal(false);
      expect(fn.options?.stream ?? false, fn.id).to.equal(false);
    }
  });

  it("has the functions.js bundle associate every declared id", () => {
    const metadata = JSON.parse(readDist("functions.json")) as { functions: Array<{ id: string }> };
    const bundle = readDist("functions.js");
    for (const fn of metadata.functions) expect(bundle, fn.id).to.contain(`CustomFunctions.associate("${fn.id}"`);
  });
});
