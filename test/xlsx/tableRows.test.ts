/**
 * The table rows src/xlsx/tableRows.ts writes straight as XML (issue 19: `syss template` linear with bounded
 * memory) must read back exactly as the rows ExcelJS itself writes: same value, type, formula, cached result
 * and number format in every cell, for clean rows, messy values and a table that falls back to ExcelJS.
 */
import { expect } from "chai";
import type ExcelJS from "exceljs";
import { columnLetter, formatRect, parseRect } from "../../src/domain/common/a1";
import { parseContract } from "../../src/domain/followup/contract";
import { parsePlacements } from "../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import type { CellValue, TemplatePlan } from "../../src/domain/followup/types";
import { cachedFormulaValues } from "../../src/xlsx/cachedValues";
import { patchPackage } from "../../src/xlsx/patch";
import { findWorkbookTable, loadWorkbookPackage, readCell } from "../../src/xlsx/read";
import { tablesWithGeneratedRows } from "../../src/xlsx/tableRows";
import { buildWorkbook, writeTemplateXlsx } from "../../src/xlsx/write";
import { crc32, readStoredZip, readZip, writeStoredZip, writeZip } from "../../src/xlsx/zip";

const TODAY = "2026-11-30";
const CONTRACT = parseContract({ name: "Rader", start: "2026-01-01", end: "2028-12-31", reportingInterval: "månad", commitmentMonths: 40 });

function placements(count: number): CellValue[][] {
  return parsePlacements(
    Array.from({ length: count }, (_, i) => ({
      caseId: `P-${String(i + 1).padStart(4, "0")}`,
      gender: i % 2 === 0 ? "Kvinna" : "Man",
      form: i % 3 === 0 ? "lärlingsanställning" : "anställning",
      startDate: `2026-${String(1 + (i % 12)).padStart(2, "0")}-01`,
      plannedEndDate: "2027-06-30",
      ...(i % 4 === 0 ? { actualEndDate: "2026-12-31" } : {}),
      scope: [1, 0.5, 0.75][i % 3],
      salary: 20_000 + i,
    })),
  );
}

/** The plan with `rows` in table `name` (its range grown or shrunk to fit). */
function withRows(plan: TemplatePlan, name: string, rows: readonly (readonly CellValue[])[]): TemplatePlan {
  return {
    ...plan,
    tables: plan.tables.map((table) => {
      if (table.spec.name !== name) return table;
      const rect = parseRect(table.range);
      return { ...table, rows, range: formatRect({ ...rect, rows: rows.length + 1 }) };
    }),
  };
}

/** The file as ExcelJS alone writes it (every row through ExcelJS), patched the same way. */
async function excelJsOnly(plan: TemplatePlan): Promise<Uint8Array> {
  const workbook = buildWorkbook(plan, cachedFormulaValues(plan, TODAY));
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const pkg = readStoredZip(new Uint8Array(buffer as ArrayBuffer));
  patchPackage(pkg, plan);
  return writeStoredZip(pkg);
}

interface CellSeen {
  readonly address: string;
  readonly value: unknown;
  readonly type: number;
  readonly formula: string | undefined;
  readonly numFmt: string | undefined;
}

function seen(cell: ExcelJS.Cell): CellSeen {
  const value = readCell(cell);
  // An empty text written inline reads back through ExcelJS as no value; the validation takes both as blank.
  const blank = value === "" && !cell.formula;
  return { address: cell.address, value: blank ? null : value, type: blank ? 0 : cell.type, formula: cell.formula || undefined, numFmt: cell.numFmt || undefined };
}

async function tableCells(bytes: Uint8Array, table: string): Promise<{ range: string; cells: CellSeen[] }> {
  const { workbook } = await loadWorkbookPackage(bytes, "test.xlsx");
  const found = findWorkbookTable(workbook, table)!;
  const rect = parseRect(found.range);
  const cells: CellSeen[] = [];
  for (let row = rect.top + 2; row <= rect.top + rect.rows; row++) {
    for (let column = rect.left + 1; column <= rect.left + rect.columns; column++) {
      cells.push(seen(found.sheet.getCell(row, column)));
    }
  }
  return { range: found.range, cells };
}

async function expectSameAsExcelJs(plan: TemplatePlan, table: string): Promise<void> {
  const [ours, reference] = await Promise.all([writeTemplateXlsx(plan, { today: TODAY }).then((bytes) => tableCells(bytes, table)), excelJsOnly(plan).then((bytes) => tableCells(bytes, table))]);
  expect(ours.range).to.equal(reference.range);
  expect(ours.cells.length).to.equal(reference.cells.length);
  for (let i = 0; i < ours.cells.length; i++) expect(ours.cells[i], reference.cells[i]!.address).to.deep.equal(reference.cells[i]);
}

const MESSY: readonly CellValue[] = [
  "Kvinna",
  " inledande blanksteg",
  'a & b <c> "citat" \'apostrof\'',
  "rad1\nrad2",
  "styr\u0001tecken",
  "",
  0,
  -1.5,
  1e21,
  0.1 + 0.2,
  true,
  false,
  null,
];

describe("xlsx/tableRows: table rows written as XML read back as ExcelJS's own", () => {
  const clean = buildTemplatePlan(CONTRACT, { placements: placements(60) });

  it("generates the rows after the first of Placeringar, Rapporter and Parametrar", () => {
    const generated = tablesWithGeneratedRows(clean);
    for (const name of ["Placeringar", "Rapporter", "Parametrar"]) expect(generated.has(name), name).to.equal(true);
    // Malgrupper shares its sheet with the Avtal form: ExcelJS writes it whole.
    expect(generated.has("Malgrupper")).to.equal(false);
  });

  it("clean placements: every value, formula, cached result and number format as ExcelJS writes them", async () => {
    await expectSameAsExcelJs(clean, "Placeringar");
    await expectSameAsExcelJs(clean, "Rapporter");
    await expectSameAsExcelJs(clean, "Parametrar");
  });

  it("messy values in every column (special characters, control characters, empty text, numbers, booleans, blanks)", async () => {
    const table = clean.tables.find((item) => item.spec.name === "Placeringar")!;
    const rows = Array.from({ length: 40 }, (_, r) =>
      table.spec.columns.map((column, c) => {
        if (column.formula) return null;
        // Dates only where the column is formatted as one: otherwise the table falls back (next test).
        const first = `${columnLetter(c)}2`;
        const dated = clean.numberFormats.some((format) => format.sheet === "Placeringar" && format.numberFormat === "yyyy-mm-dd" && format.range.split(":")[0] === first);
        return dated && r % 5 === 0 ? { date: "2026-03-01" } : MESSY[(r + c) % MESSY.length]!;
      }),
    );
    const messy = withRows(clean, "Placeringar", rows);
    expect(tablesWithGeneratedRows(messy).has("Placeringar")).to.equal(true);
    await expectSameAsExcelJs(messy, "Placeringar");
  });

  it("falls back to ExcelJS for a table with a date in a column without a number format, with the same result", async () => {
    const table = clean.tables.find((item) => item.spec.name === "Placeringar")!;
    const text = table.spec.columns.findIndex((column) => column.header === "Kön");
    const rows = table.rows.map((row, index) => (index === 3 ? row.map((value, c) => (c === text ? { date: "2026-05-01" } : value)) : row));
    const dated = withRows(clean, "Placeringar", rows);
    expect(tablesWithGeneratedRows(dated).has("Placeringar")).to.equal(false);
    await expectSameAsExcelJs(dated, "Placeringar");
  });

  it("rows past the formatted input area (row 1 000) keep the column's number format", async () => {
    const plan = buildTemplatePlan(CONTRACT, { placements: placements(1005) });
    const { workbook } = await loadWorkbookPackage(await writeTemplateXlsx(plan, { today: TODAY }), "test.xlsx");
    const sheet = workbook.getWorksheet("Placeringar")!;
    const startColumn = findWorkbookTable(workbook, "Placeringar")!.headers.indexOf("Startdatum") + 1;
    for (const row of [2, 1000, 1001, 1006]) {
      expect(sheet.getCell(row, startColumn).numFmt, `row ${row}`).to.equal("yyyy-mm-dd");
      expect(readCell(sheet.getCell(row, startColumn)), `row ${row}`).to.have.property("date");
    }
    expect(findWorkbookTable(workbook, "Placeringar")!.range).to.match(/^A1:[A-Z]+1006$/);
  });
});

describe("xlsx/zip: an entry written in chunks", () => {
  const encoder = new TextEncoder();
  const pieces = Array.from({ length: 300 }, (_, i) => encoder.encode(`<row r="${i}">${"x".repeat(i % 37)}</row>`));
  const joined = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  pieces.reduce((offset, piece) => (joined.set(piece, offset), offset + piece.length), 0);

  it("unpacks to the joined chunks, with their CRC-32 and size in the headers", async () => {
    const bytes = await writeZip(new Map([["xl/worksheets/sheet1.xml", { chunks: () => pieces }]]));
    const parts = await readZip(bytes);
    expect(parts.get("xl/worksheets/sheet1.xml")).to.deep.equal(joined);
    const local = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(local.getUint16(8, true), "deflated").to.equal(8);
    expect(local.getUint32(14, true), "crc").to.equal(crc32(joined));
    expect(local.getUint32(22, true), "unpacked size").to.equal(joined.length);
  });

  it("pulls chunks as the compressor takes them, not all before it starts", async () => {
    // A turn counter moved by the event loop: chunks made all at once would all see the same turn.
    let turn = 0;
    let counting = true;
    const tick = (): void => {
      turn++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    const big = Array.from({ length: 64 }, (_, i) => encoder.encode(`<row r="${i}">${"abcdefgh".repeat(8192)}</row>`));
    const turnsSeen = new Set<number>();
    function* lazily(): Generator<Uint8Array<ArrayBuffer>> {
      for (const piece of big) {
        turnsSeen.add(turn);
        yield piece;
      }
    }
    try {
      await writeZip(new Map([["a.xml", { chunks: lazily }]]));
    } finally {
      counting = false;
    }
    expect(turnsSeen.size).to.be.greaterThan(8);
  });
});
