/**
 * `syss validate` on hostile and huge files (issue 15, item 4): a table claiming every row of the sheet,
 * a zip bomb and a sheet with more real rows than SYSS reads each end in exit 2 with one line naming
 * the limit, in bounded memory; a table claiming more rows than the file holds reads only those rows.
 * Full-size variants (1 048 576 rows claimed, a 1 MB bomb of 1 GB, 1 000 000 rows) with peak memory:
 * test/bench/hostile-files.bench.ts.
 */
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbookPackage, readFollowupWorkbook } from "../../src/xlsx/read";
import { MAX_ROWS, MAX_UNPACKED_BYTES } from "../../src/xlsx/limits";
import { manyRows, tableClaimingRows, validationsOver, zipBomb } from "../support/hostile-files";
import { expectCliError } from "../support/cli-error";
import { memoryIo } from "../support/memory-io";

describe("syss validate on hostile and huge files (issue 15, item 4)", function () {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "syss-hostile-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function validate(name: string, bytes: Uint8Array, lang: "sv" | "en" = "sv") {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const io = memoryIo();
    const code = await main(["validate", file, "--today", "2026-06-01", "--lang", lang], io);
    return { code, stdout: io.stdout, stderr: io.stderr, file };
  }

  /** The CLI error contract: one JSON error object on stdout; returns its message. */
  function expectOneLine(stdout: string): string {
    expect(stdout).not.to.match(/\bat \S+ \(|Error:|heap/i);
    return expectCliError(stdout).message;
  }

  it("a table whose range claims 1 048 576 rows: exit 2, one line with the claim and the limit", async () => {
    const sv = await validate("claims.xlsx", await tableClaimingRows(1_048_576));
    expect(sv.code).to.equal(2);
    expect(expectOneLine(sv.stdout)).to.contain(`tabellen Placeringar anger 1048575 rader; SYSS läser högst ${MAX_ROWS}.`);
    const en = await validate("claims.xlsx", await tableClaimingRows(1_048_576), "en");
    expect(expectOneLine(en.stdout)).to.contain(`table Placeringar claims 1048575 rows; SYSS reads at most ${MAX_ROWS}.`);
  });

  it("a zip bomb: exit 2 once the unpacked size passes the limit, without unpacking the rest", async () => {
    const bomb = await zipBomb(MAX_UNPACKED_BYTES / 1024 / 1024 + 16);
    expect(bomb.length).to.be.below(400_000);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const result = await validate("bomb.xlsx", bomb);
    expect(result.code).to.equal(2);
    expect(expectOneLine(result.stdout)).to.contain(`SYSS läser högst ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`);
    expect(process.memoryUsage().arrayBuffers - heapBefore).to.be.below(2 * MAX_UNPACKED_BYTES);
  });

  it("a sheet with more real rows than SYSS reads: exit 2 naming the sheet, the count and the limit", async () => {
    const result = await validate("rows.xlsx", await manyRows(MAX_ROWS + 10));
    expect(result.code).to.equal(2);
    expect(expectOneLine(result.stdout)).to.match(new RegExp(`bladet Placeringar har \\d+ rader; SYSS läser högst ${MAX_ROWS}\\.`));
  });

  it("a table claiming more rows than the file holds reads only the rows that exist", async () => {
    const workbook = await readFollowupWorkbook(await tableClaimingRows(MAX_ROWS), "claims.xlsx");
    expect(workbook.placements.range).to.match(new RegExp(`:[A-Z]+${MAX_ROWS}$`));
    expect(workbook.placements.rows.length).to.be.below(100);
  });

  it("data validations over whole columns or the whole sheet: read without expanding them cell by cell", async () => {
    // ExcelJS makes one entry per covered cell: 3 whole columns were 3 million entries (seconds, ~600 MB),
    // the whole sheet 17 billion (never finishes). The reader gives ExcelJS the sheets without them.
    const columns = await validationsOver("A1:C1048576");
    const { workbook } = await loadWorkbookPackage(columns, "columns.xlsx");
    const model = (workbook.getWorksheet("Placeringar") as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model)).to.have.length(0);
    const result = await validate("whole-sheet.xlsx", await validationsOver("A1:XFD1048576"));
    expect(result.code, result.stdout).to.equal(0);
  });
});
