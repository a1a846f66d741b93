import { expect } from "chai";
import { parseContract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { columnNumber, TEMPLATE_VERSION } from "../../src/domain/followup/template";
import type { TemplatePlan } from "../../src/domain/followup/types";
import { fromFileFormula, toFileFormula } from "../../src/xlsx/file-formulas";
import { sheetParts, tableParts } from "../../src/xlsx/patch";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { crc32, readStoredZip, readZip, writeStoredZip, writeZip } from "../../src/xlsx/zip";

const decoder = new TextDecoder();

async function written(plan: TemplatePlan): Promise<Map<string, string>> {
  const parts = await readZip(await writeTemplateXlsx(plan));
  return new Map([...parts].map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

function sqrefBoxes(xml: string): { left: number; top: number; right: number; bottom: number; sqref: string }[] {
  return [...xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]+)"/g)].flatMap((match) =>
    match[1].split(" ").map((range) => {
      const [from, to = from] = range.split(":");
      const a = /^([A-Z]+)(\d+)$/.exec(from)!;
      const b = /^([A-Z]+)(\d+)$/.exec(to)!;
      return { left: columnNumber(a[1]), top: Number(a[2]), right: columnNumber(b[1]), bottom: Number(b[2]), sqref: range };
    }),
  );
}

describe("xlsx/write: the template as an .xlsx package", () => {
  const plan = buildTemplatePlan(parseContract({ start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 }));
  let parts: Map<string, string>;
  let sheets: Map<string, string>;

  before(async () => {
    parts = await written(plan);
    const bytesByName = new Map([...parts].map(([name, xml]) => [name, new TextEncoder().encode(xml)]));
    sheets = new Map([...sheetParts(bytesByName)].map(([sheet, part]) => [sheet, parts.get(part) ?? ""]));
  });

  it("has every sheet, Listor hidden", () => {
    expect([...sheets.keys()]).to.deep.equal(plan.sheets.map((sheet) => sheet.name));
    expect(parts.get("xl/workbook.xml")).to.match(/<sheet [^>]*name="Listor" state="hidden"/);
  });

  it("writes one dataValidation per plan range, with non-overlapping sqrefs", () => {
    for (const sheet of plan.sheets) {
      const xml = sheets.get(sheet.name) ?? "";
      const boxes = sqrefBoxes(xml);
      expect(boxes.map((b) => b.sqref), sheet.name).to.deep.equal(plan.validations.filter((v) => v.sheet === sheet.name).map((v) => v.range));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
          expect(overlap, `${sheet.name}: ${a.sqref} / ${b.sqref}`).to.equal(false);
        }
      }
    }
    const placements = sheets.get("Placeringar") ?? "";
    expect(placements).to.contain('sqref="C2:C1000"><formula1>Lista_Kon</formula1>');
    expect(placements).to.contain('<dataValidation type="date" allowBlank="1" showErrorMessage="1" errorTitle="Datum" error="Skriv ett datum, t.ex. 2026-03-01." sqref="H2:H1000"><formula1>36526</formula1><formula2>73050</formula2>');
    expect(placements).to.contain('operator="greaterThanOrEqual"');
    expect(sheets.get("Avtal")).to.contain("<formula1>&quot;2019,2025,2026&quot;</formula1>");
  });

  it("puts <dataValidations> after <conditionalFormatting> and before <pageMargins> (schema order)", () => {
    const xml = sheets.get("Rapporter") ?? "";
    const cf = xml.lastIndexOf("</conditionalFormatting>");
    const dv = xml.indexOf("<dataValidations");
    const margins = xml.indexOf("<pageMargins");
    expect(cf).to.be.greaterThan(0);
    expect(dv).to.be.greaterThan(cf);
    expect(margins).to.be.greaterThan(dv);
  });

  it("stores calculated columns in the table definition (so new rows get the formula)", () => {
    const bytesByName = new Map([...parts].map(([name, xml]) => [name, new TextEncoder().encode(xml)]));
    const tables = tableParts(bytesByName);
    // Template 1.3.0 (issue 16): the full version also has the six matching tables.
    expect([...tables.keys()].sort()).to.deep.equal(["Erfarenheter", "Insatser", "Kartlaggning", "Malgrupper", "Matchning", "Parametrar", "Placeringar", "Platser", "Rapporter", "Uppstart"]);
    const xml = parts.get(tables.get("Placeringar")!) ?? "";
    const formulas = [...xml.matchAll(/<tableColumn id="\d+" name="([^"]+)"><calculatedColumnFormula>([^<]+)<\/calculatedColumnFormula>/g)];
    expect(formulas.map((match) => match[1])).to.deep.equal(["Heltidsmånader", "Planerade heltidsmånader", "Förtida avslut enligt 75 %-regeln", "Prognos heltidsmånader", "Extra plats"]);
    expect(formulas[0][2]).to.match(/^IF\(TRIM\(Placeringar\[\[#This Row\],\[Startdatum\]\]\)=&quot;&quot;/);
    expect(xml).to.contain('totalsRowShown="0"');
    expect(xml).to.not.contain("totalsRowLabel");
  });

  it("defines every plan name, the version marker hidden", () => {
    const workbook = parts.get("xl/workbook.xml") ?? "";
    for (const name of plan.names) expect(workbook, name.name).to.contain(`<definedName name="${name.name}"`);
    expect(workbook).to.match(new RegExp(`<definedName name="SYSS_Mallversion" comment="[^"]*" hidden="1">&quot;${TEMPLATE_VERSION.replace(/\./g, "\\.")}&quot;</definedName>`));
    expect(workbook).to.contain("<definedName name=\"Lista_Malgrupp\" comment=\"Lista: målgrupper från tabellen Malgrupper på bladet Avtal\">Malgrupper[Målgrupp]</definedName>");
    expect(workbook).to.contain("'Avtal'!$B$11</definedName>");
  });

  it("stores SYSS.EFFECTS as a dynamic array with its _xldudf_ file name", () => {
    const economy = sheets.get("Samhällsekonomi") ?? "";
    expect(economy).to.match(/<c r="B13" cm="1"[^>]*><f t="array" ref="B13:G13">_xldudf_SYSS_EFFECTS\(Placeringar\[#Data\],Placeringar\[#Headers\],Parametrar\[#Data\]\)<\/f>/);
    expect(economy).to.match(/<c r="A13" cm="1"[^>]*><f t="array" ref="A13:A13">Placeringar\[Ärende-ID\]<\/f>/);
    expect(parts.get("xl/metadata.xml")).to.contain('<metadataType name="XLDAPR"');
    expect(parts.get("xl/metadata.xml")).to.contain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(parts.get("[Content_Types].xml")).to.contain('PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"');
    expect(parts.get("xl/_rels/workbook.xml.rels")).to.contain('relationships/sheetMetadata" Target="metadata.xml"');
  });

  it("records the version as a custom document property", () => {
    expect(parts.get("docProps/custom.xml")).to.contain(`name="SYSS_Mallversion"><vt:lpwstr>${TEMPLATE_VERSION}</vt:lpwstr>`);
    expect(parts.get("_rels/.rels")).to.contain('relationships/custom-properties" Target="docProps/custom.xml"');
  });

  it("writes pre-filled report dates as real dates and the overdue rule as conditional formatting", () => {
    const reports = sheets.get("Rapporter") ?? "";
    // 2026-01-01 is serial 46023.
    expect(reports).to.match(/<c r="A2" s="\d+"><v>46023<\/v><\/c>/);
    expect(reports).to.contain('<conditionalFormatting sqref="A2:L1000"><cfRule type="expression" dxfId="0" priority="1"><formula>AND($D2=&quot;&quot;,$C2&lt;&gt;&quot;&quot;,$C2&lt;TODAY())</formula>');
  });

  it("the supplier version has no Samhällsekonomi, no custom function and no dynamic-array metadata", async () => {
    const supplierParts = await written(buildTemplatePlan(undefined, { supplierVersion: true }));
    const all = [...supplierParts.values()].join("\n");
    expect(all).to.not.contain("_xldudf_");
    expect(all).to.not.contain("SYSS.EFFECTS");
    expect(all).to.not.contain("Samhällsekonomi");
    expect(supplierParts.has("xl/metadata.xml")).to.equal(false);
    expect(supplierParts.get("docProps/custom.xml")).to.contain("SYSS_Mallversion");
  });
});

describe("xlsx/write: cached values", () => {
  const contract = parseContract({ start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 });

  async function summaryXml(today?: string): Promise<string> {
    const plan = buildTemplatePlan(contract);
    const pkg = await readZip(await writeTemplateXlsx(plan, today === undefined ? {} : { today }));
    return decoder.decode(pkg.get(sheetParts(pkg).get("Sammanställning")!)!);
  }

  it("gives the Sammanställning formulas their result of the day, and none without a day", async () => {
    const cell = (xml: string, address: string) => new RegExp(`<c r="${address}"[^>]*>(?:(?!</c>)[\\s\\S])*?</c>`).exec(xml)?.[0] ?? "";
    const withDay = await summaryXml("2026-08-01");
    expect(cell(withDay, "B5"), "N").to.match(/<f>N\(Avtal_Atagande\)<\/f><v>24<\/v>/);
    // The start deadline: six months after 2026-01-01, as a serial number.
    expect(cell(withDay, "B14")).to.contain("<v>46204</v>");
    expect(withDay).to.contain("<v>Ej uppfylld</v>");
    const withoutDay = await summaryXml();
    expect(cell(withoutDay, "B5")).to.not.contain("<v>");
  });
});

describe("xlsx/write: print and protection", () => {
  const contract = parseContract({ start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 });
  const sheetXml = (parts: Map<string, string>, name: string) => {
    const pkg = new Map([...parts].map(([key, value]) => [key, new TextEncoder().encode(value)]));
    return parts.get(sheetParts(pkg).get(name)!)!;
  };

  it("prints every visible sheet one page wide on A4, landscape where wide, table headers repeated", async () => {
    const parts = await written(buildTemplatePlan(contract));
    for (const name of ["Avtal", "Placeringar", "Rapporter", "Sammanställning", "Samhällsekonomi", "Parametrar"]) {
      const xml = sheetXml(parts, name);
      expect(xml, name).to.contain('<pageSetUpPr fitToPage="1"/>');
      expect(/<pageSetup [^>]*>/.exec(xml)?.[0], name).to.match(/paperSize="9".*fitToWidth="1" fitToHeight="0"/);
    }
    expect(sheetXml(parts, "Placeringar")).to.contain('orientation="landscape"');
    expect(sheetXml(parts, "Sammanställning")).to.contain('orientation="portrait"');
    const workbook = parts.get("xl/workbook.xml")!;
    expect(workbook).to.match(/<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Placeringar&apos;!\$1:\$1<\/definedName>/);
    // A fixed print area only where nothing grows; table sheets print their used range as rows are added.
    expect(workbook).to.match(/<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Sammanställning&apos;!\$A\$1:\$C\$\d+<\/definedName>/);
    // …and the formula-only Matchningsöversikt (template 1.3.0).
    expect(workbook).to.match(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">&apos;Matchningsöversikt&apos;!\$A\$1:\$G\$\d+<\/definedName>/);
    expect(workbook.match(/_xlnm.Print_Area/g)).to.have.length(2);
    expect(sheetXml(parts, "Sammanställning")).to.not.contain("<sheetProtection");
  });

  it("the supplier version locks Sammanställning and Avtal without a password; Avtal's value cells and the table sheets stay open", async () => {
    const parts = await written(buildTemplatePlan(contract, { supplierVersion: true }));
    for (const name of ["Sammanställning", "Avtal"]) {
      const protection = /<sheetProtection\b[^>]*>/.exec(sheetXml(parts, name))?.[0] ?? "";
      expect(protection, name).to.contain('sheet="1"');
      expect(protection, `${name}: no password`).to.not.match(/hashValue|password=/);
    }
    for (const name of ["Placeringar", "Rapporter"]) expect(sheetXml(parts, name), name).to.not.contain("<sheetProtection");
    // Avtal's value cells (column B of the form) point at an unlocked format; labels keep the default (locked).
    const styles = parts.get("xl/styles.xml")!;
    const formats = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const styleOf = (address: string) => Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheetXml(parts, "Avtal"))?.[1] ?? 0);
    expect(formats[styleOf("B5")], "B5 value").to.contain('locked="0"');
    expect(formats[styleOf("A5")] ?? "", "A5 label").to.not.contain('locked="0"');
  });
});

describe("xlsx/file-formulas", () => {
  it("maps custom functions to their stored _xldudf_ names and back", () => {
    expect(toFileFormula("=SYSS.EFFECTS(A1:B2,C1:D1)")).to.equal("_xldudf_SYSS_EFFECTS(A1:B2,C1:D1)");
    expect(toFileFormula("=SUM(SYSS.PARAMS(2026))+1")).to.equal("SUM(_xldudf_SYSS_PARAMS(2026))+1");
    expect(toFileFormula('=IF(A1="SYSS.X","",1)')).to.equal('IF(A1="SYSS.X","",1)');
    expect(fromFileFormula("_xldudf_SYSS_EFFECTS(A1)")).to.equal("=SYSS.EFFECTS(A1)");
    expect(fromFileFormula("SUM(A1)")).to.equal("=SUM(A1)");
  });

  it("stores functions newer than Excel 2007 with their [MS-XLSX] prefix and strips it on read", () => {
    expect(toFileFormula("=AGGREGATE(9,6,B13:B20)")).to.equal("_xlfn.AGGREGATE(9,6,B13:B20)");
    expect(toFileFormula("=IFS(A1>1,MAXIFS(B:B,C:C,1),TRUE,0)")).to.equal("_xlfn.IFS(A1>1,_xlfn.MAXIFS(B:B,C:C,1),TRUE,0)");
    expect(toFileFormula("=SORT(FILTER(A1:A9,B1:B9))")).to.equal("_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A1:A9,B1:B9))");
    expect(toFileFormula("=SUM(A1)+IFERROR(1,2)")).to.equal("SUM(A1)+IFERROR(1,2)");
    // Names inside text, quoted sheet names and structured references are not calls.
    expect(toFileFormula('=IF(A1="IFS(1)",T[[#This Row],[XOR(]],\'CONCAT(x\'!A1)')).to.equal('IF(A1="IFS(1)",T[[#This Row],[XOR(]],\'CONCAT(x\'!A1)');
    expect(toFileFormula("=_xlfn.AGGREGATE(9,6,A1)"), "never twice").to.equal("_xlfn.AGGREGATE(9,6,A1)");
    for (const typed of ["=AGGREGATE(9,6,B13:B20)", "=SORT(FILTER(A1:A9,B1:B9))", "=SUM(SYSS.EFFECTS(A1),XLOOKUP(1,A:A,B:B))"]) {
      expect(fromFileFormula(toFileFormula(typed)), typed).to.equal(typed);
    }
  });
});

describe("xlsx/zip", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).to.equal(0xcbf43926);
    expect(crc32(new Uint8Array())).to.equal(0);
  });

  it("round-trips stored entries, also through the general reader", async () => {
    const entries = new Map([
      ["a.xml", new TextEncoder().encode("<a>å</a>")],
      ["dir/b.bin", new Uint8Array([0, 1, 2, 255])],
    ]);
    const zip = writeStoredZip(entries);
    expect([...readStoredZip(zip)]).to.deep.equal([...entries]);
    expect([...(await readZip(zip))]).to.deep.equal([...entries]);
  });

  it("compresses what gets smaller, stores the rest, and reads both back", async () => {
    const text = new TextEncoder().encode("<row>".repeat(5000));
    const entries = new Map([
      ["big.xml", text],
      ["tiny.bin", new Uint8Array([7])],
      ["empty/", new Uint8Array()],
    ]);
    const zip = await writeZip(entries);
    expect(zip.length).to.be.lessThan(text.length / 10);
    expect(() => readStoredZip(zip)).to.throw(/compressed/);
    expect([...(await readZip(zip))]).to.deep.equal([...entries]);
  });
});
