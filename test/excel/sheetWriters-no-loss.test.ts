/**
 * Issue 15 item 1: no sheet writer loses a cell a user typed. Defect tests (each failed before the fix) and a
 * seeded property test over every writer on the Excel fake: fill the sheet with what users type (numbers,
 * formulas, text starting with = + - @ kept as text), write again, and compare every typed cell.
 */
import { expect } from "chai";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import type { ParameterRow } from "../../src/domain/followup/types";
import { writeExanteSheet } from "../../src/excel/sheets/exante";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import type { DecisionSheet, SheetContent, SheetWriterPort } from "../../src/excel/workbook";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import { seededRandom } from "../support/seeded-random";

function portOn(fake: ExcelFake) {
  return createOfficeTemplatePort({ run: fake.run, isSetSupported: () => true });
}

/** What a user typed into one cell: a constant, a formula, or text Excel would read as a formula, kept as text. */
type Typed = { readonly kind: "value"; readonly value: string | number } | { readonly kind: "formula"; readonly formula: string } | { readonly kind: "text"; readonly text: string };

async function typeInto(fake: ExcelFake, sheet: string, address: string, typed: Typed): Promise<void> {
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    if (typed.kind === "formula") range.formulas = [[typed.formula]];
    else if (typed.kind === "text") {
      range.numberFormat = [["@"]];
      range.values = [[typed.text]];
    } else range.values = [[typed.value]];
    await context.sync();
  });
}

function expectKept(fake: ExcelFake, sheet: string, address: string, typed: Typed, why: string): void {
  const cell = fake.cell(`${sheet}!${address}`);
  if (typed.kind === "formula") expect(cell?.formula, why).to.equal(typed.formula);
  else if (typed.kind === "text") expect({ value: cell?.value, formula: cell?.formula }, why).to.deep.equal({ value: typed.text, formula: undefined });
  else expect({ value: cell?.value, formula: cell?.formula }, why).to.deep.equal({ value: typed.value, formula: undefined });
}

function randomTyped(random: () => number): Typed {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  switch (pick(["number", "text", "formula", "formulaText"] as const)) {
    case "number":
      return { kind: "value", value: Math.round(random() * 100_000) };
    case "text":
      return { kind: "value", value: pick(["anteckning", "ej aktuellt", "Ja", "Nej", "KF 2026-02-01"]) };
    case "formula":
      return { kind: "formula", formula: pick(["=1+1", "=SUM(1,2)", '="a"&"b"', "=NOW()"]) };
    case "formulaText":
      return { kind: "text", text: pick(["=ej en formel", "+46 70", "- ej aktuellt", "@hemma", "-x"]) };
  }
}

/** A calculation sheet as a laid-out sheet: inputs as label | value from A4, results as label | formula from E4. */
function calculation(salary: number, scope: number): SheetContent {
  return {
    sheetName: "Kalkyl",
    cells: [
      { address: "A1", value: "Samhällsekonomisk kalkyl", bold: true },
      { address: "A4", value: "Bruttolön per månad" },
      { address: "B4", value: salary },
      { address: "A5", value: "Omfattning" },
      { address: "B5", value: scope },
      { address: "E4", value: "Kommun" },
      { address: "F4", formula: '=SYSS.EFFECT($A$4:$B$5,,"Kommun")' },
    ],
    columnWidths: { A: 30, B: 14, E: 16, F: 40 },
  };
}
const CALCULATION = calculation(20000, 1);

const DECISION: DecisionSheet = {
  title: "Beslutsunderlag (2026-06-15)",
  rows: [
    { question: "1. Fråga ett", answer: "Ja", comment: "" },
    { question: "1. Fråga två", answer: "", comment: "" },
  ],
  conclusion: "Alla svar är ja.",
};

const PARAMETERS: ParameterRow[] = [
  { key: "taxRate", label: "Kommunalskatt", value: 0.32, unit: "andel", default: 0.32, source: "SCB", estimate: false },
  { key: "fee", label: "Avgift", value: 0.3142, unit: "andel", default: 0.3142, source: "Skatteverket", estimate: false },
  { key: "cost", label: "Kostnad", value: 1000, unit: "kr", default: 1000, source: "Egen", estimate: true },
];

describe("sheet writers never lose a user's cell (issue 15)", () => {
  it("a second Kalkyl insert keeps B4 as the user typed it and the user's note: the new one goes to Kalkyl (2)", async () => {
    const fake = createExcelFake();
    const port = portOn(fake);
    await port.writeSheet(CALCULATION);
    await typeInto(fake, "Kalkyl", "B4", { kind: "value", value: 31000 });
    await typeInto(fake, "Kalkyl", "H2", { kind: "value", value: "min anteckning" });
    const name = await port.writeSheet(CALCULATION);
    expect(name).to.equal("Kalkyl (2)");
    expect(fake.cell("Kalkyl!B4")?.value).to.equal(31000);
    expect(fake.cell("Kalkyl!H2")?.value).to.equal("min anteckning");
    expect(fake.cell("Kalkyl (2)!B4")?.value).to.equal(20000);
  });

  it("the pane's second insert is a new sheet (issue 14: several saved calculations), never a rewrite of Kalkyl", async () => {
    const fake = createExcelFake();
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    const input = { form: "anställning", months: 6, salary: 24000, scope: 0.5 } as const;
    expect(await services.insertCalculation(input, 2025, "sv")).to.equal("Kalkyl");
    const salaryRow = Object.entries(fake.snapshot().sheets.find((s) => s.name === "Kalkyl")!.cells).find(([, cell]) => cell.value === 24000)![0];
    expect(await services.insertCalculation({ ...input, salary: 26000 }, 2025, "sv"), "nothing typed: still a new sheet").to.equal("Kalkyl (2)");
    expect(fake.cell(`Kalkyl!${salaryRow}`)?.value).to.equal(24000);
    await typeInto(fake, "Kalkyl", salaryRow, { kind: "value", value: 31000 });
    expect(await services.insertCalculation({ ...input, salary: 20000 }, 2025, "sv")).to.equal("Kalkyl (3)");
    expect(fake.cell(`Kalkyl!${salaryRow}`)?.value).to.equal(31000);
    expect(fake.cell(`Kalkyl (2)!${salaryRow}`)?.value).to.equal(26000);
  });

  it("a second Beslutsunderlag write keeps an answer typed on the sheet", async () => {
    const fake = createExcelFake();
    const port = portOn(fake);
    await port.writeDecisionSheet(DECISION);
    await typeInto(fake, "Beslutsunderlag", "C5", { kind: "value", value: "beslut i KF" });
    const name = await port.writeDecisionSheet(DECISION);
    expect(name).to.equal("Beslutsunderlag (2)");
    expect(fake.cell("Beslutsunderlag!C5")?.value).to.equal("beslut i KF");
  });

  describe("Parametrar, Skriv (behåll ändringar)", () => {
    async function templateWith(fake: ExcelFake, rows: readonly ParameterRow[]): Promise<void> {
      expect((await portOn(fake).applyTemplate(buildTemplatePlan(undefined, { parameters: rows }))).ok).to.equal(true);
    }

    it("keeps a formula typed in Värde, even when its result equals the Standardvärde", async () => {
      const fake = createExcelFake();
      await templateWith(fake, PARAMETERS);
      await typeInto(fake, "Parametrar", "C2", { kind: "formula", formula: "=0.3+0.02" });
      await portOn(fake).writeParameters(PARAMETERS.map((row) => ({ ...row, value: row.value * 2, default: row.default * 2 })), "keepEdits");
      expect(fake.cell("Parametrar!C2")?.formula).to.equal("=0.3+0.02");
      expect(fake.cell("Parametrar!C3")?.value, "not edited: the new set's value").to.equal(0.6284);
    });

    it("keeps a formula in a user's own row", async () => {
      const fake = createExcelFake();
      await templateWith(fake, PARAMETERS);
      await fake.run(async (context) => {
        context.workbook.tables.getItem("Parametrar").rows.add(undefined, [["egen", "Eget", 8, "", "", "", ""]]);
        await context.sync();
      });
      await typeInto(fake, "Parametrar", "C5", { kind: "formula", formula: "=C2*2" });
      await portOn(fake).writeParameters(PARAMETERS, "keepEdits");
      expect(fake.cell("Parametrar!A5")?.value).to.equal("egen");
      expect(fake.cell("Parametrar!C5")?.formula).to.equal("=C2*2");
    });

    it("keeps a row of an older set that a user changed, when the new set lacks it", async () => {
      const fake = createExcelFake();
      await templateWith(fake, PARAMETERS);
      await typeInto(fake, "Parametrar", "C4", { kind: "value", value: 1234 });
      await portOn(fake).writeParameters(PARAMETERS.slice(0, 2), "keepEdits");
      expect(fake.cell("Parametrar!A4")?.value).to.equal("cost");
      expect(fake.cell("Parametrar!C4")?.value).to.equal(1234);
    });
  });

  describe("property: fill randomly, write, every typed cell is still there", () => {
    const ROUNDS = 24;
    const address = (random: () => number, columns: string, rows: number) =>
      `${columns[Math.floor(random() * columns.length)]}${1 + Math.floor(random() * rows)}`;

    async function typeRandomly(fake: ExcelFake, sheet: string, random: () => number, addresses: () => string): Promise<Map<string, Typed>> {
      const typed = new Map<string, Typed>();
      const count = 1 + Math.floor(random() * 6);
      for (let i = 0; i < count; i++) typed.set(addresses(), randomTyped(random));
      for (const [at, what] of typed) await typeInto(fake, sheet, at, what);
      return typed;
    }

    const sheetWriters: readonly {
      name: string;
      sheet: string;
      write: (port: SheetWriterPort, random: () => number, fake: ExcelFake) => Promise<string>;
    }[] = [
      {
        name: "writeSheet (a calculation sheet)",
        sheet: "Kalkyl",
        write: (port, random) => port.writeSheet(calculation(Math.round(random() * 50_000), Math.round(random() * 50_000))),
      },
      {
        name: "writeDecisionSheet",
        sheet: "Beslutsunderlag",
        write: (port, random) =>
          port.writeDecisionSheet({ ...DECISION, rows: DECISION.rows.map((row) => ({ ...row, answer: random() < 0.5 ? "Ja" : "", comment: random() < 0.5 ? "- ej aktuellt" : "" })) }),
      },
      {
        name: "writeSheet",
        sheet: "Egen kalkyl",
        write: (port, random) =>
          port.writeSheet({ sheetName: "Egen kalkyl", cells: [{ address: "A1", value: "Titel" }, { address: "B2", value: Math.round(random() * 10) }, { address: "C3", formula: "=B2*2" }] }),
      },
      {
        name: "writeExanteSheet (Avtalsvillkor, Förhandskalkyl)",
        sheet: "Avtalsvillkor",
        write: (_, random, fake) =>
          writeExanteSheet(fake.run, { sheetName: "Avtalsvillkor", cells: [{ address: "A1", value: "Villkor" }, { address: "A3", value: `N = ${Math.round(random() * 100)}` }], columnWidths: { A: 80 } }),
      },
    ];

    for (const writer of sheetWriters) {
      it(`${writer.name}: ${ROUNDS} seeded rounds`, async () => {
        const random = seededRandom(15_001);
        for (let round = 0; round < ROUNDS; round++) {
          const fake = createExcelFake();
          const port = portOn(fake);
          await writer.write(port, random, fake);
          const typed = await typeRandomly(fake, writer.sheet, random, () => address(random, "ABCDEFGH", 12));
          await writer.write(port, random, fake);
          for (const [at, what] of typed) expectKept(fake, writer.sheet, at, what, `round ${round}, ${writer.sheet}!${at}`);
        }
      });
    }

    it(`writeParameters (keepEdits): ${ROUNDS / 2} seeded rounds, rows matched by key wherever they move`, async () => {
      const random = seededRandom(15_002);
      for (let round = 0; round < ROUNDS / 2; round++) {
        const fake = createExcelFake();
        expect((await portOn(fake).applyTemplate(buildTemplatePlan(undefined, { parameters: PARAMETERS }))).ok).to.equal(true);
        const ownRows = Math.floor(random() * 3);
        if (ownRows > 0) {
          await fake.run(async (context) => {
            context.workbook.tables
              .getItem("Parametrar")
              .rows.add(undefined, Array.from({ length: ownRows }, (_, i) => [`egen${i}`, `Eget ${i}`, i, "", "", "", ""]));
          });
        }
        const bodyRows = PARAMETERS.length + ownRows;
        // What a user may type: any Värde, every cell of the user's own rows but the key, and cells beside the table.
        const typed = await typeRandomly(fake, "Parametrar", random, () => {
          const row = 2 + Math.floor(random() * bodyRows);
          if (random() < 0.3) return address(random, "HI", 10);
          return row - 2 >= PARAMETERS.length ? `${"BCDFG"[Math.floor(random() * 5)]}${row}` : `C${row}`;
        });
        const keyOf = (at: string) => (/^[HI]/.test(at) ? null : String(fake.cell(`Parametrar!A${at.slice(1)}`)?.value));
        const keys = new Map([...typed.keys()].map((at) => [at, keyOf(at)]));
        // A new set: some rows dropped, the rest reordered and their values changed.
        const next = PARAMETERS.filter(() => random() < 0.7)
          .sort(() => random() - 0.5)
          .map((row) => ({ ...row, value: row.value + 1, default: row.default + 1 }));
        await portOn(fake).writeParameters(next, "keepEdits");
        for (const [at, what] of typed) {
          const key = keys.get(at);
          let now = at;
          if (key !== null && key !== undefined) {
            const row = Array.from({ length: 12 }, (_, i) => i + 2).find((r) => fake.cell(`Parametrar!A${r}`)?.value === key);
            expect(row, `round ${round}: the row of ${key} is still there`).to.not.equal(undefined);
            now = `${at[0]}${row}`;
          }
          expectKept(fake, "Parametrar", now, what, `round ${round}, typed at ${at}, now ${now}`);
        }
      }
    });
  });
});
