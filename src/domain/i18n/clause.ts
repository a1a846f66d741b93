/**
 * The clause text of an employment requirement in Swedish and English (spec/exante.md §3). Written in
 * SYSS's own words; the order of the parts follows Upphandlingsmyndigheten's criteria 11554
 * (Sysselsättningskrav) and 11556 (bonus for more places than required), which the text names as its
 * source. `{name}` placeholders are filled by clause.ts; every one of them must be filled (a test
 * over generated contracts checks that none reaches the text).
 */
import type { BilingualText } from "./model";

export const CLAUSE_TEXTS = {
  title: { sv: "Särskilt kontraktsvillkor: sysselsättningskrav", en: "Special contract condition: employment requirement" },
  source: {
    sv: "Villkoret följer strukturen i Upphandlingsmyndighetens hållbarhetskriterier 11554 (Sysselsättningskrav) och 11556 (bonus för fler platser än kravet). Texten är formulerad av SYSS och ska stämmas av mot upphandlingsdokumenten.",
    en: "This condition follows the structure of the Swedish National Agency for Public Procurement's criteria 11554 (Sysselsättningskrav, employment requirement) and 11556 (bonus for more places than required). The wording is SYSS's own and must be checked against the procurement documents.",
  },
  parties: {
    sv: "Villkoret gäller avtalet {name} ({contractId}) mellan {procurer} (beställaren) och {supplier} (leverantören) under avtalstiden {start} till {end}.",
    en: "This condition applies to the contract {name} ({contractId}) between {procurer} (the buyer) and {supplier} (the supplier) for the contract period {start} to {end}.",
  },
  requirement: {
    sv: "Leverantören ska under avtalstiden erbjuda {form} till personer i målgrupperna {groups}, sammanlagt minst {commitment} heltidsmånader. En heltidsmånad är en månad på heltid; en placering på deltid räknas i proportion till sin omfattning. {matching} anvisar kandidaterna och bedömer att de tillhör en målgrupp.",
    en: "During the contract period the supplier shall offer {form} to people in the target groups {groups}, in total at least {commitment} full-time months. A full-time month is one month at full time; a part-time placement counts in proportion to its scope. {matching} refers the candidates and assesses that they belong to a target group.",
  },
  startRule: {
    sv: "Senast {months} månader efter avtalsstart ska minst en placering ha påbörjats eller ha erbjudits en anvisad kandidat.",
    en: "No later than {months} months after the contract start at least one placement shall have started or have been offered to a referred candidate.",
  },
  rule75: {
    sv: "Avslutas en placering i förtid räknas den som fullgjord när minst {share} av de planerade heltidsmånaderna är utförda, om avslutet beror på något som leverantören inte råder över: personen har fått ett annat arbete, har börjat studera, har själv valt att sluta eller kan inte fortsätta av hälsoskäl. Avslutas placeringen av något annat skäl ska leverantören erbjuda en ny placering för de månader som återstår.",
    en: "If a placement ends early it counts as fulfilled when at least {share} of the planned full-time months have been completed, provided the end is outside the supplier's control: the person has found other work, has started studying, has chosen to leave, or cannot continue for health reasons. If the placement ends for any other reason, the supplier shall offer a new placement for the remaining months.",
  },
  reporting: {
    sv: "Leverantören rapporterar till beställaren en gång per {interval}. Rapporten innehåller för varje placering ett pseudonymt ärende-ID, målgrupp, sysselsättningsform, startdatum, planerat och faktiskt slutdatum, omfattning och i förekommande fall skälet till ett förtida avslut, samt summan av utförda heltidsmånader.",
    en: "The supplier reports to the buyer once every {interval}. For each placement the report contains a pseudonymous case ID, target group, form of placement, start date, planned and actual end date, scope and, where applicable, the reason for an early end, and the total of completed full-time months.",
  },
  correction: {
    sv: "Uppfyller leverantören inte villkoret ska beställaren skriftligen begära rättelse och ange en skälig tid för den. Leverantören ska inom den tiden redovisa hur bristen åtgärdas.",
    en: "If the supplier does not meet this condition, the buyer shall request correction in writing and set a reasonable time for it. Within that time the supplier shall show how the shortfall is remedied.",
  },
  sanctions: {
    sv: "Har rättelse inte skett ska leverantören betala vite med {perMonth} kr för varje heltidsmånad som saknas mot åtagandet vid avtalstidens slut. Lämnas en rapport inte in trots påminnelse ska leverantören betala vite med {perReport} kr för varje utebliven rapport. Vitet påverkar inte beställarens rätt att häva avtalet vid ett väsentligt avtalsbrott.",
    en: "If no correction has been made, the supplier shall pay a penalty of SEK {perMonth} for each full-time month missing against the commitment at the end of the contract period. If a report is not delivered despite a reminder, the supplier shall pay a penalty of SEK {perReport} for each missing report. The penalties do not affect the buyer's right to terminate the contract for a material breach.",
  },
  bonus: {
    sv: "Bonus (enligt kriterium 11556): erbjuder leverantören fler placeringar än åtagandet kräver betalar beställaren {amount} kr för varje extra plats, för högst {places} platser, det vill säga högst {total} kr under avtalstiden.",
    en: "Bonus (following criterion 11556): if the supplier offers more placements than the commitment requires, the buyer pays SEK {amount} for each extra place, for at most {places} places, that is at most SEK {total} over the contract period.",
  },
  noBonus: { sv: "Avtalet har ingen bonus för extra platser.", en: "The contract has no bonus for extra places." },
  personalData: {
    sv: "Personuppgifter: leverantören är personuppgiftsansvarig för uppgifterna om sina anställda och praktikanter, och beställaren ({procurer}) är personuppgiftsansvarig för de uppgifter den tar emot i rapporterna. Rapporterna får inte innehålla personnummer, namn eller andra uppgifter som direkt pekar ut en person; varje person anges med sitt ärende-ID. Kopplingen mellan ärende-ID och person finns bara hos {matching}.",
    en: "Personal data: the supplier is the controller of the data about its employees and interns, and the buyer ({procurer}) is the controller of the data it receives in the reports. Reports shall not contain personal identity numbers, names or other data that directly identify a person; each person is given by their case ID. The link between case ID and person is held only by {matching}.",
  },
  missing: { sv: "[uppgift saknas: {label}]", en: "[missing: {label}]" },
  targetGroups: { sv: "Målgrupper", en: "Target groups" },
  and: { sv: "och", en: "and" },
  or: { sv: "eller", en: "or" },
} as const satisfies Record<string, BilingualText>;

/** The requirement type as it reads in the sentence "offer {form}". */
export const CLAUSE_FORMS: Readonly<Record<string, BilingualText>> = {
  anställning: { sv: "anställning", en: "employment" },
  lärlingsanställning: { sv: "lärlingsanställning", en: "apprenticeships" },
  praktik: { sv: "praktik", en: "internships" },
  valfri: { sv: "anställning, lärlingsanställning eller praktik", en: "employment, apprenticeships or internships" },
};

/** The reporting interval in "once per {interval}". */
export const CLAUSE_INTERVALS: Readonly<Record<string, BilingualText>> = {
  månad: { sv: "månad", en: "month" },
  kvartal: { sv: "kvartal", en: "quarter" },
  halvår: { sv: "halvår", en: "six months" },
  år: { sv: "år", en: "year" },
};
