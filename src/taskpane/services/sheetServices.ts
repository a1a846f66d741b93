/**
 * The sheets the Kalkyl, Parametrar and Förhandskalkyl tabs write. Loaded on first use by officeServices.ts
 * (the calculation sheet's layout pulls in the model's labels).
 */
import type { ParameterYear, RawInput } from "../../domain/model";
import type { UiLang } from "../../domain/i18n/ui";
import type { WorkbookPort } from "../../excel/workbook";
import { CALCULATION_SHEET_NAME, calculationSheet } from "../calculator/calculationSheet";
import { parameterRows } from "./parameterRows";
import type { ServiceContext } from "./serviceContext";
import type { SheetServices } from "./types";

/** The first of "Kalkyl", "Kalkyl (2)", … the workbook has no sheet of (Excel compares names case-insensitively). */
async function unusedSheetName(workbook: WorkbookPort, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if ((await workbook.readSheetCells(name)) === null) return name;
  }
}

export function sheetServices({ workbook, guarded }: ServiceContext): SheetServices {
  return {
    insertCalculation: (input: RawInput, year: ParameterYear, lang: UiLang) =>
      guarded(async () => {
        // Every insert is a calculation of its own: a new sheet, "Kalkyl", "Kalkyl (2)", …; none is ever overwritten.
        // The pane lays the cells out itself (inputs, help texts, number formats); the port writes them as given.
        const name = await unusedSheetName(workbook, CALCULATION_SHEET_NAME);
        return workbook.writeSheet(calculationSheet(name, input, year, lang));
      }),

    writeParameters: (year, mode) => guarded(() => workbook.writeParameters(parameterRows(year), mode)),

    writeExanteSheet: (content) => guarded(() => workbook.writeNewSheet(content)),
  };
}
