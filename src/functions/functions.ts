/**
 * The SYSS custom functions. Each is one line of glue: the work happens in the domain and in the
 * small modules beside this file. custom-functions-metadata-plugin reads the JSDoc below to generate
 * functions.json and adds the CustomFunctions.associate calls itself (never add them by hand).
 * Ids are permanent once shipped: renaming one breaks every workbook that uses it.
 */
import { ADDIN_VERSION } from "../domain/version";

/**
 * Returnerar versionen av SYSS-tillägget.
 * @customfunction VERSION
 * @returns Tilläggets versionsnummer, t.ex. 0.1.0.
 */
export function version(): string {
  return ADDIN_VERSION;
}
