/**
 * `syss funnel` as a process (issue 16): a pipeline filled the way a script or a hurried user fills a sheet —
 * rows typed under the tables without extending them, a blank row between, stage names in other case with
 * spaces, dates as text and as serials — gives the counts a person would count; bad input exits 2 with one
 * JSON error object on stdout and nothing else.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isoToSerial } from "../../src/domain/followup/dates";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { MATCHING_SHEETS } from "../../src/domain/matching/sheets";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { loadWorkbookPackage } from "../../src/xlsx/read";
import { REPO_ROOT } from "../support/build";

function syss(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/syss.ts"), ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const d = (iso: string): number => isoToSerial(iso);

describe("syss funnel (as a process)", () => {
  const dir = mkdtempSync(join(tmpdir(), "syss-funnel-cli-"));
  const file = join(dir, "pipeline.xlsx");

  before(async () => {
    const { workbook } = await loadWorkbookPackage(await writeTemplateXlsx(buildTemplatePlan()), "template.xlsx");
    const positions = workbook.getWorksheet(MATCHING_SHEETS.positions)!;
    // Plats-ID, Yrke/roll, Antal, Form, Omfattning, Önskat startdatum, Profil, Ort, Status
    positions.getRow(2).values = ["L-01", "Lokalvårdare", 2, "anställning", 1, d("2026-01-10"), "", "Malmö", "Öppen"];
    positions.getRow(3).values = ["L-02", "Kock", 1, "anställning", 1, "2026-01-05", "", "Lund", " öppen "];
    positions.getRow(4).values = ["L-03", "Vaktmästare", 1, "praktik", 0.5, d("2026-03-20"), "", "Malmö", "Öppen"];
    const matching = workbook.getWorksheet(MATCHING_SHEETS.matching)!;
    // Kandidat-ID, Plats-ID, Målgrupp, Källa, Insats, Anvisad, Intervju, Erbjudande, Beslut, Ärende-ID
    matching.getRow(2).values = ["K-001", "L-01", "Långtidsarbetslös", "Arbetsförmedlingen", "Ingen", d("2026-02-01"), d("2026-02-05"), d("2026-02-10"), "startad ", "P-001"];
    matching.getRow(3).values = ["K-002", "l-01 ", "Nyanländ", "arbetsförmedlingen", "", "2026-02-03", "2026-02-06", "", "Pågår", ""];
    matching.getRow(4).values = []; // a blank row
    matching.getRow(5).values = [" K-003", "L-01", "Nyanländ", "Kommunens arbetsmarknadsenhet", "", "2026-02-04", "", "", "TACKADE NEJ", ""];
    matching.getRow(6).values = ["K-004", "L-03", "Långtidsarbetslös", "Annan", "", d("2026-03-21"), "", d("2026-03-25"), "Pågår", ""];
    const placements = workbook.getWorksheet("Placeringar")!;
    placements.getRow(2).getCell(1).value = "P-001";
    placements.getRow(2).getCell(8).value = d("2026-03-03");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  it("counts every stage reached, per position, source and target group, from messy rows outside the tables", () => {
    const result = syss("funnel", file, "--today", "2026-04-01");
    expect(result.stderr).to.equal("");
    expect(result.status).to.equal(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown> & { findings: { code: string }[] };
    expect(report.stages).to.deep.equal({ referred: 4, interviewed: 3, offered: 2, started: 1 });
    expect(report.medianDaysToStart).to.equal(30);
    expect(report.byPosition).to.deep.equal({
      "L-01": { referred: 3, interviewed: 2, offered: 1, started: 1 },
      "L-02": { referred: 0, interviewed: 0, offered: 0, started: 0 },
      "L-03": { referred: 1, interviewed: 1, offered: 1, started: 0 },
    });
    expect(report.bySource).to.deep.equal({
      Arbetsförmedlingen: { referred: 2, interviewed: 2, offered: 1, started: 1 },
      "Kommunens arbetsmarknadsenhet": { referred: 1, interviewed: 0, offered: 0, started: 0 },
      Annan: { referred: 1, interviewed: 1, offered: 1, started: 0 },
    });
    expect(report.byTargetGroup).to.deep.equal({
      "Långtidsarbetslös": { referred: 2, interviewed: 2, offered: 2, started: 1 },
      "Nyanländ": { referred: 2, interviewed: 1, offered: 0, started: 0 },
    });
    expect(report.openPositionsWithoutCandidates).to.deep.equal(["L-02"]);
    expect(report.positionsOpenOver30Days).to.deep.equal(["L-02"]);
    expect(report.shareStartedViaMatching).to.equal(1);
    const codes = report.findings.map((f) => f.code);
    expect(codes).to.include("MATCH_ROWS_OUTSIDE_TABLE");
    expect(codes).to.include("MATCH_OPEN_NO_CANDIDATES");
  });

  for (const [label, args, code] of [
    ["a missing file", [join(dir, "saknas.xlsx")], "UNREADABLE_FILE"],
    ["a file that is not a workbook", [join(dir, "text.xlsx")], "UNUSABLE_FILE"],
    ["the supplier version (no Matchning)", [join(dir, "supplier.xlsx")], "NO_MATCHING_TABLE"],
    ["a bad --today", [file, "--today", "2026-13-01"], "BAD_ARGUMENT"],
    ["an unknown flag", [file, "--fast"], "BAD_ARGUMENT"],
    ["no file", [], "BAD_ARGUMENT"],
  ] as const) {
    it(`exits 2 with one JSON error object for ${label}`, async () => {
      writeFileSync(join(dir, "text.xlsx"), "inte en arbetsbok");
      writeFileSync(join(dir, "supplier.xlsx"), await writeTemplateXlsx(buildTemplatePlan(undefined, { supplierVersion: true })));
      const result = syss("funnel", ...args);
      expect(result.status).to.equal(2);
      const lines = result.stdout.trim().split("\n");
      expect(lines).to.have.length(1);
      const parsed = JSON.parse(lines[0]!) as { error: { code: string; message: string } };
      expect(Object.keys(parsed)).to.deep.equal(["error"]);
      expect(parsed.error.code).to.equal(code);
      expect(parsed.error.message).to.be.a("string").and.not.match(/TypeError|at \w+ \(/);
    });
  }
});
