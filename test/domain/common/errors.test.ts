/** One error shape (issue 10): every error a user may read is a UserError with a code and both languages. */
import { expect } from "chai";
import { UserError, isUserError } from "../../../src/domain/common/errors";
import { ContractError } from "../../../src/domain/followup/contract";
import { ExanteError } from "../../../src/domain/exante/errors";
import { ModelError } from "../../../src/domain/model/errors";
import { ExcelPortError } from "../../../src/excel/portError";
import { WorkbookReadError } from "../../../src/xlsx/read";

describe("domain/common/errors", () => {
  it("a UserError carries its code, both messages and details; message is Swedish unless asked", () => {
    const error = new UserError("X", { sv: "Fel", en: "Wrong" }, { field: "a" });
    expect([error.code, error.message, error.messageIn("en"), error.details]).to.deep.equal(["X", "Fel", "Wrong", { field: "a" }]);
    expect(new UserError("X", { sv: "Fel", en: "Wrong" }, {}, "en").message).to.equal("Wrong");
    expect(isUserError(error)).to.equal(true);
    expect(isUserError(new Error("Fel"))).to.equal(false);
  });

  it("the model's, ex-ante's, contract's, file reader's and Excel port's errors are UserErrors in one shape", () => {
    const errors: UserError[] = [
      new ModelError("MISSING_VALUE", "age", undefined, { sv: "18–64", en: "18–64" }, { sv: "Ålder saknas.", en: "Age is missing." }),
      new ExanteError("INVALID_VALUE", "n", -1, { sv: "Ogiltigt antal.", en: "Invalid number." }),
      new ContractError("notObject", "", null),
      new WorkbookReadError("notXlsx", "a.txt"),
      new ExcelPortError("parametersMissing", { table: "Parametrar" }),
    ];
    for (const error of errors) {
      expect(isUserError(error), error.name).to.equal(true);
      expect(error.messageIn("sv"), error.name).to.equal(error.messages.sv).and.not.equal("");
      expect(error.messageIn("en"), error.name).to.equal(error.messages.en).and.not.equal("");
    }
    expect(errors.map((error) => error.code)).to.deep.equal(["MISSING_VALUE", "INVALID_VALUE", "notObject", "notXlsx", "parametersMissing"]);
    expect(errors[3]!.messageIn("sv")).to.equal("a.txt är inte en Excel-arbetsbok (.xlsx).");
    expect((errors[3] as WorkbookReadError).inLanguage("en")).to.equal("a.txt is not an Excel workbook (.xlsx).");
    // The Excel port's message stays English (as Office.js errors are); users read the bilingual texts.
    expect(errors[4]!.message).to.equal(errors[4]!.messages.en);
    expect((errors[4] as ExcelPortError).texts).to.equal(errors[4]!.messages);
  });
});
