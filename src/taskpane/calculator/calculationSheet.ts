/**
 * The calculation sheet "Infoga i arbetsboken" writes: the inputs as a two-column key/value block
 * (Swedish field label | value, which SYSS.EFFECT reads directly), a result per actor as live
 * SYSS.EFFECT formulas over that block, and a spilling SYSS.BREAKDOWN. Changing a value in column B
 * recalculates everything in Excel; the add-in is only needed to create the sheet.
 */
import { ACTOR_KEYS, actorLabel, type ParameterYear, type RawInput } from "../../domain/model";
import { FIELD_LABELS } from "../../domain/i18n/model";
import { uiText, type UiLang, registerPaneTexts } from "../../domain/i18n/ui";
import { CALC_FIELDS } from "./fields";
import { CALCULATOR_PANE_TEXTS } from "../../domain/i18n/paneCalculator";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(CALCULATOR_PANE_TEXTS);

export type SheetCellValue = string | number | boolean;

export interface SheetCell {
  /** A1 address on the sheet. */
  readonly address: string;
  readonly value?: SheetCellValue;
  /** en-US formula text starting with "=". */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

export interface CalculationSheet {
  readonly sheetName: string;
  readonly cells: readonly SheetCell[];
  readonly columnWidths: Readonly<Record<string, number>>;
}

export const CALCULATION_SHEET_NAME = "Kalkyl";
const FIRST_INPUT_ROW = 4;

function numberFormatFor(kind: string): string | undefined {
  if (kind === "percent") return "0%";
  if (kind === "amount") return "#,##0";
  return undefined;
}

export function calculationSheet(sheetName: string, input: RawInput, year: ParameterYear, lang: UiLang): CalculationSheet {
  const cells: SheetCell[] = [
    { address: "A1", value: uiText(lang, "calc.sheet.title"), bold: true },
    { address: "A3", value: uiText(lang, "calc.sheet.inputs"), bold: true },
  ];
  let row = FIRST_INPUT_ROW;
  for (const field of CALC_FIELDS) {
    const label = FIELD_LABELS[field.key];
    // Column A holds the Swedish label: it is what the model's key/value reader matches, in any UI language.
    cells.push({ address: `A${row}`, value: label.sv });
    const value = field.key === "year" ? year : input[field.key];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      cells.push({ address: `B${row}`, value, numberFormat: numberFormatFor(field.kind) });
    }
    cells.push({ address: `C${row}`, value: lang === "sv" ? uiText(lang, field.help) : `${label.en}: ${uiText(lang, field.help)}` });
    row++;
  }
  const block = `$A$${FIRST_INPUT_ROW}:$B$${row - 1}`;

  cells.push({ address: "E3", value: uiText(lang, "calc.sheet.results"), bold: true });
  ACTOR_KEYS.forEach((actor, index) => {
    const resultRow = FIRST_INPUT_ROW + index;
    const label = actorLabel(actor, "sv");
    cells.push({ address: `E${resultRow}`, value: label, bold: actor === "society" });
    cells.push({ address: `F${resultRow}`, formula: `=SYSS.EFFECT(${block},,"${label}")`, numberFormat: "#,##0", bold: actor === "society" });
  });
  const breakdownRow = FIRST_INPUT_ROW + ACTOR_KEYS.length + 1;
  cells.push({ address: `E${breakdownRow}`, value: uiText(lang, "calc.sheet.breakdown"), bold: true });
  cells.push({ address: `E${breakdownRow + 1}`, formula: `=SYSS.BREAKDOWN(${block})` });
  return { sheetName, cells, columnWidths: { A: 30, B: 14, C: 60, E: 16, F: 40, G: 14 } };
}
