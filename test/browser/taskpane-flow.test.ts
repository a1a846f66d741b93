/**
 * The production task pane in headless Chromium, with office.js replaced by the Excel-fake stub: the whole
 * workflow (create the workbook → enter rows → validate → calculator → insert sheet) checked against the
 * fake workbook's state, screenshots of every view in Swedish and English, and axe-core on every view.
 */
import { expect } from "chai";
import { readFile } from "node:fs/promises";
import { readZip } from "../../src/xlsx/zip";
import type { Page } from "playwright-core";
import { addSampleRows, describeViolations, openPaneTab, openTaskpane, screenshot, seriousAxeViolations, useServedBuild, workbookSnapshot } from "./harness";

const TAB_NAMES = {
  sv: { guide: "Processguide", template: "Uppföljningsmall", validate: "Validera", calculator: "Kalkyl", parameters: "Parametrar" },
  en: { guide: "Process guide", template: "Follow-up workbook", validate: "Validate", calculator: "Calculator", parameters: "Parameters" },
} as const;
type ViewName = keyof (typeof TAB_NAMES)["sv"];

async function openTab(page: Page, lang: "sv" | "en", view: ViewName): Promise<void> {
  await openPaneTab(page, TAB_NAMES[lang][view]);
  await page.locator(`#panel-${view} h2`).first().waitFor();
}

describe("task pane in the browser (production taskpane.html over the Excel fake)", function () {
  const served = useServedBuild();

  it("boots in Swedish with the custom functions associated and nothing leaving the machine", async () => {
    const pane = await openTaskpane(served.browser, served.origin, "sv-SE");
    expect(await pane.page.getByRole("tab", { name: "Processguide" }).getAttribute("aria-selected")).to.equal("true");
    expect(await pane.functionsAssociated()).to.include.members(["EFFECT", "BREAKDOWN"]);
    expect(pane.routed.officeRequests).to.deep.equal(["office.js"]);
    expect(pane.routed.blockedRequests).to.deep.equal([]);
    await pane.routed.context.close();
  });

  it("creates the workbook, validates entered rows, and inserts a calculation sheet", async () => {
    const { page, routed } = await openTaskpane(served.browser, served.origin, "sv-SE");
    await openTab(page, "sv", "template");
    await page.getByLabel("Avtalsstart", { exact: true }).fill("2026-01-01");
    await page.getByLabel("Avtalsslut", { exact: true }).fill("2027-12-31");
    await page.getByLabel("Åtagande i heltidsmånader (N)", { exact: true }).fill("24");
    await page.getByRole("button", { name: "Skapa uppföljningsmall" }).click();
    await page.getByText(/Uppföljningsmallen är klar/).waitFor();
    let state = await workbookSnapshot(page, []);
    expect(state.sheets.map((sheet) => sheet.name)).to.include.members(["Avtal", "Placeringar", "Rapporter", "Sammanställning", "Parametrar"]);
    expect(state.tables.map((table) => table.name)).to.include("Placeringar");

    // The supplier version: ExcelJS loads on demand in the browser and the file is offered as a download.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ned leverantörsversion (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).to.equal("uppfoljning_leverantor.xlsx");
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString()).to.equal("PK");
    const workbookXml = new TextDecoder().decode((await readZip(new Uint8Array(file))).get("xl/workbook.xml"));
    expect(workbookXml).to.contain('name="Placeringar"');
    expect(workbookXml).not.to.contain("Samhällsekonomi");

    // The sample rows plant a personnummer: now the supplier version is refused, naming the cell, and no
    // file is offered (amendment 7 of the follow-up spec).
    expect(await addSampleRows(page)).to.equal(4);
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "Ladda ned leverantörsversion (.xlsx)" }).click();
    await page.getByText(/Leverantörsversionen skapades inte: arbetsboken innehåller personnummer eller samordningsnummer i .*Placeringar!/).waitFor();
    expect(downloads).to.equal(0);
    await openTab(page, "sv", "validate");
    await page.getByRole("button", { name: "Validera arbetsboken" }).click();
    await page.getByRole("status").filter({ hasText: "Avtalets status" }).waitFor();
    const errors = page.getByRole("region", { name: /^Fel/ });
    await expect(await errors.getByText(/personnummer/).count()).to.be.greaterThan(0);
    await expect(await errors.getByText(/Omfattning 150 %/).count()).to.equal(1);
    await expect(await errors.getByText(/Ärende-ID finns redan/).count()).to.equal(1);
    await page.getByRole("button", { name: /Gå till Placeringar!L3/ }).click();
    await page.waitForFunction(() => {
      const fake = (window as unknown as { __syss: { fake: { snapshot(): { activeSheet: string; selection: string } } } }).__syss.fake;
      const { activeSheet, selection } = fake.snapshot();
      return activeSheet === "Placeringar" && /L3$/.test(selection);
    });

    // Live mode: the user fixes the duplicate case ID in Placeringar; the pane re-validates by itself.
    await page.getByRole("switch", { name: /Validera automatiskt/ }).click();
    await page.getByText("Automatisk validering är på.").waitFor();
    // The subscription is registered in its own Excel batch: wait until the fake has the handler.
    await page.waitForFunction(
      () => (window as unknown as { __syss: { fake: { changeHandlerCount(table: string): number } } }).__syss.fake.changeHandlerCount("Placeringar") > 0,
    );
    await page.evaluate(() =>
      (window as unknown as { __syss: { fake: { run(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> } } }).__syss.fake.run(
        async (context) => {
          context.workbook.worksheets.getItem("Placeringar").getRange("A5").values = [["P-004"]];
          await context.sync();
        },
      ),
    );
    await page.waitForFunction(() => !document.querySelector("#panel-validate")?.textContent?.includes("Ärende-ID finns redan"));
    expect(await page.locator("#panel-validate").getByText(/personnummer/).count()).to.be.greaterThan(0);
    state = await workbookSnapshot(page, []);
    expect(state.sheets.map((sheet) => sheet.name)).to.include("Validering");

    await openTab(page, "sv", "calculator");
    // The inputs are grouped and start closed (issue 14): open "Placeringen" first.
    await page.locator("[data-calc-group=placement] > summary").click();
    await page.getByLabel("Antal månader", { exact: true }).fill("6");
    await page.getByRole("button", { name: "Infoga i arbetsboken" }).click();
    await page.getByText(/Bladet Kalkyl.* är skapat/).waitFor();
    state = await workbookSnapshot(page, ["Kalkyl"]);
    const calc = state.sheets.find((sheet) => sheet.name.startsWith("Kalkyl"))!;
    expect(calc).to.exist;
    const formulas = Object.values(calc.cells).map((cell) => cell.formula).filter(Boolean) as string[];
    expect(formulas.some((formula) => formula.startsWith("=SYSS.EFFECT("))).to.equal(true);
    expect(formulas.some((formula) => formula.startsWith("=SYSS.BREAKDOWN("))).to.equal(true);
    expect(Object.values(calc.cells).some((cell) => cell.value === 6)).to.equal(true);
    // The whole flow (dialogs, menus, Fluent UI's run-time styles) stays inside taskpane.html's policy.
    expect(routed.cspViolations).to.deep.equal([]);
    await routed.context.close();
  });

  it("works from the keyboard: tabs by arrow keys, the tabs that do not fit from the menu, then into the chosen view", async () => {
    const { page, routed } = await openTaskpane(served.browser, served.origin, "sv-SE");
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    // The header's "Om SYSS" button comes first, then the tab list.
    await page.keyboard.press("Tab");
    expect(await focused()).to.match(/^Om SYSS/);
    await page.keyboard.press("Tab");
    expect(await focused()).to.match(/^Processguide/);
    // At 360 px the line holds Processguide and Validera (arrow keys), then the "Mer ▾" button (the next Tab stop).
    await page.keyboard.press("ArrowRight");
    expect(await focused()).to.match(/^Validera/);
    await page.keyboard.press("Tab");
    expect(await focused()).to.equal("Mer ▾");
    await page.keyboard.press("Enter");
    await page.getByRole("menu").waitFor();
    for (let step = 0; step < 8 && (await focused()) !== "Kalkyl"; step++) await page.keyboard.press("ArrowDown");
    expect(await focused()).to.equal("Kalkyl");
    await page.keyboard.press("Enter");
    await page.locator("#panel-calculator h2").waitFor();
    // The chosen tab comes onto the line, selected.
    const calculatorTab = page.getByRole("tab", { name: "Kalkyl" });
    await calculatorTab.waitFor({ state: "visible" });
    expect(await calculatorTab.getAttribute("aria-selected")).to.equal("true");
    await page.keyboard.press("Tab");
    // The first control of the calculator: results first (issue 14), so the insert button above the inputs.
    expect(await focused()).to.equal("Infoga i arbetsboken");
    await routed.context.close();
  });

  it("the Mer ▾ menu: opens and closes by mouse and keyboard, and a chosen tab comes onto the line", async () => {
    const { page, routed } = await openTaskpane(served.browser, served.origin, "sv-SE");
    const more = page.getByRole("button", { name: "Mer", exact: true });
    const menu = page.getByRole("menu");
    await more.click();
    await menu.waitFor();
    expect(await more.getAttribute("aria-expanded")).to.equal("true");
    // The tabs on the line are not in the menu; the others are.
    expect(await menu.getByRole("menuitem").allTextContents()).to.deep.equal(["Före upphandling", "Uppföljningsmall", "Portfölj", "Kalkyl", "Parametrar", "Matchning"]);
    await more.click();
    await menu.waitFor({ state: "hidden" });
    expect(await more.getAttribute("aria-expanded")).to.equal("false");
    await more.focus();
    await page.keyboard.press("ArrowDown");
    await menu.waitFor();
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).to.equal("Mer ▾");
    await more.click();
    await menu.getByRole("menuitem", { name: "Matchning" }).click();
    await page.locator("#panel-matching h2").first().waitFor();
    expect(await page.getByRole("tab", { name: "Matchning" }).getAttribute("aria-selected")).to.equal("true");
    expect(await page.getByRole("tab", { name: "Matchning" }).isVisible()).to.equal(true);
    await routed.context.close();
  });

  for (const lang of ["sv", "en"] as const) {
    it(`shows every view in ${lang === "sv" ? "Swedish" : "English"} without serious accessibility violations`, async () => {
      const { page, routed } = await openTaskpane(served.browser, served.origin, lang === "sv" ? "sv-SE" : "en-US");
      expect(await page.evaluate(() => document.documentElement.lang)).to.equal(lang);
      for (const view of Object.keys(TAB_NAMES[lang]) as ViewName[]) {
        await openTab(page, lang, view);
        if (view === "validate") {
          await page.getByRole("button", { name: lang === "sv" ? "Validera arbetsboken" : "Validate the workbook" }).click();
          // A blank workbook: the view explains that the template comes first.
          await page.getByText(lang === "sv" ? /Skapa den under fliken Uppföljningsmall/ : /Create it on the Follow-up workbook tab/).waitFor();
        }
        await screenshot(page, `taskpane-${lang}-${view}`);
        const violations = await seriousAxeViolations(page);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      }
      expect(routed.cspViolations).to.deep.equal([]);
      await routed.context.close();
    });
  }
});
