/**
 * ExcelJS's browser build (dist/exceljs.min.js, which webpack takes for the task pane's lazily loaded
 * xlsx-writer chunk) carries a copy of elliptic 6.5.4 inside crypto-browserify. ExcelJS itself only hashes
 * sheet-protection passwords (createHash) and makes salts (randomBytes); elliptic sits behind createSign/ECDH,
 * which nothing calls. This proves it on the shipped chunk: V8's precise coverage while the task pane writes the
 * supplier version (the one path that loads ExcelJS in the browser) shows ExcelJS ran and elliptic's module
 * (recognised by its package.json, which elliptic reads as it loads) never did.
 */
import { expect } from "chai";
import type { Browser } from "playwright-core";
import { DIST, productionBuild, BUILD_TIMEOUT_MS } from "../support/build";
import { launchBrowser } from "../support/browser";
import { serveDirectory, type StaticServer } from "../support/static-server";
import { openTaskpane } from "./harness";

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
  this.timeout(180_000);
  let browser: Browser;
  let server: StaticServer;

  before(async function () {
    this.timeout(BUILD_TIMEOUT_MS);
    productionBuild();
    browser = await launchBrowser();
    server = await serveDirectory(DIST);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is shipped in the xlsx-writer chunk but never runs while the supplier version is written", async () => {
    const { page, routed } = await openTaskpane(browser, server.origin, "sv-SE");
    await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
    await page.getByRole("tab", { name: "Uppföljningsmall" }).click();
    await page.getByLabel("Avtalsstart", { exact: true }).fill("2026-01-01");
    await page.getByLabel("Avtalsslut", { exact: true }).fill("2027-12-31");
    await page.getByLabel("Åtagande i heltidsmånader (N)", { exact: true }).fill("24");
    await page.getByRole("button", { name: "Ladda ned leverantörsversion (.xlsx)" }).click();
    await page.getByText(/Filen .* är skapad|Leverantörsversionen är öppnad/).waitFor({ timeout: 60_000 });
    const coverage = await page.coverage.stopJSCoverage();

    const withElliptic = coverage.filter((entry) => /\{name:"elliptic",version:"6\.5\.4"/.test(entry.source ?? ""));
    expect(withElliptic, "the chunk that carries elliptic was loaded").to.have.length(1);
    const [chunk] = withElliptic;
    const source = chunk.source!;
    // ExcelJS ran: the code that writes the workbook's zip.
    const writeBuffer = source.indexOf("writeBuffer(");
    expect(writeBuffer).to.be.greaterThan(-1);
    expect(countAt(chunk.functions, writeBuffer), "ExcelJS's writeBuffer ran").to.be.greaterThan(0);
    // elliptic did not: its package.json module is required by lib/elliptic.js the moment elliptic loads.
    const ellipticPackage = source.search(/\{name:"elliptic",version:"6\.5\.4"/);
    expect(countAt(chunk.functions, ellipticPackage), "elliptic's module was evaluated").to.equal(0);
    // Nor any elliptic curve code (the curve table names secp256k1 when elliptic/lib/elliptic/curves.js runs).
    const curves = source.indexOf('secp256k1",byteLength');
    if (curves > -1) expect(countAt(chunk.functions, curves)).to.equal(0);
    await routed.context.close();
  });
});
