import { expect } from "chai";
import { listParameters } from "../../src/domain/model";
import { paramValue, paramsMatrix } from "../../src/functions/params";
import { thrownFunctionError, useCustomFunctionsShim } from "../support/custom-functions-shim";

describe("SYSS.PARAM and SYSS.PARAMS", () => {
  useCustomFunctionsShim();

  it("PARAM returns a parameter's value, for the newest year by default", () => {
    expect(paramValue("pbb")).to.equal(59_200);
    expect(paramValue("pbb", 2019)).to.equal(46_500);
    expect(paramValue(" tax.municipal ", [[2025]])).to.equal(0.2072);
    expect(paramValue("pbb", "")).to.equal(59_200);
  });

  it("PARAM gives #N/A for an unknown key or a key the year lacks", () => {
    const unknown = thrownFunctionError(() => paramValue("tax.church"));
    expect(unknown.code).to.equal("#N/A");
    expect(unknown.message).to.contain("Okänd parameter \"tax.church\"");
    expect(thrownFunctionError(() => paramValue("fee.youth", 2025)).code).to.equal("#N/A");
    expect(thrownFunctionError(() => paramValue("")).code).to.equal("#VALUE!");
  });

  it("PARAM and PARAMS give #VALUE! listing the available years for a wrong year", () => {
    const error = thrownFunctionError(() => paramValue("pbb", 2024));
    expect(error.code).to.equal("#VALUE!");
    expect(error.message).to.contain("Tillgängliga år: 2019, 2025, 2026");
    expect(thrownFunctionError(() => paramsMatrix("i fjol")).code).to.equal("#VALUE!");
  });

  it("PARAMS returns Nyckel | Beskrivning | Värde | Enhet | Källa | Uppskattning", () => {
    const matrix = paramsMatrix(2025);
    expect(matrix[0]).to.deep.equal(["Nyckel", "Beskrivning", "Värde", "Enhet", "Källa", "Uppskattning"]);
    expect(matrix).to.have.length(1 + listParameters(2025).length);
    expect(matrix.find((row) => row[0] === "tax.municipal")).to.deep.equal([
      "tax.municipal", "Kommunal skattesats (genomsnitt)", 0.2072, "andel",
      "SCB, genomsnittlig kommunal del av skattesatsen; 2025/2026 uppdelning av SCB:s totaler 32,41 % / 32,38 % är uppskattad", "Ja",
    ]);
    expect(matrix.find((row) => row[0] === "pbb")?.[5]).to.equal("Nej");
  });
});
