/**
 * A full follow-up workbook (template with the matching sheets) in the Excel fake, with a few rows in Platser and
 * Matchning typed as a user would (input columns only; the calculated columns keep their formulas), for the
 * Matchning tab's reads and writes.
 */
import { parseContract } from "../../src/domain/followup/contract";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import type { ExcelCellValue } from "../../src/excel/host/api";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { COMPLETE_CONTRACT } from "../support/exante-contracts";

const letter = (index: number) => String.fromCharCode(65 + index);

/** Types `rows` into the table's first data rows (from column A), with `emptyAfter` empty table rows below them. */
async function typeRows(fake: ExcelFake, tableName: string, rows: ExcelCellValue[][], emptyAfter: number): Promise<void> {
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    for (let n = body.rowCount; n < rows.length + emptyAfter; n++) table.rows.add();
    const width = rows[0]!.length;
    context.workbook.worksheets.getItem(tableName).getRange(`A2:${letter(width - 1)}${rows.length + 1}`).values = rows;
    await context.sync();
  });
}

/**
 * The template (full version) plus Platser with L-01 (open, 75 %) and L-02 (Avbruten), and Matchning with K-001
 * referred 2026-03-01 and K-002 offered 2026-03-20, then one empty row (row 4) with only the formulas.
 */
export async function matchingWorkbook(): Promise<ExcelFake> {
  const fake = createExcelFake();
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
  await services.applyTemplate(parseContract(COMPLETE_CONTRACT), 2026);
  await typeRows(fake, "Platser", [
    ["L-01", "Lokalvårdare", 2, "anställning", 0.75, "", "", "Exempelby", "Öppen", "Platschef"],
    ["L-02", "Vaktmästare", 1, "praktik", 1, "", "", "Exempelby", "Avbruten", "Platschef"],
  ], 0);
  await typeRows(fake, "Matchning", [
    ["K-001", "L-01", "Nyanlända", "Arbetsförmedlingen", "Ingen", 46082, "", "", "Pågår", "", ""],
    ["K-002", "L-01", "Unga 18–24 år", "Annan", "", 46083, 46091, 46101, "Pågår", "", "en kommentar"],
  ], 1);
  return fake;
}

