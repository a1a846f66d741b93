/** Texts of the task pane's "Före upphandlingen" view (sizing, Förhandskalkyl, Avtalsvillkor), Swedish and English. */
import type { BilingualText } from "./model";

export const EXANTE_PANE_TEXTS = {
  intro: {
    sv: "Steg 3 och 4: bestäm hur stort åtagandet ska vara, räkna på det i förväg och skriv avtalsvillkoret.",
    en: "Steps 3 and 4: decide how large the commitment should be, estimate it in advance and write the clause.",
  },
  sizingTitle: { sv: "Dimensionera åtagandet", en: "Size the commitment" },
  contractValue: { sv: "Kontraktsvärde för hela avtalstiden (kr)", en: "Contract value for the whole period (SEK)" },
  labourShare: { sv: "Lönekostnadsandel (t.ex. 40 %)", en: "Labour-cost share (e.g. 40%)" },
  requirementShare: { sv: "Andel av lönekostnaden till kravet (vanlig norm 5 %, ett val – inte en regel)", en: "Share of the labour cost for the requirement (common norm 5%, a choice – not a rule)" },
  salary: { sv: "Månadslön för en placering (kr)", en: "Monthly salary of a placement (SEK)" },
  compute: { sv: "Beräkna N", en: "Compute N" },
  result: { sv: "Åtagande N = {n} heltidsmånader", en: "Commitment N = {n} full-time months" },
  people: { sv: "Personer vid placeringar på 6 / 12 / 24 månader: {p6} / {p12} / {p24}", en: "People with placements of 6 / 12 / 24 months: {p6} / {p12} / {p24}" },
  chooseN: { sv: "Välj N för Beslutsunderlag", en: "Choose N for Beslutsunderlag" },
  chosen: {
    sv: "N = {n} är valt. Det skrivs till bladet Beslutsunderlag när du sparar i Processguiden.",
    en: "N = {n} is chosen. It is written to the Beslutsunderlag sheet when you save in the Process guide.",
  },
  chosenN: { sv: "Valt åtagande N (heltidsmånader)", en: "Chosen commitment N (full-time months)" },
  estimateTitle: { sv: "Förhandskalkyl", en: "Ex-ante estimate" },
  estimateHelp: {
    sv: "Skriver bladet Förhandskalkyl med en profil (anställning, 12 månader, så många tjänster som behövs för N). Lägg till egna rader i bladet; summor, brytpunkt och känslighet räknas med SYSS-funktionerna.",
    en: "Writes the Förhandskalkyl sheet with one profile (employment, 12 months, as many positions as N needs). Add your own rows in the sheet; totals, break-even and sensitivity are computed by the SYSS functions.",
  },
  writeEstimate: { sv: "Skriv bladet Förhandskalkyl", en: "Write the Förhandskalkyl sheet" },
  clauseTitle: { sv: "Avtalsvillkor", en: "Contract clause" },
  loadClause: { sv: "Skapa villkoret från bladet Avtal", en: "Create the clause from the Avtal sheet" },
  noContract: { sv: "Arbetsboken har ingen uppföljningsmall med bladet Avtal. Skapa mallen först.", en: "The workbook has no follow-up template with the Avtal sheet. Create the template first." },
  missing: { sv: "Fyll i på bladet Avtal: {fields}", en: "Fill in on the Avtal sheet: {fields}" },
  copy: { sv: "Kopiera texten", en: "Copy the text" },
  copied: { sv: "Texten är kopierad.", en: "The text is copied." },
  copyFailed: { sv: "Kunde inte kopiera; markera texten och kopiera den själv.", en: "Could not copy; select the text and copy it yourself." },
  writeClause: { sv: "Skriv bladet Avtalsvillkor", en: "Write the Avtalsvillkor sheet" },
  written: { sv: "Skrev bladet {name}.", en: "Wrote the sheet {name}." },
} as const satisfies Record<string, BilingualText>;

export type ExantePaneKey = keyof typeof EXANTE_PANE_TEXTS;
