import { expect } from "chai";
import { isoToSerial } from "../../src/domain/common/dates";
import { PLACEMENT_HEADERS, TABLES } from "../../src/domain/followup/names";
import { PLACEMENTS_TABLE } from "../../src/domain/followup/template";
import type { ValidationInput } from "../../src/domain/validation";
import { workbookContract, workbookPlacements } from "../../src/taskpane/template/workbookCopy";

const headers = PLACEMENTS_TABLE.columns.map((column) => column.header);
const at = (header: string) => headers.indexOf(header);

function row(values: Record<string, string | number>): (string | number | null)[] {
  const cells: (string | number | null)[] = headers.map(() => null);
  for (const [header, value] of Object.entries(values)) cells[at(header)] = value;
  return cells;
}

const INPUT: ValidationInput = {
  contract: {
    sheet: "Avtal",
    fields: {
      name: { address: "B3", value: "Parkskötsel" },
      start: { address: "B9", value: isoToSerial("2026-02-01") },
      commitmentMonths: { address: "B14", value: 18 },
    },
    otherCells: [],
  },
  tables: [
    {
      name: TABLES.placements,
      sheet: "Placeringar",
      headers,
      firstDataRow: 2,
      firstColumn: 0,
      rows: [
        row({ [PLACEMENT_HEADERS.caseId]: "P-7", [PLACEMENT_HEADERS.startDate]: isoToSerial("2026-03-01"), [PLACEMENT_HEADERS.fullTimeMonths]: 4.2 }),
        headers.map(() => ""),
      ],
    },
    { name: TABLES.targetGroups, sheet: "Avtal", headers: ["Målgrupp", "Beskrivning"], firstDataRow: 30, firstColumn: 0, rows: [["Unga", ""], ["", ""]] },
  ],
};

describe("supplier version from the current workbook", () => {
  it("reads the Avtal values over the form's, with dates back as ISO text and the workbook's target groups", () => {
    const contract = workbookContract(INPUT, { name: "Från formuläret", supplier: "Park AB" });
    expect(contract.values).to.include({ name: "Parkskötsel", start: "2026-02-01", commitmentMonths: 18, supplier: "Park AB" });
    expect(contract.targetGroups).to.deep.equal([{ name: "Unga" }]);
  });

  it("copies the filled placement rows' input columns, dates as dates, leaving calculated columns to their formulas", () => {
    const rows = workbookPlacements(INPUT);
    expect(rows).to.have.length(1);
    expect(rows[0]![at(PLACEMENT_HEADERS.caseId)]).to.equal("P-7");
    expect(rows[0]![at(PLACEMENT_HEADERS.startDate)]).to.deep.equal({ date: "2026-03-01" });
    expect(rows[0]![at(PLACEMENT_HEADERS.fullTimeMonths)]).to.equal(null);
  });
});

describe("supplier version from a workbook made before template 1.1.0 (issue 20)", () => {
  it("copies a renamed column found under its former header, so no cell is lost", () => {
    const oldHeaders = headers.map((header) => (header === PLACEMENT_HEADERS.offeredDate ? "Erbjuden datum" : header));
    const table = INPUT.tables[0]!;
    const old: ValidationInput = {
      ...INPUT,
      tables: [
        { ...table, headers: oldHeaders, rows: [row({ [PLACEMENT_HEADERS.caseId]: "P-8", [PLACEMENT_HEADERS.offeredDate]: isoToSerial("2026-02-20") })] },
        INPUT.tables[1]!,
      ],
    };
    const rows = workbookPlacements(old);
    expect(rows[0]![at(PLACEMENT_HEADERS.offeredDate)]).to.deep.equal({ date: "2026-02-20" });
  });
});
