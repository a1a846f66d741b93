import { expect } from "chai";
import fc from "fast-check";
import {
  ALL_FINDING_CODES,
  FINDING_CODES,
  mergeRevalidation,
  revalidatePlacementRows,
  validateWorkbook,
} from "../../../src/domain/validation";
import { FINDING_TEXTS } from "../../../src/domain/i18n/validation";
import { goodPlacement, workbook, type PlacementData } from "./builders";

const TODAY = "2025-10-01";

const MIXED: PlacementData[] = [
  goodPlacement(),
  goodPlacement({ caseId: "P-002", scope: 1.5, gender: "man" }),
  goodPlacement({ caseId: "P-001", comment: "ring 070-123 45 67" }),
  goodPlacement({ caseId: "P-004", actualEndDate: "2025-09-01", endReason: null }),
];

const NO_ACTION_CODES = ["COMMITMENT_PROGRESS"] as const;

describe("validation: validateWorkbook", () => {
  it("orders errors, then warnings, then information; within each by sheet, row and column", () => {
    const { findings, counts } = validateWorkbook(workbook({ placements: MIXED }), { today: TODAY });
    const severities = findings.map((item) => item.severity);
    expect(severities).to.deep.equal([...severities].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    expect(findings.filter((item) => item.severity === "error").map((item) => item.address)).to.deep.equal(["L3", "A4", "K5"]);
    // P-002 (Omfattning 150 %) does not count towards N: ROWS_NOT_COUNTED is the third warning.
    expect(counts).to.deep.equal({ error: 3, warning: 3, info: 1 });
  });

  it("is deterministic: the same input gives the same output, whatever the order of the tables", () => {
    const input = workbook({ placements: MIXED });
    const first = JSON.stringify(validateWorkbook(input, { today: TODAY }));
    const reversed = { ...input, tables: [...input.tables].reverse() };
    expect(JSON.stringify(validateWorkbook(reversed, { today: TODAY }))).to.equal(first);
  });

  it("takes today as a parameter and rejects a malformed one", () => {
    expect(() => validateWorkbook(workbook(), { today: "2025-13-01" })).to.throw(RangeError);
    const early = validateWorkbook(workbook(), { today: "2025-06-30" }).status.startRule;
    const late = validateWorkbook(workbook(), { today: "2025-07-02" }).status.startRule;
    expect([early, late]).to.deep.equal(["Ej avgjord", "Ej uppfylld"]);
  });

  it("every code has a severity and texts in both languages, for message and fix", () => {
    for (const code of ALL_FINDING_CODES) {
      expect(["error", "warning", "info"]).to.include(FINDING_CODES[code]);
      const texts = FINDING_TEXTS[code];
      // A finding that asks for nothing (progress so far) has no fix text: the card then shows no "Åtgärd" line
      // rather than "Ingen åtgärd." (issue 14 item 3).
      const needsNoAction = (NO_ACTION_CODES as readonly string[]).includes(code);
      for (const text of needsNoAction ? [texts.message] : [texts.message, texts.fix]) {
        expect(text.sv.length, code).to.be.greaterThan(5);
        expect(text.en.length, code).to.be.greaterThan(5);
      }
      if (needsNoAction) expect([texts.fix.sv, texts.fix.en], code).to.deep.equal(["", ""]);
    }
  });

  it("no finding text shows an unfilled placeholder", () => {
    const { findings } = validateWorkbook(workbook({ placements: MIXED, contract: { commitmentMonths: null } }), { today: TODAY });
    for (const item of findings) expect(JSON.stringify([item.message, item.fix])).not.to.match(/\{\w+\}/);
  });
});

describe("validation: live re-validation of changed rows", () => {
  const EDITS: PlacementData[] = [
    {},
    { scope: 0 },
    { caseId: "P-002" },
    { caseId: "P-001" },
    { gender: "KVINNA" },
    { comment: "19850101-1236" },
    { caseId: "19850101-1236" },
    { actualEndDate: "2025-09-30", endReason: "Egen uppsägning", plannedEndDate: "2025-12-31" },
    { startDate: "2025-08-01", offeredDate: null },
  ];

  it("merging the re-validated rows into the old result equals validating everything again", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: EDITS.length - 1 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: EDITS.length - 1 }),
        (rowEdits, changedRow, newEdit) => {
          const before = rowEdits.map((edit, index) => goodPlacement({ caseId: `P-${index}`, ...EDITS[edit] }));
          const row = changedRow % before.length;
          const after = before.map((placement, index) => (index === row ? { ...placement, ...EDITS[newEdit] } : placement));
          const previous = validateWorkbook(workbook({ placements: before }), { today: TODAY });
          const update = revalidatePlacementRows(workbook({ placements: after }), { today: TODAY }, [row]);
          const full = validateWorkbook(workbook({ placements: after }), { today: TODAY });
          expect(mergeRevalidation(previous.findings, update)).to.deep.equal(full.findings);
          expect(update.status).to.deep.equal(full.status);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("with the last re-validation's memo, a series of edits still equals validating everything again after each", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: EDITS.length - 1 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: EDITS.length - 1 })), { minLength: 1, maxLength: 4 }),
        (rowEdits, edits) => {
          let rows = rowEdits.map((edit, index) => goodPlacement({ caseId: `P-${index}`, ...EDITS[edit] }));
          let findings = validateWorkbook(workbook({ placements: rows }), { today: TODAY }).findings;
          let memo = revalidatePlacementRows(workbook({ placements: rows }), { today: TODAY }, []).memo;
          for (const [changedRow, newEdit] of edits) {
            const row = changedRow % rows.length;
            rows = rows.map((placement, index) => (index === row ? { ...placement, ...EDITS[newEdit] } : placement));
            const update = revalidatePlacementRows(workbook({ placements: rows }), { today: TODAY }, [row], memo);
            const full = validateWorkbook(workbook({ placements: rows }), { today: TODAY });
            findings = mergeRevalidation(findings, update);
            expect(findings).to.deep.equal(full.findings);
            expect(update.status).to.deep.equal(full.status);
            memo = update.memo;
          }
        },
      ),
      { numRuns: 100, seed: 19 },
    );
  });

  it("reads every row again when the memo was made under other conditions (another day) or for another table size", () => {
    const rows = [goodPlacement({ plannedEndDate: "2025-12-31" }), goodPlacement({ caseId: "P-002" })];
    const stale = revalidatePlacementRows(workbook({ placements: rows }), { today: "2025-01-02" }, []).memo;
    const later = "2026-06-30";
    const update = revalidatePlacementRows(workbook({ placements: rows }), { today: later }, [0], stale);
    expect(update.status).to.deep.equal(validateWorkbook(workbook({ placements: rows }), { today: later }).status);
    const fewer = revalidatePlacementRows(workbook({ placements: rows.slice(0, 1) }), { today: later }, [0], update.memo);
    expect(fewer.memo.rows).to.have.length(1);
    expect(fewer.status).to.deep.equal(validateWorkbook(workbook({ placements: rows.slice(0, 1) }), { today: later }).status);
  });

  it("re-validates only the rows asked for", () => {
    const input = workbook({ placements: [goodPlacement({ scope: 0 }), goodPlacement({ caseId: "P-002", scope: 0 })] });
    const update = revalidatePlacementRows(input, { today: TODAY }, [1]);
    expect(update.sheetRows).to.deep.equal([3]);
    expect(update.rowFindings.map((item) => item.address)).to.deep.equal(["L3"]);
  });
});

describe("validation: the add-in's own findings table", () => {
  it("is never validated as user data, even when a reader hands it over", () => {
    const input = workbook({ placements: [goodPlacement()] });
    const withFindings = {
      ...input,
      tables: [
        ...input.tables,
        { name: "Validering", sheet: "Validering", headers: ["Kod", "Ärende-ID", "Meddelande"], firstDataRow: 5, firstColumn: 1, rows: [["PERSONAL_IDENTITY_NUMBER", "19850101-1236", "x"]] },
      ],
    };
    expect(validateWorkbook(withFindings, { today: TODAY })).to.deep.equal(validateWorkbook(input, { today: TODAY }));
  });
});
