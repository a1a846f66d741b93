/**
 * Issue 15 item 6: regenerating after the contract changed must not silently keep the old values. Filled
 * cells stay the user's: the apply lists what the new contract would change, writes only the changes the
 * user accepts, and lists rows the contract no longer produces without deleting them.
 */
import { expect } from "chai";
import type { Contract } from "../../src/domain/followup/contract";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { SHEETS, TABLES } from "../../src/domain/followup/names";
import { contractValueCell } from "../../src/domain/followup/template";
import { applyTemplatePlan, type ApplyOutcome, type ApplyReport } from "../../src/excel/template/apply";
import type { IsSetSupported } from "../../src/excel/host/api";
import { dateSerial } from "../../src/excel/host/officeValues";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import type { ParameterYear } from "../../src/domain/model";

const everyApi: IsSetSupported = () => true;

const BEFORE: Contract = {
  values: { name: "Städtjänster 2026", start: "2026-01-01", end: "2026-12-31", reportingInterval: "kvartal", commitmentMonths: 24 },
  targetGroups: [{ name: "Långtidsarbetslösa" }],
};
const AFTER: Contract = {
  values: { ...BEFORE.values, end: "2027-06-30", commitmentMonths: 36 },
  targetGroups: [{ name: "Långtidsarbetslösa" }, { name: "Nyanlända" }],
};

function report(outcome: ApplyOutcome): ApplyReport {
  if (!outcome.ok) throw new Error(`apply failed: ${outcome.problems.map((p) => p.message.en).join(" | ")}`);
  return outcome.report;
}

const apply = (fake: ExcelFake, contract: Contract, options: { accept?: ReadonlySet<string>; dryRun?: boolean; year?: ParameterYear } = {}) =>
  applyTemplatePlan(fake.run, everyApi, buildTemplatePlan(contract, { parameterYear: options.year ?? 2026 }), options).then(report);

const endCell = `${SHEETS.contract}!${contractValueCell("end")}`;
const commitmentCell = `${SHEETS.contract}!${contractValueCell("commitmentMonths")}`;

async function tableColumn(fake: ExcelFake, table: string): Promise<unknown[]> {
  return fake.run(async (context) => {
    const body = context.workbook.tables.getItem(table).getDataBodyRange().load("values");
    await context.sync();
    return body.values.map((row) => row[0]);
  });
}

describe("regenerating after a contract change (issue 15 item 6)", () => {
  it("lists every difference, writes none of them unasked, and reports nothing for an unchanged contract", async () => {
    const fake = createExcelFake();
    const first = await apply(fake, BEFORE);
    expect(first.contractChanges).to.deep.equal([]);
    expect((await apply(fake, BEFORE)).contractChanges).to.deep.equal([]);

    const reportsBefore = await tableColumn(fake, TABLES.reports);
    const again = await apply(fake, AFTER);
    const fields = again.contractChanges.filter((c) => c.kind === "formValue").map((c) => c.kind === "formValue" && [c.address, c.current, c.proposed]);
    expect(fields).to.deep.include([contractValueCell("end"), "2026-12-31", "2027-06-30"]);
    expect(fields).to.deep.include([contractValueCell("commitmentMonths"), "24", "36"]);
    const rows = again.contractChanges.filter((c) => c.kind === "tableRows");
    expect(rows.map((c) => c.kind === "tableRows" && c.table).sort()).to.deep.equal([TABLES.targetGroups, TABLES.reports].sort());
    const groups = rows.find((c) => c.kind === "tableRows" && c.table === TABLES.targetGroups);
    expect(groups?.kind === "tableRows" && groups.keys).to.deep.equal(["Nyanlända"]);
    const periods = rows.find((c) => c.kind === "tableRows" && c.table === TABLES.reports);
    expect(periods?.kind === "tableRows" && periods.keys).to.deep.equal(["2027-01-01", "2027-04-01"]);
    expect(again.appliedContractChanges).to.deep.equal([]);

    // Nothing of it was written.
    expect(fake.cell(endCell)?.value).to.equal(dateSerial("2026-12-31"));
    expect(fake.cell(commitmentCell)?.value).to.equal(24);
    expect(await tableColumn(fake, TABLES.reports)).to.deep.equal(reportsBefore);
    expect(await tableColumn(fake, TABLES.targetGroups)).to.deep.equal(["Långtidsarbetslösa"]);
  });

  it("writes exactly the accepted changes and keeps listing the others", async () => {
    const fake = createExcelFake();
    await apply(fake, BEFORE);
    const listed = await apply(fake, AFTER);
    const endChange = listed.contractChanges.find((c) => c.kind === "formValue" && c.address === contractValueCell("end"))!;
    const groupChange = listed.contractChanges.find((c) => c.kind === "tableRows" && c.table === TABLES.targetGroups)!;

    const accepted = await apply(fake, AFTER, { accept: new Set([endChange.id, groupChange.id]) });
    expect(accepted.appliedContractChanges.map((c) => c.id)).to.have.members([endChange.id, groupChange.id]);
    expect(fake.cell(endCell)?.value).to.equal(dateSerial("2027-06-30"));
    expect(await tableColumn(fake, TABLES.targetGroups)).to.deep.equal(["Långtidsarbetslösa", "Nyanlända"]);
    expect(fake.cell(commitmentCell)?.value).to.equal(24);
    expect(accepted.contractChanges.map((c) => c.id)).to.not.include.members([endChange.id, groupChange.id]);
    expect(accepted.contractChanges.some((c) => c.kind === "formValue" && c.address === contractValueCell("commitmentMonths"))).to.equal(true);
  });

  it("does not write an accepted change whose cell the user changed after the preview", async () => {
    const fake = createExcelFake();
    await apply(fake, BEFORE);
    const listed = await apply(fake, AFTER);
    const endChange = listed.contractChanges.find((c) => c.kind === "formValue" && c.address === contractValueCell("end"))!;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(SHEETS.contract).getRange(contractValueCell("end")).values = [[dateSerial("2028-01-31")]];
      await context.sync();
    });
    const late = await apply(fake, AFTER, { accept: new Set([endChange.id]) });
    expect(late.appliedContractChanges).to.deep.equal([]);
    expect(fake.cell(endCell)?.value).to.equal(dateSerial("2028-01-31"));
    const relisted = late.contractChanges.find((c) => c.kind === "formValue" && c.address === contractValueCell("end"));
    expect(relisted?.kind === "formValue" && relisted.current).to.equal("2028-01-31");
  });

  it("lists report periods a shortened contract no longer has, and keeps them", async () => {
    const fake = createExcelFake();
    await apply(fake, AFTER);
    const before = await tableColumn(fake, TABLES.reports);
    const shorter = await apply(fake, BEFORE);
    const leftover = shorter.leftoverRows.find((l) => l.table === TABLES.reports);
    expect(leftover?.keys).to.deep.equal(["2027-01-01", "2027-04-01"]);
    expect(shorter.leftoverRows.find((l) => l.table === TABLES.targetGroups)?.keys).to.deep.equal(["Nyanlända"]);
    expect(await tableColumn(fake, TABLES.reports)).to.deep.equal(before);
  });

  it("a dry run reports the same changes and writes nothing", async () => {
    const fake = createExcelFake();
    await apply(fake, BEFORE);
    const before = JSON.stringify(fake.snapshot());
    const dry = await apply(fake, AFTER, { dryRun: true });
    expect(dry.contractChanges.length).to.be.greaterThan(2);
    expect(JSON.stringify(fake.snapshot())).to.equal(before);
  });

  it("a new parameter year proposes the new defaults, and keeps a value someone edited", async () => {
    const fake = createExcelFake();
    await apply(fake, BEFORE, { year: 2025 });
    const rows = async () =>
      fake.run(async (context) => {
        const body = context.workbook.tables.getItem(TABLES.parameters).getDataBodyRange().load("values");
        await context.sync();
        return body.values;
      });
    const [first, second] = await rows();
    // key, label, value, unit, default, …: edit the first row's value, leave the second as it was.
    expect(first![2]).to.equal(first![4]);
    await fake.run(async (context) => {
      const range = context.workbook.tables.getItem(TABLES.parameters).getDataBodyRange().getCell(0, 2);
      range.values = [[Number(first![2]) + 1]];
      await context.sync();
    });
    const listed = await apply(fake, BEFORE, { year: 2026 });
    const change = listed.contractChanges.find((c) => c.kind === "parameterValues");
    expect(change, "a Parametrar change for the new year").to.exist;
    const planned = buildTemplatePlan(BEFORE, { parameterYear: 2026 }).tables.find((t) => t.spec.name === TABLES.parameters)!;
    const newDefault = (key: unknown) => planned.rows.find((row) => row[0] === key)![4];
    expect(change!.kind === "parameterValues" && change!.keys).to.include(String(first![0]));
    expect((await rows())[0]![4], "not written before it is accepted").to.equal(first![4]);

    const accepted = await apply(fake, BEFORE, { year: 2026, accept: new Set([change!.id]) });
    expect(accepted.appliedContractChanges.map((c) => c.id)).to.deep.equal([change!.id]);
    const [firstAfter, secondAfter] = await rows();
    expect(firstAfter![4]).to.equal(newDefault(first![0]));
    expect(firstAfter![2], "the edited value stays").to.equal(Number(first![2]) + 1);
    expect(secondAfter![4]).to.equal(newDefault(second![0]));
    expect(secondAfter![2], "an unedited value follows the new default").to.equal(newDefault(second![0]));
  });
});
