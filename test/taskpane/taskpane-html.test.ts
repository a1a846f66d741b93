/**
 * Smoke test of the built task pane: production HTML loads office.js from Microsoft's CDN, and in the
 * test harness that URL is answered locally, so the page boots in headless Chromium without internet.
 */
import { expect } from "chai";
import { JSDOM } from "jsdom";
import type { Browser } from "playwright-core";
import { DIST, productionBuild, readDist, BUILD_TIMEOUT_MS } from "../support/build";
import { launchBrowser, OFFICE_CDN_PREFIX, routedContext } from "../support/browser";
import { serveDirectory, type StaticServer } from "../support/static-server";

describe("taskpane.html", () => {
  before(function () {
    this.timeout(BUILD_TIMEOUT_MS);
    productionBuild();
  });

  it("loads office.js from Microsoft's CDN before the add-in's bundles", () => {
    const doc = new JSDOM(readDist("taskpane.html")).window.document;
    const sources = Array.from(doc.querySelectorAll("script")).map((script) => script.getAttribute("src"));
    expect(sources[0]).to.equal(`${OFFICE_CDN_PREFIX}office.js`);
    expect(sources).to.include.members(["taskpane.js", "functions.js"]);
  });

  describe("in headless Chromium", () => {
    let browser: Browser;
    let server: StaticServer;

    before(async function () {
      this.timeout(60_000);
      browser = await launchBrowser();
      server = await serveDirectory(DIST);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it("boots with office.js routed to the local copy and no request leaving the machine", async function () {
      this.timeout(60_000);
      const routed = await routedContext(browser);
      const page = await routed.context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("heading", { name: /SYSS/ }).waitFor({ timeout: 30_000 });
      expect(routed.officeRequests).to.include("office.js");
      expect(routed.blockedRequests).to.deep.equal([]);
      await routed.context.close();
    });
  });
});
