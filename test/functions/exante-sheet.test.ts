/**
 * The Förhandskalkyl sheet's own formulas, recalculated by a spreadsheet engine (HyperFormula with the
 * SYSS functions), agree with `syss sensitivity` / the domain on every figure the sheet shows.
 */
import { expect } from "chai";
import { HyperFormula } from "hyperformula";
import { estimateSheet, clauseSheet, ESTIMATE_COLUMNS, type ExanteSheet } from "../../src/domain/exante/sheets";
import { parseProfiles, sensitivityOf, SENSITIVITY_DIMENSIONS } from "../../src/domain/exante/sensitivity";
import { clauseText } from "../../src/domain/exante/clause";
import { parseContract } from "../../src/domain/followup/contract";
import { ACTOR_KEYS } from "../../src/domain/model";
import { registerSyssFunctions } from "../support/hyperformula-syss";
import { useCustomFunctionsShim } from "../support/custom-functions-shim";
import { COMPLETE_CONTRACT } from "../support/exante-contracts";

const PROFILES = [
  { name: "Städ 12 mån", form: "anställning", positions: 2, months: 12, salary: 20_500, subsidy: "nystartsjobb", productionFactor: 0.8, age: 30,
    unemployedMonths: 18, newArrival: true, supervisorSalary: 30_000, supervisionShare: 0.1, adminCost: 10_000, procurementCost: 40_000, year: 2019 },
  { name: "Lärling", form: "lärlingsanställning", positions: 1, months: 24, salary: 18_000, productionFactor: 0.5, age: 22, year: 2019 },
  { name: "Praktik", form: "praktik", positions: 3, months: 3, year: 2019 },
];

function toMatrix(sheet: ExanteSheet): (string | number | boolean | null)[][] {
  const matrix: (string | number | boolean | null)[][] = [];
  for (const cell of sheet.cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (!match) throw new Error(cell.address);
    const col = [...(match[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(match[2]) - 1;
    while (matrix.length <= row) matrix.push([]);
    const line = matrix[row] ?? [];
    while (line.length <= col) line.push(null);
    line[col] = cell.formula ?? cell.value ?? null;
  }
  return matrix;
}

describe("Förhandskalkyl sheet", () => {
  useCustomFunctionsShim();
  const sheet = estimateSheet(PROFILES);
  const expected = sensitivityOf(parseProfiles(PROFILES.map(({ name: _name, ...rest }) => rest)));
  let hf: HyperFormula;

  before(() => {
    registerSyssFunctions();
    hf = HyperFormula.buildFromSheets({ Kalkyl: toMatrix(sheet) }, { licenseKey: "gpl-v3", smartRounding: false });
  });
  after(() => hf.destroy());

  const value = (address: string): unknown => {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    const col = [...(match?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return hf.getCellValue({ sheet: 0, row: Number(match?.[2]) - 1, col });
  };

  it("totals row per actor = the domain's totals (what syss sensitivity prints as base)", () => {
    const inputWidth = ESTIMATE_COLUMNS.length;
    ACTOR_KEYS.forEach((actor, index) => {
      const letter = String.fromCharCode(65 + inputWidth + index);
      expect(value(`${letter}7`), actor).to.be.closeTo(expected.base[actor], 1e-6);
    });
  });

  it("break-even cell = the closed-form factor", () => {
    expect(value("B9")).to.be.closeTo(expected.breakEvenProductionFactor ?? Number.NaN, 1e-12);
  });

  it("the sensitivity table = the ranges for society", () => {
    SENSITIVITY_DIMENSIONS.forEach((dimension, index) => {
      const row = 12 + index;
      expect(value(`B${row}`), dimension).to.be.closeTo(expected.ranges[dimension].min.society, 1e-6);
      expect(value(`C${row}`)).to.be.closeTo(expected.base.society, 1e-6);
      expect(value(`D${row}`)).to.be.closeTo(expected.ranges[dimension].max.society, 1e-6);
    });
  });

  it("a user's edit to a profile flows through the formulas", () => {
    hf.setCellContents({ sheet: 0, row: 3, col: 7 }, 0.3); // first profile's production factor
    const changed = sensitivityOf(parseProfiles([{ ...PROFILES[0], productionFactor: 0.3 }, PROFILES[1], PROFILES[2]].map(({ name: _name, ...rest }) => rest)));
    expect(value(`${String.fromCharCode(65 + ESTIMATE_COLUMNS.length + 5)}7`)).to.be.closeTo(changed.base.society, 1e-6);
  });
});

describe("Avtalsvillkor sheet", () => {
  it("one paragraph per cell in column A, wrapped, title bold, within Excel's cell limit", () => {
    const clause = clauseText(parseContract(COMPLETE_CONTRACT), "sv");
    const sheet = clauseSheet(clause);
    expect(sheet.cells.map((cell) => cell.value)).to.deep.equal(clause.paragraphs.map((paragraph) => paragraph.text));
    expect(sheet.cells.every((cell) => cell.address.startsWith("A") && cell.wrap === true)).to.equal(true);
    expect(sheet.cells[0]?.bold).to.equal(true);
    expect(sheet.cells.every((cell) => String(cell.value).length <= 32_767)).to.equal(true);
  });
});
