/**
 * Swedish and English texts of the follow-up workbook: contract-input errors and the template command.
 * Swedish is the default language.
 */
import type { BilingualText } from "../common/text";

export type { Lang as FollowupLang } from "../common/text";

/** Why a contract JSON value was rejected; `{field}`, `{value}` and `{allowed}` are filled in. */
export const CONTRACT_ERRORS = {
  notObject: { sv: "Avtalsfilen måste vara ett JSON-objekt.", en: "The contract file must be a JSON object." },
  badJson: { sv: "Avtalsfilen är inte giltig JSON: {value}", en: "The contract file is not valid JSON: {value}" },
  notText: { sv: "{field}: måste vara text, fick {value}.", en: "{field}: must be text, got {value}." },
  notDate: {
    sv: "{field}: måste vara ett datum ÅÅÅÅ-MM-DD, fick {value}.",
    en: "{field}: must be a date YYYY-MM-DD, got {value}.",
  },
  notNumber: { sv: "{field}: måste vara ett tal, fick {value}.", en: "{field}: must be a number, got {value}." },
  outOfRange: {
    sv: "{field}: {value} ligger utanför tillåtet intervall {allowed}.",
    en: "{field}: {value} is outside the allowed range {allowed}.",
  },
  notInteger: { sv: "{field}: måste vara ett heltal, fick {value}.", en: "{field}: must be a whole number, got {value}." },
  notInList: {
    sv: "{field}: {value} är inte ett tillåtet värde ({allowed}).",
    en: "{field}: {value} is not an allowed value ({allowed}).",
  },
  orgNumberFormat: {
    sv: "{field}: {value} har inte formen NNNNNN-NNNN.",
    en: "{field}: {value} is not in the form NNNNNN-NNNN.",
  },
  orgNumberChecksum: {
    sv: "{field}: {value} har fel kontrollsiffra.",
    en: "{field}: {value} has a wrong check digit.",
  },
  endBeforeStart: {
    sv: "{field}: avtalsslut {value} ligger före avtalsstart.",
    en: "{field}: contract end {value} is before the contract start.",
  },
  notArray: { sv: "{field}: måste vara en lista, fick {value}.", en: "{field}: must be a list, got {value}." },
  unknownColumn: {
    sv: "{field}: okänd kolumn {value}.",
    en: "{field}: unknown column {value}.",
  },
} as const satisfies Record<string, BilingualText>;

export type ContractErrorCode = keyof typeof CONTRACT_ERRORS;


export const TEMPLATE_COMMAND_TEXTS = {
  usage: {
    sv: "Användning: syss template --out FIL.xlsx [--contract avtal.json] [--supplier [--confirm-personal-data]] [--year ÅR]",
    en: "Usage: syss template --out FILE.xlsx [--contract contract.json] [--supplier [--confirm-personal-data]] [--year YEAR]",
  },
  supplierRefused: {
    sv: "Leverantörsversionen skrevs inte: personnummer eller samordningsnummer i {value}. Ta bort dem och försök igen.",
    en: "The supplier version was not written: personal identity or coordination numbers in {value}. Remove them and try again.",
  },
  supplierConfirm: {
    sv: "Leverantörsversionen skrevs inte: möjliga personuppgifter ({field}) i {value}. Kontrollera cellerna; skriv med --confirm-personal-data om de får skickas.",
    en: "The supplier version was not written: possible personal data ({field}) in {value}. Check the cells; write with --confirm-personal-data if they may be sent.",
  },
  supplierConfirmed: {
    sv: "Bekräftat av användaren: möjliga personuppgifter ({field}) i {value}.",
    en: "Confirmed by the user: possible personal data ({field}) in {value}.",
  },
  written: { sv: "Skrev {value}", en: "Wrote {value}" },
  cannotRead: { sv: "Kan inte läsa {value}: {field}", en: "Cannot read {value}: {field}" },
  cannotWrite: { sv: "Kan inte skriva {value}: {field}", en: "Cannot write {value}: {field}" },
  missingOut: { sv: "--out FIL.xlsx saknas.", en: "--out FILE.xlsx is missing." },
  missingValue: { sv: "{value} saknar värde.", en: "{value} needs a value." },
  unknownFlag: { sv: "okänd flagga {value}.", en: "unknown flag {value}." },
  badLang: { sv: "--lang ska vara sv eller en, fick {value}.", en: "--lang must be sv or en, got {value}." },
  badYear: { sv: "--year: {value} är inte ett av {allowed}.", en: "--year: {value} is not one of {allowed}." },
} as const satisfies Record<string, BilingualText>;

/** Errors of the workbook reader (src/xlsx/read.ts). */
export const READ_ERRORS = {
  notXlsx: { sv: "{value} är inte en Excel-arbetsbok (.xlsx).", en: "{value} is not an Excel workbook (.xlsx)." },
  encrypted: {
    sv: "{value} är lösenordsskyddad eller krypterad; spara en kopia utan lösenord.",
    en: "{value} is password-protected or encrypted; save a copy without a password.",
  },
  missingSheet: { sv: "{value} saknar bladet {field}.", en: "{value} has no sheet {field}." },
  missingTable: { sv: "{value} saknar tabellen {field}.", en: "{value} has no table {field}." },
  corrupt: {
    sv: "{value} kan inte läsas som Excel-arbetsbok: filen är skadad eller sparad på ett sätt som SYSS inte kan läsa. Öppna den i Excel och spara den som .xlsx igen.",
    en: "{value} cannot be read as an Excel workbook: the file is damaged or saved in a way SYSS cannot read. Open it in Excel and save it as .xlsx again.",
  },
  tooLarge: {
    sv: "{value} är för stor: uppackad är den över {limit} MB; SYSS läser högst {limit} MB.",
    en: "{value} is too large: unpacked it holds over {limit} MB; SYSS reads at most {limit} MB.",
  },
  tooManySheetRows: {
    sv: "{value}: bladet {field} har {count} rader; SYSS läser högst {limit}.",
    en: "{value}: sheet {field} has {count} rows; SYSS reads at most {limit}.",
  },
  tooManyTableRows: {
    sv: "{value}: tabellen {field} anger {count} rader; SYSS läser högst {limit}.",
    en: "{value}: table {field} claims {count} rows; SYSS reads at most {limit}.",
  },
  tooManyTableColumns: {
    sv: "{value}: tabellen {field} anger {count} kolumner; SYSS läser högst {limit}.",
    en: "{value}: table {field} claims {count} columns; SYSS reads at most {limit}.",
  },
} as const satisfies Record<string, BilingualText>;

export type ReadErrorCode = keyof typeof READ_ERRORS;
