import { expect } from "chai";
import { CONTRACT_FIELDS } from "../../../src/domain/followup/contract";
import { definedNameProblem, EXCEL_LIMITS, isCellReference, sheetNameProblem, validationTextProblem } from "../../../src/domain/followup/excelLimits";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";

describe("domain/followup/excelLimits", () => {
  it("the limits are Excel's documented numbers", () => {
    expect(EXCEL_LIMITS).to.include({ validationTitle: 32, validationPrompt: 255, validationError: 224, validationFormula: 255, sheetName: 31, name: 255 });
  });

  it("every data validation of the plan (full and supplier) fits Excel's title and message limits", () => {
    for (const plan of [buildTemplatePlan(), buildTemplatePlan(undefined, { supplierVersion: true })]) {
      for (const item of plan.validations) {
        const { prompt, error } = item.validation;
        const problem = validationTextProblem({ promptTitle: prompt?.title, prompt: prompt?.text, errorTitle: error.title, error: error.text });
        expect(problem, `${item.sheet}!${item.range}`).to.equal(undefined);
      }
    }
  });

  it("the two long Avtal labels have short dialog titles; the labels in the sheet stay whole", () => {
    const org = CONTRACT_FIELDS.find((field) => field.key === "supplierOrgNumber")!;
    const start = CONTRACT_FIELDS.find((field) => field.key === "startDeadlineMonths")!;
    expect(org.label).to.equal("Leverantörens organisationsnummer");
    expect(start.label.length).to.be.greaterThan(32);
    const titles = buildTemplatePlan().validations.flatMap((item) => [item.validation.error.title, item.validation.prompt?.title]);
    expect(titles).to.include(org.shortLabel).and.to.include(start.shortLabel);
    // Text fields have no validation, so no dialog title.
    for (const field of CONTRACT_FIELDS.filter((item) => item.type !== "text")) expect((field.shortLabel ?? field.label).length, field.key).to.be.at.most(32);
  });

  it("judges titles and messages at and over each limit", () => {
    expect(validationTextProblem({ promptTitle: "x".repeat(32), errorTitle: "x".repeat(32), prompt: "x".repeat(255), error: "x".repeat(224) })).to.equal(undefined);
    expect(validationTextProblem({ promptTitle: "x".repeat(33) })).to.contain("promptTitle");
    expect(validationTextProblem({ errorTitle: "x".repeat(33) })).to.contain("errorTitle");
    expect(validationTextProblem({ prompt: "x".repeat(256) })).to.contain("prompt");
    expect(validationTextProblem({ error: "x".repeat(225) })).to.contain("error");
  });

  it("sheet names: 31 characters, none of \\ / ? * [ ] :, no edge apostrophes, not History", () => {
    expect(sheetNameProblem("Samhällsekonomi")).to.equal(undefined);
    expect(sheetNameProblem("x".repeat(31))).to.equal(undefined);
    for (const bad of ["", "x".repeat(32), "a/b", "a:b", "a[1]", "what?", "'quoted", "History"]) expect(sheetNameProblem(bad), bad).to.be.a("string");
  });

  it("defined and table names: letters first, no cell references in A1 or R1C1 style", () => {
    for (const good of ["Avtal_Start", "Placeringar", "_hidden", "SYSS_Mallversion", "XFE1", "A1048577", "Lista.Kon"]) expect(definedNameProblem(good), good).to.equal(undefined);
    for (const bad of ["A1", "xfd1048576", "R1C1", "R", "c", "RC", "R12", "C3", "1abc", "a b", "TRUE", "x".repeat(256)]) expect(definedNameProblem(bad), bad).to.be.a("string");
    expect(isCellReference("AB12")).to.equal(true);
    expect(isCellReference("Sam_Status")).to.equal(false);
  });
});
