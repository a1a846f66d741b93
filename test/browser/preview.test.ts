/**
 * preview.html (the task pane beside the in-browser workbook, for machines without Excel): it must not load
 * the custom-functions bundle, and the grid must follow what the pane does to the Excel fake.
 */
import { expect } from "chai";
import type { Page } from "playwright-core";
import { routedContext } from "../support/browser";
import { describeViolations, openPaneTab, screenshot, seriousAxeViolations, useServedBuild, workbookSnapshot } from "./harness";

describe("preview.html (task pane beside the Excel fake)", function () {
  const served = useServedBuild();

  async function openPreview(): Promise<{ page: Page; requests: string[]; errors: string[]; close(): Promise<void> }> {
    const routed = await routedContext(served.browser);
    const page = await routed.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${served.origin}/preview.html`);
    await page.getByRole("heading", { level: 1, name: /SYSS/ }).waitFor();
    return { page, requests, errors, close: () => routed.context.close() };
  }

  it("loads neither office.js nor the custom-functions bundle", async () => {
    const { requests, errors, close } = await openPreview();
    expect(requests).to.include("/preview.js");
    expect(requests.some((path) => path.endsWith("functions.js") || path.endsWith("office.js"))).to.equal(false);
    expect(errors).to.deep.equal([]);
    await close();
  });

  it("shows the workbook the pane creates, sample rows, and cell edits", async () => {
    const { page, close } = await openPreview();
    await openPaneTab(page, "Uppföljningsmall");
    await page.getByRole("button", { name: "Skapa uppföljningsmall" }).click();
    await page.getByText(/Uppföljningsmallen är klar/).waitFor();
    const sheetTabs = page.getByRole("tablist", { name: "Blad / sheets" });
    await sheetTabs.getByRole("tab", { name: "Avtal" }).waitFor();
    await page.getByRole("button", { name: "Lägg in exempelrader" }).click();
    await page.getByText("4 exempelrader tillagda i Placeringar.").waitFor();
    await sheetTabs.getByRole("tab", { name: "Placeringar" }).click();
    const grid = page.getByRole("table", { name: "Blad Placeringar" });
    await grid.getByRole("cell", { name: "P-002" }).waitFor();

    // Edit a cell through the formula bar, as a user would in Excel.
    await grid.getByRole("cell", { name: "P-002" }).click();
    await page.locator("#preview-formula").fill("P-010");
    await page.locator("#preview-formula").press("Enter");
    await grid.getByRole("cell", { name: "P-010" }).waitFor();
    const state = await workbookSnapshot(page, ["Placeringar"]);
    const placements = state.sheets.find((sheet) => sheet.name === "Placeringar")!;
    expect(Object.values(placements.cells).some((cell) => cell.value === "P-010")).to.equal(true);

    await screenshot(page, "preview-sv");
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("tab", { name: "Process guide" }).waitFor();
    await screenshot(page, "preview-en");
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await close();
  });
});
