import { expect } from "chai";
import { HEADER_ALIASES, INPUT_KEYS, fromHeaderRow, fromKeyValueBlock, headerKey, normaliseHeader, parseInput } from "../../../src/domain/model";

describe("model: header matching", () => {
  it("maps the template's Swedish headers with units, ignoring case, diacritics, spaces, - and _", () => {
    expect(headerKey("Bruttolön per månad (kr)")).to.equal("salary");
    expect(headerKey("BRUTTOLON_PER-MANAD")).to.equal("salary");
    expect(headerKey("Omfattning (%)")).to.equal("scope");
    expect(headerKey("Tid i arbetslöshet (mån)")).to.equal("unemployedMonths");
    expect(headerKey("Tid för handledning (%)")).to.equal("supervisionShare");
    expect(normaliseHeader(" Antal  månader ")).to.equal("antalmanader");
  });

  it("maps every column of the follow-up workbook's Placeringar table that the model uses", () => {
    const placeringar: Record<string, string> = {
      "Omfattning (%)": "scope",
      "Bruttolön per månad": "salary",
      "Anställningsstöd": "subsidy",
      "Tid i arbetslöshet (mån)": "unemployedMonths",
      "Nyanländ": "newArrival",
      "A-kassa": "aKassa",
      "Bostadsbidrag": "housingBenefit",
      "Handledarens bruttolön": "supervisorSalary",
      "Tid för handledning (%)": "supervisionShare",
      "Ålder": "age",
      "Sysselsättningsform": "form",
      "Startdatum": "startDate",
      "Planerat slutdatum": "plannedEndDate",
      "Faktiskt slutdatum": "actualEndDate",
    };
    for (const [header, key] of Object.entries(placeringar)) expect(headerKey(header), header).to.equal(key);
    for (const other of ["Ärende-ID", "Målgrupp", "Kön", "Anställningstyp", "Avslutsorsak", "Kommentar", "Heltidsmånader"]) {
      expect(headerKey(other), other).to.equal(null);
    }
  });

  it("maps the canonical keys and English aliases", () => {
    for (const key of INPUT_KEYS) expect(headerKey(key)).to.equal(key);
    expect(headerKey("Gross monthly salary")).to.equal("salary");
    expect(headerKey("Months unemployed")).to.equal("unemployedMonths");
  });

  it("has no spelling that means two different keys", () => {
    const seen = new Map<string, string>();
    for (const key of INPUT_KEYS) {
      for (const spelling of [key, ...HEADER_ALIASES[key]]) {
        const folded = normaliseHeader(spelling);
        expect(seen.get(folded) ?? key, spelling).to.equal(key);
        seen.set(folded, key);
      }
    }
  });

  it("ignores headers that are not text", () => {
    expect(headerKey(42)).to.equal(null);
    expect(headerKey(null)).to.equal(null);
  });
});

describe("model: rows and key/value blocks", () => {
  it("reads a Placeringar row, deriving months from the dates", () => {
    const headers = ["Ärende-ID", "Ålder", "Sysselsättningsform", "Startdatum", "Planerat slutdatum", "Faktiskt slutdatum", "Omfattning (%)", "Bruttolön per månad", "Nyanländ", "Kommentar"];
    const row = ["P-001", 30, "Anställning", "2025-01-01", "2025-12-31", "", 100, 20_500, "Nej", "=SUM(A1)"];
    const raw = fromHeaderRow(headers, row);
    expect(raw).to.deep.equal({ age: 30, form: "Anställning", startDate: "2025-01-01", plannedEndDate: "2025-12-31", scope: 100, salary: 20_500, newArrival: "Nej" });
    const input = parseInput(raw);
    expect(input.months).to.equal(12);
    expect(input.scope).to.equal(1);
  });

  it("uses the first non-blank value when two headers mean the same key", () => {
    expect(fromHeaderRow(["Bruttolön", "salary"], ["", 25_000])).to.deep.equal({ salary: 25_000 });
    expect(fromHeaderRow(["Bruttolön", "salary"], [21_000, 25_000])).to.deep.equal({ salary: 21_000 });
  });

  it("reads a two-column block of labels or keys and values", () => {
    const block = [
      ["Sysselsättningsform", "praktik"],
      ["months", 6],
      ["Omfattning (%)", 50],
      ["Okänd rad", "x"],
      ["", ""],
      ["Produktionsvärde praktikant", 4_000],
    ];
    expect(fromKeyValueBlock(block)).to.deep.equal({ form: "praktik", months: 6, scope: 50, internValue: 4_000 });
  });
});
