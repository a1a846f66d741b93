/**
 * The name and special-category part of the personal-data corpus: hand-written case notes of the kind a
 * supplier or matchningsansvarig types in a Kommentar cell (positives, each with the one finding it must
 * produce) and everyday procurement and follow-up text that must stay clean (negatives), plus every help
 * text and label of the template itself. Generated lines combine names and phrases with a seeded dice.
 */
import { CONTRACT_FIELDS } from "../../../../src/domain/followup/contract";
import { LISTS } from "../../../../src/domain/followup/lists";
import { PLACEMENTS_TABLE, REPORTS_TABLE, TEMPLATE } from "../../../../src/domain/followup/template";
import { seededRandom } from "../../../support/seeded-random";
import type { NegativeCase, PositiveCase } from "./corpus";

type Expected = PositiveCase["expected"];

const name = (match: string): Expected => ({ type: "name", match });
const special = (match: string): Expected => ({ type: "special-category", match });
const criminal = (match: string): Expected => ({ type: "criminal-record", match });

/** Hand-written positives: [text, expected finding]. */
const HAND_POSITIVES: readonly [string, Expected][] = [
  ["Anna är sjukskriven sedan mars", name("Anna")],
  ["Anna är sjukskriven sedan mars", special("sjukskriven")],
  ["Anna – sjukskriven för depression, diagnos ADHD", special("ADHD")],
  ["Anna – sjukskriven för depression, diagnos ADHD", name("Anna")],
  ["Kontaktperson: Lars Johansson", name("Lars Johansson")],
  ["Handledare Eva Lindqvist-Berg på plats", name("Eva Lindqvist-Berg")],
  ["Ring Mohammed om schemat", name("Mohammed")],
  ["Mohammed har slutat på egen begäran", name("Mohammed")],
  ["Träffade Sara Ali på Arbetsförmedlingen", name("Sara Ali")],
  ["Deltagaren heter Johan", name("Johan")],
  ["Samtal med Karin Andersson 12/3", name("Karin Andersson")],
  ["Per har fått förlängt till juni", name("Per")],
  ["Bo Nilsson börjar måndag", name("Bo Nilsson")],
  ["Enligt Maria behövs mer handledning", name("Maria")],
  ["Fråga Ahmed Hassan om intyget", name("Ahmed Hassan")],
  ["Anna-Karin mår bättre nu", name("Anna-Karin")],
  ["Svensson ringde angående lönen", name("Svensson")],
  ["Mats Bergström, lagerarbetare", name("Mats Bergström")],
  ["Fatima Mohammed praktik v. 12", name("Fatima Mohammed")],
  ["Erik Holmgren ersätter Peter", name("Erik Holmgren")],
  ["Kontakta Linnea Sjögren", name("Linnea Sjögren")],
  ["Employee named Lisa Nyström", name("Lisa Nyström")],
  ["Har autism och behöver tydligt schema", special("autism")],
  ["Diagnostiserad med dyslexi", special("Diagnostiserad")],
  ["Hon har en funktionsnedsättning och lönebidrag", special("funktionsnedsättning")],
  ["Utmattningssyndrom 2023, nu tillbaka på 50 %", special("Utmattningssyndrom")],
  ["Deltagaren har epilepsi", special("epilepsi")],
  ["Gravid, planerar föräldraledighet", special("Gravid")],
  ["Tidigare missbruk, behandlingshem 2022", special("missbruk")],
  ["Hans psykiska ohälsa gör att han behöver kortare dagar", special("psykiska")],
  ["Använder rullstol, anpassad arbetsplats", special("rullstol")],
  ["Sjukskrivning 2 veckor i april", special("Sjukskrivning")],
  ["Hon är muslim och ber vid lunch", special("muslim")],
  ["Hennes religion gör att hon inte arbetar fredagar", special("religion")],
  ["Öppet homosexuell, vill ha stöd av chefen", special("homosexuell")],
  ["Är fackmedlem sedan start", special("fackmedlem")],
  ["Romsk bakgrund enligt socialtjänsten", special("Romsk")],
  ["Dömd för stöld 2019", criminal("Dömd för")],
  ["Avtjänat fängelsestraff, villkorligt frigiven i maj", criminal("Avtjänat")],
  ["Har fotboja till och med juli", criminal("fotboja")],
  ["Skyddstillsyn, kontakt med frivården", criminal("Skyddstillsyn")],
  ["Han dömdes för rån förra året", criminal("dömdes för")],
  ["Deltagaren är häktad sedan i fredags", criminal("häktad")],
  ["Hon har ett brott i belastningsregistret", criminal("brott")],
  ["Villkorlig dom 2021 för misshandel", criminal("Villkorlig dom")],
  ["Åtalad för narkotikabrott, rättegång i maj", criminal("Åtalad")],
  ["Frigavs i januari och började direkt", criminal("Frigavs")],
  ["Straffad tidigare, nu skötsam", criminal("Straffad")],
  ["Har suttit i fängelse i tre år", criminal("fängelse")],
  ["Anhållen i helgen, kommer inte", criminal("Anhållen")],
  ["Ungdomstjänst 2020 enligt soc", criminal("Ungdomstjänst")],
  ["Brottsdömd, vill byta bana", criminal("Brottsdömd")],
  ["Personen har dömts för stöld", criminal("dömts")],
  ["Diabetes typ 1, behöver raster", special("Diabetes")],
  ["Synskadad, behöver skärmläsare", special("Synskadad")],
  ["Depression, medicinerar", special("Depression")],
  ["Aspergers syndrom enligt läkarintyget", special("Aspergers")],
  ["Bipolär sjukdom, stabil", special("Bipolär")],
  ["Nils är hörselskadad", name("Nils")],
];

/** Hand-written negatives: everyday procurement and follow-up text. */
const HAND_NEGATIVES: readonly string[] = [
  "per månad", "Per månad", "Bo", "Lokalvård Eva-gatan", "Kostnad per person och år", "Per capita",
  "Lokalvård Sankt Eriksgatan 12", "Drottning Kristinas väg 4", "Per Albin Hanssons väg 3", "Karl Johans gata",
  "Leverantören ska betala sjuklön enligt kollektivavtal.",
  "Leverantören får inte diskriminera på grund av kön, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.",
  "Utdrag ur belastningsregistret ska begäras för arbete med barn.",
  "Personer med funktionsnedsättning", "Personer med psykisk ohälsa", "Målgrupp: personer med funktionsnedsättning som medför nedsatt arbetsförmåga",
  "Lönebidrag enligt Arbetsförmedlingens beslut", "Anställningsstöd: lönebidrag", "Nystartsjobb 12 månader",
  "Arbetsmiljö och hälsa enligt AFS", "Friskvårdsbidrag ingår", "Sjukfrånvaron i företaget redovisas per kvartal",
  "Leverantören ska ha rutiner för rehabilitering enligt arbetsmiljölagen.",
  "Leverantör som dömts för brott enligt 13 kap. LOU ska uteslutas.",
  "Kriminalvården är samverkanspart i projektet", "Samverkan med Lund, Berg och Holm kommun",
  "Lund är en stad i Skåne", "Berg kommun", "Holmgrens Bil AB", "Städ i Malmö", "Tvätt och mangel",
  "Placeringen avslutades enligt plan", "Avtalad tid fullgjord", "Egen uppsägning", "Övergång till annan anställning",
  "Långtidsarbetslös", "Ung vuxen 18–24 år", "Nyanländ", "Försörjningsstöd", "Omfattas av etableringsprogrammet",
  "Uppbär ekonomiskt bistånd", "Kvinna", "Man", "Annat", "Ej angivet", "Tillsvidare", "Tidsbegränsad",
  "Rapporten skickades i tid", "Rapport för kvartal 2", "Månadsrapport mars", "Faktura skickad", "Vite: 5 000 kr per månad",
  "Bonus utgår per extra plats", "Handledning 10 % av arbetstiden", "Handledare utsedd", "Handledaren har gått utbildning",
  "Praktik på lagret, sedan anställning", "Lärlingsanställning inom bygg", "Introduktionsjobb", "Start v. 14",
  "Väntar på beslut från Arbetsförmedlingen", "Matchningsansvarig: kommunens arbetsmarknadsenhet",
  "Klar för uppstartsmöte", "Tre personer i målgruppen identifierade", "Ska ringa tillbaka nästa vecka",
  "Mer tid behövs för matchning", "Samhällsekonomisk kalkyl enligt modellen", "Kontrollera mot avtalet",
  "Maj 2026", "Anna Lindhs plats", "Eva Lisa Holtz", "Per dag", "Per timme", "PER MÅNAD",
  "Alla deltagare har fått information om behandlingen av personuppgifter.",
  "Information om personuppgifter har lämnats enligt art. 13.", "Gallras senast 2030-12-31",
  "Hälsa och säkerhet på arbetsplatsen", "Religionsfrihet gäller", "Politiska beslut krävs innan start",
  "Facklig samverkan enligt MBL", "Kollektivavtal med Kommunal", "Frisk och kry", "Sjuk- och friskanmälan via portalen",
  "Rätt till sjuklön från dag 2", "Karensavdrag", "Läkarintyg krävs från dag 8 enligt lag", "Medicinsk fotvård ingår inte",
  "Blind tro på modellen hjälper inte", "Stroke-enheten vid sjukhuset städas dagligen", "Lokalvård på Fängelsegatan",
  "Tjänsten utförs i Kristinehamn", "Elin Wägner-skolan", "Ek Konsult AB",
];

const GENERATED_FIRST = ["Anna", "Lars", "Eva", "Johan", "Maria", "Erik", "Sara", "Ali", "Karin", "Mikael", "Emma", "Omar"];
const GENERATED_LAST = ["Andersson", "Nilsson", "Lindberg", "Hassan", "Sjöberg", "Ek", "Wallin", "Persson"];
const NAME_CONTEXTS = ["{} börjar på måndag", "Kontaktperson: {}", "Samtal med {} om schemat", "{}, lager", "Uppföljning {} v. 12"];
const TERM_CONTEXTS: readonly [string, Expected][] = [
  ["Sjukskriven 50 % från v. {}", special("Sjukskriven")],
  ["Diagnos ADHD, anpassning v. {}", special("Diagnos")],
  ["Dömd för bedrägeri, frigiven v. {}", criminal("Dömd för")],
  ["Har depression sedan v. {}", special("depression")],
];
const NEGATIVE_CONTEXTS = [
  "Rapport v. {} skickad", "Lokalvård Eva-gatan {}", "{} st placeringar per månad", "Omfattning {} % per vecka",
  "Bo {} nätter på hotell under utbildningen", "Plats {} på listan", "Kostnad per deltagare {} kr",
];

export function wordCorpus(seed = 20261130): { positives: PositiveCase[]; negatives: NegativeCase[] } {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const positives: PositiveCase[] = HAND_POSITIVES.map(([text, expected]) => ({ category: `${expected.type} (hand-written)`, text, expected }));
  // A sole trader's firm name is its owner's name, and personal data.
  positives.push({ category: "name (hand-written)", text: "Stina Ek Konsult", expected: name("Stina Ek") });
  for (let i = 0; i < 60; i++) {
    const full = `${pick(GENERATED_FIRST)} ${pick(GENERATED_LAST)}`;
    positives.push({ category: "name (generated)", text: pick(NAME_CONTEXTS).replace("{}", full), expected: name(full) });
  }
  for (let i = 0; i < 20; i++) {
    const [context, expected] = pick(TERM_CONTEXTS);
    positives.push({ category: `${expected.type} (generated)`, text: context.replace("{}", String(1 + Math.floor(next() * 52))), expected });
  }

  const negatives: NegativeCase[] = HAND_NEGATIVES.map((text) => ({ category: "procurement text", text }));
  for (let i = 0; i < 40; i++) {
    negatives.push({ category: "procurement text (generated)", text: pick(NEGATIVE_CONTEXTS).replace("{}", String(1 + Math.floor(next() * 99))) });
  }
  // The template's own labels and help texts must never be reported.
  const templateTexts = new Set<string>();
  for (const column of [...PLACEMENTS_TABLE.columns, ...REPORTS_TABLE.columns]) {
    templateTexts.add(column.header);
    if (column.help) templateTexts.add(column.help);
  }
  for (const field of CONTRACT_FIELDS) {
    templateTexts.add(field.label);
    templateTexts.add(field.help);
  }
  for (const cell of TEMPLATE.cells) if (typeof cell.value === "string" && cell.value.trim() !== "") templateTexts.add(cell.value);
  for (const list of LISTS) for (const value of list.values) templateTexts.add(value);
  for (const text of templateTexts) negatives.push({ category: "template text", text });
  return { positives, negatives };
}
