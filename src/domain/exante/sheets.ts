/**
 * The two ex-ante sheets as plain data (spec/exante.md §2–3), for both writers (Office.js in
 * src/excel/sheets/exante.ts, ExcelJS in src/xlsx/exanteSheets.ts):
 * - `Avtalsvillkor`: the clause, one paragraph per cell in column A, wrapped, ready to print;
 * - `Förhandskalkyl`: one row per placement profile, results per actor as native formulas through the
 *   custom functions, a totals row (SUM), the break-even factor and the sensitivity table.
 * Formulas are in the API's form (English names, comma separators), as Office.js and the file expect.
 */
import { columnLetter } from "../common/a1";
import { ACTOR_KEYS, type ActorKey } from "../model";
import { ACTOR_LABELS, type ModelLang } from "../i18n/model";
import { SENSITIVITY_DIMENSIONS } from "./sensitivity";
import { SENSITIVITY_LABELS } from "../i18n/exante";
import type { ClauseText } from "./clause";

export const CLAUSE_SHEET_NAME = "Avtalsvillkor";
export const ESTIMATE_SHEET_NAME = "Förhandskalkyl";

export interface ExanteCell {
  readonly address: string;
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
}

export interface ExanteSheet {
  /** The wanted name; a writer that finds it taken uses a free variant ("Avtalsvillkor (2)") instead. */
  readonly sheetName: string;
  readonly cells: readonly ExanteCell[];
  /** Column widths in characters. */
  readonly columnWidths: Readonly<Record<string, number>>;
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32_767;

/** The clause sheet: title in A1, each further paragraph in its own cell, a blank row between. */
export function clauseSheet(clause: ClauseText): ExanteSheet {
  const cells: ExanteCell[] = clause.paragraphs.map((paragraph, index) => ({
    address: `A${1 + 2 * index}`,
    value: paragraph.text.slice(0, MAX_CELL_CHARACTERS),
    wrap: true,
    ...(index === 0 ? { bold: true } : {}),
  }));
  return { sheetName: CLAUSE_SHEET_NAME, cells, columnWidths: { A: 100 } };
}

/** One placement profile as the sheet shows it: canonical model keys → values. */
export type ProfileRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The profile columns: canonical key and the Swedish header the model's header matching knows. */
export const ESTIMATE_COLUMNS = [
  { key: "name", header: "Profil" },
  { key: "form", header: "Sysselsättningsform" },
  { key: "positions", header: "Antal tjänster" },
  { key: "months", header: "Antal månader" },
  { key: "scope", header: "Omfattning" },
  { key: "salary", header: "Bruttolön per månad (kr)" },
  { key: "subsidy", header: "Anställningsstöd" },
  { key: "productionFactor", header: "Produktionsfaktor" },
  { key: "age", header: "Ålder" },
  { key: "unemployedMonths", header: "Tid i arbetslöshet" },
  { key: "newArrival", header: "Nyanländ" },
  { key: "supervisorSalary", header: "Handledarens bruttolön" },
  { key: "supervisionShare", header: "Tid för handledning" },
  { key: "adminCost", header: "Administrationskostnad" },
  { key: "procurementCost", header: "Upphandlingskostnad" },
  { key: "organisation", header: "Upphandlande organisation" },
  { key: "year", header: "Parameterår" },
] as const;

const HEADER_ROW = 3;
const SHARE_KEYS = new Set(["scope", "productionFactor", "supervisionShare"]);

const ACTOR_API_NAMES: Readonly<Record<ActorKey, string>> = {
  individual: "Individ", municipality: "Kommun", region: "Region", state: "Stat", employer: "Arbetsgivare", society: "Samhället",
};

/**
 * The Förhandskalkyl sheet for the given profiles (at least one). Inputs are values the user may edit
 * afterwards; every figure is a formula, so it follows the edits.
 */
export function estimateSheet(profiles: readonly ProfileRow[], lang: ModelLang = "sv"): ExanteSheet {
  const inputWidth = ESTIMATE_COLUMNS.length;
  const lastInput = columnLetter(inputWidth - 1);
  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + Math.max(1, profiles.length);
  const headerRange = `$A$${HEADER_ROW}:$${lastInput}$${HEADER_ROW}`;
  const dataRange = `$A$${firstRow}:$${lastInput}$${lastRow}`;
  const cells: ExanteCell[] = [
    { address: "A1", value: lang === "en" ? "Ex-ante estimate (placement profiles)" : "Förhandskalkyl (placeringsprofiler)", bold: true },
  ];
  ESTIMATE_COLUMNS.forEach((column, index) => cells.push({ address: `${columnLetter(index)}${HEADER_ROW}`, value: column.header, bold: true }));
  ACTOR_KEYS.forEach((actor, index) => cells.push({ address: `${columnLetter(inputWidth + index)}${HEADER_ROW}`, value: ACTOR_LABELS[actor][lang], bold: true }));

  profiles.forEach((profile, rowIndex) => {
    const row = firstRow + rowIndex;
    ESTIMATE_COLUMNS.forEach((column, index) => {
      const value = profile[column.key];
      if (value === undefined || value === null || value === "") return;
      cells.push({ address: `${columnLetter(index)}${row}`, value, ...(SHARE_KEYS.has(column.key) ? { numberFormat: "0%" } : {}) });
    });
    ACTOR_KEYS.forEach((actor, index) => cells.push({
      address: `${columnLetter(inputWidth + index)}${row}`,
      formula: `=SYSS.EFFECT($A${row}:$${lastInput}${row},${headerRange},"${ACTOR_API_NAMES[actor]}")`,
      numberFormat: "#,##0",
    }));
  });

  const totalRow = lastRow + 1;
  cells.push({ address: `A${totalRow}`, value: lang === "en" ? "Total" : "Summa", bold: true });
  ACTOR_KEYS.forEach((_actor, index) => {
    const letter = columnLetter(inputWidth + index);
    cells.push({ address: `${letter}${totalRow}`, formula: `=SUM(${letter}${firstRow}:${letter}${lastRow})`, numberFormat: "#,##0", bold: true });
  });

  const breakEvenRow = totalRow + 2;
  cells.push({ address: `A${breakEvenRow}`, value: lang === "en" ? "Break-even production factor" : "Brytpunkt, produktionsfaktor", bold: true });
  cells.push({ address: `B${breakEvenRow}`, formula: `=SYSS.BREAKEVEN(${dataRange},${headerRange})`, numberFormat: "0.0%" });

  // The sensitivity table for society: INDEX into SYSS.SENSITIVITY cell by cell, so no spill range is needed.
  const tableRow = breakEvenRow + 2;
  const headers = lang === "en" ? ["Assumption (society)", "Min", "Base", "Max"] : ["Antagande (samhället)", "Min", "Bas", "Max"];
  headers.forEach((header, index) => cells.push({ address: `${columnLetter(index)}${tableRow}`, value: header, bold: true }));
  SENSITIVITY_DIMENSIONS.forEach((dimension, dimensionIndex) => {
    const row = tableRow + 1 + dimensionIndex;
    cells.push({ address: `A${row}`, value: SENSITIVITY_LABELS[dimension][lang] });
    for (let column = 2; column <= 4; column++) {
      cells.push({
        address: `${columnLetter(column - 1)}${row}`,
        formula: `=INDEX(SYSS.SENSITIVITY(${dataRange},${headerRange},"Samhället"),${dimensionIndex + 2},${column})`,
        numberFormat: "#,##0",
      });
    }
  });
  const widths: Record<string, number> = { A: 34 };
  for (let index = 1; index < inputWidth + ACTOR_KEYS.length; index++) widths[columnLetter(index)] = 14;
  return { sheetName: ESTIMATE_SHEET_NAME, cells, columnWidths: widths };
}
