/**
 * Texts of the merge and the portfolio (spec/portfolio.md): refusals, the CLI's usage errors and the
 * portfolio sheet's headings. Swedish first, English beside it; `{name}` placeholders are filled by `fill`.
 */
import { fill, type BilingualText, type Lang as PortfolioLang } from "../common/text";

/** The shared sv/en types under the names this module's callers know. */
export type PortfolioText = BilingualText;
export type { PortfolioLang };

/** Why a merge is refused; nothing is written in any of these cases. */
export const MERGE_REFUSALS = {
  notSyss: {
    sv: "{file} är inte en uppföljningsfil från SYSS (mallversionen saknas). Importera bara filer som skapats med SYSS.",
    en: "{file} is not a SYSS follow-up file (it carries no template version). Import only files made with SYSS.",
  },
  olderVersion: {
    sv: "{file} har mallversion {version}, äldre än {current}. Uppgradera den först (fliken Uppföljningsmall › Uppdatera uppföljningsmallen) och importera sedan.",
    en: "{file} has template version {version}, older than {current}. Upgrade it first (Follow-up workbook tab › Update the follow-up workbook), then import.",
  },
  newerVersion: {
    sv: "{file} har mallversion {version}, nyare än den här SYSS-versionen ({current}). Uppdatera SYSS först.",
    en: "{file} has template version {version}, newer than this SYSS ({current}). Update SYSS first.",
  },
  otherContract: {
    sv: "{file} hör till ett annat avtal (Avtals-ID {supplierId}) än arbetsboken {target} (Avtals-ID {targetId}). Inget har importerats.",
    en: "{file} belongs to another contract (contract ID {supplierId}) than the workbook {target} (contract ID {targetId}). Nothing was imported.",
  },
  personalData: {
    sv: "{file} innehåller personuppgifter och importeras inte: {cells}. Ta bort dem i leverantörens fil och importera igen.",
    en: "{file} holds personal data and is not imported: {cells}. Remove it from the supplier's file and import again.",
  },
  rowsBelowTable: {
    sv: "Tabellen {table} i {target} har ifyllda rader direkt under sig; flytta in dem i tabellen innan nya rader importeras.",
    en: "The table {table} in {target} has filled rows directly below it; move them into the table before new rows are imported.",
  },
} as const satisfies Record<string, PortfolioText>;

export type MergeRefusalCode = keyof typeof MERGE_REFUSALS;

// One placeholder filler for every text table (src/domain/common/text.ts).
export { fill };

/** `syss merge` and `syss portfolio` usage and file errors. */
export const PORTFOLIO_CLI_TEXTS = {
  mergeUsage: {
    sv: "Användning: syss merge LEVERANTÖR.xlsx --into FULL.xlsx [--out SAMMANFOGAD.xlsx] [--dry-run] [--confirm-personal-data] [--today ÅÅÅÅ-MM-DD] [--lang sv|en]",
    en: "Usage: syss merge SUPPLIER.xlsx --into FULL.xlsx [--out MERGED.xlsx] [--dry-run] [--confirm-personal-data] [--today YYYY-MM-DD] [--lang sv|en]",
  },
  portfolioUsage: {
    sv: "Användning: syss portfolio MAPP|FILER… [--out PORTFÖLJ.xlsx] [--report] [--json] [--no-suppress] [--today ÅÅÅÅ-MM-DD] [--year ÅÅÅÅ] [--lang sv|en]",
    en: "Usage: syss portfolio FOLDER|FILES… [--out PORTFOLIO.xlsx] [--report] [--json] [--no-suppress] [--today YYYY-MM-DD] [--year YYYY] [--lang sv|en]",
  },
  missingValue: { sv: "Flaggan {value} saknar värde.", en: "The flag {value} needs a value." },
  unknownArgument: { sv: "Okänt argument {value}.", en: "Unknown argument {value}." },
  badToday: { sv: "--today ska vara ett datum ÅÅÅÅ-MM-DD, inte {value}.", en: "--today must be a date YYYY-MM-DD, not {value}." },
  badYear: { sv: "--year ska vara ett årtal, inte {value}.", en: "--year must be a year, not {value}." },
  badLang: { sv: "Okänt språk {value}. Tillåtet: sv eller en.", en: "Unknown language {value}. Allowed: sv or en." },
  cannotRead: { sv: "Kan inte läsa filen {value}.", en: "Cannot read the file {value}." },
  cannotWrite: { sv: "Kan inte skriva filen {value}; inget har ändrats.", en: "Cannot write the file {value}; nothing was changed." },
  unexpected: {
    sv: "{value} kunde inte behandlas på grund av ett oväntat fel; inget har ändrats.",
    en: "{value} could not be processed because of an unexpected error; nothing was changed.",
  },
  noFiles: { sv: "Inga Excel-filer (.xlsx) hittades i {value}.", en: "No .xlsx files found in {value}." },
  nothingRead: {
    sv: "Ingen av filerna ({value}) kunde läsas; ingen portfölj skrevs.",
    en: "None of the files ({value}) could be read; no portfolio was written.",
  },
  sameFile: { sv: "Leverantörens fil och arbetsboken är samma fil ({value}).", en: "The supplier's file and the workbook are the same file ({value})." },
  reportNeedsOut: { sv: "--report kräver --out FIL.xlsx.", en: "--report needs --out FILE.xlsx." },
} as const satisfies Record<string, PortfolioText>;

/** The Portfölj tab's texts (the tab title and the error heading live in ui.ts). */
export const PANE_TEXTS = {
  importHeading: { sv: "Importera leverantörens fil", en: "Import the supplier's file" },
  importIntro: {
    sv: "Välj filen leverantören skickade tillbaka. SYSS visar först hela ändringen; inget skrivs förrän du väljer Importera. Ifyllda celler skrivs aldrig över.",
    en: "Choose the file the supplier sent back. SYSS first shows the whole change; nothing is written until you choose Import. Filled cells are never overwritten.",
  },
  chooseFile: { sv: "Välj leverantörens fil (.xlsx)", en: "Choose the supplier's file (.xlsx)" },
  reading: { sv: "Läser filen …", en: "Reading the file …" },
  counts: {
    sv: "{added} nya rader, {updated} uppdaterade rader, {kept} oförändrade, {conflicts} konflikter.",
    en: "{added} new rows, {updated} updated rows, {kept} unchanged, {conflicts} conflicts.",
  },
  conflictsHeading: { sv: "Konflikter (skrivs inte över)", en: "Conflicts (not overwritten)" },
  conflictLine: { sv: "{key}, {column}: arbetsboken {full}, leverantören {supplier}", en: "{key}, {column}: workbook {full}, supplier {supplier}" },
  addedHeading: { sv: "Nya rader", en: "New rows" },
  issuesHeading: { sv: "Rader som inte kan matchas", en: "Rows that cannot be matched" },
  issueLine: { sv: "{table} rad {rows}: {kind}", en: "{table} row {rows}: {kind}" },
  missingKey: { sv: "Ärende-ID eller period saknas", en: "no Ärende-ID or period" },
  duplicateInSupplier: { sv: "samma nyckel flera gånger i leverantörens fil", en: "the same key more than once in the supplier's file" },
  duplicateInFull: { sv: "samma nyckel flera gånger i arbetsboken", en: "the same key more than once in the workbook" },
  apply: { sv: "Importera", en: "Import" },
  nothingToImport: { sv: "Inget nytt att importera.", en: "Nothing new to import." },
  imported: {
    sv: "Importerat: {added} nya rader, {updated} celler ifyllda. {conflicts} konflikter lämnades orörda.",
    en: "Imported: {added} new rows, {updated} cells filled. {conflicts} conflicts were left untouched.",
  },
  skipped: { sv: " {skipped} celler hade fyllts i sedan förhandsvisningen och lämnades.", en: " {skipped} cells had been filled since the preview and were left." },
  portfolioHeading: { sv: "Portfölj över många avtal", en: "Portfolio over many contracts" },
  portfolioIntro: {
    sv: "Välj avtalens filer. Varje fil får samma status och siffror som Validera ger; filer som inte kan läsas listas och de andra räknas ändå.",
    en: "Choose the contracts' files. Each file gets the status and figures Validate gives it; files that cannot be read are listed and the others still count.",
  },
  chooseFiles: { sv: "Välj avtalsfiler (.xlsx)", en: "Choose contract files (.xlsx)" },
  progress: { sv: "Fil {index} av {total}: {file}", en: "File {index} of {total}: {file}" },
  done: { sv: "läst", en: "read" },
  failed: { sv: "kunde inte läsas", en: "could not be read" },
  summary: { sv: "{contracts} avtal, {unreadable} filer kunde inte läsas.", en: "{contracts} contracts, {unreadable} files could not be read." },
  contractLine: { sv: "{id} {name}: {status}, {served} av {commitment} heltidsmånader, {errors} fel, {warnings} varningar", en: "{id} {name}: {status}, {served} of {commitment} full-time months, {errors} errors, {warnings} warnings" },
  noStatus: { sv: "inget åtagande", en: "no commitment" },
  download: { sv: "Ladda ner portföljen med årsrapport (.xlsx)", en: "Download the portfolio with the annual report (.xlsx)" },
  writeSheets: { sv: "Lägg till årsrapporten i arbetsboken", en: "Add the annual report to this workbook" },
  writingSheets: { sv: "Skriver bladen …", en: "Writing the sheets …" },
  sheetsWritten: {
    sv: "Bladen {report}, {portfolio} och {unreadable} lades till i arbetsboken. Inga befintliga blad ändrades.",
    en: "The sheets {report}, {portfolio} and {unreadable} were added to the workbook. No existing sheet was changed.",
  },
} as const satisfies Record<string, PortfolioText>;

export type PaneTextKey = keyof typeof PANE_TEXTS;

export function paneText(lang: PortfolioLang, key: PaneTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(PANE_TEXTS[key][lang], Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)])));
}
