/**
 * ExcelJS's browser build (dist/exceljs.min.js, which webpack takes for the task pane's lazily loaded
 * xlsx-writer chunk) carries a copy of elliptic 6.5.4 inside crypto-browserify. crypto-browserify requires it
 * when ExcelJS loads (so elliptic's modules are evaluated: constants and prototypes are defined), but ExcelJS
 * itself only hashes sheet-protection passwords (createHash) and makes salts (randomBytes). The code the
 * elliptic advisories concern (ECDSA/EdDSA sign and verify, key import and generation, ECDH derive) sits
 * behind createSign/createVerify/createECDH, which nothing calls. This proves it on the shipped chunk: V8's
 * precise coverage while the task pane writes the supplier version (the one path that loads ExcelJS in the
 * served.browser) shows elliptic loaded and none of those functions ran.
 */
import { expect } from "chai";
import { openPaneTab, openTaskpane, useServedBuild } from "./harness";

interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

/** The execution count of the innermost covered range (function or block) around `offset`. */
function countAt(functions: { ranges: CoverageRange[] }[], offset: number): number {
  let best: CoverageRange | undefined;
  for (const fn of functions) {
    for (const range of fn.ranges) {
      if (range.startOffset <= offset && offset < range.endOffset && (!best || range.endOffset - range.startOffset <= best.endOffset - best.startOffset)) {
        best = range;
      }
    }
  }
  if (!best) throw new Error(`no coverage range at ${offset}`);
  return best.count;
}

describe("ExcelJS's bundled elliptic 6.5.4 in the task pane", function () {
  const served = useServedBuild();

  it("is shipped in the xlsx-writer chunk but never runs while the supplier version is written", async () => {
    const { page, routed } = await openTaskpane(served.browser, served.origin, "sv-SE");
    await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
    await openPaneTab(page, "Uppföljningsmall");
    await page.getByLabel("Avtalsstart", { exact: true }).fill("2026-01-01");
    await page.getByLabel("Avtalsslut", { exact: true }).fill("2027-12-31");
    await page.getByLabel("Åtagande i heltidsmånader (N)", { exact: true }).fill("24");
    await page.getByRole("button", { name: "Ladda ned leverantörsversion (.xlsx)" }).click();
    await page.getByText(/Filen .* är skapad|Leverantörsversionen är öppnad/).waitFor();
    const coverage = await page.coverage.stopJSCoverage();

    const withElliptic = coverage.filter((entry) => /\{name:"elliptic",version:"6\.5\.4"/.test(entry.source ?? ""));
    expect(withElliptic, "the chunk that carries elliptic was loaded").to.have.length(1);
    const [chunk] = withElliptic;
    const source = chunk.source!;
    // elliptic's modules, as browserify lays them out: from lib/elliptic.js (the module that reads
    // "../package.json") to package.json itself, sorted by path in between.
    // Parameter names are whatever the minifier chose (terser in `npm run build`, esbuild in the test build).
    const packageModule = source.search(/\d+:\[function\([\w$]+,[\w$]+,[\w$]+\)\{[\w$]+\.exports=\{name:"elliptic",version:"6\.5\.4"/);
    const packageId = /^(\d+):/.exec(source.slice(packageModule))![1];
    const mainDeps = source.search(new RegExp(`"\\.\\./package\\.json":${packageId}[,}]`));
    const mainModule = source.lastIndexOf(":[function(", mainDeps);
    expect(packageModule).to.be.greaterThan(-1);
    expect(mainModule).to.be.greaterThan(-1).and.lessThan(packageModule);
    // Loaded: its package.json module was evaluated, so the coverage covers elliptic at all.
    expect(countAt(chunk.functions, packageModule + source.slice(packageModule).indexOf("exports=")), "elliptic loaded").to.be.greaterThan(0);

    const span = source.slice(mainModule, packageModule);
    const entryPoints = [...span.matchAll(/\.(sign|verify|keyFromPublic|keyFromPrivate|genKeyPair|derive|getPublic|validate)=function/g)];
    expect(entryPoints.length, "elliptic's key and signature functions found").to.be.greaterThanOrEqual(10);
    const ran = entryPoints
      .map((match) => ({ name: match[1], offset: mainModule + match.index + match[0].length - "function".length }))
      .filter(({ offset }) => countAt(chunk.functions, offset + 1) > 0)
      .map(({ name }) => name);
    expect(ran, "elliptic functions that ran").to.deep.equal([]);
    await routed.context.close();
  });
});
