import { expect } from "chai";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readFollowupWorkbook } from "../../src/xlsx/read";
import { memoryIo } from "../support/memory-io";

describe("syss template", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "syss-template-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function contractFile(name: string, content: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  }

  it("writes an empty workbook", async () => {
    const out = join(dir, "tom.xlsx");
    const io = memoryIo();
    expect(await main(["template", "--out", out], io)).to.equal(0);
    expect(io.stdout).to.equal(`Skrev ${out}\n`);
    const workbook = await readFollowupWorkbook(readFileSync(out), out);
    expect(workbook.sheetNames).to.deep.equal([
      "Avtal", "Placeringar", "Rapporter", "Sammanställning", "Samhällsekonomi", "Parametrar", "Listor",
      // Template 1.3.0 (issue 16): the matching workspace, full version only.
      "Kartläggning", "Platser", "Matchning", "Insatser", "Uppstart", "Erfarenheter", "Matchningsöversikt", "Matchningslistor",
    ]);
    expect(workbook.contract.parameterYear).to.equal(2026);
  });

  it("fills Avtal from --contract, with placements, and honours --supplier and --year", async () => {
    const contract = contractFile("avtal.json", {
      name: "Städ", start: "2026-01-01", end: "2026-06-30", reportingInterval: "månad", commitmentMonths: 6,
      placements: [{ caseId: "P-001", startDate: "2026-01-15", form: "anställning" }],
    });
    const out = join(dir, "leverantor.xlsx");
    const io = memoryIo();
    expect(await main(["template", "--out", out, "--contract", contract, "--supplier", "--year", "2025", "--lang", "en"], io)).to.equal(0);
    expect(io.stdout).to.equal(`Wrote ${out}\n`);
    const workbook = await readFollowupWorkbook(readFileSync(out), out);
    expect(workbook.sheetNames).to.not.include("Samhällsekonomi");
    expect(workbook.contract.name).to.equal("Städ");
    expect(workbook.contract.parameterYear).to.equal(2025);
    expect(workbook.reports.rows).to.have.length(6);
    expect(workbook.placements.rows[0].values[0]).to.equal("P-001");
  });

  it("the supplier version leaves out the benefit-history columns; the procurer's workbook keeps them", async () => {
    const benefitHistory = ["Tid i arbetslöshet (mån)", "Nyanländ", "A-kassa", "Bostadsbidrag"];
    const contract = contractFile("minimal.json", {
      placements: [{ caseId: "P-001", startDate: "2026-01-15", form: "anställning", unemployedMonths: 30, newArrival: "Ja", comment: "Lager" }],
    });
    const supplierOut = join(dir, "min-leverantor.xlsx");
    const procurerOut = join(dir, "min-bestallare.xlsx");
    expect(await main(["template", "--out", supplierOut, "--contract", contract, "--supplier"], memoryIo())).to.equal(0);
    expect(await main(["template", "--out", procurerOut, "--contract", contract], memoryIo())).to.equal(0);
    const supplier = await readFollowupWorkbook(readFileSync(supplierOut), supplierOut);
    const procurer = await readFollowupWorkbook(readFileSync(procurerOut), procurerOut);
    for (const header of benefitHistory) {
      expect(supplier.placements.headers, header).to.not.include(header);
      expect(procurer.placements.headers, header).to.include(header);
    }
    // The remaining columns keep their values (the row is projected, not shifted).
    const comment = supplier.placements.headers.indexOf("Kommentar");
    expect(supplier.placements.rows[0].values[comment]).to.equal("Lager");
    expect(procurer.placements.rows[0].values[procurer.placements.headers.indexOf("Tid i arbetslöshet (mån)")]).to.equal(30);
  });

  it("refuses a supplier version holding a personnummer: exit 1, the cell named, nothing written", async () => {
    const contract = contractFile("pnr.json", {
      placements: [{ caseId: "P-001", form: "anställning", comment: "19850101-1236, ring 070-123 45 67" }],
    });
    const out = join(dir, "pnr-leverantor.xlsx");
    const io = memoryIo();
    expect(await main(["template", "--out", out, "--contract", contract, "--supplier", "--confirm-personal-data"], io)).to.equal(1);
    expect(existsSync(out)).to.equal(false);
    expect(io.stderr).to.match(/^syss template: Leverantörsversionen skrevs inte: personnummer eller samordningsnummer i Placeringar!R2\./);
    expect(io.stderr).to.not.contain("19850101");
  });

  it("other personal data in a supplier version must be confirmed with --confirm-personal-data", async () => {
    const contract = contractFile("notes.json", {
      placements: [{ caseId: "P-001", form: "anställning", comment: "Anna är sjukskriven, ring 070-123 45 67" }],
    });
    const out = join(dir, "notes-leverantor.xlsx");
    const refused = memoryIo();
    expect(await main(["template", "--out", out, "--contract", contract, "--supplier", "--lang", "en"], refused)).to.equal(1);
    expect(existsSync(out)).to.equal(false);
    expect(refused.stderr).to.contain("Placeringar!R2");
    for (const kind of ["phone", "name", "special-category"]) expect(refused.stderr).to.contain(kind);
    const confirmed = memoryIo();
    expect(await main(["template", "--out", out, "--contract", contract, "--supplier", "--confirm-personal-data", "--lang", "en"], confirmed)).to.equal(0);
    expect(existsSync(out)).to.equal(true);
    expect(confirmed.stdout).to.contain("Confirmed by the user");
  });

  const badContracts: [string, unknown, RegExp][] = [
    ["orgnr", { supplierOrgNumber: "556016-0681" }, /^syss template: supplierOrgNumber: "556016-0681" har fel kontrollsiffra\.\n$/],
    ["date", { start: "2026-13-01" }, /^syss template: start: måste vara ett datum ÅÅÅÅ-MM-DD, fick "2026-13-01"\.\n$/],
    ["enum", { reportingInterval: "vecka" }, /^syss template: reportingInterval: "vecka" är inte ett tillåtet värde/],
    ["placement", { placements: [{ startDate: 5 }] }, /^syss template: placements\[0\]\.startDate: /],
    ["json", "{ inte json", /^syss template: Avtalsfilen är inte giltig JSON: /],
    ["array", [], /^syss template: Avtalsfilen måste vara ett JSON-objekt\.\n$/],
  ];
  for (const [label, content, message] of badContracts) {
    it(`a bad contract (${label}) exits 2 with one line naming the problem, and writes nothing`, async () => {
      const out = join(dir, `bad-${label}.xlsx`);
      const io = memoryIo();
      expect(await main(["template", "--out", out, "--contract", contractFile(`${label}.json`, content)], io)).to.equal(2);
      expect(io.stderr).to.match(message);
      expect(io.stderr.trim().split("\n")).to.have.length(1);
      expect(io.stderr).to.not.match(/\bat .*\.ts:\d+/);
      expect(existsSync(out)).to.equal(false);
    });
  }

  it("usage errors exit 2 with the usage line", async () => {
    for (const args of [[], ["--out"], ["--out", "x.xlsx", "--year", "2020"], ["--out", "x.xlsx", "--frobnicate"]]) {
      const io = memoryIo();
      expect(await main(["template", ...args], io), args.join(" ")).to.equal(2);
      expect(io.stderr).to.contain("Användning: syss template --out FIL.xlsx");
    }
  });

  it("a missing contract file or an unwritable output exits 1 with a message", async () => {
    const io = memoryIo();
    expect(await main(["template", "--out", join(dir, "x.xlsx"), "--contract", join(dir, "finns-inte.json")], io)).to.equal(1);
    expect(io.stderr).to.match(/^syss template: Kan inte läsa .*finns-inte\.json/);
    const io2 = memoryIo();
    expect(await main(["template", "--out", join(dir, "saknad-mapp", "x.xlsx")], io2)).to.equal(1);
    expect(io2.stderr).to.match(/^syss template: Kan inte skriva /);
  });
});
