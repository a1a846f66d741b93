/**
 * Shared steps of the task-pane browser tests: open a page on the built dist/ (production taskpane.html
 * with office.js replaced by the Excel-fake stub, or preview.html), read the fake workbook's state, run
 * axe-core, and save screenshots to test-artifacts/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, DIST, REPO_ROOT, productionBuild, readDist } from "../support/build";
import { launchBrowser, routedContext, type RoutedContext } from "../support/browser";
import { serveDirectory, type StaticServer } from "../support/static-server";
import type { WorkbookSnapshot } from "../../src/excel/fake";

export const SCREENSHOT_DIR = path.join(REPO_ROOT, "test-artifacts/screenshots");
const AXE_PATH = path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js");

/** The width Excel gives a task pane by default is about 350 px. */
export const PANE_VIEWPORT = { width: 360, height: 900 };

export interface ServedBuild {
  readonly browser: Browser;
  /** Where the production build (with the preview and the office.js stand-in) is served. */
  readonly origin: string;
}

/**
 * The hooks every browser suite needs, registered in the calling `describe`: the production build (made once
 * per run), a headless Chromium and a local server for the build, closed again after the suite.
 */
export function useServedBuild(): ServedBuild {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
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
  return {
    get browser() {
      if (!browser) throw new Error("the browser starts in the suite's before hook");
      return browser;
    },
    get origin() {
      if (!server) throw new Error("the server starts in the suite's before hook");
      return server.origin;
    },
  };
}

export interface PanePage {
  readonly page: Page;
  readonly routed: RoutedContext;
  readonly functionsAssociated: () => Promise<string[]>;
}

/** Production taskpane.html with office.js answered by dist/office-fake.js, in the given Office display language. */
export async function openTaskpane(browser: Browser, origin: string, displayLanguage: string): Promise<PanePage> {
  const routed = await routedContext(browser, readDist("office-fake.js"));
  const page = await routed.context.newPage();
  await page.setViewportSize(PANE_VIEWPORT);
  await page.goto(`${origin}/taskpane.html?displayLanguage=${displayLanguage}`);
  await page.getByRole("heading", { level: 1, name: /SYSS/ }).waitFor();
  return {
    page,
    routed,
    functionsAssociated: () => page.evaluate(() => Object.keys((window as unknown as { __syss: { associations: object } }).__syss.associations)),
  };
}

/** The pane's "Mer ▾" button (Swedish or English), which holds the tabs that do not fit on the line. */
export const MORE_TABS_BUTTON = /^(Mer|More)$/;

/**
 * Opens a task-pane tab by its name, as a user would: on the tab line, or from the "Mer ▾" menu when it did
 * not fit there (at 350–360 px most tabs are in the menu). The open tab always comes onto the line.
 */
export async function openPaneTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (!(await tab.isVisible())) {
    await page.getByRole("button", { name: MORE_TABS_BUTTON }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
    // The pointer would otherwise rest where the menu was, over the new view, and hover whatever is there; and
    // a check of the view must not see it through the menu while the menu fades out (blended colours).
    await page.mouse.move(0, 0);
    await page.getByRole("menu").waitFor({ state: "detached" });
  } else {
    await tab.click();
  }
  await tab.waitFor({ state: "visible" });
}

/**
 * The fake workbook's state, with the cells of only the sheets whose names start with one of `cellsOf` (all
 * sheets' cells when it is left out; the other sheets come with no cells). A created template holds ~100 000
 * formatted cells, and copying all of them out of the page took ~4 s a time on 2 cores.
 */
export async function workbookSnapshot(page: Page, cellsOf?: readonly string[]): Promise<WorkbookSnapshot> {
  // As one JSON string: Playwright's own serialisation of a template's 100 000 formatted cells took 11 s.
  const json = await page.evaluate((prefixes) => {
    const snapshot = (window as unknown as { __syss: { fake: { snapshot(): WorkbookSnapshot } } }).__syss.fake.snapshot();
    if (prefixes === null) return JSON.stringify(snapshot);
    const sheets = snapshot.sheets.map((sheet) => (prefixes.some((prefix) => sheet.name.startsWith(prefix)) ? sheet : { ...sheet, cells: {} }));
    return JSON.stringify({ ...snapshot, sheets });
  }, cellsOf ?? null);
  return JSON.parse(json) as WorkbookSnapshot;
}

export async function addSampleRows(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __syss: { addSampleRows(): Promise<number> } }).__syss.addSampleRows());
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. Tabster's focus-redirect elements
 * (`<i data-tabster-dummy tabindex=0 aria-hidden>`, which Fluent UI v9 inserts around focus groups) are left out:
 * they are focusable and hidden on purpose — a screen reader must not announce them, and they pass focus on at
 * once — a known false positive of aria-hidden-focus (microsoft/tabster#288, Fluent v9 known issues).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated, not added as a <script> tag: the page's Content-Security-Policy forbids inline scripts.
  if (!loaded) await page.evaluate(readFileSync(AXE_PATH, "utf8"));
  // Colours are checked once every transition has ended: a button fading in, or seen through a menu fading
  // out, has blended colours meanwhile. Endless animations (a spinner) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
