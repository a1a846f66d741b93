/**
 * Issue 14 (7): the preview's grid after "Gå till" shows the selected cell's content in the formula bar (Enter
 * never writes the previous cell's text into it); a sheet with formulas says the preview does not calculate
 * them; the sample-rows button reports the fake's NotImplemented as the preview's limit, not as "create the
 * template first".
 */
import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createExcelFake } from "../../src/excel/fake";
import { addSampleRows } from "../../src/taskpane/preview/previewWrites";
import { sampleRowsError } from "../../src/taskpane/preview/previewErrors";
import { WorkbookGrid } from "../../src/taskpane/preview/WorkbookGrid";

async function workbook() {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1:B1").values = [["Ring 070-123 45 67", 46082]];
    sheet.getRange("C1").formulas = [["=B1+1"]];
    await context.sync();
  });
  return fake;
}

describe("preview grid", () => {
  afterEach(cleanup);

  it("after the add-in selects another cell, the formula bar shows that cell, and Enter writes its own content", async () => {
    const fake = await workbook();
    const edits: string[] = [];
    const onEdit = (sheet: string, address: string, text: string) => edits.push(`${sheet}!${address}=${text}`);
    const view = render(<WorkbookGrid snapshot={fake.snapshot()} onEdit={onEdit} />);
    fireEvent.click(screen.getByText("Ring 070-123 45 67"));
    const bar = document.getElementById("preview-formula") as HTMLInputElement;
    expect(bar.value).to.equal("Ring 070-123 45 67");
    // "Gå till" in the pane: the add-in selects B1.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("B1").select();
      await context.sync();
    });
    await act(async () => view.rerender(<WorkbookGrid snapshot={fake.snapshot()} onEdit={onEdit} />));
    expect(bar.value).to.equal("46082");
    fireEvent.keyDown(bar, { key: "Enter" });
    expect(edits).to.deep.equal(["Blad1!B1=46082"]);
  });

  it("explains that formulas are shown as text because the preview does not calculate", async () => {
    const fake = await workbook();
    render(<WorkbookGrid snapshot={fake.snapshot()} onEdit={() => undefined} />);
    expect(screen.getByText("=B1+1")).to.exist;
    expect(document.querySelector("[data-formula-note]")?.textContent).to.match(/räknar inte formler.*does not calculate formulas/s);
  });

  it("has no formula note on a sheet without formulas", () => {
    render(<WorkbookGrid snapshot={createExcelFake({ sheetNames: ["Blad1"] }).snapshot()} onEdit={() => undefined} />);
    expect(document.querySelector("[data-formula-note]")).to.equal(null);
  });
});

describe("preview: the sample-rows button's messages", () => {
  it("without the template: create it first", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const error = await addSampleRows(fake.run).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(sampleRowsError(error, "sv")).to.match(/^Skapa uppföljningsmallen först/);
  });

  it("the fake's NotImplemented is named as the preview's limit, in both languages", async () => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    const error = await fake
      .run(async (context) => {
        const table = context.workbook.tables.add("Blad1!A1:B3", true);
        table.resize("Blad1!A1:B2");
        await context.sync();
      })
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect((error as { code?: string }).code).to.equal("NotImplemented");
    expect(sampleRowsError(error, "sv")).to.match(/^Förhandsvisningens Excel kan inte detta ännu \(NotImplemented: /);
    expect(sampleRowsError(error, "sv")).to.not.contain("Skapa uppföljningsmallen");
    expect(sampleRowsError(error, "en")).to.match(/limit of the preview/);
  });
});
