/**
 * Swedish and English texts of the Office.js side (src/excel): why a template could not be applied.
 * Each text names exactly what is in the way and what the user can do; `{placeholders}` are filled in.
 */
import { fill, type BilingualText } from "../common/text";

export type { BilingualText as ExcelText } from "../common/text";

export const EXCEL_TEXTS = {
  unsupportedHost: {
    sv: "Den här Excel-versionen saknar funktioner som tillägget behöver (ExcelApi {version}). Uppdatera Excel eller använd Excel på webben.",
    en: "This version of Excel lacks features the add-in needs (ExcelApi {version}). Update Excel or use Excel on the web.",
  },
  newerTemplate: {
    sv: "Arbetsboken har mallversion {found}, som är nyare än den här tilläggets version {version}. Uppdatera tillägget; en äldre version skriver inte över en nyare mall.",
    en: "The workbook has template version {found}, newer than this add-in's version {version}. Update the add-in; an older version does not overwrite a newer template.",
  },
  tableOnOtherSheet: {
    sv: "Det finns redan en tabell som heter {table} på bladet {actualSheet}, men mallen lägger den på bladet {sheet}. Byt namn på tabellen (Tabelldesign › Tabellnamn) och försök igen.",
    en: "A table named {table} already exists on the sheet {actualSheet}, but the template puts it on the sheet {sheet}. Rename that table (Table Design › Table Name) and try again.",
  },
  nameBlocksTable: {
    sv: "Namnet {table} används redan som definierat namn ({formula}); mallen behöver det som tabellnamn. Ta bort eller byt namn på det i Namnhanteraren och försök igen.",
    en: "The name {table} is already a defined name ({formula}); the template needs it as a table name. Delete or rename it in the Name Manager and try again.",
  },
  tableBlocksName: {
    sv: "Tabellen {table} på bladet {actualSheet} har ett namn som mallen behöver som definierat namn. Byt namn på tabellen och försök igen.",
    en: "The table {table} on the sheet {actualSheet} has a name the template needs as a defined name. Rename the table and try again.",
  },
  tableAreaOccupied: {
    sv: "Bladet {sheet} innehåller redan data i {address}, där tabellen {table} ska ligga ({range}). Flytta eller ta bort innehållet, eller byt namn på bladet, och försök igen.",
    en: "The sheet {sheet} already holds data in {address}, where the table {table} goes ({range}). Move or delete that content, or rename the sheet, and try again.",
  },
  tableOverlapsTable: {
    sv: "Tabellen {other} på bladet {sheet} ligger där tabellen {table} ska ligga ({range}). Flytta tabellen {other} eller byt namn på bladet och försök igen.",
    en: "The table {other} on the sheet {sheet} is where the table {table} goes ({range}). Move the table {other} or rename the sheet and try again.",
  },
  tableMoved: {
    sv: "Tabellen {table} börjar i {actual} men mallen förväntar sig {expected}. Flytta tillbaka tabellen så att den börjar i {expected} och försök igen.",
    en: "The table {table} starts at {actual} but the template expects {expected}. Move the table back to start at {expected} and try again.",
  },
  columnMoved: {
    sv: "Kolumnen {column} i tabellen {table} står i kolumn {actual}, men mallen förväntar sig kolumn {expected}. Flytta tillbaka kolumnen och försök igen.",
    en: "The column {column} of the table {table} is in column {actual}, but the template expects column {expected}. Move the column back and try again.",
  },
  unknownColumn: {
    sv: "I tabellen {table} står kolumnen {found} där mallen har kolumnen {expected}. Byt tillbaka namnet till {expected} (eller flytta din egen kolumn sist i tabellen) och försök igen.",
    en: "In the table {table} the column {found} stands where the template has the column {expected}. Rename it back to {expected} (or move your own column to the end of the table) and try again.",
  },
  noRoomForColumns: {
    sv: "Tabellen {table} behöver nya kolumner ({columns}) men bladet {sheet} har innehåll till höger om tabellen ({address}). Flytta det innehållet och försök igen.",
    en: "The table {table} needs new columns ({columns}) but the sheet {sheet} has content to the right of the table ({address}). Move that content and try again.",
  },
  noRoomForRows: {
    sv: "Tabellen {table} behöver {count} nya rader men bladet {sheet} har innehåll under tabellen ({address}). Flytta det innehållet och försök igen.",
    en: "The table {table} needs {count} new rows but the sheet {sheet} has content below the table ({address}). Move that content and try again.",
  },
  foreignContent: {
    sv: "Bladet {sheet} finns redan och är inte skapat av SYSS: cellen {address} innehåller {found} där mallen skriver {expected}. Byt namn på bladet och försök igen.",
    en: "The sheet {sheet} already exists and was not made by SYSS: the cell {address} holds {found} where the template writes {expected}. Rename the sheet and try again.",
  },
  writeFailed: {
    sv: "Excel avbröt skrivningen av mallen ({code}: {detail}). En del av mallen kan ha skrivits; kör Skapa mall igen när felet är åtgärdat.",
    en: "Excel stopped writing the template ({code}: {detail}). Part of the template may have been written; run Create template again once the problem is fixed.",
  },
  parametersMissing: {
    sv: "Arbetsboken saknar tabellen {table}. Skapa uppföljningsmallen först och försök sedan igen.",
    en: "The workbook has no {table} table. Create the follow-up template first, then try again.",
  },
  parametersColumnMissing: {
    sv: "Tabellen {table} saknar kolumnen {column}. Skapa mallen igen (den lägger till saknade kolumner) och försök igen.",
    en: "The table {table} lacks the column {column}. Create the template again (it adds missing columns) and try again.",
  },
  decisionHeaders: { sv: "Fråga|Svar|Kommentar", en: "Question|Answer|Comment" },
} as const satisfies Record<string, BilingualText>;

export type ExcelTextKey = keyof typeof EXCEL_TEXTS;

export function excelText(key: ExcelTextKey, values: Readonly<Record<string, string | number>> = {}): BilingualText {
  const text = EXCEL_TEXTS[key];
  return { sv: fill(text.sv, values), en: fill(text.en, values) };
}
