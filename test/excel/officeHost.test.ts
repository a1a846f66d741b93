import { expect } from "chai";
import { AUTO_SHOW_SETTING, enableAutoOpen, ribbonHostFor, type OfficeSubset } from "../../src/excel/host/officeHost";

/** A faked Office global: which requirement sets it has, its document settings and what was called. */
function fakeOffice(options: { sharedRuntime: boolean; saveSucceeds?: boolean; startupRejects?: boolean; settings?: Record<string, unknown> }) {
  const stored: Record<string, unknown> = { ...options.settings };
  const pending: Record<string, unknown> = { ...stored };
  const calls: string[] = [];
  const office: OfficeSubset = {
    context: {
      requirements: { isSetSupported: (name, version) => name === "SharedRuntime" && version === "1.1" && options.sharedRuntime },
      document: {
        settings: {
          get: (name) => pending[name] ?? null,
          set: (name, value) => {
            pending[name] = value;
          },
          saveAsync: (callback) => {
            calls.push("saveAsync");
            if (options.saveSucceeds !== false) Object.assign(stored, pending);
            callback?.({ status: options.saveSucceeds === false ? "failed" : "succeeded" });
          },
        },
      },
    },
    addin: {
      setStartupBehavior: async (behavior: never) => {
        calls.push(`setStartupBehavior:${String(behavior)}`);
        if (options.startupRejects) throw new Error("not supported");
      },
      showAsTaskpane: async () => {
        calls.push("showAsTaskpane");
      },
    },
    actions: { associate: (name) => calls.push(`associate:${name}`) },
    StartupBehavior: { load: "load" },
    AsyncResultStatus: { Succeeded: "succeeded" },
  };
  return { office, stored, calls };
}

describe("officeHost: the pane opens with SYSS workbooks", () => {
  it("where SharedRuntime 1.1 is supported: loads at startup and saves the document setting", async () => {
    const { office, stored, calls } = fakeOffice({ sharedRuntime: true });
    expect(await enableAutoOpen(office)).to.deep.equal({ startupLoad: true, documentSetting: true });
    expect(calls).to.deep.equal(["setStartupBehavior:load", "saveAsync"]);
    expect(stored[AUTO_SHOW_SETTING]).to.equal(true);
  });

  it("where it is not: does not call setStartupBehavior, still saves the document setting", async () => {
    const { office, stored, calls } = fakeOffice({ sharedRuntime: false });
    expect(await enableAutoOpen(office)).to.deep.equal({ startupLoad: false, documentSetting: true });
    expect(calls).to.deep.equal(["saveAsync"]);
    expect(stored[AUTO_SHOW_SETTING]).to.equal(true);
  });

  it("never rejects: a rejected startup behaviour and a failed save are reported, not thrown", async () => {
    const { office, stored } = fakeOffice({ sharedRuntime: true, startupRejects: true, saveSucceeds: false });
    expect(await enableAutoOpen(office)).to.deep.equal({ startupLoad: false, documentSetting: false });
    expect(stored[AUTO_SHOW_SETTING]).to.equal(undefined);
  });

  it("does not save again (no document change) when the workbook already carries the setting", async () => {
    const { office, calls } = fakeOffice({ sharedRuntime: false, settings: { [AUTO_SHOW_SETTING]: true } });
    expect(await enableAutoOpen(office)).to.deep.equal({ startupLoad: false, documentSetting: true });
    expect(calls).to.deep.equal([]);
  });

  it("gives the ribbon Office.actions.associate and Office.addin.showAsTaskpane", async () => {
    const { office, calls } = fakeOffice({ sharedRuntime: true });
    const host = ribbonHostFor(office);
    host.associate("validateWorkbook", () => undefined);
    await host.showTaskpane();
    expect(calls).to.deep.equal(["associate:validateWorkbook", "showAsTaskpane"]);
  });
});
