/**
 * Swedish and English texts of the validation findings (message + how to fix), and of `syss validate`.
 * Placeholders in braces are filled per finding: {column}, {rowId} always; others per code.
 * Texts never repeat personal data found in a cell: they name its kind and position only.
 */
import type { BilingualText } from "../common/text";
import { MATCHING_FINDING_TEXTS } from "./matching";

export type { Lang as ValidationLang } from "../common/text";
export type { BilingualText, TextValue, TextValues } from "../common/text";

interface FindingText {
  readonly message: BilingualText;
  readonly fix: BilingualText;
}

export const FINDING_TEXTS = {
  REQUIRED_MISSING: {
    message: { sv: "{rowId}: {column} saknas.", en: "{rowId}: {column} is missing." },
    fix: { sv: "Fyll i {column}{hint}.", en: "Fill in {column}{hint}." },
  },
  LIST_NOT_EXACT: {
    message: {
      sv: "{rowId}: {column} är {value}, som inte stavas exakt som i listan.",
      en: "{rowId}: {column} is {value}, which is not spelt exactly as in the list.",
    },
    fix: {
      sv: "Ändra till {proposal} (Rätta). Sammanställningens antal per lista räknar bara värden som skiljer sig i stora/små bokstäver, inte i prickar, mellanslag eller bindestreck.",
      en: "Change it to {proposal} (Correct). The summary's counts per list value include values that differ only in upper/lower case, not in accents, spaces or dashes.",
    },
  },
  LIST_UNKNOWN: {
    message: { sv: "{rowId}: {column} är {value}, som inte finns i listan.", en: "{rowId}: {column} is {value}, which is not in the list." },
    fix: { sv: "Välj ett av: {allowed}.", en: "Choose one of: {allowed}." },
  },
  NOT_A_DATE: {
    message: { sv: "{rowId}: {column} är {value}, som inte är ett datum.", en: "{rowId}: {column} is {value}, which is not a date." },
    fix: { sv: "Skriv ett riktigt datum, ÅÅÅÅ-MM-DD.", en: "Enter a real date, YYYY-MM-DD." },
  },
  DATE_AS_TEXT: {
    message: {
      sv: "{rowId}: {column} {value} är text, inte ett datum{consequence}.",
      en: "{rowId}: {column} {value} is text, not a date{consequence}.",
    },
    fix: {
      sv: "Rätta skriver in {proposal} som ett riktigt datum (eller skriv in datumet på nytt i cellen).",
      en: "Correct enters {proposal} as a real date (or type the date into the cell again).",
    },
  },
  NOT_A_NUMBER: {
    message: { sv: "{rowId}: {column} är {value}, som inte är ett tal.", en: "{rowId}: {column} is {value}, which is not a number." },
    fix: { sv: "Skriv ett tal utan text.", en: "Enter a number without text." },
  },
  NUMBER_AS_TEXT: {
    message: {
      sv: "{rowId}: {column} {value} är text, inte ett tal{consequence}.",
      en: "{rowId}: {column} {value} is text, not a number{consequence}.",
    },
    fix: { sv: "Rätta skriver in {proposal} som ett tal.", en: "Correct enters {proposal} as a number." },
  },
  PLANNED_END_BEFORE_START: {
    message: {
      sv: "{rowId}: Planerat slutdatum {end} ligger före startdatum {start}.",
      en: "{rowId}: planned end {end} is before the start {start}.",
    },
    fix: { sv: "Rätta startdatum eller planerat slutdatum.", en: "Correct the start or the planned end date." },
  },
  ACTUAL_END_BEFORE_START: {
    message: {
      sv: "{rowId}: Faktiskt slutdatum {end} ligger före startdatum {start}.",
      en: "{rowId}: actual end {end} is before the start {start}.",
    },
    fix: { sv: "Rätta startdatum eller faktiskt slutdatum.", en: "Correct the start or the actual end date." },
  },
  ACTUAL_END_IN_FUTURE: {
    message: {
      sv: "{rowId}: Faktiskt slutdatum {end} ligger efter dagens datum {today}.",
      en: "{rowId}: actual end {end} is after today, {today}.",
    },
    fix: {
      sv: "Ett kommande slut hör hemma i Planerat slutdatum; lämna Faktiskt slutdatum tomt tills placeringen har slutat.",
      en: "A future end belongs in Planerat slutdatum; leave Faktiskt slutdatum empty until the placement has ended.",
    },
  },
  START_BEFORE_CONTRACT: {
    message: {
      sv: "{rowId}: Startdatum {start} ligger före avtalsstart {contractStart}.",
      en: "{rowId}: start {start} is before the contract start {contractStart}.",
    },
    fix: {
      sv: "Kontrollera datumet. Placeringen räknas mot åtagandet med alla sina månader; stämmer inte det med avtalet, rätta startdatumet.",
      en: "Check the date. The placement counts towards the commitment with all its months; if that does not match the contract, correct the start date.",
    },
  },
  START_AFTER_CONTRACT: {
    message: {
      sv: "{rowId}: Startdatum {start} ligger efter avtalsslut {contractEnd}.",
      en: "{rowId}: start {start} is after the contract end {contractEnd}.",
    },
    fix: { sv: "Rätta startdatum eller avtalsslut på bladet Avtal.", en: "Correct the start date or the contract end on the Avtal sheet." },
  },
  SCOPE_OUT_OF_RANGE: {
    message: {
      sv: "{rowId}: Omfattning {value} ligger utanför det tillåtna: mer än 0 % och högst 100 %.",
      en: "{rowId}: scope {value} is outside what is allowed: more than 0 % and at most 100 %.",
    },
    fix: { sv: "Skriv omfattningen i procent, större än 0 % och högst 100 %{hint}.", en: "Enter the scope as a percentage above 0 % and at most 100 %{hint}." },
  },
  AGE_OUT_OF_RANGE: {
    message: { sv: "{rowId}: Ålder {value} ligger utanför 16–80 år{hint}.", en: "{rowId}: age {value} is outside 16–80 years{hint}." },
    fix: { sv: "Rätta åldern (hela år).", en: "Correct the age (whole years)." },
  },
  SALARY_NOT_POSITIVE: {
    message: { sv: "{rowId}: Bruttolön {value} är inte större än 0.", en: "{rowId}: gross pay {value} is not above 0." },
    fix: { sv: "Skriv bruttolönen per månad i kronor.", en: "Enter the gross monthly pay in SEK." },
  },
  SALARY_LOW: {
    message: {
      sv: "{rowId}: Bruttolön {value} kr är lägre än 60 % av 20 000 kr × omfattning ({limit} kr).",
      en: "{rowId}: gross pay {value} SEK is below 60 % of 20 000 SEK × scope ({limit} SEK).",
    },
    fix: {
      sv: "Kontrollera lönen: ange månadslön (inte timlön) och att omfattningen stämmer.",
      en: "Check the pay: enter the monthly pay (not hourly) and check the scope.",
    },
  },
  SUPERVISION_OUT_OF_RANGE: {
    message: {
      sv: "{rowId}: Tid för handledning {value} ligger utanför det tillåtna: från 0 % till och med 100 %.",
      en: "{rowId}: supervision time {value} is outside what is allowed: from 0 % up to and including 100 %.",
    },
    fix: { sv: "Skriv handledarens tid i procent av heltid, 0–100 %{hint}.", en: "Enter the supervisor's time as a percentage of full time, 0–100 %{hint}." },
  },
  END_REASON_MISSING: {
    message: {
      sv: "{rowId}: Faktiskt slutdatum är ifyllt men Avslutsorsak saknas.",
      en: "{rowId}: the actual end date is given but the end reason is missing.",
    },
    fix: { sv: "Välj avslutsorsak i listan.", en: "Choose an end reason from the list." },
  },
  END_DATE_MISSING: {
    message: {
      sv: "{rowId}: Avslutsorsak {value} är angiven men Faktiskt slutdatum saknas.",
      en: "{rowId}: end reason {value} is given but the actual end date is missing.",
    },
    fix: {
      sv: "Fyll i faktiskt slutdatum, eller välj Pågår om placeringen fortsätter.",
      en: "Fill in the actual end date, or choose Pågår if the placement continues.",
    },
  },
  DUPLICATE_CASE_ID: {
    message: {
      sv: "{rowId}: Ärende-ID finns redan på rad {firstRow}.",
      en: "{rowId}: the case ID is already used on row {firstRow}.",
    },
    fix: {
      sv: "Ge varje placering ett eget Ärende-ID (t.ex. nästa lediga nummer), eller ta bort dubbletten.",
      en: "Give each placement its own case ID (e.g. the next free number), or delete the duplicate.",
    },
  },
  INTRO_NOT_ELIGIBLE: {
    message: {
      sv: "{rowId}: Introduktionsjobb är osannolikt för ålder {age}: stödet kräver att personen har fyllt 20 år.",
      en: "{rowId}: an introduction job is unlikely at age {age}: the subsidy requires the person to be 20 or older.",
    },
    fix: {
      sv: "Kontrollera stödet med Arbetsförmedlingen, och att åldern är rätt ifylld.",
      en: "Check the subsidy with Arbetsförmedlingen, and that the age is filled in correctly.",
    },
  },
  NSJ_NOT_ELIGIBLE: {
    message: {
      sv: "{rowId}: Nystartsjobb är osannolikt för ålder {age} och {months} månader i arbetslöshet{arrival}.",
      en: "{rowId}: a new start job is unlikely at age {age} with {months} months unemployed{arrival}.",
    },
    fix: {
      sv: "Kontrollera stödet med Arbetsförmedlingen: under 20 år ges inget nystartsjobb, 20–24 år krävs 6 månader och från 25 år 12 månader i arbetslöshet.",
      en: "Check the subsidy with Arbetsförmedlingen: none under 20, 6 months unemployed at 20–24 and 12 months from 25.",
    },
  },
  SUBSIDY_TOO_LONG: {
    message: {
      sv: "{rowId}: {value} ges högst {maxMonths} månader, men placeringen är {months} månader.",
      en: "{rowId}: {value} is paid for at most {maxMonths} months, but the placement lasts {months} months.",
    },
    fix: {
      sv: "Räkna med stöd bara under de första {maxMonths} månaderna, eller kontrollera datumen.",
      en: "Count on the subsidy only for the first {maxMonths} months, or check the dates.",
    },
  },
  SUBSIDY_FOR_INTERNSHIP: {
    message: {
      sv: "{rowId}: Anställningsstöd {value} är angivet för praktik.",
      en: "{rowId}: employment subsidy {value} is given for an internship (praktik).",
    },
    fix: { sv: "Välj ingen: anställningsstöd ges bara vid anställning.", en: "Choose ingen: employment subsidies apply to employment only." },
  },
  INTERN_VALUE_MISSING: {
    message: {
      sv: "{rowId}: praktik utan produktionsvärde. Kalkylen räknar då bara handledning och administration, så samhällets resultat för placeringen blir negativt.",
      en: "{rowId}: internship without a production value. The calculation then counts only supervision and administration, so society's result for the placement is negative.",
    },
    fix: {
      sv: "Fyll i Produktionsvärde per månad (kr): en bedömning av vad praktikantens arbete är värt per månad vid heltid. Saknas kolumnen, uppgradera mallen.",
      en: "Fill in Produktionsvärde per månad (kr): an estimate of what the intern's work is worth per month at full time. If the column is missing, upgrade the template.",
    },
  },
  FORM_NOT_COUNTED: {
    message: {
      sv: "{rowId}: Sysselsättningsform {value} räknas inte mot åtagandet när Kravtyp är {requirement}; radens månader räknas inte.",
      en: "{rowId}: form of placement {value} does not count towards the commitment when Kravtyp is {requirement}; the row's months are not counted.",
    },
    fix: {
      sv: "Kontrollera sysselsättningsformen och avtalets Kravtyp (bladet Avtal). Vilka former som räknas står i tabellen på bladet Listor.",
      en: "Check the form of placement and the contract's Kravtyp (Avtal sheet). Which forms count is set out in the table on the Listor sheet.",
    },
  },
  COLUMN_MISSING: {
    message: {
      sv: "Tabellen {table} saknar kolumnen {column}{consequence}.",
      en: "The table {table} has no column {column}{consequence}.",
    },
    fix: {
      sv: "Ge kolumnen tillbaka rubriken {column} (den kan ha bytt namn), eller skapa mallen igen med SYSS så läggs den till utan att något ifyllt försvinner.",
      en: "Give the column back the header {column} (it may have been renamed), or generate the template again with SYSS, which adds it without losing anything filled in.",
    },
  },
  ROWS_BELOW_TABLE: {
    message: {
      sv: "{count} ifyllda rader ({range}) ligger direkt under tabellen {table}, utanför den; de kontrolleras inte och räknas inte.",
      en: "{count} filled rows ({range}) lie directly below the table {table}, outside it; they are not checked or counted.",
    },
    fix: {
      sv: "Utöka tabellen så att raderna kommer med (Rätta), eller dra i tabellens nedre högra hörn.",
      en: "Extend the table to include the rows (Correct), or drag the table's bottom right corner.",
    },
  },
  PERSONAL_IDENTITY_NUMBER: {
    message: {
      sv: "{where}: cellen innehåller ett personnummer, med början vid det {position} tecknet.",
      en: "{where}: the cell contains a personal identity number, starting at the {position} character.",
    },
    fix: {
      sv: "Ta bort personnumret. Uppföljningen ska bara använda pseudonyma Ärende-ID (GDPR).",
      en: "Remove the personal identity number. Follow-up uses pseudonymous case IDs only (GDPR).",
    },
  },
  COORDINATION_NUMBER: {
    message: {
      sv: "{where}: cellen innehåller ett samordningsnummer, med början vid det {position} tecknet.",
      en: "{where}: the cell contains a coordination number (samordningsnummer), starting at the {position} character.",
    },
    fix: {
      sv: "Ta bort samordningsnumret. Uppföljningen ska bara använda pseudonyma Ärende-ID (GDPR).",
      en: "Remove the coordination number. Follow-up uses pseudonymous case IDs only (GDPR).",
    },
  },
  EMAIL_ADDRESS: {
    message: {
      sv: "{where}: cellen innehåller en e-postadress, med början vid det {position} tecknet.",
      en: "{where}: the cell contains an e-mail address, starting at the {position} character.",
    },
    fix: {
      sv: "Ta bort kontaktuppgiften om den gäller den placerade personen; uppföljningen behöver den inte.",
      en: "Remove the contact detail if it belongs to the person placed; follow-up does not need it.",
    },
  },
  PHONE_NUMBER: {
    message: {
      sv: "{where}: cellen innehåller ett telefonnummer, med början vid det {position} tecknet.",
      en: "{where}: the cell contains a phone number, starting at the {position} character.",
    },
    fix: {
      sv: "Ta bort kontaktuppgiften om den gäller den placerade personen; uppföljningen behöver den inte.",
      en: "Remove the contact detail if it belongs to the person placed; follow-up does not need it.",
    },
  },
  RETENTION_PASSED: {
    message: {
      sv: "Gallras senast ({due}) har passerats, men arbetsboken innehåller fortfarande {count} placeringar.",
      en: "The delete-by date ({due}) has passed, but the workbook still holds {count} placements.",
    },
    fix: {
      sv: "Radera eller anonymisera placeringarnas uppgifter enligt er gallringsplan, eller skjut fram datumet om ni har stöd för att spara dem längre.",
      en: "Delete or anonymise the placements' data according to your retention plan, or move the date if you have grounds to keep them longer.",
    },
  },
  PERSON_NAME: {
    message: {
      sv: "{where}: cellen verkar innehålla en persons namn, med början vid det {position} tecknet.",
      en: "{where}: the cell seems to contain a person's name, starting at the {position} character.",
    },
    fix: {
      sv: "Skriv Ärende-ID i stället för namnet; uppföljningen ska inte kunna knytas till en person (GDPR).",
      en: "Write the case ID instead of the name; the follow-up must not identify a person (GDPR).",
    },
  },
  SPECIAL_CATEGORY_DATA: {
    message: {
      sv: "{where}: cellen verkar innehålla känsliga personuppgifter, t.ex. hälsa eller diagnos, med början vid det {position} tecknet.",
      en: "{where}: the cell seems to contain sensitive personal data, e.g. health or a diagnosis, starting at the {position} character.",
    },
    fix: {
      sv: "Ta bort uppgiften. Känsliga personuppgifter (GDPR art. 9) behövs inte för uppföljningen.",
      en: "Remove it. Special categories of personal data (GDPR Art. 9) are not needed for the follow-up.",
    },
  },
  CRIMINAL_RECORD_DATA: {
    message: {
      sv: "{where}: cellen verkar innehålla uppgifter om lagöverträdelser, med början vid det {position} tecknet.",
      en: "{where}: the cell seems to contain data on criminal convictions or offences, starting at the {position} character.",
    },
    fix: {
      sv: "Ta bort uppgiften. Uppgifter om lagöverträdelser (GDPR art. 10) får inte finnas i uppföljningen.",
      en: "Remove it. Data on criminal convictions and offences (GDPR Art. 10) must not be in the follow-up.",
    },
  },
  REPORT_OVERDUE: {
    message: {
      sv: "Rapporten för {rowId} skulle ha kommit in senast {due} och har inte kommit in.",
      en: "The report for {rowId} was due by {due} and has not come in.",
    },
    fix: {
      sv: "Begär in rapporten (rättelse) och fyll i Inkom datum när den kommer.",
      en: "Ask for the report (correction) and fill in Inkom datum when it arrives.",
    },
  },
  CONTRACT_VALUE_MISSING: {
    message: {
      sv: "Avtal: {column} saknas, så {consequence}.",
      en: "Contract: {column} is missing, so {consequence}.",
    },
    fix: { sv: "Fyll i {column} på bladet Avtal.", en: "Fill in {column} on the Avtal sheet." },
  },
  START_RULE_BROKEN: {
    message: {
      sv: "Startregeln är inte uppfylld: ingen placering startade eller erbjöds senast {deadline}.",
      en: "The start rule is not met: no placement started or was offered by {deadline}.",
    },
    fix: {
      sv: "Begär rättelse av leverantören enligt avtalet; fyll i Datum för erbjudande/Startdatum om en placering saknas i tabellen.",
      en: "Ask the supplier for correction under the contract; fill in the offer/start date if a placement is missing from the table.",
    },
  },
  START_RULE_PENDING: {
    message: {
      sv: "Startregeln: minst en placering ska starta eller erbjudas senast {deadline} ({days} dagar kvar).",
      en: "Start rule: at least one placement must start or be offered by {deadline} ({days} days left).",
    },
    fix: { sv: "Ingen åtgärd ännu; påminn leverantören i tid.", en: "No action yet; remind the supplier in good time." },
  },
  COMMITMENT_PROGRESS: {
    message: {
      sv: "Åtagandet: {served} av {commitment} heltidsmånader utförda ({share}); prognos {forecast}.",
      en: "Commitment: {served} of {commitment} full-time months served ({share}); forecast {forecast}.",
    },
    // Nothing to do: no fix text, so neither the pane nor the sheet says "Åtgärd: Ingen åtgärd."
    fix: { sv: "", en: "" },
  },
  ROWS_NOT_COUNTED: {
    message: {
      sv: "{total} startade placeringar räknas inte mot åtagandet: {requirementType} med en sysselsättningsform som Kravtyp {requirement} inte godtar, {values} med fel, text eller tomt i startdatum, slutdatum, omfattning eller sysselsättningsform.",
      en: "{total} started placements do not count towards the commitment: {requirementType} with a form of placement Kravtyp {requirement} does not accept, {values} with an error, text or blank in the start date, end dates, scope or form.",
    },
    fix: {
      sv: "Rätta raderna (se felen och varningarna på dem); Sammanställningen visar samma antal.",
      en: "Correct the rows (see their errors and warnings); the Sammanställning sheet shows the same numbers.",
    },
  },
  COMMITMENT_AT_RISK: {
    message: {
      sv: "Prognosen {forecast} heltidsmånader (från planerade slutdatum) räcker inte till åtagandet {commitment}.",
      en: "The forecast of {forecast} full-time months (from planned end dates) falls short of the commitment {commitment}.",
    },
    fix: {
      sv: "Diskutera fler eller längre placeringar med leverantören och matchningsansvarig.",
      en: "Discuss more or longer placements with the supplier and the matching organisation.",
    },
  },
  COMMITMENT_NOT_MET: {
    message: {
      sv: "Åtagandet är inte uppfyllt: {served} av {commitment} heltidsmånader ({reason}).",
      en: "The commitment is not met: {served} of {commitment} full-time months ({reason}).",
    },
    fix: {
      sv: "Hantera enligt avtalets sanktioner (rättelse, vite).",
      en: "Handle under the contract's sanctions (correction, penalty).",
    },
  },
  RULE_75_MET: {
    message: {
      sv: "75 %-regeln: {earlyEnds}; {served} heltidsmånader når gränsen {threshold}.",
      en: "75 % rule: {earlyEnds}; {served} full-time months reach the threshold {threshold}.",
    },
    fix: { sv: "Ingen åtgärd; åtagandet räknas som uppfyllt.", en: "No action; the commitment counts as met." },
  },
  RULE_75_NOT_MET: {
    message: {
      sv: "75 %-regeln: {earlyEnds}, men {served} heltidsmånader når inte gränsen {threshold}.",
      en: "75 % rule: {earlyEnds}, but {served} full-time months do not reach the threshold {threshold}.",
    },
    fix: {
      sv: "Ersätt avslutade placeringar så att minst {threshold} heltidsmånader utförs.",
      en: "Replace the ended placements so that at least {threshold} full-time months are served.",
    },
  },
  // The matching workspace (issue 16): texts in i18n/matching.ts.
  ...MATCHING_FINDING_TEXTS,
} as const satisfies Record<string, FindingText>;

/** Texts of `syss validate`. */
export const VALIDATE_COMMAND_TEXTS = {
  usage: {
    sv: "Användning: syss validate FIL.xlsx [--today ÅÅÅÅ-MM-DD] [--lang sv|en]",
    en: "Usage: syss validate FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]",
  },
  badToday: { sv: "--today: {value} är inte ett datum ÅÅÅÅ-MM-DD.", en: "--today: {value} is not a date YYYY-MM-DD." },
  badLang: { sv: "--lang: {value} är varken sv eller en.", en: "--lang: {value} is neither sv nor en." },
  unknownOption: { sv: "Okänt argument: {value}", en: "Unknown argument: {value}" },
  cannotRead: { sv: "Kan inte läsa {value}: {reason}", en: "Cannot read {value}: {reason}" },
  unexpected: {
    sv: "ett oväntat fel i SYSS. Kontrollera att filen är en uppföljningsarbetsbok från SYSS och försök igen.",
    en: "an unexpected error in SYSS. Check that the file is a follow-up workbook from SYSS and try again.",
  },
} as const satisfies Record<string, BilingualText>;

/**
 * English for the status words, which the sheet and the JSON keep in Swedish (the Sammanställning
 * vocabulary): `syss validate --lang en` reports these instead.
 */
export const STATUS_VALUES_EN: Readonly<Record<string, string>> = {
  Uppfyllt: "Met",
  "Uppfyllt enligt 75 %-regeln": "Met under the 75 % rule",
  "På väg": "On track",
  Risk: "At risk",
  "Ej uppfyllt": "Not met",
  "Kan inte bedömas": "Cannot be assessed",
  Uppfylld: "Met",
  "Ej uppfylld": "Not met",
  "Ej avgjord": "Not yet decided",
  "Ej tillämplig": "Not applicable",
};

/** Human words for the contract status fields in messages. */
export const STATUS_WORDS = {
  contractEnded: { sv: "avtalet har löpt ut", en: "the contract has ended" },
  startRuleBroken: { sv: "startregeln är inte uppfylld", en: "the start rule is not met" },
  noStartConsequence: { sv: "startregeln och datumkontrollerna mot avtalet kan inte prövas", en: "the start rule and the date checks against the contract cannot be made" },
  noEndConsequence: { sv: "starter efter avtalsslut kan inte upptäckas", en: "starts after the contract end cannot be detected" },
  noCommitmentConsequence: { sv: "åtagandet och status kan inte bedömas", en: "the commitment and the status cannot be assessed" },
  noRequirementConsequence: {
    sv: "alla sysselsättningsformer räknas mot åtagandet (som för valfri)",
    en: "every form of placement counts towards the commitment (as for valfri)",
  },
} as const satisfies Record<string, BilingualText>;

/** The Validering sheet: its headers stay Swedish (like every sheet); the summary line follows the language. */
export const VALIDATION_SHEET_TEXTS = {
  title: { sv: "Validering", en: "Validation" },
  summary: {
    sv: "Validerad {today}: {errors} fel, {warnings} varningar, {infos} upplysningar. Status: {status}.",
    en: "Validated {today}: {errors} errors, {warnings} warnings, {infos} notes. Status: {status}.",
  },
  summaryWithoutStatus: {
    sv: "Validerad {today}: {errors} fel, {warnings} varningar, {infos} upplysningar.",
    en: "Validated {today}: {errors} errors, {warnings} warnings, {infos} notes.",
  },
  noStatus: { sv: "ej bedömd (åtagande saknas)", en: "not assessed (no commitment)" },
  noFindings: { sv: "Inga fynd.", en: "No findings." },
  severity: {
    error: { sv: "Fel", en: "Error" },
    warning: { sv: "Varning", en: "Warning" },
    info: { sv: "Info", en: "Info" },
  },
} as const;

/** Pieces the rules put into finding texts; `{…}` filled like the finding texts. */
export const FRAGMENTS = {
  hiddenPersonalData: { sv: "(personuppgift, visas inte)", en: "(personal data, not shown)" },
  rowLabel: { sv: "Rad {row}", en: "Row {row}" },
  orOffered: { sv: " eller {column}", en: " or {column}" },
  requiredFor: { sv: " (krävs för {form})", en: " (required for {form})" },
  didYouMean: { sv: " (menade du {value}?)", en: " (did you mean {value}?)" },
  unknownMonths: { sv: "okänt antal", en: "an unknown number of" },
  notCountedUntilFixed: {
    sv: "; Sammanställningen och statusen räknar inte radens månader förrän värdet är rättat",
    en: "; the summary and the status do not count the row's months until the value is fixed",
  },
  textDiffersByLocale: {
    sv: "; Excel tolkar sådan text olika beroende på språkinställning",
    en: "; Excel reads such text differently depending on the language settings",
  },
  columnMissingStatus: {
    sv: ", så månaderna och avtalets status kan inte bedömas",
    en: ", so the months and the contract status cannot be assessed",
  },
  birthYear: {
    sv: " – det ser ut som ett födelseår; skriv åldern i hela år (inga personuppgifter behövs)",
    en: " – it looks like a year of birth; enter the age in whole years (no personal data is needed)",
  },
  notNewArrival: { sv: " (inte nyanländ)", en: " (not a new arrival)" },
  newArrivalUnder20: { sv: " (nyanländ, men under 20 år)", en: " (a new arrival, but under 20)" },
  earlyEndOne: { sv: "{count} förtida avslut", en: "{count} early end" },
  earlyEndMany: { sv: "{count} förtida avslut", en: "{count} early ends" },
} as const satisfies Record<string, BilingualText>;

/** Names of the kinds of personal data, for lists such as the supplier-version check. */
export const PERSONAL_DATA_KIND_TEXTS: Readonly<Record<string, BilingualText>> = {
  personnummer: { sv: "personnummer", en: "personal identity number" },
  samordningsnummer: { sv: "samordningsnummer", en: "coordination number" },
  email: { sv: "e-post", en: "e-mail" },
  phone: { sv: "telefonnummer", en: "phone number" },
  name: { sv: "namn", en: "name" },
  "special-category": { sv: "känsliga personuppgifter", en: "special-category data" },
  "criminal-record": { sv: "lagöverträdelser", en: "criminal-record data" },
};
