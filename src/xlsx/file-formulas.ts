/**
 * How formulas are stored in an .xlsx file, where it differs from what a user types in Excel.
 *
 * - Office add-in (JavaScript) custom functions are saved by Excel with the prefix `_xldudf_` and the
 *   namespace dot replaced by an underscore: `SYSS.EFFECTS(...)` is stored as `_xldudf_SYSS_EFFECTS(...)`.
 *   When the workbook is opened with the add-in loaded, Excel maps the stored name back to the function;
 *   without the add-in the cell shows #NAME?. (Seen in OfficeDev/office-js issues #2568 and #5611, and
 *   OfficeDev/Excel-Custom-Functions #108: "JavaScript custom functions ... save out with a different prefix
 *   _xldudf".)
 * - Functions newer than the 2007 file format carry `_xlfn.` (or `_xlfn._xlws.`), [MS-XLSX] 2.2.3; the list
 *   is in future-functions.ts. Without it Excel shows #NAME? and LibreOffice does not know the function.
 *
 * Only function names outside string literals, quoted sheet names and structured references are touched,
 * so a column header or a text that happens to read like a call stays as it is.
 */
import { CUSTOM_FUNCTION_PREFIX } from "../domain/followup/formulas";
import { storedPrefix } from "./future-functions";

const NAMESPACE = CUSTOM_FUNCTION_PREFIX.slice(0, -1);
const CALL = /(?<![A-Za-z0-9_.\\])([A-Za-z_\\][A-Za-z0-9_.\\]*)\(/g;

/** `formula` with every function name outside literals and brackets passed through `rename`. */
export function mapFunctionNames(formula: string, rename: (name: string) => string): string {
  let out = "";
  let code = "";
  const flush = () => {
    out += code.replace(CALL, (_whole, name: string) => `${rename(name)}(`);
    code = "";
  };
  for (let i = 0; i < formula.length; ) {
    const char = formula[i]!;
    if (char === '"' || char === "'") {
      flush();
      // A literal ends at a lone quote; a doubled quote is an escaped one.
      let end = i + 1;
      while (end < formula.length && !(formula[end] === char && formula[end + 1] !== char)) end += formula[end] === char ? 2 : 1;
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else if (char === "[") {
      flush();
      // Structured references nest one level ([[#This Row],[Column]]); an apostrophe escapes the next character.
      let depth = 0;
      let end = i;
      for (; end < formula.length; end++) {
        if (formula[end] === "'") end++;
        else if (formula[end] === "[") depth++;
        else if (formula[end] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else {
      code += char;
      i++;
    }
  }
  flush();
  return out;
}

function toStoredName(name: string): string {
  if (name.toUpperCase().startsWith(CUSTOM_FUNCTION_PREFIX)) return `_xldudf_${NAMESPACE}_${name.slice(CUSTOM_FUNCTION_PREFIX.length).replace(/\./g, "_")}`;
  if (/^_xl/i.test(name)) return name;
  return `${storedPrefix(name)}${name}`;
}

function toTypedName(name: string): string {
  const custom = new RegExp(`^_xldudf_${NAMESPACE}_(.+)$`, "i").exec(name);
  if (custom) return `${NAMESPACE}.${custom[1]}`;
  return name.replace(/^_xlfn\.(_xlws\.)?/i, "");
}

/** The file form of a formula: no leading "=", future functions prefixed, custom functions with their `_xldudf_` names. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return mapFunctionNames(body, toStoredName);
}

/** The typed form of a stored formula (for readers): the inverse of toFileFormula, with a leading "=". */
export function fromFileFormula(stored: string): string {
  return `=${mapFunctionNames(stored, toTypedName)}`;
}
