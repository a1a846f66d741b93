/** The model's parameters of a year as the Parametrar table's rows (the template and the Parametrar tab write them). */
import type { ParameterRow } from "../../domain/followup/types";
import { listParameters, type ParameterYear } from "../../domain/model";

export function parameterRows(year: ParameterYear): ParameterRow[] {
  return listParameters(year, "sv").map((row) => ({ ...row, default: row.value }));
}
