/**
 * The built `syss` command (the webpack bundle that `bin` points at), run as a separate process the way a
 * user runs `npx syss`: JSON in and out, exit codes, and the template → validate round trip.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DIST, productionBuild, REPO_ROOT, BUILD_TIMEOUT_MS } from "../support/build";

function syss(args: string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(DIST, "cli/syss.js"), ...args], { cwd: REPO_ROOT, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built syss command", () => {
  let dir: string;
  before(function () {
    this.timeout(BUILD_TIMEOUT_MS);
    productionBuild();
    dir = mkdtempSync(path.join(tmpdir(), "syss-bundle-"));
  });
  after(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("effect: society equals production value minus supervision, admin and procurement costs", () => {
    const input = { form: "anställning", months: 12, salary: 20500, supervisorSalary: 30000, supervisionShare: 0.1, adminCost: 10000, procurementCost: 40000 };
    const { status, stdout, stderr } = syss(["effect", "--year", "2019"], JSON.stringify(input));
    expect(stderr).to.equal("");
    expect(status).to.equal(0);
    const result = JSON.parse(stdout) as { actors: { society: number } };
    // By hand: wage cost 20 500 × 1.3142 × 12 = 323 293.20; production 0.8 × that = 258 634.56;
    // supervision 30 000 × 0.1 × 1.3142 × 12 = 47 311.20; so 258 634.56 − 47 311.20 − 10 000 − 40 000.
    expect(result.actors.society).to.be.closeTo(161_323.36, 0.01);
  });

  it("effect: invalid input is exit 2 with only the error object on stdout", () => {
    const { status, stdout } = syss(["effect"], JSON.stringify({ form: "anställning", months: 500, salary: 20500 }));
    expect(status).to.equal(2);
    const parsed = JSON.parse(stdout) as { error: { code: string; field: string; message: string } };
    expect(parsed.error.field).to.equal("months");
    expect(parsed.error.message).to.be.a("string").and.not.equal("");
  });

  it("template writes a workbook that validate reads: an empty template only lacks the contract terms", function () {
    const file = path.join(dir, "uppfoljning.xlsx");
    const written = syss(["template", "--out", file]);
    expect(written.status, written.stderr).to.equal(0);
    const checked = syss(["validate", file, "--today", "2026-01-15"]);
    expect(checked.stderr).to.equal("");
    expect(checked.status).to.equal(0);
    const report = JSON.parse(checked.stdout) as { counts: Record<string, number>; findings: { code: string; column: string }[] };
    expect(report.counts).to.deep.equal({ error: 0, warning: 3, info: 0 });
    expect(report.findings.map((item) => `${item.code} ${item.column}`)).to.deep.equal([
      "CONTRACT_VALUE_MISSING Avtalsstart",
      "CONTRACT_VALUE_MISSING Avtalsslut",
      "CONTRACT_VALUE_MISSING Åtagande i heltidsmånader (N)",
    ]);
  });

  it("doctor recognises what template wrote, and answers a non-workbook with exit 2 and one JSON error", function () {
    const file = path.join(dir, "doktor.xlsx");
    expect(syss(["template", "--out", file]).status).to.equal(0);
    const checked = syss(["doctor", file]);
    expect(checked.stderr).to.equal("");
    expect(checked.status).to.equal(0);
    const report = JSON.parse(checked.stdout) as { recognised: boolean; missingTables: string[]; foreignFormulas: { count: number } };
    expect(report).to.deep.include({ recognised: true, missingTables: [], foreignFormulas: { count: 0, cells: [] } });
    const bad = syss(["doctor", path.join(REPO_ROOT, "package.json")]);
    expect(bad.status).to.equal(2);
    expect(Object.keys(JSON.parse(bad.stdout) as object)).to.deep.equal(["error"]);
  });
});
