import { expect } from "chai";
import fc from "fast-check";
import { computeEffect, listParameters } from "../../src/domain/model";
import { PLACEMENT_HEADERS } from "../../src/domain/followup/names";
import { breakdownMatrix, effectValue, effectsMatrix, BREAKDOWN_ROWS } from "../../src/functions/effect";
import { CustomFunctionsErrorShim, thrownFunctionError, useCustomFunctionsShim } from "../support/custom-functions-shim";

const HEADERS = [["Ärende-ID", "Ålder", "Sysselsättningsform", "Startdatum", "Planerat slutdatum", "Omfattning (%)", "Bruttolön per månad", "Anställningsstöd", "Nyanländ"]];
const ROW = ["P-001", 30, "anställning", 45_658, 46_022, 100, 20_500, "nystartsjobb", "Ja"];
/** The same placement as canonical input: 2025-01-01..2025-12-31 is 12 calendar months. */
const CANONICAL = { age: 30, form: "anställning", months: 12, scope: 1, salary: 20_500, subsidy: "nystartsjobb", newArrival: true };

/** The Parametrar table as the template writes it: Nyckel, Beskrivning, Värde, Enhet, Standardvärde, Källa, Uppskattning. */
function parametrarTable(year: 2019 | 2025 | 2026, changes: Record<string, number> = {}, withHeader = true): unknown[][] {
  const rows = listParameters(year).map((row) => [row.key, row.label, changes[row.key] ?? row.value, row.unit, row.value, row.source, row.estimate ? "Ja" : "Nej"]);
  return withHeader ? [["Nyckel", "Beskrivning", "Värde", "Enhet", "Standardvärde", "Källa", "Uppskattning"], ...rows] : rows;
}

describe("SYSS.EFFECT", () => {
  useCustomFunctionsShim();

  it("computes a row under its header row, for Samhället by default", () => {
    expect(effectValue([ROW], HEADERS)).to.equal(computeEffect(CANONICAL).actors.society);
  });

  it("takes the actor in Swedish or English", () => {
    const expected = computeEffect(CANONICAL).actors;
    expect(effectValue([ROW], HEADERS, "Kommun")).to.equal(expected.municipality);
    expect(effectValue([ROW], HEADERS, "employer")).to.equal(expected.employer);
    expect(effectValue([ROW], HEADERS, [["samhallet"]])).to.equal(expected.society);
    expect(effectValue([ROW], HEADERS, "")).to.equal(expected.society);
  });

  it("reads a two-column key/value block when the headers are omitted", () => {
    const block = [
      ["Sysselsättningsform", "anställning"],
      ["Antal månader", 12],
      ["Bruttolön per månad (kr)", 20_500],
      ["Parameterår", 2019],
      ["", ""],
    ];
    const expected = computeEffect({ form: "anställning", months: 12, salary: 20_500, year: 2019 }).actors;
    expect(effectValue(block)).to.equal(expected.society);
    expect(effectValue(block, null, "Individ")).to.equal(expected.individual);
    expect(effectValue(block, [[""]], "Region")).to.equal(expected.region);
  });

  it("applies the Parametrar table as overrides, with or without its header row, and takes its year", () => {
    const input = [["form", "anställning"], ["months", 12], ["salary", 30_000]];
    const expected = computeEffect({ form: "anställning", months: 12, salary: 30_000 }, { year: 2025, overrides: { "tax.municipal": 0.25 } });
    expect(effectValue(input, undefined, "Kommun", parametrarTable(2025, { "tax.municipal": 0.25 }))).to.equal(expected.actors.municipality);
    expect(effectValue(input, undefined, "Kommun", parametrarTable(2025, { "tax.municipal": 0.25 }, false))).to.equal(expected.actors.municipality);
  });

  it("applies a two-column key | value overrides range; blank rows ignored", () => {
    const input = [["form", "anställning"], ["months", 12], ["salary", 30_000]];
    const overrides = [["tax.municipal", 0.25], ["", ""], ["bb.monthly", 2_000]];
    const expected = computeEffect({ form: "anställning", months: 12, salary: 30_000 }, { overrides: { "tax.municipal": 0.25, "bb.monthly": 2_000 } });
    expect(effectValue(input, undefined, "Kommun", overrides)).to.equal(expected.actors.municipality);
  });

  it("gives #VALUE! naming the field and the allowed values for a bad input", () => {
    const error = thrownFunctionError(() => effectValue([["form", "anställning"], ["months", 12], ["salary", 20_500], ["Ålder", 12]]));
    expect(error.code).to.equal("#VALUE!");
    expect(error.message).to.equal("Ogiltigt värde för Ålder: 12. Tillåtet: ett heltal från 16 till 80.");
  });

  it("gives #VALUE! for an unknown actor, mismatched headers, or a one-column block", () => {
    expect(thrownFunctionError(() => effectValue([ROW], HEADERS, "Kyrkan")).message).to.contain("Okänd aktör \"Kyrkan\"");
    expect(thrownFunctionError(() => effectValue([ROW.slice(0, 3)], HEADERS)).message).to.contain("Rubrikraden har 9 celler men värdena 3");
    expect(thrownFunctionError(() => effectValue([["anställning"], [12]])).code).to.equal("#VALUE!");
  });

  it("gives #N/A for an unknown parameter key in the overrides, #VALUE! for a bad parameter value", () => {
    const input = [["form", "praktik"], ["months", 3]];
    const unknown = thrownFunctionError(() => effectValue(input, undefined, undefined, [["tax.church", 0.01]]));
    expect(unknown.code).to.equal("#N/A");
    expect(unknown.message).to.contain("tax.church");
    expect(thrownFunctionError(() => effectValue(input, undefined, undefined, [["tax.municipal", -1]])).code).to.equal("#VALUE!");
  });

  it("lists the available years for a wrong year", () => {
    const error = thrownFunctionError(() => effectValue([["form", "praktik"], ["months", 3], ["Parameterår", 2020]]));
    expect(error.code).to.equal("#VALUE!");
    expect(error.message).to.contain("2019, 2025, 2026");
  });
});

describe("SYSS.EFFECTS", () => {
  useCustomFunctionsShim();

  it("returns six actor columns per row, equal to computeEffect", () => {
    const second = ["P-002", 22, "lärlingsanställning", "2025-03-01", "2025-08-31", 75, 15_000, "ingen", "Nej"];
    const matrix = effectsMatrix([ROW, second], HEADERS);
    expect(matrix).to.have.length(2);
    const first = computeEffect(CANONICAL).actors;
    expect(matrix[0]).to.deep.equal([first.individual, first.municipality, first.region, first.state, first.employer, first.society]);
    const other = computeEffect({ age: 22, form: "lärlingsanställning", months: 6, scope: 0.75, salary: 15_000, newArrival: false }).actors;
    expect(matrix[1]).to.deep.equal([other.individual, other.municipality, other.region, other.state, other.employer, other.society]);
  });

  it("gives empty strings for an empty row and #VALUE! cells for a bad row, computing the rest", () => {
    const bad = ["P-003", 30, "heltid", 45_658, 46_022, 100, 20_500, "ingen", "Nej"];
    const matrix = effectsMatrix([ROW, ["", null, "", "", "", "", "", "", ""], bad, ROW], HEADERS);
    expect(matrix[1]).to.deep.equal(["", "", "", "", "", ""]);
    for (const cell of matrix[2] ?? []) {
      expect(cell).to.be.instanceOf(CustomFunctionsErrorShim);
      expect((cell as CustomFunctionsErrorShim).code).to.equal("#VALUE!");
      expect((cell as CustomFunctionsErrorShim).message).to.contain("Sysselsättningsform");
    }
    expect(matrix[3]).to.deep.equal(matrix[0]);
  });

  it("leaves a placement that is offered but not started empty, but reports a started one without an end", () => {
    const offered = ["P-004", 30, "anställning", "", "", 100, 20_500, "ingen", "Nej"];
    const noEnd = ["P-005", 30, "anställning", 45_658, "", 100, 20_500, "ingen", "Nej"];
    const matrix = effectsMatrix([offered, noEnd, ROW], HEADERS);
    expect(matrix[0]).to.deep.equal(["", "", "", "", "", ""]);
    expect((matrix[1]?.[0] as CustomFunctionsErrorShim).code).to.equal("#VALUE!");
    expect(matrix[2]?.[5]).to.be.a("number");
  });

  it("applies the Parametrar table for every row", () => {
    const matrix = effectsMatrix([ROW], HEADERS, parametrarTable(2019, { "indirectTax.rate": 0.2 }));
    const expected = computeEffect(CANONICAL, { year: 2019, overrides: { "indirectTax.rate": 0.2 } }).actors;
    expect(matrix[0]?.[0]).to.equal(expected.individual);
  });

  it("reads the follow-up template's own Placeringar headers, ignoring its calculated columns", () => {
    const headers = Object.values(PLACEMENT_HEADERS);
    const cells: Record<string, unknown> = {
      [PLACEMENT_HEADERS.caseId]: "P-010", [PLACEMENT_HEADERS.age]: 30, [PLACEMENT_HEADERS.form]: "anställning",
      [PLACEMENT_HEADERS.startDate]: 45_658, [PLACEMENT_HEADERS.plannedEndDate]: 46_022, [PLACEMENT_HEADERS.scope]: 100,
      [PLACEMENT_HEADERS.salary]: 20_500, [PLACEMENT_HEADERS.subsidy]: "nystartsjobb", [PLACEMENT_HEADERS.newArrival]: "Ja",
      [PLACEMENT_HEADERS.fullTimeMonths]: 12, [PLACEMENT_HEADERS.earlyEnd75]: false,
    };
    const row = headers.map((header) => cells[header] ?? "");
    const expected = computeEffect(CANONICAL, { year: 2025 }).actors;
    expect(effectsMatrix([row], [headers], parametrarTable(2025))[0]).to.deep.equal([
      expected.individual, expected.municipality, expected.region, expected.state, expected.employer, expected.society,
    ]);
  });

  it("fails the whole call for bad overrides or missing headers", () => {
    expect(thrownFunctionError(() => effectsMatrix([ROW], HEADERS, [["nope", 1]])).code).to.equal("#N/A");
    expect(thrownFunctionError(() => effectsMatrix([ROW], undefined)).message).to.contain("rubrikraden");
  });
});

describe("SYSS.BREAKDOWN", () => {
  useCustomFunctionsShim();

  it("lists Aktör | Post | Belopp per item, then a total row per actor", () => {
    const matrix = breakdownMatrix([ROW], HEADERS);
    const result = computeEffect(CANONICAL);
    expect(matrix).to.have.length(BREAKDOWN_ROWS);
    expect(matrix[0]).to.deep.equal(["Aktör", "Post", "Belopp (kr)"]);
    expect(matrix[1]).to.deep.equal(["Individ", "Arbetsinkomst (bruttolön)", result.items[0]?.amount]);
    expect(matrix.slice(1, 1 + result.items.length).map((row) => row[2])).to.deep.equal(result.items.map((item) => item.amount));
    expect(matrix.slice(-6)).to.deep.equal([
      ["Individ", "Summa", result.actors.individual],
      ["Kommun", "Summa", result.actors.municipality],
      ["Region", "Summa", result.actors.region],
      ["Stat", "Summa", result.actors.state],
      ["Arbetsgivare", "Summa", result.actors.employer],
      ["Samhället", "Summa", result.actors.society],
    ]);
  });

  it("has the same number of rows for every procuring organisation", () => {
    for (const organisation of ["kommun", "region", "stat"]) {
      expect(breakdownMatrix([["form", "praktik"], ["months", 1], ["organisation", organisation]])).to.have.length(BREAKDOWN_ROWS);
    }
  });

  it("throws #VALUE! for a bad input", () => {
    expect(thrownFunctionError(() => breakdownMatrix([["form", "praktik"]])).message).to.contain("Antal månader saknas");
  });
});

describe("custom functions: never an unhandled exception", () => {
  useCustomFunctionsShim();
  const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("anställning", "praktik", "Ja", "", "100"));
  const matrix = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 6 });
  const headerNames = fc.array(fc.constantFrom(...HEADERS[0], "Antal månader", "Parameterår", "okänd"), { minLength: 1, maxLength: 10 });

  it("EFFECTS, EFFECT and BREAKDOWN return values or throw CustomFunctions.Error only", () => {
    fc.assert(
      fc.property(matrix, headerNames, matrix, (rows, headers, overrides) => {
        for (const call of [
          () => effectsMatrix(rows, [headers], overrides),
          () => effectValue(rows, [headers], "Stat", overrides),
          () => effectValue(rows),
          () => breakdownMatrix(rows, undefined, overrides),
        ]) {
          try {
            const result = call();
            if (typeof result === "number") expect(Number.isFinite(result)).to.equal(true);
          } catch (error) {
            expect(error).to.be.instanceOf(CustomFunctionsErrorShim);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
