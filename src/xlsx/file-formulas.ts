/**
 * How formulas are stored in an .xlsx file, where it differs from what a user types in Excel.
 *
 * Office add-in (JavaScript) custom functions are saved by Excel with the prefix `_xldudf_` and the
 * namespace dot replaced by an underscore: `SYSS.EFFECTS(...)` is stored as `_xldudf_SYSS_EFFECTS(...)`.
 * When the workbook is opened with the add-in loaded, Excel maps the stored name back to the function;
 * without the add-in the cell shows #NAME?. (Seen in OfficeDev/office-js issues #2568 and #5611, and
 * OfficeDev/Excel-Custom-Functions #108: "JavaScript custom functions ... save out with a different prefix
 * _xldudf".)
 */
import { CUSTOM_FUNCTION_PREFIX } from "../domain/followup/formulas";

const NAMESPACE = CUSTOM_FUNCTION_PREFIX.slice(0, -1);
// A function name is at most 255 characters (Excel's limit for names): the bound keeps each attempt
// short, where an unbounded name would rescan the rest of a long formula from every candidate start.
const CALL = new RegExp(`\\b${NAMESPACE}\\.([A-Za-z0-9_.]{1,255})\\(`, "g");

/** The file form of a formula: no leading "=", custom functions with their `_xldudf_` names. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body.replace(CALL, (_whole, name: string) => `_xldudf_${NAMESPACE}_${name.replace(/\./g, "_")}(`);
}

/** The typed form of a stored formula (for readers): the inverse of toFileFormula, with a leading "=". */
export function fromFileFormula(stored: string): string {
  const typed = stored.replace(new RegExp(`_xldudf_${NAMESPACE}_([A-Za-z0-9_]{1,255})\\(`, "g"), (_whole, name: string) => `${NAMESPACE}.${name}(`);
  return `=${typed}`;
}
