/**
 * Print setup through Office.js: the applier sets the same print rules the .xlsx writer applies
 * (domain/followup/print.ts), in the same write batch, where ExcelApi 1.9 (worksheet.pageLayout) exists.
 */
import { expect } from "chai";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { applyTemplatePlan, type ApplyOutcome, type ApplyReport } from "../../src/excel/template/apply";
import type { ExcelPageLayout, IsSetSupported } from "../../src/excel/host/api";
import { buildWorkbook } from "../../src/xlsx/write";
import { createExcelFake } from "../../src/excel/fake";
import type { PageLayoutState } from "../../src/excel/fake/state";

const everyApi: IsSetSupported = () => true;
const upTo18: IsSetSupported = (_name, version) => Number(version ?? "1.1") <= 1.8;
const EXCEL_DEFAULT: PageLayoutState = { orientation: "Portrait", paperSize: "Letter", horizontalFitToPages: null, verticalFitToPages: null, printArea: null, printTitleRows: null, leftFooter: "", rightFooter: "" };

function expectApplied(outcome: ApplyOutcome): ApplyReport {
  if (!outcome.ok) throw new Error(`apply failed: ${outcome.problems.map((p) => p.message.en).join(" | ")}`);
  return outcome.report;
}

async function appliedLayouts(isSetSupported: IsSetSupported) {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const plan = buildTemplatePlan();
  const report = expectApplied(await applyTemplatePlan(fake.run, isSetSupported, plan));
  const layouts = new Map(fake.snapshot().sheets.map((sheet) => [sheet.name, sheet.pageLayout]));
  return { plan, report, layouts };
}

describe("applyTemplate: print setup through Office.js", () => {
  it("sets A4, one page wide and as tall as needed, on every visible sheet, within the one write batch", async () => {
    const { plan, report, layouts } = await appliedLayouts(everyApi);
    expect(report.roundTrips).to.equal(2); // load + write on a blank workbook, as without print setup
    for (const spec of plan.sheets) {
      const layout = layouts.get(spec.name)!;
      if (spec.visibility === "visible") {
        expect(layout, spec.name).to.include({ paperSize: "A4", horizontalFitToPages: 1, verticalFitToPages: 0 });
      } else {
        expect(layout, `${spec.name} (hidden) is left alone`).to.deep.equal(EXCEL_DEFAULT);
      }
    }
    expect(layouts.get("Placeringar")).to.include({ orientation: "Landscape", printTitleRows: "$1:$1", printArea: null });
    expect(layouts.get("Sammanställning")?.printArea).to.match(/^\$A\$1:\$[A-Z]+\$\d+$/);
  });

  it("gives every sheet the orientation, print area and title rows the .xlsx writer gives it", async () => {
    const { plan, layouts } = await appliedLayouts(everyApi);
    const file = buildWorkbook(plan);
    for (const spec of plan.sheets.filter((sheet) => sheet.visibility === "visible")) {
      const setup = file.getWorksheet(spec.name)!.pageSetup;
      const layout = layouts.get(spec.name)!;
      expect(layout.orientation.toLowerCase(), `${spec.name} orientation`).to.equal(setup.orientation);
      expect(layout.printArea, `${spec.name} print area`).to.equal(setup.printArea ?? null);
      expect(layout.printTitleRows, `${spec.name} title rows`).to.equal(setup.printTitlesRow ? setup.printTitlesRow.replace(/(\d+)/g, "$$$1") : null);
    }
  });

  it("leaves print settings alone on a host without ExcelApi 1.9 (no pageLayout there)", async () => {
    const { layouts } = await appliedLayouts(upTo18);
    for (const [name, layout] of layouts) expect(layout, name).to.deep.equal(EXCEL_DEFAULT);
  });
});

describe("Excel fake: worksheet.pageLayout rejects what Excel rejects", () => {
  const cases: Array<[string, (layout: ExcelPageLayout) => void]> = [
    ["an unknown orientation", (layout) => (layout.orientation = "Sideways")],
    ["an unknown paper size", (layout) => (layout.paperSize = "A99")],
    ["a negative fit-to-pages", (layout) => (layout.zoom = { horizontalFitToPages: -1 })],
    ["a scale together with fit-to-pages", (layout) => (layout.zoom = { horizontalFitToPages: 1, scale: 50 })],
    ["a relative print area", (layout) => layout.setPrintArea("A1:B2")],
    ["title rows that are not whole rows", (layout) => layout.setPrintTitleRows("A1:B1")],
  ];
  /** The error the write fails with at sync, or null. */
  const failureOf = (write: (layout: ExcelPageLayout) => void) => {
    const fake = createExcelFake({ sheetNames: ["Blad1"] });
    return fake
      .run(async (context) => {
        write(context.workbook.worksheets.getItem("Blad1").pageLayout);
        await context.sync();
      })
      .then(
        () => null,
        (caught: { code?: string }) => caught,
      );
  };
  for (const [name, write] of cases) {
    it(`rejects ${name} at sync`, async () => {
      expect((await failureOf(write))?.code).to.equal("InvalidArgument");
    });
  }
  it("accepts what SYSS writes", async () => {
    const accepted = await failureOf((layout) => {
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("$A$1:$D$20");
      layout.setPrintTitleRows("$1:$1");
    });
    expect(accepted).to.equal(null);
  });
});
