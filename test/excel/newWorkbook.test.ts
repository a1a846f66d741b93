import { expect } from "chai";
import { openAsNewWorkbook, toBase64 } from "../../src/excel/host/newWorkbook";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { createExcelFake } from "../../src/excel/fake";

const BYTES = new Uint8Array([80, 75, 3, 4, 0, 255, 128]);

describe("excel/newWorkbook: the supplier version through Excel.createWorkbook", () => {
  it("encodes bytes as base64 without Node's Buffer, also past one chunk", () => {
    expect(toBase64(BYTES)).to.equal(Buffer.from(BYTES).toString("base64"));
    const large = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(large)).to.equal(Buffer.from(large).toString("base64"));
  });

  it("opens the file with createWorkbook(base64) when ExcelApi 1.8 is there", async () => {
    const opened: string[] = [];
    const outcome = await openAsNewWorkbook(BYTES, {
      createWorkbook: async (base64) => void opened.push(base64),
      isSetSupported: (name, version) => name === "ExcelApi" && version === "1.8",
    });
    expect(outcome).to.equal("opened");
    expect(opened).to.deep.equal([Buffer.from(BYTES).toString("base64")]);
  });

  it("says unavailable (download instead) without ExcelApi 1.8, without createWorkbook, when Excel refuses or outside Office", async () => {
    const never = async () => {
      throw new Error("must not be called");
    };
    expect(await openAsNewWorkbook(BYTES, { createWorkbook: never, isSetSupported: () => false })).to.equal("unavailable");
    expect(await openAsNewWorkbook(BYTES, { isSetSupported: () => true })).to.equal("unavailable");
    const refusing = async () => {
      throw Object.assign(new Error("blocked"), { code: "GeneralException" });
    };
    expect(await openAsNewWorkbook(BYTES, { createWorkbook: refusing, isSetSupported: () => true })).to.equal("unavailable");
    const noOffice = () => {
      throw new ReferenceError("Office is not defined");
    };
    expect(await openAsNewWorkbook(BYTES, { createWorkbook: never, isSetSupported: noOffice })).to.equal("unavailable");
  });

  it("the Excel services pass the supplier file's bytes to createWorkbook", async () => {
    const fake = createExcelFake();
    const opened: string[] = [];
    const services = createExcelServices({
      run: fake.run, isSetSupported: () => true, lang: "sv", createWorkbook: async (base64) => void opened.push(base64),
    });
    expect(await services.openWorkbook({ fileName: "x.xlsx", bytes: BYTES })).to.equal("opened");
    expect(opened).to.deep.equal([toBase64(BYTES)]);
    const withoutHost = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv" });
    expect(await withoutHost.openWorkbook({ fileName: "x.xlsx", bytes: BYTES })).to.equal("unavailable");
  });
});
