/** The errors "Om SYSS" lists: names and codes only, from every path an error takes to the pane. */
import { expect } from "chai";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import { createErrorLog, scrubError } from "../../src/taskpane/shell/errorLog";
import { createTaskpaneServices } from "../../src/taskpane/services/officeServices";
import type { LiveListener, WorkbookPort } from "../../src/excel/workbook";

const SECRET = "Kalle Anka 850101-1236";

function officeError(code: string, location: string): Error {
  return Object.assign(new Error(`Värdet "${SECRET}" i cellen kan inte skrivas`), { name: "RichApi.Error", code, debugInfo: { errorLocation: location, message: SECRET } });
}

describe("error log (Om SYSS)", () => {
  it("keeps the pane's key, Office's code and location, from the error or its cause, never a message", () => {
    const wrapped = new TaskpaneError("error.excelBusy", { sv: SECRET, en: SECRET }, { cause: officeError("InvalidOperationInCellEditMode", "Range.values") });
    const entry = scrubError(wrapped, new Date("2026-11-30T10:00:00.123Z"));
    expect(entry).to.deep.equal({ at: "2026-11-30T10:00:00Z", kind: "error.excelBusy", code: "InvalidOperationInCellEditMode", location: "Range.values" });
    expect(scrubError(officeError("GeneralException", "Workbook.tables"))).to.include({ kind: "RichApi.Error", code: "GeneralException" });
    // A "code" that is not an identifier (here a cell's text) is dropped, not kept.
    expect(scrubError({ code: SECRET })).to.include({ kind: "object", code: null });
    expect(JSON.stringify(scrubError(wrapped))).not.to.contain("Kalle");
  });

  it("keeps the last ten", () => {
    const log = createErrorLog();
    for (let i = 0; i < 12; i++) log.record(new TaskpaneError(i < 2 ? "error.download" : "error.unexpected"));
    expect(log.recent()).to.have.length(10);
    expect(log.recent().every((entry) => entry.kind === "error.unexpected")).to.equal(true);
  });

  it("the services record rejected calls and live mode's reported failures", async () => {
    const access = {
      templateVersion: async () => "1.0.0",
      validate: async () => {
        throw officeError("InvalidOperationInCellEditMode", "Range.values");
      },
      startLiveValidation: async (listener: LiveListener) => {
        listener.onError(officeError("AccessDenied", "Worksheet.getRange"));
        return async () => undefined;
      },
      workbookShape: async () => ({ markerVersion: null, sheets: [], tables: [], formulas: [] }),
    } as unknown as WorkbookPort;
    const services = createTaskpaneServices(access, { today: () => "2026-06-15" });
    await services.validate().then(
      () => expect.fail("validate should reject"),
      (error: unknown) => expect(error).to.be.instanceOf(TaskpaneError),
    );
    const heard: unknown[] = [];
    await services.watchPlacements(() => undefined, (error) => heard.push(error));
    expect(heard).to.have.length(1);
    const errors = (await services.about()).recentErrors.map(({ kind, code }) => `${kind} ${code}`);
    expect(errors).to.deep.equal(["error.excelBusy InvalidOperationInCellEditMode", "error.sheetProtected AccessDenied"]);
  });
});
