/**
 * "Om SYSS": host facts from a faked Office.context through the officeHost seam, the workbook diagnosis over
 * the Excel fake, the last errors scrubbed of cell contents, "Kopiera", and axe-core on the section.
 */
import "../support/dom";
import { expect } from "chai";
import axe from "axe-core";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { parseContract } from "../../src/domain/followup/contract";
import { TEMPLATE_VERSION } from "../../src/domain/followup/template";
import { officeHostEnvironment } from "../../src/excel/host/officeHost";
import type { OfficeContextLike } from "../../src/excel/host/environment";
import { AboutSection } from "../../src/taskpane/about/AboutSection";
import { addSampleRows, editCell } from "../../src/taskpane/preview/previewWrites";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { createExcelFake } from "../../src/excel/fake";
import { renderView } from "./support/render";

const SECRET = "Kalle Anka 850101-1236";
const CONTRACT = parseContract({ name: "Lokalvård 2026", start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 });

/** An Office.context as Excel on Windows answers: ExcelApi up to 1.17, SharedRuntime 1.1, no CustomFunctionsRuntime. */
const WINDOWS_CONTEXT: OfficeContextLike = {
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.17928.20114" },
  displayLanguage: "sv-SE",
  requirements: {
    isSetSupported: (name, version = "1.1") =>
      (name === "ExcelApi" && Number(version.split(".")[1]) <= 17) || (name === "SharedRuntime" && version === "1.1"),
  },
};

function withOffice<T>(context: OfficeContextLike | undefined, action: () => T): T {
  const global = globalThis as { Office?: unknown };
  const before = global.Office;
  if (context === undefined) delete global.Office;
  else global.Office = { context };
  try {
    return action();
  } finally {
    global.Office = before;
  }
}

async function axeViolations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so colour contrast is left to the browser tests.
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe("Om SYSS (diagnostics)", () => {
  it("reads host, platform, build, language and the highest supported requirement sets from Office.context", () => {
    const environment = withOffice(WINDOWS_CONTEXT, () => officeHostEnvironment());
    expect(environment).to.deep.equal({
      host: "Excel",
      platform: "PC",
      build: "16.0.17928.20114",
      displayLanguage: "sv-SE",
      requirementSets: [
        { name: "ExcelApi", highest: "1.17" },
        { name: "SharedRuntime", highest: "1.1" },
        { name: "CustomFunctionsRuntime", highest: null },
      ],
    });
  });

  it("says 'not known' without Office, and 'not supported' when every requirement check says no or throws", () => {
    const none = withOffice(undefined, () => officeHostEnvironment());
    expect(none).to.deep.include({ host: null, platform: null, build: null, displayLanguage: null });
    expect(none.requirementSets.every((set) => set.highest === null)).to.equal(true);
    const refusing = withOffice({ ...WINDOWS_CONTEXT, requirements: { isSetSupported: () => { throw new Error("no"); } } }, () => officeHostEnvironment());
    expect(refusing.requirementSets.map((set) => set.highest)).to.deep.equal([null, null, null]);
  });

  it("shows the facts, copies them as text without any cell value, and is axe clean", async () => {
    const fake = createExcelFake({ sheetNames: ["Avtal"] });
    // A cell where the template wants its title: applying stops with a conflict that quotes the cell.
    await editCell(fake.run, "Avtal", "A1", SECRET);
    const environment = withOffice(WINDOWS_CONTEXT, () => officeHostEnvironment());
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", environment: () => environment });
    const conflict = await services.applyTemplate(CONTRACT, 2026).then(() => null, (error: unknown) => error);
    expect(String((conflict as { detail?: { sv: string } }).detail?.sv)).to.contain("Kalle");
    // Now a workbook with the template and rows, one of them naming the person.
    await editCell(fake.run, "Avtal", "A1", "");
    await services.applyTemplate(CONTRACT, 2026);
    await addSampleRows(fake.run);
    await editCell(fake.run, "Placeringar", "V2", SECRET);
    await editCell(fake.run, "Sammanställning", "F3", "=1+1");

    const copied: string[] = [];
    const { container } = renderView(<AboutSection services={services} copy={async (text) => (copied.push(text), true)} />);
    await screen.findByText("SYSS-version");
    expect(screen.getByText("ExcelApi 1.17")).to.exist;
    expect(screen.getByText("CustomFunctionsRuntime stöds inte")).to.exist;
    expect(screen.getByText("Excel / PC")).to.exist;
    // The workbook's template version and the one this add-in writes.
    expect(screen.getAllByText(TEMPLATE_VERSION, { selector: "dd" })).to.have.length(2);
    expect(screen.getByText("1: Sammanställning!F3")).to.exist;

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kopiera" })));
    await screen.findByText(/Uppgifterna är kopierade/);
    expect(copied).to.have.length(1);
    const text = copied[0]!;
    expect(text).to.contain("Office-version: 16.0.17928.20114");
    expect(text).to.contain("Visningsspråk: sv-SE");
    expect(text).to.match(/Placeringar på bladet Placeringar, A1:A[A-Z]\d+/);
    expect(text).to.match(/Senaste fel: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ error\.templateConflict/);
    // No cell value: neither the name typed into a row nor the one the conflict message quoted.
    for (const fragment of ["Kalle", "850101", "Lokalvård", "P-001"]) expect(text, fragment).not.to.contain(fragment);
    expect(container.textContent).not.to.contain("Kalle");
    expect(await axeViolations(container)).to.deep.equal([]);
  });

  it("when copying is not allowed: says so and shows the text to select, still axe clean (English)", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "en" });
    const { container } = renderView(<AboutSection services={services} copy={async () => false} />, "en");
    await screen.findByText("SYSS version");
    expect(screen.getByText("none (the workbook has no SYSS template)")).to.exist;
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy" })));
    const area = await waitFor(() => screen.getByRole("textbox", { name: "The details as text" }));
    expect((area as HTMLTextAreaElement).value).to.contain("Sheets that are not SYSS's: Blad1");
    expect(await axeViolations(container)).to.deep.equal([]);
  });
});
