/**
 * Issue 17 appended two fields to the Avtal form and issue 13 one more, so the Målgrupper table below it starts
 * three rows lower than in a workbook made by template 1.0.0/1.1.0. The upgrade inserts the two rows above the table (entire rows,
 * so everything below and beside the table moves with it) instead of refusing with "tableMoved"; it still
 * refuses, changing nothing, when the rows in between hold a user's content or the table sits elsewhere.
 */
import { expect } from "chai";
import fc from "fast-check";
import { CONTRACT_FIELDS, type Contract } from "../../src/domain/followup/contract";
import { RENAMED_HEADERS } from "../../src/domain/followup/formerHeaders";
import { CONTRACT_NAMES, SHEETS, TABLES } from "../../src/domain/followup/names";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { CONTRACT_FORM_HEADER_ROW, TARGET_GROUP_TABLE_ROW } from "../../src/domain/followup/template";
import type { TemplatePlan } from "../../src/domain/followup/types";
import { columnLetter, formatRect, parseRect } from "../../src/excel/host/a1";
import type { ExcelRequestContext, IsSetSupported } from "../../src/excel/host/api";
import { applyTemplatePlan, type ApplyOutcome, type ApplyReport } from "../../src/excel/template/apply";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import { dateSerial } from "../../src/excel/host/officeValues";
import { createExcelFake, type CellState, type ExcelFake } from "../../src/excel/fake";
import { planBeforeMatching } from "../support/template-before-matching";

const everyApi: IsSetSupported = () => true;
const CONTRACT: Contract = {
  values: { name: "Städtjänster 2026", start: "2026-01-01", end: "2029-12-31", reportingInterval: "månad", commitmentMonths: 24 },
  targetGroups: [{ name: "Långtidsarbetslösa" }, { name: "Unga 16–24 år" }],
};

/** The fields issues 17 and 13 appended (template 1.2.0); a 1.0.0 workbook has the form without them. */
const ADDED = ["penaltyPerMissingMonth", "penaltyPerMissingReport", "retentionDate"] as const;
const K = ADDED.length;
/** 1-based rows: the last field of the current form, and the Målgrupper header row now and in 1.0.0. */
const FORM_END = CONTRACT_FORM_HEADER_ROW + CONTRACT_FIELDS.length;
const T = TARGET_GROUP_TABLE_ROW;
const OLD_T = T - K;

function expectApplied(outcome: ApplyOutcome): ApplyReport {
  if (!outcome.ok) throw new Error(`apply failed: ${outcome.problems.map((p) => p.message.en).join(" | ")}`);
  return outcome.report;
}

/** Moves an Avtal range `rows` up (negative: down), or drops it when it is one of the added fields' cells. */
function onOldAvtal<T extends { sheet: string; range: string }>(items: readonly T[], rows: number = K): T[] {
  return items.flatMap((item) => {
    if (item.sheet !== SHEETS.contract) return [item];
    const rect = parseRect(item.range);
    const row = rect.top + 1;
    if (row > FORM_END - K && row <= FORM_END) return [];
    return [row > FORM_END ? { ...item, range: formatRect({ ...rect, top: rect.top - rows }) } : item];
  });
}

/**
 * The plan as template 1.0.0 wrote it: the form without the added fields, Målgrupper and its heading `rows`
 * higher (K for the real 1.0.0; other values make a table that moved), in `column` (0-based), the headers
 * 1.1.0 renamed under their old names.
 */
function planOf100(current: TemplatePlan, rows: number = K, column = 0): TemplatePlan {
  const version = "1.0.0";
  const plan = planBeforeMatching(current, version); // 1.0.0 had no matching sheets either
  const form = plan.forms[0]!;
  const addedNames = new Set<string>(ADDED.map((key) => CONTRACT_NAMES[key]));
  const older: TemplatePlan = {
    ...plan,
    version,
    marker: { ...plan.marker, version },
    forms: [
      {
        spec: { ...form.spec, fields: form.spec.fields.filter((f) => !(ADDED as readonly string[]).includes(f.key)) },
        values: Object.fromEntries(Object.entries(form.values).filter(([key]) => !(ADDED as readonly string[]).includes(key))),
      },
    ],
    tables: plan.tables.map((t) => {
      if (t.spec.name !== TABLES.targetGroups) return t;
      const rect = parseRect(t.range);
      const moved = { ...rect, top: rect.top - rows, left: column };
      return { ...t, range: formatRect(moved), spec: { ...t.spec, topLeft: formatRect({ ...moved, rows: 1, columns: 1 }) } };
    }),
    cells: plan.cells.map((cell) =>
      cell.sheet === SHEETS.contract && parseRect(cell.address).top + 1 > FORM_END
        ? { ...cell, address: formatRect({ ...parseRect(cell.address), top: parseRect(cell.address).top - rows }) }
        : cell,
    ),
    validations: onOldAvtal(plan.validations, rows).map((v) => shiftColumn(v, column)),
    numberFormats: onOldAvtal(plan.numberFormats, rows).map((f) => shiftColumn(f, column)),
    names: plan.names
      .filter((n) => !addedNames.has(n.name))
      .map((n) => (n.name === plan.marker.definedName ? { ...n, refersTo: `="${version}"` } : n)),
  };
  let json = JSON.stringify(older);
  for (const renamed of RENAMED_HEADERS) json = json.split(renamed.current).join(renamed.former);
  return JSON.parse(json) as TemplatePlan;
}

/** Target-group column rules follow a table placed `column` columns right. */
function shiftColumn<T extends { sheet: string; range: string }>(item: T, column: number): T {
  const rect = parseRect(item.range);
  if (column === 0 || item.sheet !== SHEETS.contract || rect.top + 1 <= FORM_END) return item;
  return { ...item, range: formatRect({ ...rect, left: rect.left + column }) };
}

async function inExcel(fake: ExcelFake, batch: (context: ExcelRequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

/** What a user typed into the 1.0.0 workbook, by address then (old) and where it must be after (new). */
const TYPED: readonly { readonly old: string; readonly now: string; readonly value: string | number }[] = [
  { old: "Avtal!B5", now: "Avtal!B5", value: "Mitt eget avtalsnamn" },
  { old: `Avtal!B${FORM_END - K}`, now: `Avtal!B${FORM_END - K}`, value: 2027 }, // the last field 1.0.0 had
  { old: "Avtal!E5", now: "Avtal!E5", value: "Bredvid formuläret" },
  { old: `Avtal!A${OLD_T + 2}`, now: `Avtal!A${T + 2}`, value: "Nyanlända" }, // overwrites a planned group
  { old: `Avtal!C${OLD_T + 1}`, now: `Avtal!C${T + 1}`, value: 5 },
  { old: `Avtal!E${OLD_T + 1}`, now: `Avtal!E${T + 1}`, value: "Bredvid tabellen" },
  { old: `Avtal!A${OLD_T + 8}`, now: `Avtal!A${T + 8}`, value: "Anteckning under tabellen" },
  { old: "Placeringar!A2", now: "Placeringar!A2", value: "P-001" },
  { old: "Placeringar!B2", now: "Placeringar!B2", value: "Nyanlända" },
];

async function fillAsUser(fake: ExcelFake): Promise<void> {
  await inExcel(fake, (context) => {
    const workbook = context.workbook;
    for (const cell of TYPED) {
      const [sheet, address] = cell.old.split("!") as [string, string];
      workbook.worksheets.getItem(sheet).getRange(address).values = [[cell.value]];
    }
    workbook.tables.getItem(TABLES.targetGroups).rows.add(undefined, [["Utrikes födda", "Egen rad", 3]]);
    workbook.worksheets.getItem(SHEETS.contract).getRange(`E${OLD_T + 2}`).formulas = [[`=C${OLD_T + 1}*2`]];
    workbook.names.add("MinaPlatser", `=Avtal!$C$${OLD_T + 1}`, "användarens eget namn");
  });
}

describe("upgrading a 1.0.0 workbook whose Målgrupper table the new Avtal fields push down", () => {
  it("inserts the rows above the table: every user cell kept (moved with its table), new fields labelled, rules and names right", async () => {
    const fake = createExcelFake();
    const plan = buildTemplatePlan(CONTRACT);
    const old = planOf100(plan);
    expectApplied(await applyTemplatePlan(fake.run, everyApi, old));
    expect(fake.snapshot().tables.find((t) => t.name === TABLES.targetGroups)?.address).to.equal(`A${OLD_T}:C${OLD_T + 2}`);
    await fillAsUser(fake);
    for (const cell of TYPED) expect(fake.cell(cell.old)?.value, cell.old).to.equal(cell.value);

    const report = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));

    expect(report.previousVersion).to.equal("1.0.0");
    expect(report.insertedRows).to.deep.equal([`Avtal!${FORM_END - K + 1}:${FORM_END}`]);
    expect(report.roundTrips, "the insert rides in the one write batch").to.equal(3);
    for (const cell of TYPED) expect(fake.cell(cell.now)?.value, `${cell.old} → ${cell.now}`).to.equal(cell.value);
    expect(fake.snapshot().tables.find((t) => t.name === TABLES.targetGroups)?.address).to.equal(`A${T}:C${T + 3}`);
    expect([fake.cell(`Avtal!A${T + 3}`)?.value, fake.cell(`Avtal!C${T + 3}`)?.value]).to.deep.equal(["Utrikes födda", 3]);
    expect(fake.cell(`Avtal!A${T - 1}`)?.value, "the heading moved with the table").to.equal(plan.cells.find((c) => c.address === `A${T - 1}`)?.value);
    expect(fake.cell(`Avtal!A${FORM_END + 1}`), "the row between form and heading is empty").to.equal(undefined);
    expect(fake.cell(`Avtal!E${T + 2}`)?.formula, "a user's formula follows the cell it reads").to.equal(`=C${T + 1}*2`);
    expect(fake.snapshot().names["MinaPlatser"]?.formula, "a user's name follows its cell").to.equal(`=Avtal!$C$${T + 1}`);

    // The new fields: label, help, format and rule in the inserted rows; the value is the plan's default.
    ADDED.forEach((key, i) => {
      const row = FORM_END - K + 1 + i;
      const field = CONTRACT_FIELDS.find((f) => f.key === key)!;
      expect(fake.cell(`Avtal!A${row}`)?.value).to.equal(field.label);
      expect(fake.cell(`Avtal!C${row}`)?.value).to.equal(field.help);
      expect(fake.cell(`Avtal!B${row}`)?.numberFormat).to.equal(plan.numberFormats.find((f) => f.sheet === SHEETS.contract && f.range === `B${row}`)?.numberFormat);
      const rule = plan.validations.find((v) => v.sheet === SHEETS.contract && v.range === `B${row}`);
      expect(fake.cell(`Avtal!B${row}`)?.validation?.rule !== undefined, `${key} has its rule`).to.equal(rule !== undefined);
    });
    expect(fake.cell(`Avtal!B${FORM_END - K + 1}`)?.validation?.rule).to.deep.equal({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    expect(fake.cell(`Avtal!B${FORM_END - K + 1}`)?.value ?? "", "no default for a penalty").to.equal("");
    expect(fake.cell(`Avtal!B${FORM_END}`)?.value, "Gallras senast: Avtalsslut + 2 år").to.equal(dateSerial("2031-12-31"));
    // Every form name points at the row whose label is its field's, so the readers and Sammanställning agree.
    CONTRACT_FIELDS.forEach((field, i) => {
      const row = CONTRACT_FORM_HEADER_ROW + 1 + i;
      expect(fake.snapshot().names[field.name]?.formula, field.key).to.match(new RegExp(`!\\$B\\$${row}$`));
      expect(fake.cell(`Avtal!A${row}`)?.value).to.equal(field.label);
    });
    for (const row of [T + 1, T + 3]) {
      expect(fake.cell(`Avtal!C${row}`)?.validation?.rule, `Förväntade platser C${row}`).to.deep.equal({
        wholeNumber: { operator: "Between", formula1: 0, formula2: 10_000 },
      });
    }
    for (const cell of plan.cells.filter((c) => c.formula !== undefined)) {
      expect(fake.cell(`${cell.sheet}!${cell.address}`)?.formula, `${cell.sheet}!${cell.address}`).to.equal(cell.formula);
    }

    // What SYSS reads back: the contract through its names, the target groups from the table.
    const input = await createOfficeTemplatePort({ run: fake.run, isSetSupported: everyApi }).readFollowup();
    expect(input.contract.fields.name?.value).to.equal("Mitt eget avtalsnamn");
    expect(input.contract.fields.parameterYear?.value).to.equal(2027);
    expect(input.contract.fields.penaltyPerMissingMonth?.address).to.equal(`B${FORM_END - K + 1}`);
    expect(input.contract.fields.retentionDate?.value).to.equal(dateSerial("2031-12-31"));
    const groups = input.tables.find((t) => t.name === TABLES.targetGroups)!;
    expect(groups.rows.map((row) => row[0])).to.deep.equal(["Långtidsarbetslösa", "Nyanlända", "Utrikes födda"]);
    expect(input.contract.otherCells.map((c) => c.address)).to.include.members(["E5", `E${T + 1}`, `A${T + 8}`]);

    const upgraded = fake.snapshot();
    const again = expectApplied(await applyTemplatePlan(fake.run, everyApi, plan));
    expect(again.insertedRows).to.deep.equal([]);
    expect(fake.snapshot(), "a second upgrade is a no-op").to.deep.equal(upgraded);
  });
});

describe("the row insert is refused, changing nothing, unless the gap is the template's own", () => {
  async function expectTableMoved(fake: ExcelFake, plan: TemplatePlan): Promise<void> {
    const before = fake.snapshot();
    const writes = fake.syncLog.reduce((sum, s) => sum + s.writes, 0);
    const outcome = await applyTemplatePlan(fake.run, everyApi, plan);
    if (outcome.ok) throw new Error("expected the upgrade to stop");
    expect(outcome.problems.map((p) => p.code)).to.deep.equal(["tableMoved"]);
    expect(outcome.problems[0]!.message.sv).to.contain(TABLES.targetGroups);
    expect(fake.snapshot()).to.deep.equal(before);
    expect(fake.syncLog.reduce((sum, s) => sum + s.writes, 0)).to.equal(writes);
  }

  async function oldWorkbook(plan: TemplatePlan, rows: number = K, column = 0): Promise<ExcelFake> {
    const fake = createExcelFake();
    expectApplied(await applyTemplatePlan(fake.run, everyApi, planOf100(plan, rows, column)));
    return fake;
  }

  for (const [where, address] of [
    ["in the empty row under the form", `C${FORM_END - K + 1}`],
    ["beside the heading", `F${OLD_T - 1}`],
    ["instead of the heading", `A${OLD_T - 1}`],
  ] as const) {
    it(`when a user typed ${where}`, async () => {
      const plan = buildTemplatePlan(CONTRACT);
      const fake = await oldWorkbook(plan);
      await inExcel(fake, (context) => {
        context.workbook.worksheets.getItem(SHEETS.contract).getRange(address).values = [["min egen text"]];
      });
      await expectTableMoved(fake, plan);
    });
  }

  it("when the table is in another column", async () => {
    const plan = buildTemplatePlan(CONTRACT);
    await expectTableMoved(await oldWorkbook(plan, K, 1), plan);
  });

  it("when the table is lower than planned", async () => {
    const plan = buildTemplatePlan(CONTRACT);
    await expectTableMoved(await oldWorkbook(plan, -1), plan);
  });

  it("when the table is higher than the added fields explain", async () => {
    const plan = buildTemplatePlan(CONTRACT);
    await expectTableMoved(await oldWorkbook(plan, K + 1), plan);
  });

  it("when the insert would cut through a user's own table beside the form", async () => {
    const plan = buildTemplatePlan(CONTRACT);
    const fake = await oldWorkbook(plan);
    await inExcel(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEETS.contract);
      // Its last row lies in the gap but is empty: only the cut through the table stops the insert.
      sheet.getRange(`E${FORM_END - K - 1}:F${FORM_END - K}`).values = [["Min", "Tabell"], ["a", 1]];
      context.workbook.tables.add(`Avtal!E${FORM_END - K - 1}:F${FORM_END - K + 1}`, true).name = "MinTabell";
    });
    await expectTableMoved(fake, plan);
  });
});

describe("upgrading a 1.0.0 Avtal sheet never loses a typed cell (property)", () => {
  const GAP_FIRST = FORM_END - K + 1; // 1-based rows between the old form and the old table
  const inGap = (row: number): boolean => row >= GAP_FIRST && row < OLD_T;
  // Anywhere in A–F from the form down past the table, except the template's own labels, help and header row.
  const avtalCell = fc
    .record({ row: fc.integer({ min: 5, max: OLD_T + 10 }), column: fc.integer({ min: 0, max: 5 }) })
    .filter(({ row, column }) => row !== OLD_T && !(row <= FORM_END - K && (column === 0 || column === 2)));
  const typed = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom("=SUM(1,2)", "+46 70", "P-001"),
    fc.integer({ min: -1000, max: 100_000 }),
  );

  it("moves every typed cell with its rows, or refuses and changes nothing when one sits between form and table", async () => {
    const plan = buildTemplatePlan(CONTRACT);
    const old = planOf100(plan);
    const content = (state: CellState | undefined) => ({ value: state?.value ?? "", formula: state?.formula });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(avtalCell, typed), { minLength: 1, maxLength: 12 }), async (edits) => {
        const fake = createExcelFake();
        expectApplied(await applyTemplatePlan(fake.run, everyApi, old));
        await inExcel(fake, (context) => {
          for (const [cell, value] of edits) {
            context.workbook.worksheets.getItem(SHEETS.contract).getRange(`${columnLetter(cell.column)}${cell.row}`).values = [[value]];
          }
        });
        const cells = [...new Map(edits.map(([cell]) => [`${cell.row},${cell.column}`, cell])).values()];
        const before = cells.map((cell) => content(fake.cell(`Avtal!${columnLetter(cell.column)}${cell.row}`)));
        const snapshot = fake.snapshot();
        const outcome = await applyTemplatePlan(fake.run, everyApi, plan);
        if (cells.some((cell) => inGap(cell.row))) {
          expect(outcome.ok).to.equal(false);
          expect(fake.snapshot()).to.deep.equal(snapshot);
          return;
        }
        expectApplied(outcome);
        const after = cells.map((cell) => {
          const row = cell.row >= GAP_FIRST ? cell.row + K : cell.row;
          return content(fake.cell(`Avtal!${columnLetter(cell.column)}${row}`));
        });
        expect(after).to.deep.equal(before);
      }),
      { numRuns: 10, seed: 20261130 },
    );
  });
});
