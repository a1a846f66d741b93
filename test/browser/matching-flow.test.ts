/**
 * The Matchning tab in the production task pane over the Excel fake (headless Chromium, 360 px wide): the full
 * template is created, the supplier's position typed into Platser, then a candidate is added from the keyboard,
 * moved through interview and offer, and started; the workbook holds the Matchning row, the new Placeringar row
 * (non-personal fields only) and the link. axe-clean in Swedish and English, and nothing wider than the pane.
 */
import { expect } from "chai";
import type { Page } from "playwright-core";
import { describeViolations, openPaneTab, openTaskpane, screenshot, seriousAxeViolations, useServedBuild, workbookSnapshot } from "./harness";

type FakeWindow = { __syss: { fake: { run(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> } } };

/** Types a position into Platser's first row, as a user would in Excel. */
async function typePosition(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as FakeWindow).__syss.fake.run(async (context) => {
      context.workbook.worksheets.getItem("Platser").getRange("A2:E2").values = [["L-01", "Lokalvårdare", 2, "anställning", 0.75]];
      context.workbook.worksheets.getItem("Platser").getRange("I2").values = [["Öppen"]];
      await context.sync();
    }),
  );
}

const cellValue = (state: Awaited<ReturnType<typeof workbookSnapshot>>, sheet: string, address: string) =>
  state.sheets.find((s) => s.name === sheet)?.cells[address]?.value;

async function fitsThePane(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, "no horizontal scrolling at the pane's width").to.be.at.most(widths.client);
}

describe("Matchning tab in the browser (production taskpane.html over the Excel fake)", function () {
  const served = useServedBuild();

  it("adds a candidate from the keyboard, moves it on, starts the placement; axe clean in both languages; fits 360 px", async () => {
    const { page, routed } = await openTaskpane(served.browser, served.origin, "sv-SE");
    await openPaneTab(page, "Uppföljningsmall");
    await page.getByLabel("Avtalsstart", { exact: true }).fill("2026-01-01");
    await page.getByLabel("Avtalsslut", { exact: true }).fill("2027-12-31");
    await page.getByLabel("Åtagande i heltidsmånader (N)", { exact: true }).fill("24");
    await page.getByRole("button", { name: "Skapa uppföljningsmall" }).click();
    await page.getByText(/Uppföljningsmallen är klar/).waitFor();
    await typePosition(page);

    await openPaneTab(page, "Matchning");
    const panel = page.locator("#panel-matching");
    await panel.getByText(/Läst ur arbetsboken kl\./).waitFor();
    await panel.getByRole("listitem").getByText("L-01 Lokalvårdare").waitFor();
    await panel.getByText(/Öppna platser utan kandidater: L-01/).waitFor();

    // Keyboard only: focus the candidate ID (offered: K-001), Tab through the form, Enter on the button.
    await panel.getByLabel("Kandidat-ID").focus();
    expect(await panel.getByLabel("Kandidat-ID").inputValue()).to.equal("K-001");
    await page.keyboard.press("Tab"); // Plats (L-01, the only open one)
    await page.keyboard.press("Tab"); // Målgrupp
    await page.keyboard.press("Tab"); // Källa
    await page.keyboard.press("ArrowDown"); // Arbetsförmedlingen
    await page.keyboard.press("Tab"); // Anvisad datum
    await panel.getByLabel("Anvisad datum").fill("2026-03-01");
    // Chromium's date field has a Tab stop per part (year, month, day): Tab on until the button has the focus.
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    for (let stops = 0; stops < 5 && (await focusedText()) !== "Lägg till kandidat"; stops++) await page.keyboard.press("Tab");
    expect(await focusedText()).to.equal("Lägg till kandidat");
    await page.keyboard.press("Enter");
    await panel.getByText("K-001 är tillagd på platsen L-01.").waitFor();

    for (const [date, stage] of [["2026-03-05", "Intervju"], ["2026-03-09", "Erbjudande"]] as const) {
      await panel.getByLabel("Datum för steget").fill(date);
      await panel.getByRole("button", { name: `Nästa steg: ${stage}` }).click();
      await panel.getByText(`K-001: ${stage} ${date} är sparat i Matchning.`).waitFor();
    }
    await panel.getByLabel("Startdatum").fill("2026-04-01");
    await panel.getByRole("button", { name: "Starta placering" }).click();
    await panel.getByText(/Placeringen P-001 är skapad i Placeringar och länkad till K-001/).waitFor();
    expect(await panel.getByRole("img", { name: /Kandidater per steg/ }).textContent()).to.contain("Startade: 1");

    const state = await workbookSnapshot(page, ["Matchning", "Placeringar"]);
    expect(["A2", "B2", "D2", "F2", "G2", "H2", "I2", "J2"].map((a) => cellValue(state, "Matchning", a))).to.deep.equal([
      "K-001", "L-01", "Arbetsförmedlingen", 46082, 46086, 46090, "Startad", "P-001",
    ]);
    expect(["A2", "E2", "G2", "H2", "L2"].map((a) => cellValue(state, "Placeringar", a))).to.deep.equal(["P-001", "anställning", 46090, 46113, 0.75]);
    expect(JSON.stringify(state.sheets.find((s) => s.name === "Placeringar")!.cells)).not.to.contain("K-001");

    await fitsThePane(page);
    await screenshot(page, "taskpane-sv-matching");
    let violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    expect(routed.cspViolations).to.deep.equal([]);
    await routed.context.close();

    const english = await openTaskpane(served.browser, served.origin, "en-US");
    await openPaneTab(english.page, "Matching");
    await english.page.locator("#panel-matching").getByText(/no Platser, Matchning tables/).waitFor();
    await fitsThePane(english.page);
    await screenshot(english.page, "taskpane-en-matching");
    violations = await seriousAxeViolations(english.page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await english.routed.context.close();
  });
});
