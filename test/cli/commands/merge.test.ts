import { expect } from "chai";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { makeMergeCommand } from "../../../src/cli/commands/merge";
import { PLACEMENT_HEADERS as P } from "../../../src/domain/followup/names";
import { TEMPLATE_VERSION } from "../../../src/domain/followup/template";
import { fromFollowupRead } from "../../../src/domain/validation/fromRead";
import { validateWorkbook } from "../../../src/domain/validation";
import { readFollowupWorkbook, type FollowupWorkbook } from "../../../src/xlsx/read";
import { REPO_ROOT } from "../../support/build";
import { memoryIo } from "../../support/memory-io";
import { ROW, followupFile, withTemplateVersion } from "../../support/portfolio-files";

const TODAY = "2025-10-01";

function cell(workbook: FollowupWorkbook, caseId: string, header: string): unknown {
  const table = workbook.placements;
  const row = table.rows.find((item) => item.values[table.headers.indexOf(P.caseId)] === caseId);
  return row === undefined ? undefined : row.values[table.headers.indexOf(header)];
}

describe("syss merge", function () {
  let dir: string;
  let full: string;
  let supplier: string;
  let fullBytes: Uint8Array;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "syss-merge-"));
    // The procurer's workbook: benefit history filled (procurer-only), a note of the procurer's on P-002.
    fullBytes = await followupFile([
      { ...ROW, unemployedMonths: 14 },
      { ...ROW, caseId: "P-002", startDate: "2025-04-01", comment: "Procurer's note", unemployedMonths: 7 },
    ]);
    full = join(dir, "full.xlsx");
    writeFileSync(full, fullBytes);
    // The supplier's returned file: P-001 ended, another note on P-002, P-003 new.
    supplier = join(dir, "supplier.xlsx");
    writeFileSync(
      supplier,
      await followupFile(
        [
          { ...ROW, actualEndDate: "2025-08-31", endReason: "Arbete hos annan arbetsgivare" },
          { ...ROW, caseId: "P-002", startDate: "2025-04-01", comment: "Supplier's note" },
          { ...ROW, caseId: "P-003", startDate: "2025-09-01", gender: "Man" },
        ],
        { supplier: true },
      ),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("--dry-run reports added / updated / kept / conflict and writes nothing", async () => {
    const io = memoryIo();
    const out = join(dir, "dry.xlsx");
    expect(await main(["merge", supplier, "--into", full, "--out", out, "--dry-run", "--today", TODAY], io)).to.equal(1);
    const report = JSON.parse(io.stdout);
    expect(report.counts).to.deep.equal({ added: 1, updated: 1, kept: 5, conflicts: 2 });
    expect(report.added.map((row: { key: string }) => row.key)).to.deep.equal(["P-003"]);
    expect(report.updated).to.deep.equal([{ table: "Placeringar", key: "P-001", column: P.actualEndDate, row: 2, value: "2025-08-31" }]);
    expect(report.conflicts.map((item: { key: string; column: string }) => `${item.key} ${item.column}`)).to.deep.equal([`P-001 ${P.endReason}`, `P-002 ${P.comment}`]);
    expect(report.written).to.equal(false);
    expect(existsSync(out)).to.equal(false);
    expect(Buffer.compare(readFileSync(full), Buffer.from(fullBytes))).to.equal(0);
  });

  it("writes the merge: new row added, empty cells filled, conflicts and procurer-only cells kept", async () => {
    const io = memoryIo();
    const out = join(dir, "merged.xlsx");
    expect(await main(["merge", supplier, "--into", full, "--out", out, "--today", TODAY], io)).to.equal(1);
    expect(JSON.parse(io.stdout).written).to.equal(true);
    const merged = await readFollowupWorkbook(new Uint8Array(readFileSync(out)), out);
    expect(merged.templateVersion).to.equal(TEMPLATE_VERSION);
    expect(cell(merged, "P-001", P.actualEndDate)).to.deep.equal({ date: "2025-08-31" });
    expect(cell(merged, "P-001", P.endReason)).to.equal("Pågår");
    expect(cell(merged, "P-001", P.unemployedMonths)).to.equal(14);
    expect(cell(merged, "P-002", P.comment)).to.equal("Procurer's note");
    expect(cell(merged, "P-003", P.gender)).to.equal("Man");
    expect(cell(merged, "P-003", P.startDate)).to.deep.equal({ date: "2025-09-01" });
    // The table grew to hold the new row, and the merged workbook validates like any other.
    // (as wide as the full workbook's table, whatever columns the template has: one row more)
    const before = await readFollowupWorkbook(fullBytes, full);
    expect(before.placements.range).to.match(/^A1:[A-Z]+3$/);
    expect(merged.placements.range).to.equal(before.placements.range.replace(/3$/, "4"));
    const result = validateWorkbook(fromFollowupRead(merged), { today: TODAY });
    expect(result.status.placements).to.equal(3);
    expect(result.findings.filter((item) => item.code === "COLUMN_MISSING" || item.code === "ROWS_BELOW_TABLE")).to.deep.equal([]);
    // The source workbook is untouched when --out is given.
    expect(Buffer.compare(readFileSync(full), Buffer.from(fullBytes))).to.equal(0);
  });

  it("merging the same file twice adds nothing the second time", async () => {
    const once = join(dir, "once.xlsx");
    writeFileSync(once, fullBytes);
    expect(await main(["merge", supplier, "--into", once, "--today", TODAY], memoryIo())).to.equal(1);
    const io = memoryIo();
    await main(["merge", supplier, "--into", once, "--today", TODAY, "--dry-run"], io);
    expect(JSON.parse(io.stdout).counts).to.deep.equal({ added: 0, updated: 0, kept: 7, conflicts: 2 });
  });

  it("an interrupted write leaves the target unchanged and no temporary file behind", async () => {
    const target = join(dir, "target.xlsx");
    writeFileSync(target, fullBytes);
    const failing = {
      writeFile: async (path: string, data: Uint8Array) => {
        writeFileSync(path, data.subarray(0, 100));
        throw new Error("disk full");
      },
      rename: async () => {
        throw new Error("not reached");
      },
      unlink: async (path: string) => rmSync(path),
    };
    const io = memoryIo();
    expect(await makeMergeCommand(() => TODAY, failing)([supplier, "--into", target], io)).to.equal(2);
    expect(JSON.parse(io.stdout).error.code).to.equal("CANNOT_WRITE");
    expect(Buffer.compare(readFileSync(target), Buffer.from(fullBytes))).to.equal(0);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).to.deep.equal([]);
  });

  describe("bad input: exit 2, one JSON error object, nothing written", () => {
    async function refused(args: string[]): Promise<{ code: string; message: string; cells?: string[] }> {
      const io = memoryIo();
      expect(await main(["merge", ...args, "--today", TODAY], io)).to.equal(2);
      const lines = io.stdout.trim().split("\n");
      expect(lines).to.have.length(1);
      return JSON.parse(lines[0]!).error;
    }

    it("a file from another contract (different Avtals-ID)", async () => {
      const other = join(dir, "other.xlsx");
      writeFileSync(other, await followupFile([ROW], { supplier: true, contract: { contractId: "AV-2025-999" } }));
      const error = await refused([other, "--into", full]);
      expect(error.code).to.equal("MERGE_OTHERCONTRACT");
      expect(error.message).to.contain("AV-2025-999").and.to.contain("AV-2025-001");
      expect(Buffer.compare(readFileSync(full), Buffer.from(fullBytes))).to.equal(0);
    });

    it("an older template version: upgrade first", async () => {
      const old = join(dir, "old.xlsx");
      writeFileSync(old, await withTemplateVersion(await followupFile([ROW], { supplier: true }), TEMPLATE_VERSION, "1.0.0"));
      const error = await refused([old, "--into", full]);
      expect(error.code).to.equal("MERGE_OLDERVERSION");
      expect(error.message).to.contain("1.0.0").and.to.contain("Uppgradera");
    });

    it("a workbook that is not SYSS's, and a corrupt file", async () => {
      const plain = new ExcelJS.Workbook();
      plain.addWorksheet("Blad1").getCell("A1").value = "hej";
      const foreign = join(dir, "foreign.xlsx");
      writeFileSync(foreign, new Uint8Array((await plain.xlsx.writeBuffer()) as ArrayBuffer));
      expect((await refused([foreign, "--into", full])).code).to.equal("FILE_MISSINGSHEET");
      const corrupt = join(dir, "corrupt.xlsx");
      writeFileSync(corrupt, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]));
      const error = await refused([corrupt, "--into", full]);
      expect(error.code).to.equal("FILE_CORRUPT");
      expect(error.message).not.to.match(/Error|at /);
    });

    it("personal data in the supplier's file stops it, with its cells", async () => {
      const leaky = join(dir, "leaky.xlsx");
      writeFileSync(leaky, await followupFile([{ ...ROW, comment: "Pnr 850101-1236" }], { supplier: true }));
      const error = await refused([leaky, "--into", full]);
      expect(error.code).to.equal("MERGE_PERSONALDATA");
      expect(error.cells).to.deep.equal(["Placeringar!R2"]);
    });

    it("a missing --into, an unknown flag and a missing file", async () => {
      expect((await refused([supplier])).code).to.equal("BAD_ARGUMENT");
      expect((await refused([supplier, "--into", full, "--force"])).code).to.equal("BAD_ARGUMENT");
      expect((await refused([join(dir, "nope.xlsx"), "--into", full])).code).to.equal("CANNOT_READ");
    });

    it("the one parser: a flag given twice, a second file, --lang in English, --help", async () => {
      expect((await refused([supplier, "--into", full, "--into", full])).message).to.contain("--into");
      expect((await refused([supplier, full, "--into", full])).code).to.equal("BAD_ARGUMENT");
      expect((await refused(["--lang", "en", supplier, "--into", full, "--out"])).message).to.equal("The flag --out needs a value.");
      const help = memoryIo();
      expect(await main(["merge", "--help"], help)).to.equal(0);
      expect(help.stdout).to.match(/^Användning: syss merge/);
      expect(help.stderr).to.equal("");
    });
  });

  it("runs as a process: exit code and JSON on stdout", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/syss.ts"), "merge", supplier, "--into", full, "--dry-run", "--today", TODAY, "--lang", "en"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(result.status).to.equal(1);
    expect(JSON.parse(result.stdout).counts.added).to.equal(1);
    expect(result.stderr).to.equal("");
  });
});
