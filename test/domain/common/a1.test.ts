/** The one A1 module (issue 10): every row and column number is a 0-based index; only the text is 1-based. */
import { expect } from "chai";
import {
  SHEET_COLUMNS,
  SHEET_ROWS,
  bottomRow,
  cellName,
  columnIndex,
  columnLetter,
  formatRect,
  intersects,
  parseCell,
  parseRect,
  quoteSheetName,
  rightColumn,
  splitSheet,
  tryParseRect,
} from "../../../src/domain/common/a1";

describe("domain/common/a1", () => {
  it("column letters and indexes are 0-based and inverse to each other up to XFD", () => {
    expect([0, 25, 26, 51, 701, 702, SHEET_COLUMNS - 1].map(columnLetter)).to.deep.equal(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
    for (let column0 = 0; column0 < SHEET_COLUMNS; column0 += 97) expect(columnIndex(columnLetter(column0))).to.equal(column0);
    expect(columnIndex("xfd")).to.equal(SHEET_COLUMNS - 1);
  });

  it("cells: text ↔ 0-based row and column, optionally absolute", () => {
    expect(parseCell("$B$3")).to.deep.equal({ row0: 2, column0: 1 });
    expect(parseCell(" c10 ")).to.deep.equal({ row0: 9, column0: 2 });
    for (const bad of ["A1:B2", "Blad!A1", "A", "12", "ABCD1", ""]) expect(parseCell(bad), bad).to.equal(null);
    expect(cellName(2, 1)).to.equal("B3");
    expect(cellName(SHEET_ROWS - 1, 27, true)).to.equal("$AB$1048576");
  });

  it("rectangles: parsed in either corner order, with or without a sheet; formatted back", () => {
    const rect = parseRect("'My ''quoted'' sheet'!$C$10:A4");
    expect(rect).to.deep.equal({ top: 3, left: 0, rows: 7, columns: 3 });
    expect([bottomRow(rect), rightColumn(rect)]).to.deep.equal([9, 2]);
    expect(formatRect(rect)).to.equal("A4:C10");
    expect(formatRect(rect, true)).to.equal("$A$4:$C$10");
    expect(formatRect(parseRect("D7"))).to.equal("D7");
    expect(tryParseRect("A1:B2:C3")).to.equal(null);
    expect(tryParseRect("Table1[#All]")).to.equal(null);
    expect(() => parseRect("A:C")).to.throw(RangeError, "not an A1 range: A:C");
  });

  it("sheets: split off a quoted or plain name; quote only when a formula needs it", () => {
    expect(splitSheet("='My ''quoted'' sheet'!A1")).to.deep.equal({ sheet: "My 'quoted' sheet", local: "A1" });
    expect(splitSheet("Avtal!B2:B9")).to.deep.equal({ sheet: "Avtal", local: "B2:B9" });
    expect(splitSheet("B2")).to.deep.equal({ sheet: undefined, local: "B2" });
    expect(quoteSheetName("Avtal")).to.equal("Avtal");
    expect(quoteSheetName("Mål grupper")).to.equal("'Mål grupper'");
    expect(quoteSheetName("It's")).to.equal("'It''s'");
  });

  it("intersects: touching edges do not overlap", () => {
    const a = parseRect("A1:B2");
    expect(intersects(a, parseRect("B2:C3"))).to.equal(true);
    expect(intersects(a, parseRect("C1:C9"))).to.equal(false);
    expect(intersects(a, parseRect("A3"))).to.equal(false);
  });
});
