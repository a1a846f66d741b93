/**
 * Issue 14 (acceptance): the production task pane at Excel's pane width (350 px), in Swedish and English:
 * one line of tabs with the open one on it (the rest in "Mer ▾"), no view overflows sideways (measured: scrollWidth ≤ clientWidth, with every group and details opened), the
 * calculator's result is on the first screen, finding cards carry no code in their text and count in the right
 * number, axe finds nothing serious; a screenshot of every view goes to test-artifacts/screenshots/.
 */
import { expect } from "chai";
import type { Page } from "playwright-core";
import { uiText } from "../../src/domain/i18n/ui";
import { TAB_TITLE, VIEW_ORDER, type ViewKey } from "../../src/taskpane/shell/tabs";
import { addSampleRows, describeViolations, openPaneTab, openTaskpane, screenshot, seriousAxeViolations, useServedBuild } from "./harness";

const WIDTH = 350;
/** A pane in a laptop's Excel window: what shows without scrolling. */
const HEIGHT = 700;

async function openView(page: Page, lang: "sv" | "en", view: ViewKey): Promise<void> {
  await openPaneTab(page, uiText(lang, TAB_TITLE[view]));
  await page.locator(`#panel-${view} h2`).first().waitFor();
}

/** Opens every <details> in the view (input groups, line items, finding details): the widest the view gets. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
}

/** Sideways overflow of the page and of every element in the open view, as [what, scrollWidth, clientWidth]. */
async function overflow(page: Page, view: ViewKey): Promise<string[]> {
  return page.evaluate((panelId) => {
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>(`#${panelId} *`)) {
      const style = getComputedStyle(element);
      // An element that scrolls by design would show a scroll bar; none in the pane should.
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && element.scrollWidth > element.clientWidth) {
        found.push(`${element.tagName.toLowerCase()} scrolls ${element.scrollWidth} > ${element.clientWidth}`);
      }
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 0.5) found.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)}`);
    }
    return found.slice(0, 10);
  }, `panel-${view}`);
}

/**
 * The tab line as the user sees it: the visible tabs and the "Mer ▾" button, those whose middle lies below the
 * first tab (on a second line: spec ux.md allows one line of tabs at 350 px), and which tab is selected.
 */
async function tabLine(page: Page): Promise<{ belowFirstLine: string[]; selected: string[]; names: string[] }> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>("nav [role=tab], nav button:not([role])")].filter((element) => element.offsetParent !== null);
    const first = shown[0]!.getBoundingClientRect();
    // No named helper in here: the page runs this function as written, without tsx's helpers.
    return {
      belowFirstLine: shown
        .filter((element) => element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2 > first.bottom)
        .map((element) => element.textContent ?? ""),
      selected: shown.filter((element) => element.getAttribute("aria-selected") === "true").map((element) => element.id),
      names: shown.map((element) => element.textContent ?? ""),
    };
  });
}

/** "1 varningar" / "2 warning": count words that do not agree with their number. */
function pluralMistakes(text: string): string[] {
  const singular = new Set(["fel", "varning", "upplysning", "error", "warning", "note", "placering", "placement"]);
  const plural = new Set(["fel", "varningar", "upplysningar", "errors", "warnings", "notes", "placeringar", "placements"]);
  const mistakes: string[] = [];
  for (const match of text.matchAll(/(\d+) (fel|varningar|varning|upplysningar|upplysning|errors|error|warnings|warning|notes|note|placeringar|placering|placements|placement)\b/g)) {
    const n = Number(match[1]);
    const word = match[2]!;
    if ((n === 1 && !singular.has(word)) || (n !== 1 && !plural.has(word))) mistakes.push(match[0]);
  }
  return mistakes;
}

describe("task pane at 350 px (issue 14)", function () {
  const served = useServedBuild();

  for (const lang of ["sv", "en"] as const) {
    it(`${lang}: every view fits 350 px, the calculator's result is on the first screen, findings read plainly`, async () => {
      const { page, routed } = await openTaskpane(served.browser, served.origin, lang === "sv" ? "sv-SE" : "en-US");
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });

      // A workbook with findings, so the Validera view has cards to measure.
      await openView(page, lang, "template");
      await page.getByLabel(lang === "sv" ? "Avtalsstart" : "Contract start", { exact: true }).fill("2026-01-01");
      await page.getByLabel(lang === "sv" ? "Avtalsslut" : "Contract end", { exact: true }).fill("2027-12-31");
      await page.getByRole("button", { name: lang === "sv" ? "Skapa uppföljningsmall" : "Create follow-up workbook" }).click();
      await page.getByText(lang === "sv" ? /Uppföljningsmallen är klar/ : /The follow-up workbook is ready/).waitFor();
      await page.waitForFunction(() => (window as unknown as { __syss: { fake: { snapshot(): { tables: { name: string }[] } } } }).__syss.fake.snapshot().tables.some((t) => t.name === "Placeringar"));
      expect(await addSampleRows(page)).to.equal(4);

      const problems: string[] = [];
      for (const view of VIEW_ORDER) {
        await openView(page, lang, view);
        await page.evaluate(() => window.scrollTo(0, 0));
        const line = await tabLine(page);
        expect(line.belowFirstLine, `${view}: one line of tabs (${line.names.join(" | ")})`).to.deep.equal([]);
        expect(line.selected, `${view}: the open tab is on the line`).to.deep.equal([`tab-${view}`]);
        if (view === "validate") {
          await page.getByRole("button", { name: lang === "sv" ? "Validera arbetsboken" : "Validate the workbook" }).click();
          await page.locator("[data-finding-card]").first().waitFor();
          const cards = await page.locator("[data-finding-card]").evaluateAll((elements) =>
            elements.map((element) => {
              const copy = element.cloneNode(true) as Element;
              copy.querySelector("[data-finding-details]")?.remove();
              return copy.textContent ?? "";
            }),
          );
          expect(cards.length).to.be.greaterThan(3);
          for (const text of cards) {
            expect(text, "a finding code in the card's text").to.not.match(/\b[A-Z]{2,}(_[A-Z0-9]+)+\b/);
            expect(text).to.not.match(/\((tecken|character) \d+\)|[([]0 %, 100 %[\])]|Ingen åtgärd|No action/);
          }
          const summary = await page.locator("#panel-validate").innerText();
          expect(pluralMistakes(summary), "counts in the right number").to.deep.equal([]);
        }
        if (view === "calculator") {
          const result = await page.locator(".syss-live-summary").boundingBox();
          const chart = await page.locator("#panel-calculator [role=img]").first().boundingBox();
          expect(result, "the result").to.not.equal(null);
          expect(result!.y + result!.height, "the result is visible without scrolling").to.be.at.most(HEIGHT);
          expect(chart!.y, "the chart starts on the first screen").to.be.below(HEIGHT);
        }
        await screenshot(page, `pane350-${lang}-${view}`);
        await openAllDetails(page);
        problems.push(...(await overflow(page, view)).map((problem) => `${view}: ${problem}`));
        if (view === "calculator" || view === "validate") await screenshot(page, `pane350-${lang}-${view}-open`);
        const violations = await seriousAxeViolations(page);
        expect(violations, `${view}: ${describeViolations(violations)}`).to.deep.equal([]);
      }
      expect(problems, "horizontal overflow at 350 px").to.deep.equal([]);
      await routed.context.close();
    });
  }
});
