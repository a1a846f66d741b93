import { expect } from "chai";
import { parseContract } from "../../../src/domain/followup/contract";
import { PLACEMENT_FORMULAS, SUMMARY_FORMULAS, usesCustomFunction } from "../../../src/domain/followup/formulas";
import { LISTS } from "../../../src/domain/followup/lists";
import { SHEETS, TABLES } from "../../../src/domain/followup/names";
import { parsePlacements } from "../../../src/domain/followup/placements";
import { buildTemplatePlan, RULES_DOWN_TO_ROW } from "../../../src/domain/followup/plan";
import { TEMPLATE_VERSION, columnNumber } from "../../../src/domain/followup/template";
import type { TemplatePlan } from "../../../src/domain/followup/types";
import { listParameters } from "../../../src/domain/model/parameters";

// Spec followup.md with issue 20's renames: "Erbjuden datum" → "Datum för erbjudande", "Senast inkommen" → "Sista dag för rapport".
const SPEC_PLACEMENT_HEADERS = [
  "Ärende-ID", "Målgrupp", "Kön", "Ålder", "Sysselsättningsform", "Anställningstyp", "Datum för erbjudande", "Startdatum",
  "Planerat slutdatum", "Faktiskt slutdatum", "Avslutsorsak", "Omfattning (%)", "Bruttolön per månad", "Anställningsstöd",
  "Tid i arbetslöshet (mån)", "Nyanländ", "A-kassa", "Bostadsbidrag", "Handledarens bruttolön", "Tid för handledning (%)",
  "Underleverantör", "Kommentar", "Heltidsmånader", "Planerade heltidsmånader", "Förtida avslut enligt 75 %-regeln",
];
const SPEC_REPORT_HEADERS = [
  "Period från", "Period till", "Sista dag för rapport", "Inkom datum", "Status", "Granskad av", "Granskningsdatum",
  "Underlag/referens", "Avvikelse", "Åtgärd", "Frist", "Kommentar",
];
const SPEC_CONTRACT_LABELS = [
  "Avtalsnamn", "Avtals-ID/diarienummer", "Upphandlande organisation", "Organisationstyp", "Leverantör",
  "Leverantörens organisationsnummer", "Avtalsstart", "Avtalsslut", "Kravtyp", "Åtagande i heltidsmånader (N)",
  "Senaste första start, månader efter avtalsstart", "Godkänd andel vid förtida avslut", "Rapporteringsintervall",
  "Matchningsansvarig (organisation)", "Upphandlingskostnad (kr)", "Bonus per extra plats (kr)", "Max antal bonusplatser", "Parameterår",
  "Vite per saknad heltidsmånad (kr)", "Vite för utebliven rapport (kr)",
  "Gallras senast", // amendment v1.1 item 8
];

function table(plan: TemplatePlan, name: string) {
  const found = plan.tables.find((candidate) => candidate.spec.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

interface Box {
  sheet: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function box(sheet: string, range: string): Box {
  const [from, to = from] = range.split(":");
  const parse = (address: string) => {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
    if (!match) throw new Error(address);
    return { column: columnNumber(match[1]), row: Number(match[2]) };
  };
  const a = parse(from);
  const b = parse(to);
  return { sheet, left: a.column, top: a.row, right: b.column, bottom: b.row };
}

function overlaps(a: Box, b: Box): boolean {
  return a.sheet === b.sheet && a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Every formula text in a plan: cells, calculated columns, validations, conditional formats, names. */
function allFormulas(plan: TemplatePlan): string[] {
  const formulas: string[] = [];
  for (const cell of plan.cells) if (cell.formula) formulas.push(cell.formula);
  for (const t of plan.tables) for (const column of t.spec.columns) if (column.formula) formulas.push(column.formula);
  for (const v of plan.validations) {
    const rule = v.validation.rule;
    if (rule.kind === "list") formulas.push(rule.source);
    if (rule.kind === "custom") formulas.push(rule.formula);
    if ((rule.kind === "date" || rule.kind === "decimal" || rule.kind === "whole") && typeof rule.formula1 === "string") formulas.push(rule.formula1);
  }
  for (const format of plan.conditionalFormats) formulas.push(format.formula);
  for (const name of plan.names) formulas.push(name.refersTo);
  return formulas;
}

describe("followup/plan: buildTemplatePlan", () => {
  const plan = buildTemplatePlan();

  it("has the seven follow-up sheets, then the eight matching sheets (1.3.0), in tab order, the list sheets hidden", () => {
    expect(plan.sheets.map((sheet) => sheet.name)).to.deep.equal([
      "Avtal", "Placeringar", "Rapporter", "Sammanställning", "Samhällsekonomi", "Parametrar", "Listor",
      "Kartläggning", "Platser", "Matchning", "Insatser", "Uppstart", "Erfarenheter", "Matchningsöversikt", "Matchningslistor",
    ]);
    expect(plan.sheets.map((sheet) => sheet.tabIndex)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(plan.sheets.filter((sheet) => sheet.visibility !== "visible").map((sheet) => sheet.name)).to.deep.equal(["Listor", "Matchningslistor"]);
    expect(plan.version).to.equal(TEMPLATE_VERSION);
    expect(plan.variant).to.equal("procurer");
  });

  it("Placeringar has every column the spec names, in order, then the helper calculated columns", () => {
    const headers = table(plan, TABLES.placements).spec.columns.map((column) => column.header);
    expect(headers.slice(0, SPEC_PLACEMENT_HEADERS.length - 3)).to.deep.equal(SPEC_PLACEMENT_HEADERS.slice(0, -3));
    expect(headers).to.include.members(SPEC_PLACEMENT_HEADERS);
    expect(headers).to.include.members(["Prognos heltidsmånader", "Extra plats"]);
    const calculated = table(plan, TABLES.placements).spec.columns.filter((column) => column.formula).map((column) => column.header);
    expect(calculated).to.deep.equal(["Heltidsmånader", "Planerade heltidsmånader", "Förtida avslut enligt 75 %-regeln", "Prognos heltidsmånader", "Extra plats"]);
    const comment = table(plan, TABLES.placements).spec.columns.find((column) => column.header === "Kommentar");
    expect(comment?.text).to.equal(true);
  });

  it("Rapporter, Parametrar and Målgrupper have the spec's columns", () => {
    expect(table(plan, TABLES.reports).spec.columns.map((column) => column.header)).to.deep.equal(SPEC_REPORT_HEADERS);
    expect(table(plan, TABLES.parameters).spec.columns.map((column) => column.header)).to.deep.equal([
      "Nyckel", "Beskrivning", "Värde", "Enhet", "Standardvärde", "Källa", "Uppskattning",
    ]);
    expect(table(plan, TABLES.targetGroups).spec.sheet).to.equal(SHEETS.contract);
  });

  it("the Avtal form has every spec field, each with a workbook name", () => {
    const form = plan.forms[0];
    expect(form.spec.sheet).to.equal("Avtal");
    expect(form.spec.fields.map((field) => field.label)).to.deep.equal(SPEC_CONTRACT_LABELS);
    const names = new Set(plan.names.map((name) => name.name));
    for (const field of form.spec.fields) expect(names.has(field.name), field.name).to.equal(true);
    const start = plan.names.find((name) => name.name === "Avtal_Start");
    expect(start?.refersTo).to.match(/^='Avtal'!\$B\$\d+$/);
  });

  it("every list-valued column validates against a named list that exists", () => {
    const names = new Map(plan.names.map((name) => [name.name, name.refersTo]));
    const listColumns = ["Målgrupp", "Kön", "Sysselsättningsform", "Anställningstyp", "Avslutsorsak", "Anställningsstöd", "Nyanländ", "A-kassa", "Bostadsbidrag"];
    const placements = table(plan, TABLES.placements);
    for (const header of listColumns) {
      const column = placements.spec.columns.find((candidate) => candidate.header === header);
      const rule = column?.validation?.rule;
      expect(rule?.kind, header).to.equal("list");
      if (rule?.kind === "list") expect(names.has(rule.source.slice(1)), rule.source).to.equal(true);
    }
    expect(names.get("Lista_Malgrupp")).to.equal("=Malgrupper[Målgrupp]");
    for (const list of LISTS) expect(names.get(list.name)).to.equal(`=Listor!$${list.column}$2:$${list.column}$${list.values.length + 1}`);
  });

  it("the Listor sheet holds every list value under its name", () => {
    for (const list of LISTS) {
      list.values.forEach((value, index) => {
        const cell = plan.cells.find((candidate) => candidate.sheet === "Listor" && candidate.address === `${list.column}${index + 2}`);
        expect(cell?.value, `${list.name}[${index}]`).to.equal(value);
      });
    }
  });

  it("validations never overlap on a sheet and reach row 1000 in the growing tables", () => {
    const boxes = plan.validations.map((item) => box(item.sheet, item.range));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i], boxes[j]), `${plan.validations[i].range} / ${plan.validations[j].range}`).to.equal(false);
      }
    }
    const caseId = plan.validations.find((item) => item.sheet === "Placeringar" && item.range.startsWith("A2:"));
    expect(caseId?.range).to.equal(`A2:A${RULES_DOWN_TO_ROW}`);
  });

  it("every name a formula uses is defined, and no name is defined twice", () => {
    const defined = plan.names.map((name) => name.name);
    expect(new Set(defined).size).to.equal(defined.length);
    const used = new Set<string>();
    for (const formula of allFormulas(plan)) for (const match of formula.matchAll(/\b(Avtal_[A-Za-z]+|Sam_[A-Za-z0-9]+|Lista_[A-Za-z]+)\b/g)) used.add(match[1]);
    for (const name of used) expect(defined, name).to.include(name);
  });

  it("every structured reference names an existing table column", () => {
    const columns = new Map(plan.tables.map((t) => [t.spec.name, new Set(t.spec.columns.map((column) => column.header))]));
    let checked = 0;
    for (const formula of allFormulas(plan)) {
      for (const match of formula.matchAll(/\b(Placeringar|Rapporter|Malgrupper|Parametrar)\[(?:\[#This Row\],\[([^\]]+)\]\]|([^\]#[]+)\])/g)) {
        const header = match[2] ?? match[3];
        expect(columns.get(match[1])?.has(header), `${match[1]}[${header}] in ${formula}`).to.equal(true);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(40);
  });

  it("Sammanställning has every figure the spec lists, each named", () => {
    const names = new Set(plan.cells.filter((cell) => cell.sheet === SHEETS.summary && cell.name).map((cell) => cell.name));
    for (const key of ["Sam_Atagande", "Sam_Utforda", "Sam_Planerade", "Sam_Andel", "Sam_ForstaStart", "Sam_SenastForstaStart", "Sam_Startregel", "Sam_Regel75", "Sam_Status", "Sam_Pagaende", "Sam_Avslutade", "Sam_ForsenadeRapporter", "Sam_Bonusplatser"]) {
      expect(names.has(key), key).to.equal(true);
    }
    expect(SUMMARY_FORMULAS.startDeadline).to.equal('=IF(Avtal_Start="","",EDATE(Avtal_Start,Avtal_StartManader))');
    const labels = plan.cells.filter((cell) => cell.sheet === SHEETS.summary).map((cell) => cell.value);
    expect(labels).to.include.members(["Per sysselsättningsform", "Per kön", "Per målgrupp", "anställning", "Kvinna"]);
  });

  it("formulas use the team-wide month rule and the explicit this-row reference form", () => {
    const start = "Placeringar[[#This Row],[Startdatum]]";
    const plannedEnd = "Placeringar[[#This Row],[Planerat slutdatum]]";
    expect(PLACEMENT_FORMULAS.fullTimeMonths).to.contain(`DATEDIF(${start},(IF(TRIM(Placeringar[[#This Row],[Faktiskt slutdatum]])="",TODAY(),`);
    expect(PLACEMENT_FORMULAS.plannedFullTimeMonths).to.contain(`DATEDIF(${start},(${plannedEnd}+1),"M")`);
    expect(PLACEMENT_FORMULAS.plannedFullTimeMonths).to.contain(`EDATE(${start},DATEDIF(${start},(${plannedEnd}+1),"M")+1)`);
    for (const formula of [PLACEMENT_FORMULAS.fullTimeMonths, PLACEMENT_FORMULAS.plannedFullTimeMonths]) {
      expect(formula).to.not.contain("30.4375");
      expect(formula).to.not.contain("LET(");
    }
    for (const formula of allFormulas(plan)) expect(formula, formula).to.not.contain("[@");
  });

  it("Samhällsekonomi holds one SYSS.EFFECTS dynamic array over the whole Placeringar table, and a chart", () => {
    const effects = plan.cells.filter((cell) => cell.formula && usesCustomFunction(cell.formula));
    expect(effects).to.have.length(1);
    expect(effects[0].sheet).to.equal(SHEETS.economy);
    expect(effects[0].formula).to.equal("=SYSS.EFFECTS(Placeringar[#Data],Placeringar[#Headers],Parametrar[#Data])");
    expect(effects[0].dynamicArray).to.equal(true);
    expect(effects[0].usesCustomFunction).to.equal(true);
    expect(plan.charts).to.have.length(1);
    expect(plan.charts[0].sheet).to.equal(SHEETS.economy);
  });

  it("marks overdue reports by conditional formatting over the Rapporter rows", () => {
    const formats = plan.conditionalFormats.filter((format) => format.sheet === SHEETS.reports);
    expect(formats).to.have.length(2);
    expect(formats[0].range).to.equal(`A2:L${RULES_DOWN_TO_ROW}`);
    expect(formats[0].formula).to.equal('=AND($D2="",$C2<>"",$C2<TODAY())');
  });

  it("records the template version in a hidden name and a document property", () => {
    const marker = plan.names.find((name) => name.name === "SYSS_Mallversion");
    expect(marker?.refersTo).to.equal(`="${TEMPLATE_VERSION}"`);
    expect(marker?.hidden).to.equal(true);
    expect(plan.marker.customProperty).to.equal("SYSS_Mallversion");
  });

  it("an empty template has one empty row per user table and the model's parameters of the newest year", () => {
    expect(table(plan, TABLES.placements).rows).to.have.length(1);
    expect(table(plan, TABLES.placements).range).to.equal("A1:AD2");
    expect(table(plan, TABLES.reports).rows).to.have.length(1);
    const parameters = table(plan, TABLES.parameters).rows;
    const expected = listParameters(2026);
    expect(parameters).to.have.length(expected.length);
    expect(parameters[0]).to.deep.equal([expected[0].key, expected[0].label, expected[0].value, expected[0].unit, expected[0].value, expected[0].source, expected[0].estimate ? "Ja" : "Nej"]);
    expect(plan.forms[0].values.parameterYear).to.equal(2026);
  });

  it("fills the Avtal form, target groups and report rows from a contract", () => {
    const contract = parseContract({
      start: "2026-01-01", end: "2026-12-31", reportingInterval: "halvår", commitmentMonths: 12,
      targetGroups: [{ name: "Nyanländ", expectedPlaces: 3 }], parameterYear: 2025,
    });
    const filled = buildTemplatePlan(contract);
    expect(filled.forms[0].values.start).to.deep.equal({ date: "2026-01-01" });
    expect(filled.forms[0].values.commitmentMonths).to.equal(12);
    expect(filled.forms[0].values.startDeadlineMonths).to.equal(6);
    expect(filled.forms[0].values.parameterYear).to.equal(2025);
    expect(table(filled, TABLES.targetGroups).rows).to.deep.equal([["Nyanländ", null, 3]]);
    const reports = table(filled, TABLES.reports).rows;
    expect(reports).to.have.length(2);
    expect(reports[1].slice(0, 5)).to.deep.equal([{ date: "2026-07-01" }, { date: "2026-12-31" }, { date: "2027-01-31" }, null, "Ej inkommen"]);
    expect(table(filled, TABLES.parameters).rows).to.have.length(listParameters(2025).length);
    expect(buildTemplatePlan(contract, { parameterYear: 2019 }).forms[0].values.parameterYear).to.equal(2019);
  });

  it("takes given parameter rows and placement rows", () => {
    const placements = parsePlacements([{ caseId: "P-001", Startdatum: "2026-02-01", scope: 50, form: "praktik" }]);
    const custom = buildTemplatePlan(undefined, {
      parameters: [{ key: "tax.municipal", label: "Kommunalskatt", value: 0.21, unit: "andel", default: 0.2069, source: "egen", estimate: false }],
      placements,
    });
    expect(table(custom, TABLES.parameters).rows).to.deep.equal([["tax.municipal", "Kommunalskatt", 0.21, "andel", 0.2069, "egen", "Nej"]]);
    const row = table(custom, TABLES.placements).rows[0];
    expect(row[0]).to.equal("P-001");
    expect(row[7]).to.deep.equal({ date: "2026-02-01" });
    expect(row[11]).to.equal(0.5);
    expect(() => parsePlacements([{ Heltidsmånader: 3 }])).to.throw(/Heltidsmånader/);
    expect(() => parsePlacements([{ startDate: "1 feb" }])).to.throw(/placements\[0\]\.startDate/);
  });

  describe("the supplier version", () => {
    const supplier = buildTemplatePlan(undefined, { supplierVersion: true });

    it("leaves out Samhällsekonomi, the chart and every custom-function formula", () => {
      expect(supplier.variant).to.equal("supplier");
      expect(supplier.sheets.map((sheet) => sheet.name)).to.not.include("Samhällsekonomi");
      expect(supplier.charts).to.deep.equal([]);
      for (const formula of allFormulas(supplier)) expect(usesCustomFunction(formula), formula).to.equal(false);
      expect(supplier.cells.some((cell) => cell.sheet === SHEETS.economy)).to.equal(false);
    });

    it("keeps everything else, with no name pointing at a left-out sheet", () => {
      expect(supplier.sheets).to.have.length(6);
      // Issue 16: the matching sheets and tables are the full version's only.
      const followUpTables = ["Malgrupper", "Placeringar", "Rapporter", "Parametrar"];
      expect(supplier.tables.map((t) => t.spec.name)).to.deep.equal(followUpTables);
      expect(plan.tables.map((t) => t.spec.name).slice(0, 4)).to.deep.equal(followUpTables);
      for (const name of supplier.names) expect(name.refersTo).to.not.contain("Samhällsekonomi");
      const matchingSheets = ["Kartläggning", "Platser", "Matchning", "Insatser", "Uppstart", "Erfarenheter", "Matchningsöversikt", "Matchningslistor"];
      for (const name of supplier.names) for (const sheet of [...matchingSheets, "Platser["]) expect(name.refersTo).to.not.contain(sheet);
      const fullOnly = plan.names.filter((name) => name.name.startsWith("Match_") || matchingSheets.some((sheet) => name.refersTo.includes(sheet)) || name.refersTo.startsWith("=Platser["));
      expect(fullOnly.length).to.be.greaterThan(20);
      expect(supplier.names.length).to.equal(plan.names.length - fullOnly.length);
    });
  });
});
