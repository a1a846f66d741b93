/**
 * Headless Debian Chromium driven by playwright-core, with Office's CDN routed to a local copy.
 * Production taskpane.html loads office.js from https://appsforoffice.microsoft.com; this machine has no
 * internet, so every request to that host is answered from @microsoft/office-js (or by a stub the test
 * supplies), and any other non-loopback request is aborted and recorded so a test can assert none happened.
 */
import { chromium, type Browser, type BrowserContext, type Route } from "playwright-core";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "./build";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const OFFICE_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const LOCAL_OFFICE_JS = path.join(REPO_ROOT, "node_modules/@microsoft/office-js/dist");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface RoutedContext {
  context: BrowserContext;
  /** Paths under the Office CDN that were answered locally, e.g. "office.js". */
  officeRequests: string[];
  /** Requests to any other non-loopback address (aborted). */
  blockedRequests: string[];
  /** Office.js's own telemetry, which it loads by itself outside Office; aborted like the rest. */
  officeTelemetryRequests: string[];
  /** Content-Security-Policy violations of every page in the context, "directive blocked-uri", in order. */
  cspViolations: string[];
  /**
   * The policy refusing office.js's own telemetry frame (outside Office, depending on how fast the page boots):
   * kept apart like officeTelemetryRequests, so the add-in's own violations can still be required to be none.
   */
  officeTelemetryCspViolations: string[];
}

/** The host office.js loads its telemetry frame from when it runs outside Office. */
const OFFICE_TELEMETRY_HOST_SUFFIX = ".oaspapps.com";

/**
 * Records every `securitypolicyviolation` event (an init script: Playwright injects it outside the page's
 * policy, before the page's own scripts) and every console line in which Chromium reports a refusal.
 */
async function recordCspViolations(context: BrowserContext, violations: string[], telemetry: string[]): Promise<void> {
  const record = (text: string): void => {
    if (text.includes(OFFICE_TELEMETRY_HOST_SUFFIX)) telemetry.push(text);
    else violations.push(text);
  };
  await context.exposeBinding("__syssCspViolation", (_source, text: string) => record(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __syssCspViolation(text: string): void }).__syssCspViolation;
      void report(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  context.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) record(`console: ${message.text()}`);
  });
}

/**
 * How long a browser wait may take before the test fails. Every wait is on a condition (an element, a function
 * turning true), so this is only a safety net for a hang; a loaded 2-core machine running two suites at once
 * needs far more than Playwright's default 30 s for a first page load.
 */
export const BROWSER_PATIENCE_MS = 300_000;

/**
 * A browser context whose Office CDN requests are served from node_modules (or from `officeStub`, a script
 * text served in place of office.js), and whose other external requests are blocked.
 */
export async function routedContext(browser: Browser, officeStub?: string): Promise<RoutedContext> {
  const context = await browser.newContext({ locale: "sv-SE" });
  context.setDefaultTimeout(BROWSER_PATIENCE_MS);
  const officeRequests: string[] = [];
  const blockedRequests: string[] = [];
  const officeTelemetryRequests: string[] = [];
  const cspViolations: string[] = [];
  const officeTelemetryCspViolations: string[] = [];
  await recordCspViolations(context, cspViolations, officeTelemetryCspViolations);
  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN_PREFIX)) {
      const relative = url.slice(OFFICE_CDN_PREFIX.length).split("?")[0];
      officeRequests.push(relative);
      if (officeStub !== undefined && relative === "office.js") {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub });
        return;
      }
      const file = path.join(LOCAL_OFFICE_JS, path.normalize(relative));
      try {
        const body = await readFile(file);
        await route.fulfill({ status: 200, contentType: "text/javascript", body });
      } catch {
        await route.fulfill({ status: 404, body: "" });
      }
      return;
    }
    const { hostname } = new URL(url);
    if (hostname === "127.0.0.1" || hostname === "localhost" || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
      return;
    }
    // office.js (not the add-in) opens a telemetry frame on Microsoft's host a moment after it loads, so
    // whether it shows up depends on how fast the page boots. Kept apart so the add-in's own requests
    // can still be required to be none.
    if (hostname.endsWith(OFFICE_TELEMETRY_HOST_SUFFIX)) officeTelemetryRequests.push(url);
    else blockedRequests.push(url);
    await route.abort();
  });
  return { context, officeRequests, blockedRequests, officeTelemetryRequests, cspViolations, officeTelemetryCspViolations };
}
