/**
 * A full follow-up workbook in the Excel fake with the matching tables (Platser, Matchning) holding a few rows,
 * for the Matchning tab's reads and writes.
 */
import { parseContract } from "../../src/domain/followup/contract";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";
import type { CellValue } from "../../src/excel/host/api";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { COMPLETE_CONTRACT } from "../support/exante-contracts";

export const POSITION_HEADERS = ["Plats-ID", "Yrke/roll", "Antal", "Sysselsättningsform", "Omfattning (%)", "Önskat startdatum", "Kompetensprofil", "Ort", "Status", "Kontakt hos leverantören"];
export const MATCHING_HEADERS = [
  "Kandidat-ID", "Plats-ID", "Målgrupp", "Källa", "Förberedande insats", "Anvisad datum", "Intervju datum", "Erbjudande datum", "Beslut", "Ärende-ID", "Kommentar", "Steg",
];

/** Sheet-address helper: column letter of a 0-based index (A–Z is enough here). */
const letter = (index: number) => String.fromCharCode(65 + index);

async function addTable(fake: ExcelFake, sheet: string, name: string, headers: string[], rows: CellValue[][], calculated?: { column: number; formula: string }): Promise<void> {
  await fake.run(async (context) => {
    const exists = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    const worksheet = exists.isNullObject ? context.workbook.worksheets.add(sheet) : exists;
    const last = letter(headers.length - 1);
    worksheet.getRange(`A1:${last}1`).values = [headers];
    const table = context.workbook.tables.add(`${sheet}!A1:${last}${Math.max(rows.length, 1) + 1}`, true);
    table.name = name;
    if (rows.length > 0) worksheet.getRange(`A2:${last}${rows.length + 1}`).values = rows;
    if (calculated) {
      const cells = Array.from({ length: Math.max(rows.length, 1) }, () => [calculated.formula]);
      worksheet.getRange(`${letter(calculated.column)}2:${letter(calculated.column)}${cells.length + 1}`).formulas = cells;
    }
    await context.sync();
  });
}

/** The Steg column as a calculated column (the fake does not evaluate it; it only has to be kept). */
export const STAGE_FORMULA = '=IF([@Beslut]="Startad",4,IF([@[Erbjudande datum]]<>"",3,IF([@[Intervju datum]]<>"",2,IF([@[Anvisad datum]]<>"",1,0))))';

/**
 * The template (full version) plus Platser with L-01 (open), L-02 (Avbruten) and Matchning with K-001 referred
 * and K-002 offered (2026-03-20), then one empty row; Matchning ends in an empty row with only the formula.
 */
export async function matchingWorkbook(): Promise<ExcelFake> {
  const fake = createExcelFake();
  const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
  await services.applyTemplate(parseContract(COMPLETE_CONTRACT), 2026);
  await addTable(fake, "Platser", "Platser", POSITION_HEADERS, [
    ["L-01", "Lokalvårdare", 2, "anställning", 0.75, "", "", "Exempelby", "Öppen", "Platschef"],
    ["L-02", "Vaktmästare", 1, "praktik", 1, "", "", "Exempelby", "Avbruten", "Platschef"],
  ]);
  await addTable(
    fake,
    "Matchning",
    "Matchning",
    MATCHING_HEADERS,
    [
      ["K-001", "L-01", "Nyanlända", "Arbetsförmedlingen", "Ingen", 46082, "", "", "Pågår", "", "", ""],
      ["K-002", "L-01", "Unga 18–24 år", "Annan", "", 46083, 46091, 46101, "Pågår", "", "en kommentar", ""],
      ["", "", "", "", "", "", "", "", "", "", "", ""],
    ],
    { column: 11, formula: STAGE_FORMULA },
  );
  return fake;
}
