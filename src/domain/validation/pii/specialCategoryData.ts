/**
 * Terms that reveal special categories of personal data (GDPR Art. 9: health, disability, ethnic origin,
 * religious or philosophical beliefs, political opinions, trade-union membership, sex life or sexual
 * orientation) and criminal convictions and offences (Art. 10), the word lists of specialCategory.ts.
 *
 * Sources: the categories are those of Regulation (EU) 2016/679 Art. 9(1) and Art. 10, as IMY
 * (Integritetsskyddsmyndigheten) describes them in "Känsliga personuppgifter" and "Personuppgifter om
 * lagöverträdelser" (imy.se). The Swedish terms are the words a case note would use for them.
 *
 * Each term is one or more words; a word ending in "*" matches any word starting with it. `specific`
 * terms say something about a person by themselves ("sjukskriven", "ADHD", "dömd för"); `generic`
 * terms name a category and appear in everyday procurement text ("diskriminering på grund av religion
 * eller funktionsnedsättning", "utdrag ur belastningsregistret"), so they are only reported about a
 * person (see specialCategory.ts).
 */

export type SensitiveCategory =
  | "health"
  | "ethnicity"
  | "religion"
  | "politics"
  | "trade-union"
  | "sexual-orientation"
  | "criminal";

export interface SensitiveTerm {
  readonly words: readonly string[];
  readonly category: SensitiveCategory;
  readonly specific: boolean;
}

export const SPECIAL_CATEGORY_SOURCE =
  "Dataskyddsförordningen (EU) 2016/679 art. 9.1 och art. 10; IMY, Känsliga personuppgifter / Personuppgifter om lagöverträdelser";

function terms(category: SensitiveCategory, specific: boolean, list: readonly string[]): SensitiveTerm[] {
  return list.map((term) => ({ words: term.split(" "), category, specific }));
}

export const SENSITIVE_TERMS: readonly SensitiveTerm[] = [
  ...terms("health", true, [
    "sjukskriven", "sjukskrivna", "sjukskrivning*", "sjukskrevs", "sjukskriva*", "sjukskrivits", "sjukskriv",
    "diagnos", "diagnosen", "diagnoser", "diagnostiserad*", "diagnosticerad*", "adhd", "add-diagnos", "autism*",
    "autistisk*", "asperger*", "depression*", "deprimerad*", "utbrändhet", "utbränd", "utmattningssyndrom*",
    "utmattningsdepression*", "ångestsyndrom*", "panikångest", "psykos*", "psykotisk*", "schizofren*",
    "bipolär*", "dyslexi*", "dyskalkyli*", "missbruk*", "missbrukare", "alkoholism", "alkoholist*",
    "narkoman*", "drogberoende", "spelberoende", "cancer*", "diabetes", "diabetiker", "epilepsi*", "epileptiker",
    "hiv", "aids", "ptsd", "demens", "hjärtinfarkt", "stroke", "ms-sjuk", "reumatism", "gravid", "havande",
    "rörelsehinder*", "rörelsehindrad*", "synskadad*", "synnedsättning*", "hörselskadad*", "hörselnedsättning*",
    "döv", "rullstol*", "rullstolsburen", "utvecklingsstörning*", "intellektuell funktionsnedsättning*",
    "psykiskt sjuk", "psykisk sjukdom", "läkarintyget", "sjukersättning*", "aktivitetsersättning*",
    "psykiatrin", "medicinerar", "medicinering*", "behandlingshem*",
  ]),
  ...terms("health", false, [
    "funktionsnedsättning*", "funktionshinder*", "funktionsvariation*", "handikapp*", "sjukdom*", "ohälsa",
    "hälsotillstånd*", "hälsa", "sjukfrånvaro*", "graviditet*", "läkarintyg", "medicin*", "rehabilitering*",
    "psykisk", "psykiska", "psykiatrisk*", "sjuk", "blind",
  ]),
  ...terms("ethnicity", true, ["romsk*", "romer"]),
  ...terms("ethnicity", false, ["etnisk*", "etnicitet*", "hudfärg", "ras", "härkomst", "ursprung"]),
  ...terms("religion", true, ["muslim", "muslimsk*", "kristen", "jude", "judisk*", "katolik", "katolsk*", "hindu", "buddhist", "ateist", "troende", "konverterat", "konverterade"]),
  ...terms("religion", false, ["religion", "religionen", "religiös*", "trosuppfattning*", "tro"]),
  ...terms("politics", true, ["partimedlem*", "medlem i partiet"]),
  ...terms("politics", false, ["politisk*"]),
  ...terms("trade-union", true, ["fackmedlem*", "medlem i facket", "fackligt ansluten", "fackligt organiserad"]),
  ...terms("trade-union", false, ["facklig*"]),
  ...terms("sexual-orientation", true, ["homosexuell*", "bisexuell*", "lesbisk*", "transperson*", "hbtq-person*"]),
  ...terms("sexual-orientation", false, ["sexuell läggning", "sexuella läggning", "könsidentitet", "sexualitet"]),
  ...terms("criminal", true, [
    "dömd för", "dömdes för", "fängelse", "fängelset", "fängelsestraff*", "avtjänat", "avtjänar",
    "avtjänade", "frigiven", "frigavs", "villkorligt frigiven", "skyddstillsyn", "villkorlig dom", "fotboja",
    "häktad", "häktades", "anhållen", "anhölls", "åtalad", "åtalades", "straffad", "brottsdömd",
    "frivårdspåföljd", "ungdomstjänst", "sluten ungdomsvård",
  ]),
  ...terms("criminal", false, ["dömd", "dömts", "dömdes", "brott", "brottet", "belastningsregist*", "straffregist*", "kriminalvård*", "frivård*", "straff", "kriminell*"]),
];
