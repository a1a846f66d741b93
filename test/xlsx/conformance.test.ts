/**
 * Everything SYSS writes as .xlsx (full, supplier, with a contract, with 1 000 placements) passes the
 * conformance checker, and each of the checker's rules fails on a planted violation.
 */
import { expect } from "chai";
import { parseContract } from "../../src/domain/followup/contract";
import { parsePlacements } from "../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { tableParts, sheetParts } from "../../src/xlsx/patch";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { readZip } from "../../src/xlsx/zip";
import { checkPackage, describeViolations, type ConformanceRule } from "../support/xlsx-conformance";

type Pkg = Map<string, Uint8Array>;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const CONTRACT = {
  name: "Lokalvård 2026–2028", supplier: "Städbolaget AB", supplierOrgNumber: "556016-0680", start: "2026-01-01", end: "2028-12-31",
  commitmentMonths: 24, reportingInterval: "kvartal", procurementCost: 40_000, bonusPerPlace: 10_000, maxBonusPlaces: 2,
};

function placements(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    caseId: `P-${String(i + 1).padStart(4, "0")}`, targetGroup: "Långtidsarbetslös", gender: i % 2 ? "Man" : "Kvinna", form: "anställning",
    startDate: "2026-02-01", plannedEndDate: "2026-12-31", scope: 1, salary: 24_000, subsidy: "ingen", age: 30 + (i % 30),
  }));
}

async function written(kind: "full" | "supplier" | "contract" | "placements"): Promise<Pkg> {
  const contract = kind === "full" ? undefined : parseContract(CONTRACT);
  const plan = buildTemplatePlan(contract, {
    supplierVersion: kind === "supplier",
    placements: kind === "placements" ? parsePlacements(placements(1000)) : undefined,
  });
  // As the CLI writes them: with the cached values of a day.
  return readZip(await writeTemplateXlsx(plan, { today: "2026-06-15" }));
}

const text = (pkg: Pkg, part: string) => decoder.decode(pkg.get(part)!);

/** A copy of the package with one part's XML changed; fails when the change did not apply. */
function planted(pkg: Pkg, part: string, change: (xml: string) => string): Pkg {
  const before = text(pkg, part);
  const after = change(before);
  if (after === before) throw new Error(`the planted change did not apply to ${part}`);
  return new Map([...pkg, [part, encoder.encode(after)]]);
}

function expectOnly(pkg: Pkg, rule: ConformanceRule): void {
  const violations = checkPackage(pkg);
  expect(violations.map((v) => v.rule), describeViolations(violations)).to.include(rule);
  expect(violations.every((v) => v.rule === rule), describeViolations(violations)).to.equal(true);
}

describe("xlsx conformance: what SYSS writes follows Excel's written rules", function () {
  const packages = new Map<string, Pkg>();

  before(async () => {
    for (const kind of ["full", "supplier", "contract", "placements"] as const) packages.set(kind, await written(kind));
  });

  for (const kind of ["full", "supplier", "contract", "placements"]) {
    it(`passes every rule: ${kind}`, () => {
      const violations = checkPackage(packages.get(kind)!);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it("the 1 000-placement file really holds 1 000 rows and the full file AGGREGATE with its prefix", () => {
    const pkg = packages.get("placements")!;
    const table = text(pkg, tableParts(pkg).get("Placeringar")!);
    expect(/ref="A1:[A-Z]+(\d+)"/.exec(table)?.[1]).to.equal("1001");
    const economy = text(packages.get("full")!, sheetParts(packages.get("full")!).get("Samhällsekonomi")!);
    expect(economy).to.contain("_xlfn.AGGREGATE(9,6,");
    expect(economy).to.not.match(/[^.]AGGREGATE\(/);
  });

  describe("each rule fails on a planted violation", () => {
    const full = () => packages.get("full")!;
    const avtal = () => sheetParts(full()).get("Avtal")!;
    const placementsTable = () => tableParts(full()).get("Placeringar")!;

    it("validationText: an error title of 33 characters", () => {
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/errorTitle="[^"]*"/, `errorTitle="${"x".repeat(33)}"`)), "validationText");
    });
    it("validationText: a prompt of 256 characters", () => {
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/ prompt="[^"]*"/, ` prompt="${"x".repeat(256)}"`)), "validationText");
    });
    it("validationText: an error message of 225 characters", () => {
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/ error="[^"]*"/, ` error="${"x".repeat(225)}"`)), "validationText");
    });
    it("validationFormula: a list formula of 256 characters", () => {
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/<formula1>[^<]*<\/formula1>/, `<formula1>&quot;${"a,".repeat(127)}&quot;</formula1>`)), "validationFormula");
    });
    it("sheetName: 32 characters", () => {
      expectOnly(planted(full(), "xl/workbook.xml", (xml) => xml.replace('name="Listor"', `name="${"L".repeat(32)}"`)), "sheetName");
    });
    it("sheetName: a forbidden character", () => {
      expectOnly(planted(full(), "xl/workbook.xml", (xml) => xml.replace('name="Listor"', 'name="Listor/2"')), "sheetName");
    });
    it("sheetName: the same name twice", () => {
      expectOnly(planted(full(), "xl/workbook.xml", (xml) => xml.replace('name="Listor"', 'name="avtal"')), "sheetName");
    });
    it("definedName: a name that reads as a cell reference (A1 and R1C1)", () => {
      for (const name of ["AB12", "R1C1"]) {
        expectOnly(planted(full(), "xl/workbook.xml", (xml) => xml.replace('name="Sam_Status"', `name="${name}"`)), "definedName");
      }
    });
    it("definedName: the same name twice", () => {
      expectOnly(planted(full(), "xl/workbook.xml", (xml) => xml.replace('name="Sam_Status"', 'name="avtal_start"')), "definedName");
    });
    it("tableName: a name with a space", () => {
      expectOnly(planted(full(), tableParts(full()).get("Malgrupper")!, (xml) => xml.replace(/(name|displayName)="Malgrupper"/g, '$1="Mal grupper"')), "tableName");
    });
    it("nameClash: a defined name equal to a table name", () => {
      expectOnly(planted(full(), "xl/workbook.xml", (xml) => xml.replace('name="Sam_Status"', 'name="Rapporter"')), "nameClash");
    });
    it("functionPrefix: AGGREGATE without _xlfn.", () => {
      expectOnly(planted(full(), sheetParts(full()).get("Samhällsekonomi")!, (xml) => xml.replace("_xlfn.AGGREGATE", "AGGREGATE")), "functionPrefix");
    });
    it("functionPrefix: _xlfn. on a function every Excel knows, and FILTER without _xlws.", () => {
      expectOnly(planted(full(), placementsTable(), (xml) => xml.replace(/<calculatedColumnFormula>IF\(/, "<calculatedColumnFormula>_xlfn.IF(")), "functionPrefix");
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/<formula1>[^<]*<\/formula1>/, "<formula1>_xlfn.FILTER(A1:A2,B1:B2)</formula1>")), "functionPrefix");
    });
    it("formulaLength: a cell formula over 8 192 characters", () => {
      expectOnly(planted(full(), sheetParts(full()).get("Samhällsekonomi")!, (xml) => xml.replace(/<f>SUM\(/, `<f>SUM(${"1+".repeat(4100)}0)+SUM(`)), "formulaLength");
    });
    it("styleCount: a cellXfs count that does not match, and a cell pointing past the formats", () => {
      expectOnly(planted(full(), "xl/styles.xml", (xml) => xml.replace(/<cellXfs count="(\d+)"/, (_m, n: string) => `<cellXfs count="${Number(n) + 1}"`)), "styleCount");
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/<c r="A1" s="\d+"/, '<c r="A1" s="9999"')), "styleCount");
    });
    it("stringCount: a uniqueCount that does not match, and a cell pointing past the strings", () => {
      expectOnly(planted(full(), "xl/sharedStrings.xml", (xml) => xml.replace(/uniqueCount="(\d+)"/, (_m, n: string) => `uniqueCount="${Number(n) + 1}"`)), "stringCount");
      expectOnly(planted(full(), avtal(), (xml) => xml.replace(/(<c r="A1"[^>]*t="s"[^>]*><v>)\d+/, "$199999")), "stringCount");
    });
    it("calculatedColumn: unbalanced parentheses, and a reference to a column that does not exist", () => {
      expectOnly(planted(full(), placementsTable(), (xml) => xml.replace(/<calculatedColumnFormula>IF\(/, "<calculatedColumnFormula>IF((")), "calculatedColumn");
      expectOnly(planted(full(), placementsTable(), (xml) => xml.replace(/(<calculatedColumnFormula>[^<]*?\[#This Row\],\[)[^\]]+\]/, "$1Saknas]")), "calculatedColumn");
    });
  });
});
