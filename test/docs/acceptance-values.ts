/**
 * The numbers and texts docs/acceptance-excel.md tells a tester to expect, computed from the code: the template
 * applied through the task pane's services over the Excel fake (sheets, tables, ranges, cell counts, messages),
 * the supplier version's sheets and file name, SYSS.EFFECT over the worked example's block and SYSS.EFFECTS over
 * typed rows (the custom functions themselves, with the values Excel hands them), and validation's findings.
 * Each block is markdown between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` in the document.
 */
import { TAB_TITLE, VIEW_ORDER } from "../../src/taskpane/shell/tabs";
import { CONTRACT_FIELDS } from "../../src/domain/followup/contract";
import { isoToSerial } from "../../src/domain/common/dates";
import { PLACEMENT_HEADERS, SHEETS, TABLES } from "../../src/domain/followup/names";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { EFFECTS_FIRST_ROW, PLACEMENTS_TABLE, TEMPLATE } from "../../src/domain/followup/template";
import { isDateValue } from "../../src/domain/followup/types";
import { uiText } from "../../src/domain/i18n/ui";
import { registerAllPaneTexts } from "../support/pane-texts";

// The document quotes the Uppföljningsmall, Validera and "Om SYSS" tabs' texts, which those tabs add as they load.
registerAllPaneTexts();
import { ADDIN_VERSION } from "../../src/domain/version";
import { NEWEST_YEAR } from "../../src/domain/model";
import { effect, effects } from "../../src/functions/functions";
import { addSampleRows } from "../../src/taskpane/preview/previewWrites";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { contractFromForm, initialContractForm } from "../../src/taskpane/template/contractForm";
import { createExcelFake } from "../../src/excel/fake";
import "../support/custom-functions-shim";

type Lang = "sv" | "en";

/** What the tester types into the pane's Avtal form (everything else stays as the form starts). */
export const FORM_INPUT = { name: "Acceptanstest", contractId: "AT-1", start: "2026-01-01", end: "2027-12-31", commitmentMonths: "12" } as const;

/** The worked example (docs/method.md, section 5) as a block of label | value, typed in Swedish and English Excel. */
const EXAMPLE_BLOCK: readonly { label: string; sv: string; en: string; value: string | number }[] = [
  { label: "Upphandlande organisation", sv: "kommun", en: "kommun", value: "kommun" },
  { label: "Sysselsättningsform", sv: "anställning", en: "anställning", value: "anställning" },
  { label: "Antal månader", sv: "12", en: "12", value: 12 },
  { label: "Antal tjänster", sv: "1", en: "1", value: 1 },
  { label: "Omfattning", sv: "100 %", en: "100%", value: 1 },
  { label: "Bruttolön per månad", sv: "20500", en: "20500", value: 20500 },
  { label: "Anställningsstöd", sv: "nystartsjobb", en: "nystartsjobb", value: "nystartsjobb" },
  { label: "Produktionsfaktor", sv: "0,8", en: "0.8", value: 0.8 },
  { label: "Ålder", sv: "30", en: "30", value: 30 },
  { label: "Tid i arbetslöshet", sv: "18", en: "18", value: 18 },
  { label: "Nyanländ", sv: "Ja", en: "Ja", value: "Ja" },
  { label: "A-kassa", sv: "Nej", en: "Nej", value: "Nej" },
  { label: "Bostadsbidrag", sv: "Ja", en: "Ja", value: "Ja" },
  { label: "Handledarens bruttolön", sv: "30000", en: "30000", value: 30000 },
  { label: "Tid för handledning", sv: "10 %", en: "10%", value: 0.1 },
  { label: "Administrationskostnad", sv: "10000", en: "10000", value: 10000 },
  { label: "Upphandlingskostnad", sv: "40000", en: "40000", value: 40000 },
  { label: "Bonus", sv: "0", en: "0", value: 0 },
  { label: "Parameterår", sv: "2019", en: "2019", value: 2019 },
];

const ACTORS = [
  { sv: "Individ", en: "Individual" },
  { sv: "Kommun", en: "Municipality" },
  { sv: "Region", en: "Region" },
  { sv: "Stat", en: "State" },
  { sv: "Arbetsgivare", en: "Employer" },
  { sv: "Samhället", en: "Society" },
] as const;

/** Placeringar rows the tester types for SYSS.EFFECTS (the third one after checking the first spill). */
const EFFECTS_ROWS: readonly Partial<Record<keyof typeof PLACEMENT_HEADERS, { text: { sv: string; en: string }; value: string | number }>>[] = [
  {
    caseId: { text: { sv: "A-1", en: "A-1" }, value: "A-1" },
    form: { text: { sv: "anställning", en: "anställning" }, value: "anställning" },
    startDate: { text: { sv: "2026-02-01", en: "2026-02-01" }, value: isoToSerial("2026-02-01") },
    plannedEndDate: { text: { sv: "2027-01-31", en: "2027-01-31" }, value: isoToSerial("2027-01-31") },
    scope: { text: { sv: "100 %", en: "100%" }, value: 1 },
    salary: { text: { sv: "26500", en: "26500" }, value: 26500 },
  },
  {
    caseId: { text: { sv: "A-2", en: "A-2" }, value: "A-2" },
    form: { text: { sv: "anställning", en: "anställning" }, value: "anställning" },
    startDate: { text: { sv: "2026-03-15", en: "2026-03-15" }, value: isoToSerial("2026-03-15") },
    plannedEndDate: { text: { sv: "2026-09-14", en: "2026-09-14" }, value: isoToSerial("2026-09-14") },
    scope: { text: { sv: "50 %", en: "50%" }, value: 0.5 },
    salary: { text: { sv: "12000,40", en: "12000.40" }, value: 12000.4 },
  },
  {
    caseId: { text: { sv: "A-3", en: "A-3" }, value: "A-3" },
    form: { text: { sv: "lärlingsanställning", en: "lärlingsanställning" }, value: "lärlingsanställning" },
    startDate: { text: { sv: "2026-04-01", en: "2026-04-01" }, value: isoToSerial("2026-04-01") },
    plannedEndDate: { text: { sv: "2027-03-31", en: "2027-03-31" }, value: isoToSerial("2027-03-31") },
    scope: { text: { sv: "75 %", en: "75%" }, value: 0.75 },
    salary: { text: { sv: "19000", en: "19000" }, value: 19000 },
  },
];

const formatInteger = (value: number, lang: Lang) =>
  new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-US", { maximumFractionDigits: 0 }).format(Math.round(value)).replace(/\u00a0|\u202f/g, " ").replace("\u2212", "-");

const table = (headers: string[], rows: (string | number)[][]) =>
  [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

const code = (text: string | number) => `\`${text}\``;

/** Non-empty cells of a sheet in the fake (a formula counts, as in Excel's status bar "Antal"/"Count"). */
function filledCells(cells: Record<string, { value: unknown; formula?: string }>): number {
  return Object.values(cells).filter((cell) => (cell.formula !== undefined && cell.formula !== "") || (cell.value !== "" && cell.value !== null && cell.value !== undefined)).length;
}

function formState() {
  const state = initialContractForm();
  return { ...state, values: { ...state.values, ...FORM_INPUT } };
}

async function templateBlocks(): Promise<Record<string, string>> {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv" });
  const contract = contractFromForm(formState());
  const summary = await services.applyTemplate(contract, NEWEST_YEAR);
  const snapshot = fake.snapshot();
  const counted = snapshot.sheets.filter((sheet) => sheet.name !== SHEETS.economy && sheet.visibility === "Visible");
  const formRows = Object.entries(FORM_INPUT).map(([key, value]) => {
    const field = CONTRACT_FIELDS.find((candidate) => candidate.key === key)!;
    return [field.label, field.labelEn, code(value)];
  });
  const message = (lang: Lang) => uiText(lang, "template.created", { sheets: summary.sheetsCreated, upgraded: summary.sheetsUpdated });
  // The supplier version before any rows are typed: the sample rows plant a personnummer, which (rightly)
  // stops a supplier version.
  const supplier = await services.supplierVersion(contract, NEWEST_YEAR);
  // Regenerating over typed rows: every filled cell stays (same count on every sheet before and after).
  await addSampleRows(fake.run);
  const countsBefore = fake.snapshot().sheets.map((sheet) => [sheet.name, filledCells(sheet.cells)]);
  const again = await services.applyTemplate(contract, NEWEST_YEAR);
  const countsAfter = fake.snapshot().sheets.map((sheet) => [sheet.name, filledCells(sheet.cells)]);
  if (JSON.stringify(countsBefore) !== JSON.stringify(countsAfter)) {
    throw new Error(`regenerating changed the filled cells: ${JSON.stringify(countsBefore)} → ${JSON.stringify(countsAfter)}`);
  }
  const againMessage = (lang: Lang) => uiText(lang, "template.created", { sheets: again.sheetsCreated, upgraded: again.sheetsUpdated });
  const supplierPlan = buildTemplatePlan(contract, { supplierVersion: true });
  return {
    "template-form": table(["Fält (svenska)", "Field (English)", "Skriv / type"], formRows),
    "template-result": [
      `Meddelande (sv): ${code(message("sv"))}`,
      "",
      `Message (en): ${code(message("en"))}`,
      "",
      table(
        ["Flik (ordning)", "Synlig", "Antal ifyllda celler (Ctrl+A, statusfältet Antal/Count)"],
        snapshot.sheets
          .filter((sheet) => sheet.name !== "Blad1")
          .map((sheet, index) => [`${index + 1}. ${sheet.name}`, sheet.visibility === "Visible" ? "ja" : "nej (dold)", counted.includes(sheet) ? filledCells(sheet.cells) : "–"]),
      ),
      "",
      table(["Tabell (Namnhanteraren / Name Manager)", "Blad", "Område"], snapshot.tables.map((t) => [t.name, t.sheet, t.address.replace(/^.*!/, "")])),
    ].join("\n"),
    "template-again": `${code(againMessage("sv"))} / ${code(againMessage("en"))}`,
    "supplier": [
      `Filnamn: ${code(supplier.fileName)}`,
      "",
      `Flikar: ${supplierPlan.sheets.map((sheet) => code(sheet.name)).join(", ")} (${code(SHEETS.lists)} dold). Bladet ${code(SHEETS.economy)} finns inte.`,
    ].join("\n"),
  };
}

function exampleBlocks(): Record<string, string> {
  const last = EXAMPLE_BLOCK.length;
  const block = EXAMPLE_BLOCK.map((row) => [row.label, row.value]);
  const rows = ACTORS.map((actor, index) => {
    const value = effect(block, undefined, index === ACTORS.length - 1 ? undefined : actor.sv);
    const sv = index === ACTORS.length - 1 ? `=AVRUNDA(SYSS.EFFECT(A1:B${last});0)` : `=AVRUNDA(SYSS.EFFECT(A1:B${last};;"${actor.sv}");0)`;
    const en = index === ACTORS.length - 1 ? `=ROUND(SYSS.EFFECT(A1:B${last}),0)` : `=ROUND(SYSS.EFFECT(A1:B${last},,"${actor.sv}"),0)`;
    return [`${actor.sv} / ${actor.en}`, code(sv), code(en), code(Math.round(value))];
  });
  return {
    "example-block": table(
      ["Rad", "A (etikett)", "B i svenskt Excel", "B in English Excel"],
      EXAMPLE_BLOCK.map((row, index) => [index + 1, row.label, code(row.sv), code(row.en)]),
    ),
    "example-results": table(["Aktör / actor", "Svenskt Excel", "English Excel", "Cellen visar / shows"], rows),
  };
}

/** Placeringar as Excel hands it to SYSS.EFFECTS: every column, blanks as "", dates as serial numbers. */
function placementMatrix(count: number, calculated: (column: number) => unknown): unknown[][] {
  return EFFECTS_ROWS.slice(0, count).map((row) =>
    PLACEMENTS_TABLE.columns.map((column, index) => {
      if (column.formula !== undefined) return calculated(index);
      return row[column.key as keyof typeof PLACEMENT_HEADERS]?.value ?? "";
    }),
  );
}

function parameterMatrix(): unknown[][] {
  const parameters = buildTemplatePlan().tables.find((t) => t.spec.name === TABLES.parameters)!;
  return parameters.rows.map((row) => row.map((value) => (value === null ? "" : isDateValue(value) ? isoToSerial(value.date) : value)));
}

export function effectsResult(count: number, calculated: (column: number) => unknown = () => ""): unknown[][] {
  const headers = [PLACEMENTS_TABLE.columns.map((column) => column.header)];
  return effects(placementMatrix(count, calculated), headers, parameterMatrix());
}

function effectsBlocks(): Record<string, string> {
  const typed = EFFECTS_ROWS.map((row) => Object.keys(row) as (keyof typeof PLACEMENT_HEADERS)[]);
  const columns = typed[0]!;
  const columnLetter = (key: string) => String.fromCharCode(65 + PLACEMENTS_TABLE.columns.findIndex((c) => c.key === key));
  const lastActor = String.fromCharCode(65 + ACTORS.length);
  const spill = (count: number) => `B${EFFECTS_FIRST_ROW}:${lastActor}${EFFECTS_FIRST_ROW + count - 1}`;
  const results = (count: number, lang: Lang) =>
    effectsResult(count).map((row, index) => [EFFECTS_ROWS[index]!.caseId!.value, ...row.map((value) => code(formatInteger(Number(value), lang)))]);
  const format = TEMPLATE.cells.find((cell) => cell.sheet === SHEETS.economy && cell.address === `B${EFFECTS_FIRST_ROW}`)!.numberFormat!;
  return {
    "effects-rows": table(
      ["Rad", ...columns.map((key) => `${PLACEMENT_HEADERS[key]} (${columnLetter(key)})`)],
      [
        ...EFFECTS_ROWS.map((row, index) => [index + 2, ...columns.map((key) => `${code(row[key]!.text.sv)} / ${code(row[key]!.text.en)}`)]),
        ["Talformat", ...columns.map((key) => code(PLACEMENTS_TABLE.columns.find((c) => c.key === key)!.numberFormat ?? "Allmänt/General"))],
      ],
    ),
    "effects-results": [
      `Talformat ${code(format)}. Med två rader: spillområdet ${code(spill(2))}; med tre rader: ${code(spill(3))}.`,
      "",
      "Svenskt Excel:",
      "",
      table(["Ärende-ID", ...ACTORS.map((actor) => actor.sv)], results(3, "sv")),
      "",
      "English Excel:",
      "",
      table(["Case", ...ACTORS.map((actor) => actor.en)], results(3, "en")),
    ].join("\n"),
  };
}

async function validationBlocks(): Promise<Record<string, string>> {
  const fake = createExcelFake({ sheetNames: ["Blad1"] });
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
  await services.applyTemplate(contractFromForm(formState()), NEWEST_YEAR);
  const letter = (key: keyof typeof PLACEMENT_HEADERS) => String.fromCharCode(65 + PLACEMENTS_TABLE.columns.findIndex((c) => c.key === key));
  // What the tester types, and the value Excel stores for it (a date becomes a serial number, 150 % becomes 1.5).
  const typed: [keyof typeof PLACEMENT_HEADERS, { sv: string; en: string }, string | number][] = [
    ["caseId", { sv: "V-1", en: "V-1" }, "V-1"],
    ["gender", { sv: "kvinna", en: "kvinna" }, "kvinna"],
    ["form", { sv: "anställning", en: "anställning" }, "anställning"],
    ["startDate", { sv: "2026-02-01", en: "2026-02-01" }, isoToSerial("2026-02-01")],
    ["plannedEndDate", { sv: "2026-01-31", en: "2026-01-31" }, isoToSerial("2026-01-31")],
    ["scope", { sv: "100 %", en: "100%" }, 1],
    ["salary", { sv: "20000", en: "20000" }, 20000],
  ];
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEETS.placements);
    for (const [key, , value] of typed) sheet.getRange(`${letter(key)}2`).values = [[value]];
    await context.sync();
  });
  const view = await services.validate();
  const rows = view.findings
    .filter((finding) => finding.sheet === SHEETS.placements)
    .map((finding) => [code(finding.code), `${finding.sheet}!${finding.address}`, finding.message.sv, finding.message.en]);
  const correctable = view.findings.find((finding) => finding.correctable)!;
  const scopeRule = PLACEMENTS_TABLE.columns.find((column) => column.key === "scope")!.validation!;
  return {
    "validation-row": table(
      ["Kolumn", "Skriv i rad 2 / type in row 2"],
      typed.map(([key, text]) => [`${PLACEMENT_HEADERS[key]} (${letter(key)})`, text.sv === text.en ? code(text.sv) : `${code(text.sv)} / ${code(text.en)}`]),
    ),
    "validation-stop": [
      `Skriv först ${code("150 %")} (${code("150%")}) i ${code(`${letter("scope")}2`)}: Excel ska stoppa värdet (${code(scopeRule.error.style)}) med rutan`,
      `${code(scopeRule.error.title)} – ${code(scopeRule.error.text)}. Välj Avbryt/Cancel och skriv sedan värdet i tabellen.`,
    ].join("\n"),
    "validation-findings": [
      table(["Kod", "Cell", "Meddelande (sv)", "Message (en)"], rows),
      "",
      `Knappen Rätta: ${code(uiText("sv", "validate.correctTo", { value: correctable.proposal! }))} / ${code(uiText("en", "validate.correctTo", { value: correctable.proposal! }))}; efteråt står ${code(correctable.proposal!)} i ${code(`${correctable.sheet}!${correctable.address}`)}.`,
    ].join("\n"),
  };
}

function paneBlocks(): Record<string, string> {
  const tabs = (lang: Lang) => VIEW_ORDER.map((view) => code(uiText(lang, TAB_TITLE[view]))).join(", ");
  return {
    pane: table(
      ["", "Svenskt Office", "English Office"],
      [
        ["Rubrik / heading", code(uiText("sv", "app.title")), code(uiText("en", "app.title"))],
        ["Flikar / tabs", tabs("sv"), tabs("en")],
        ["Knapp / button", code(uiText("sv", "about.open")), code(uiText("en", "about.open"))],
        [uiText("sv", "about.syssVersion"), code(ADDIN_VERSION), code(ADDIN_VERSION)],
        [uiText("sv", "about.currentTemplate"), code(TEMPLATE.version), code(TEMPLATE.version)],
        ["Kopiera / Copy", code(uiText("sv", "about.copied")), code(uiText("en", "about.copied"))],
        ["Live", code(uiText("sv", "validate.live")), code(uiText("en", "validate.live"))],
      ],
    ),
  };
}

export async function generatedBlocks(): Promise<Record<string, string>> {
  return { ...paneBlocks(), ...(await templateBlocks()), ...exampleBlocks(), ...effectsBlocks(), ...(await validationBlocks()) };
}
