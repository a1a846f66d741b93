/** The workbook diagnosis over plain shapes: formula ownership in Excel's and the file's spellings. */
import { expect } from "chai";
import { diagnoseWorkbook, normaliseFormula, type WorkbookShape } from "../../../src/domain/followup/diagnosis";
import { buildTemplatePlan } from "../../../src/domain/followup/plan";
import { TEMPLATE } from "../../../src/domain/followup/template";

const plan = buildTemplatePlan();
const placements = plan.tables.find((table) => table.spec.name === "Placeringar")!;
const fixed = TEMPLATE.cells.find((cell) => cell.formula !== undefined && cell.sheet === "Sammanställning")!;

function shape(formulas: WorkbookShape["formulas"]): WorkbookShape {
  return {
    markerVersion: plan.version,
    sheets: plan.sheets.map((sheet) => sheet.name),
    tables: plan.tables.map((table) => ({ name: table.spec.name, sheet: table.spec.sheet, range: table.range, headers: table.spec.columns.map((c) => c.header) })),
    formulas,
  };
}

describe("workbook diagnosis", () => {
  it("reads Excel's [@Column] spelling of a calculated column as the template's [[#This Row],[Column]]", () => {
    const column = placements.spec.columns.findIndex((c) => c.formula !== undefined);
    const formula = placements.spec.columns[column]!.formula!;
    expect(formula).to.contain("[#This Row]");
    const excelSpelling = formula.replace(/Placeringar\[\[#This Row\],\[([^\]]+)\]\]/g, (_all, name: string) => (/^[\p{L}\d ]+$/u.test(name) ? `[@${name}]` : `[@[${name}]]`));
    expect(excelSpelling).not.to.contain("#This Row");
    expect(normaliseFormula(excelSpelling)).to.equal(normaliseFormula(formula));
    const letter = String.fromCharCode(65 + column);
    expect(diagnoseWorkbook(shape([{ sheet: "Placeringar", address: `${letter}2`, formula: excelSpelling }])).foreignFormulas.count).to.equal(0);
  });

  it("flags a changed template formula, a formula in a value column and one outside every table", () => {
    const result = diagnoseWorkbook(
      shape([
        { sheet: fixed.sheet, address: fixed.address, formula: fixed.formula! },
        { sheet: fixed.sheet, address: fixed.address.replace(/\d+$/, (row) => String(Number(row) + 200)), formula: "=1" },
        { sheet: "Placeringar", address: "A2", formula: "=B2" },
        { sheet: "Sammanställning", address: "Z1", formula: `${fixed.formula!}+0` },
      ]),
    );
    expect(result.foreignFormulas.count).to.equal(3);
    expect(result.foreignFormulas.cells).to.include("Placeringar!A2");
    expect(result.foreignFormulas.cells).not.to.include(`${fixed.sheet}!${fixed.address}`);
  });

  it("counts a changed formula at a template formula's own address as not SYSS's", () => {
    const result = diagnoseWorkbook(shape([{ sheet: fixed.sheet, address: fixed.address, formula: "=42" }]));
    expect(result.foreignFormulas.cells).to.deep.equal([`${fixed.sheet}!${fixed.address}`]);
  });

  it("reports a missing table and a column that is neither the template's nor in a renamed place", () => {
    const base = shape([]);
    const result = diagnoseWorkbook({
      ...base,
      tables: base.tables.filter((t) => t.name !== "Rapporter").map((t) => (t.name === "Placeringar" ? { ...t, headers: [...t.headers.slice(0, -1), t.headers.at(-1)!, "Min kolumn"] } : t)),
    });
    expect(result.missingTables).to.deep.equal(["Rapporter"]);
    expect(result.tables.find((t) => t.name === "Placeringar")!.unknownColumns).to.deep.equal(["Min kolumn"]);
  });
});
