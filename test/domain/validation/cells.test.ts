import { expect } from "chai";
import { numberText as formatNumber, percentText as formatPercent, readDate, readListValue, readNumber, readShare } from "../../../src/domain/validation/cells";
import { fromFollowupRead, tableFromRead } from "../../../src/domain/validation/fromRead";
import { columnIndex, columnLetter } from "../../../src/domain/common/a1";
import { parseCellAddress } from "../../../src/domain/validation/input";

describe("validation: reading cells", () => {
  it("dates: serials and {date} values are dates; ISO text is a date stored as text; the rest is not a date", () => {
    expect(readDate(45_717)).to.deep.equal({ kind: "date", serial: 45_717, asText: false });
    expect(readDate(45_717.75)).to.deep.equal({ kind: "date", serial: 45_717, asText: false });
    expect(readDate({ date: "2025-03-01" })).to.deep.equal({ kind: "date", serial: 45_717, asText: false });
    expect(readDate("2025-03-01")).to.deep.equal({ kind: "date", serial: 45_717, asText: true });
    for (const bad of ["2025-02-29", "1/3/2025", "snart", 12, true]) expect(readDate(bad).kind, String(bad)).to.equal("invalid");
    expect(readDate(null).kind).to.equal("blank");
    expect(readDate("  ").kind).to.equal("blank");
  });

  it("numbers: Swedish and English text forms read as numbers typed as text", () => {
    expect(readNumber(24_000)).to.deep.equal({ kind: "number", value: 24_000, asText: false });
    expect(readNumber("24 000")).to.deep.equal({ kind: "number", value: 24_000, asText: true });
    expect(readNumber("0,5")).to.deep.equal({ kind: "number", value: 0.5, asText: true });
    expect(readNumber("trettio").kind).to.equal("invalid");
    expect(readNumber(false).kind).to.equal("invalid");
  });

  it("shares: stored fractions, and percent text", () => {
    expect(readShare(0.75)).to.deep.equal({ kind: "number", value: 0.75, asText: false });
    expect(readShare("75 %")).to.deep.equal({ kind: "number", value: 0.75, asText: true });
    expect(readShare("mycket").kind).to.equal("invalid");
  });

  it("list values: exact, near (case, accents, spaces) with the exact proposal, or unknown", () => {
    const options = ["anställning", "lärlingsanställning", "praktik"];
    expect(readListValue("praktik", options)).to.deep.equal({ kind: "exact", value: "praktik" });
    expect(readListValue("Praktik", options)).to.deep.equal({ kind: "near", proposal: "praktik" });
    expect(readListValue("lärlings anstallning", options)).to.deep.equal({ kind: "near", proposal: "lärlingsanställning" });
    expect(readListValue(true, ["Ja", "Nej"])).to.deep.equal({ kind: "near", proposal: "Ja" });
    expect(readListValue("jobb", options)).to.deep.equal({ kind: "unknown" });
  });

  it("formats numbers per language", () => {
    expect(formatNumber(12_000.25, 1)).to.deep.equal({ sv: "12\u00a0000,3", en: "12,000.3" });
    expect(formatPercent(0.755)).to.deep.equal({ sv: "75,5 %", en: "75.5 %" });
  });

  it("column letters and cell addresses", () => {
    expect([0, 25, 26, 701].map(columnLetter)).to.deep.equal(["A", "Z", "AA", "ZZ"]);
    expect(columnIndex("AA")).to.equal(26);
    expect(parseCellAddress("$V$30")).to.deep.equal({ column: 21, row: 30 });
    expect(parseCellAddress("A1:B2")).to.equal(null);
  });
});

describe("validation: from a reader's shape", () => {
  it("anchors a table by its range, turns spreadsheet errors into text, and strips sheet prefixes", () => {
    const table = tableFromRead({
      name: "Placeringar", sheet: "Placeringar", range: "Placeringar!$C$4:$D$6", headers: ["Ärende-ID", "Ålder"],
      rows: [{ row: 5, values: ["P-1", { error: "#N/A" }] }, { row: 6, values: ["P-2", 30] }],
    });
    expect(table).to.deep.equal({ name: "Placeringar", sheet: "Placeringar", headers: ["Ärende-ID", "Ålder"], firstDataRow: 5, firstColumn: 2, rows: [["P-1", "#N/A"], ["P-2", 30]] });
    const input = fromFollowupRead({
      contract: { start: { date: "2025-01-01" }, end: null },
      contractAddresses: { start: "Avtal!B11", end: "" },
      targetGroups: ["Nyanländ"],
      placements: { name: "Placeringar", sheet: "Placeringar", range: "A1:B1", headers: [], rows: [] },
      reports: { name: "Rapporter", sheet: "Rapporter", range: "A1:B1", headers: [], rows: [] },
    });
    expect(input.contract.fields).to.deep.equal({ start: { address: "B11", value: { date: "2025-01-01" } } });
    expect(input.targetGroupNames).to.deep.equal(["Nyanländ"]);
    expect(input.tables.map((item) => [item.name, item.firstDataRow])).to.deep.equal([["Placeringar", 2], ["Rapporter", 2]]);
  });
});
