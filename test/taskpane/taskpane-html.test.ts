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

  it("has a Content-Security-Policy first in <head>: scripts only from itself and Microsoft's office.js CDN", () => {
    const doc = new JSDOM(readDist("taskpane.html")).window.document;
    const first = doc.head.querySelector("meta[http-equiv], script, link, style");
    expect(first?.getAttribute("http-equiv")).to.equal("Content-Security-Policy");
    const directives = new Map(
      (first?.getAttribute("content") ?? "")
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources] as const),
    );
    expect(directives.get("default-src")).to.deep.equal(["'self'"]);
    expect(directives.get("script-src")).to.deep.equal(["'self'", "https://appsforoffice.microsoft.com"]);
    // Griffel (Fluent UI v9) inserts <style> elements at run time: inline styles yes, inline scripts no.
    expect(directives.get("style-src")).to.deep.equal(["'self'", "'unsafe-inline'"]);
    expect(directives.get("connect-src")).to.deep.equal(["'self'"]);
    expect(directives.get("object-src")).to.deep.equal(["'none'"]);
  });

  it("help.html loads nothing (a policy of default-src 'none')", () => {
    const doc = new JSDOM(readDist("help.html")).window.document;
    const policy = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    expect(policy).to.match(/^default-src 'none'/);
    expect(doc.querySelectorAll("script, link[rel=stylesheet], style, img")).to.have.length(0);
  });

  describe("in headless Chromium", () => {
    let browser: Browser;
    let server: StaticServer;

    before(async function () {
      browser = await launchBrowser();
      server = await serveDirectory(DIST);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it("boots with office.js routed to the local copy and no request leaving the machine", async function () {
      const routed = await routedContext(browser);
      const page = await routed.context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("heading", { name: /SYSS/ }).waitFor();
      expect(routed.officeRequests).to.include("office.js");
      expect(routed.blockedRequests).to.deep.equal([]);
      expect(routed.cspViolations).to.deep.equal([]);
      // office.js's own telemetry frame, when it tries one outside Office, may only be refused as a frame.
      expect(routed.officeTelemetryCspViolations.filter((text) => !/frame-src|Framing/.test(text))).to.deep.equal([]);
      await routed.context.close();
    });

    it("reports a violation when the page breaks its policy (so the check above can fail)", async function () {
      const routed = await routedContext(browser);
      const page = await routed.context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("heading", { name: /SYSS/ }).waitFor();
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inline = true";
        document.body.append(script);
      });
      // The report arrives through a binding, after the script was refused: wait for it (the test's timeout bounds this).
      while (!routed.cspViolations.some((line) => line.startsWith("script-src"))) await new Promise((resolve) => setTimeout(resolve, 20));
      const inlineRan = await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline === true);
      expect(inlineRan).to.equal(false);
      await routed.context.close();
    });
  });
});
