/**
 * The custom functions in a real formula engine: HyperFormula evaluates sheets that call SYSS.* over
 * ranges, a key/value block and the Parametrar table, with Swedish-style ';' argument separators.
 * Every result is compared with computeEffect called directly.
 */
import { expect } from "chai";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { computeEffect, listParameters } from "../../src/domain/model";
import { useCustomFunctionsShim } from "../support/custom-functions-shim";
import { registerSyssFunctions } from "../support/hyperformula-syss";

const PLACERINGAR = [
  ["Ärende-ID", "Ålder", "Sysselsättningsform", "Startdatum", "Planerat slutdatum", "Omfattning (%)", "Bruttolön per månad", "Anställningsstöd", "Nyanländ"],
  ["P-001", 30, "anställning", 45_658, 46_022, 100, 20_500, "nystartsjobb", "Ja"],
  ["P-002", 22, "lärlingsanställning", 45_717, 45_900, 75, 15_000, "ingen", "Nej"],
  ["P-003", 40, "heltid", 45_658, 46_022, 100, 20_500, "ingen", "Nej"],
  [null, null, null, null, null, null, null, null, null],
];
// P-001 runs 2025-01-01..2025-12-31 (12 calendar months), P-002 2025-03-01..2025-08-31 (6).
const P001 = { age: 30, form: "anställning", months: 12, scope: 1, salary: 20_500, subsidy: "nystartsjobb", newArrival: true };
const P002 = { age: 22, form: "lärlingsanställning", months: 6, scope: 0.75, salary: 15_000, subsidy: "ingen", newArrival: false };

/** The Parametrar table for 2025 with the user's own municipal tax rate in Värde. */
const PARAMETRAR = [
  ["Nyckel", "Beskrivning", "Värde", "Enhet", "Standardvärde", "Källa", "Uppskattning"],
  ...listParameters(2025).map((row) => [row.key, row.label, row.key === "tax.municipal" ? 0.2198 : row.value, row.unit, row.value, row.source, row.estimate ? "Ja" : "Nej"]),
];
const PARAMETRAR_LAST_ROW = PARAMETRAR.length;
const OVERRIDES_2025 = { year: 2025, overrides: { "tax.municipal": 0.2198 } };

const KALKYL = [
  ["Sysselsättningsform", "anställning"],
  ["Antal månader", 12],
  ["Bruttolön per månad (kr)", 20_500],
  ["Parameterår", 2019],
];
const KALKYL_INPUT = { form: "anställning", months: 12, salary: 20_500, year: 2019 };

const ACTORS = ["individual", "municipality", "region", "state", "employer", "society"] as const;

describe("SYSS functions in HyperFormula", () => {
  useCustomFunctionsShim();
  let hf: HyperFormula;

  before(() => {
    registerSyssFunctions();
    hf = HyperFormula.buildFromSheets(
      {
        Placeringar: PLACERINGAR,
        Parametrar: PARAMETRAR,
        Kalkyl: [
          ...KALKYL,
          ["=SYSS.EFFECT(A1:B4)", "=SYSS.EFFECT(A1:B4;;\"Individ\")"],
          ["=SYSS.EFFECT(Placeringar!A2:I2;Placeringar!A1:I1;\"Kommun\";Parametrar!A1:G" + PARAMETRAR_LAST_ROW + ")"],
          ["=SYSS.EFFECT(A1:B4;;\"Kyrkan\")", "=SYSS.EFFECT(A1:B3;;;Parametrar!A2:G" + PARAMETRAR_LAST_ROW + ")"],
          ["=SYSS.PARAM(\"pbb\";2019)", "=SYSS.PARAM(\"tax.church\")", "=SYSS.PARAM(\"pbb\";2024)"],
        ],
        Samhallsekonomi: [["=SYSS.EFFECTS(Placeringar!A2:I5;Placeringar!A1:I1;Parametrar!A2:G" + PARAMETRAR_LAST_ROW + ")"]],
        Uppdelning: [["=SYSS.BREAKDOWN(Kalkyl!A1:B4)"]],
        Parameterlista: [["=SYSS.PARAMS(2019)"]],
      },
      // smartRounding off: compare the exact numbers the functions return, not display-rounded ones.
      { licenseKey: "gpl-v3", functionArgSeparator: ";", smartRounding: false },
    );
  });
  after(() => hf.destroy());

  function sheet(name: string): number {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  }
  const value = (name: string, row: number, col: number) => hf.getCellValue({ sheet: sheet(name), row, col });

  it("SYSS.EFFECT over a key/value block equals computeEffect, for Samhället and an actor", () => {
    const expected = computeEffect(KALKYL_INPUT).actors;
    expect(value("Kalkyl", 4, 0)).to.equal(expected.society);
    expect(value("Kalkyl", 4, 1)).to.equal(expected.individual);
  });

  it("SYSS.EFFECT over a table row with headers and the Parametrar table (with header) as overrides", () => {
    expect(value("Kalkyl", 5, 0)).to.equal(computeEffect(P001, OVERRIDES_2025).actors.municipality);
  });

  it("SYSS.EFFECT with the Parametrar data rows (no header) as overrides takes their year", () => {
    const expected = computeEffect({ form: "anställning", months: 12, salary: 20_500 }, OVERRIDES_2025).actors.society;
    expect(value("Kalkyl", 6, 1)).to.equal(expected);
  });

  it("shows #VALUE! with the message for a bad actor", () => {
    const error = value("Kalkyl", 6, 0);
    expect(error).to.be.instanceOf(DetailedCellError);
    expect((error as DetailedCellError).value).to.equal("#VALUE!");
    expect((error as DetailedCellError).message).to.contain("Okänd aktör");
  });

  it("SYSS.PARAM returns values, #N/A for an unknown key and #VALUE! for a wrong year", () => {
    expect(value("Kalkyl", 7, 0)).to.equal(46_500);
    expect((value("Kalkyl", 7, 1) as DetailedCellError).value).to.equal("#N/A");
    const wrongYear = value("Kalkyl", 7, 2) as DetailedCellError;
    expect(wrongYear.value).to.equal("#VALUE!");
    expect(wrongYear.message).to.contain("2019, 2025, 2026");
  });

  it("SYSS.EFFECTS spills six actor columns per Placeringar row, with errors and blanks per row", () => {
    const spilled = hf.getSheetValues(sheet("Samhallsekonomi"));
    expect(spilled).to.have.length(4);
    const first = computeEffect(P001, OVERRIDES_2025).actors;
    const second = computeEffect(P002, OVERRIDES_2025).actors;
    expect(spilled[0]).to.deep.equal(ACTORS.map((actor) => first[actor]));
    expect(spilled[1]).to.deep.equal(ACTORS.map((actor) => second[actor]));
    for (const cell of spilled[2] ?? []) {
      expect(cell).to.be.instanceOf(DetailedCellError);
      expect((cell as DetailedCellError).message).to.contain("Sysselsättningsform");
    }
    expect(spilled[3]).to.deep.equal(["", "", "", "", "", ""]);
  });

  it("SYSS.BREAKDOWN spills Aktör | Post | Belopp with totals per actor", () => {
    const rows = hf.getSheetValues(sheet("Uppdelning"));
    const result = computeEffect(KALKYL_INPUT);
    expect(rows[0]).to.deep.equal(["Aktör", "Post", "Belopp (kr)"]);
    expect(rows.slice(1, 1 + result.items.length).map((row) => row[2])).to.deep.equal(result.items.map((item) => item.amount));
    expect(rows[rows.length - 1]).to.deep.equal(["Samhället", "Summa", result.actors.society]);
  });

  it("SYSS.PARAMS spills the parameter list of the year", () => {
    const rows = hf.getSheetValues(sheet("Parameterlista"));
    expect(rows).to.have.length(1 + listParameters(2019).length);
    expect(rows[0]).to.deep.equal(["Nyckel", "Beskrivning", "Värde", "Enhet", "Källa", "Uppskattning"]);
    expect(rows.find((row) => row[0] === "jsa.phaseOutStart")?.[2]).to.equal(13.48);
  });

  it("recalculates when an input cell changes", () => {
    hf.setCellContents({ sheet: sheet("Kalkyl"), row: 2, col: 1 }, 25_000);
    expect(value("Kalkyl", 4, 0)).to.equal(computeEffect({ ...KALKYL_INPUT, salary: 25_000 }).actors.society);
  });
});
