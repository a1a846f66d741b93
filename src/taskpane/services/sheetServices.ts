/**
 * The sheets the Kalkyl, Parametrar and Förhandskalkyl tabs write. Loaded on first use by officeServices.ts
 * (the calculation sheet's layout pulls in the model's labels).
 */
import type { ParameterYear, RawInput } from "../../domain/model";
import type { UiLang } from "../../domain/i18n/ui";
import { CALCULATION_SHEET_NAME, calculationSheet } from "../calculator/calculationSheet";
import { parameterRows } from "./parameterRows";
import type { ServiceContext } from "./serviceContext";
import type { SheetServices } from "./types";

export function sheetServices({ workbook, guarded }: ServiceContext): SheetServices {
  return {
    insertCalculation: (input: RawInput, year: ParameterYear, lang: UiLang) =>
      guarded(() =>
        // Every insert is a calculation of its own: a new sheet, "Kalkyl", "Kalkyl (2)", …; none is ever overwritten.
        // The pane lays the cells out itself (inputs, help texts, number formats); the port writes them as given.
        workbook.writeSheetAsNew(calculationSheet(CALCULATION_SHEET_NAME, input, year, lang)),
      ),

    writeParameters: (year, mode) => guarded(() => workbook.writeParameters(parameterRows(year), mode)),

    writeExanteSheet: (content) => guarded(() => workbook.writeNewSheet(content)),
  };
}
