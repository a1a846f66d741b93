/**
 * Swedish and English texts of the matching workspace's findings (docs/validation.md, "Matchning") and of
 * `syss funnel`. Placeholders in braces are filled per finding. A text never repeats what a user typed as a
 * Kandidat-ID: that cell may hold a name.
 */
import type { BilingualText } from "./validation";

interface FindingText {
  readonly message: BilingualText;
  readonly fix: BilingualText;
}

const ORDER_FIX: BilingualText = {
  sv: "Rätta datumen så att Anvisad ≤ Intervju ≤ Erbjudande ≤ placeringens startdatum.",
  en: "Correct the dates so that Referred ≤ Interview ≤ Offer ≤ the placement's start date.",
};

export const MATCHING_FINDING_TEXTS = {
  MATCH_CANDIDATE_ID_INVALID: {
    message: {
      sv: "Matchning rad {row}: Kandidat-ID är inte ett pseudonymt ID som K-001 (innehållet visas inte, det kan vara ett namn).",
      en: "Matchning row {row}: the candidate ID is not a pseudonymous ID like K-001 (its content is not shown; it may be a name).",
    },
    fix: {
      sv: "Skriv kandidatens ID (K-001, K-002 …) och håll nyckeln till personen i ert eget ärendesystem. Namn, personnummer och kontaktuppgifter hör aldrig hemma i arbetsboken.",
      en: "Type the candidate's ID (K-001, K-002 …) and keep the key to the person in your own case system. Names, identity numbers and contact details never belong in the workbook.",
    },
  },
  MATCH_POSITION_MISSING: {
    message: { sv: "Matchning rad {row}: Plats-ID saknas.", en: "Matchning row {row}: the position ID is missing." },
    fix: { sv: "Välj platsen ur listan i kolumnen Plats-ID.", en: "Choose the position from the list in the Plats-ID column." },
  },
  MATCH_POSITION_UNKNOWN: {
    message: {
      sv: "Matchning rad {row}: Plats-ID {value} finns inte i tabellen Platser.",
      en: "Matchning row {row}: position ID {value} is not in the Platser table.",
    },
    fix: {
      sv: "Välj ett Plats-ID ur listan, eller lägg först till platsen på bladet Platser.",
      en: "Choose a position ID from the list, or first add the position on the Platser sheet.",
    },
  },
  MATCH_NOT_A_DATE: {
    message: { sv: "Matchning rad {row}: {column} är inte ett datum.", en: "Matchning row {row}: {column} is not a date." },
    fix: { sv: "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.", en: "Type the date as YYYY-MM-DD, e.g. 2026-03-01." },
  },
  MATCH_DATES_OUT_OF_ORDER: {
    message: {
      sv: "Matchning rad {row}: {later} ({laterDate}) är före {earlier} ({earlierDate}).",
      en: "Matchning row {row}: {later} ({laterDate}) is before {earlier} ({earlierDate}).",
    },
    fix: ORDER_FIX,
  },
  MATCH_STARTED_WITHOUT_CASE_ID: {
    message: {
      sv: "Matchning rad {row}: Beslut är Startad men Ärende-ID saknas.",
      en: "Matchning row {row}: the decision is Startad (started) but the case ID is missing.",
    },
    fix: {
      sv: "Skriv placeringens Ärende-ID från Placeringar, eller använd Starta placering i fliken Matchning.",
      en: "Type the placement's case ID from Placeringar, or use Start placement in the Matchning tab.",
    },
  },
  MATCH_CASE_ID_UNKNOWN: {
    message: {
      sv: "Matchning rad {row}: Ärende-ID {value} finns inte i Placeringar.",
      en: "Matchning row {row}: case ID {value} is not in Placeringar.",
    },
    fix: {
      sv: "Rätta Ärende-ID:t eller lägg till placeringen i Placeringar.",
      en: "Correct the case ID or add the placement to Placeringar.",
    },
  },
  MATCH_CASE_ID_REUSED: {
    message: {
      sv: "Matchning rad {row}: Ärende-ID {value} används redan på rad {firstRow}.",
      en: "Matchning row {row}: case ID {value} is already used on row {firstRow}.",
    },
    fix: {
      sv: "En placering hör till en enda kandidat: rätta det ena Ärende-ID:t.",
      en: "A placement belongs to one candidate only: correct one of the case IDs.",
    },
  },
  MATCH_CASE_ID_NOT_STARTED: {
    message: {
      sv: "Matchning rad {row}: Ärende-ID {value} är ifyllt men Beslut är inte Startad.",
      en: "Matchning row {row}: case ID {value} is filled in but the decision is not Startad (started).",
    },
    fix: {
      sv: "Sätt Beslut till Startad om kandidaten har börjat, annars ta bort Ärende-ID:t.",
      en: "Set the decision to Startad if the candidate has started; otherwise remove the case ID.",
    },
  },
  MATCH_POSITION_DUPLICATE: {
    message: {
      sv: "Platser rad {row}: Plats-ID {value} finns redan på rad {firstRow}.",
      en: "Platser row {row}: position ID {value} is already on row {firstRow}.",
    },
    fix: { sv: "Ge varje plats ett eget ID (L-01, L-02 …).", en: "Give each position its own ID (L-01, L-02 …)." },
  },
  MATCH_FILLED_WITHOUT_START: {
    message: {
      sv: "Platser rad {row}: plats {value} är Tillsatt men ingen kandidat har Beslut Startad.",
      en: "Platser row {row}: position {value} is Tillsatt (filled) but no candidate has the decision Startad.",
    },
    fix: {
      sv: "Registrera den startade kandidaten i Matchning, eller ändra platsens status.",
      en: "Record the started candidate in Matchning, or change the position's status.",
    },
  },
  MATCH_OPEN_NO_CANDIDATES: {
    message: {
      sv: "Platser rad {row}: plats {value} har varit öppen i {days} dagar utan någon kandidat.",
      en: "Platser row {row}: position {value} has been open for {days} days without any candidate.",
    },
    fix: {
      sv: "Kontakta matchningsansvarig om kandidater, och för in leverantörens rekryteringsinsatser på bladet Insatser.",
      en: "Ask the matching officer for candidates, and record the supplier's recruitment efforts on the Insatser sheet.",
    },
  },
  MATCH_ROWS_OUTSIDE_TABLE: {
    message: {
      sv: "{count} ifyllda rader på bladet {sheet} ligger under tabellen {table}, utanför den: syss funnel räknar dem, men bladets formler gör det inte.",
      en: "{count} filled rows on the {sheet} sheet lie below the table {table}, outside it: syss funnel counts them, but the sheet's formulas do not.",
    },
    fix: {
      sv: "Dra tabellens nedre högra hörn så att raderna kommer med i tabellen.",
      en: "Drag the table's lower right corner so that the rows are inside the table.",
    },
  },
} as const satisfies Record<string, FindingText>;

/** Texts of `syss funnel`. */
export const FUNNEL_COMMAND_TEXTS = {
  usage: {
    sv: "Användning: syss funnel FIL.xlsx [--today ÅÅÅÅ-MM-DD] [--lang sv|en]",
    en: "Usage: syss funnel FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]",
  },
  missingMatching: {
    sv: "{value} saknar bladet Matchning med tabellen Matchning. Skapa eller uppgradera mallen med SYSS 1.3.0 eller senare (beställarens fullständiga version).",
    en: "{value} has no Matchning sheet with the Matchning table. Create or upgrade the template with SYSS 1.3.0 or later (the procurer's full version).",
  },
} as const satisfies Record<string, BilingualText>;
