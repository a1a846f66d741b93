/**
 * The follow-up template's version and the name it is marked with in a workbook, apart from names.ts so the
 * task pane's first load (the version check) does not bring every sheet, table and column name with it.
 */

/** The template version marker (a hidden defined name and a custom document property). */
export const MARKER_NAME = "SYSS_Mallversion";

/**
 * Bump when sheets, tables, columns, names, formulas or cell positions change; the add-in upgrades older workbooks.
 * 1.1.0: two renamed columns and Placeringar's production value (issue 20).
 * 1.2.0: the Avtal form gains the two penalty fields (issue 17) and Gallras senast (issue 13), so the Målgrupper
 *        table below it starts three rows lower; the Office.js upgrade inserts the rows above it (template/rowShift.ts).
 *        A field appended to the form later needs the next version; the upgrade handles any number of them.
 * 1.3.0: the matchningsansvarig's workspace in the full version (issue 16, shared/spec/matching.md): the sheets
 *        Kartläggning, Platser, Matchning, Insatser, Uppstart, Erfarenheter, Matchningsöversikt and the hidden
 *        Matchningslistor, and two outcome columns appended to Placeringar. An upgrade adds them; nothing moves.
 */
export const TEMPLATE_VERSION = "1.3.0";
