/**
 * Common Swedish first names and surnames, the word lists of the name detector (names.ts).
 *
 * Source: Statistiska centralbyrån (SCB), Namnstatistik – the published tables of the most common first
 * names (tilltalsnamn) of women and men and the most common surnames in the population (scb.se, "Namn
 * och namnstatistik", "Vanligaste namnen"; population register 31 December). The lists below take the
 * top of those tables, each name in SCB's most common spelling, plus a few frequent variant spellings.
 * They are data, not rules: extend them from the same source, keep them lower-case.
 *
 * Left out on purpose: first names that are also ordinary Swedish words written with a capital at the
 * start of a sentence or in a heading ("Maj", "Sol", "Vide", "Dag", "Ros", "Mo"); names are only ever
 * reported in a name-like context (see names.ts), which is what keeps "per månad" or "Bo" alone clean.
 */

export const NAME_SOURCE = "SCB, Namnstatistik: vanligaste förnamn (kvinnor, män) och efternamn i befolkningen";

/** Most common first names of women (SCB). */
const WOMEN = [
  "anna", "eva", "maria", "karin", "sara", "kristina", "christina", "lena", "emma", "kerstin", "marie", "malin",
  "ingrid", "jenny", "hanna", "linda", "annika", "sofia", "sofie", "inger", "elin", "ida", "susanne", "birgitta",
  "julia", "johanna", "elisabeth", "elisabet", "margareta", "ulla", "camilla", "monica", "monika", "helena",
  "anette", "annette", "katarina", "catarina", "therese", "ulrika", "åsa", "gunilla", "cecilia", "anneli",
  "frida", "amanda", "lisa", "matilda", "emelie", "emilia", "ebba", "moa", "elsa", "alice", "maja", "wilma",
  "ella", "alva", "agnes", "olivia", "astrid", "clara", "saga", "vera", "ellen", "stina", "louise",
  "lovisa", "josefin", "josefine", "jessica", "caroline", "karolina", "sandra", "victoria", "viktoria", "nathalie",
  "fatima", "amina", "mariam", "maryam", "sanna", "pia", "yvonne", "marianne", "gun", "britt", "barbro",
  "ann", "anne", "ann-marie", "ann-christin", "anna-karin", "eva-lena", "maj-britt", "siv", "birgit", "gunnel",
  "agneta", "irene", "elsie", "margit", "ingela", "mona", "carina", "karina", "lina", "tove", "nora", "selma",
  "felicia", "tindra", "ronja", "linnea", "linnéa", "isabelle", "isabella", "rebecka", "mikaela", "michaela",
  "petra", "jeanette", "charlotte", "madeleine", "ewa", "eva-karin", "hilda", "signe", "leila",
];

/** Most common first names of men (SCB). */
const MEN = [
  "lars", "mikael", "michael", "anders", "johan", "erik", "eric", "per", "karl", "carl", "peter", "jan", "thomas",
  "tomas", "daniel", "fredrik", "hans", "andreas", "stefan", "mohammed", "mohammad", "muhammad", "mohamed",
  "mats", "marcus", "markus", "magnus", "bengt", "jonas", "oskar", "oscar", "alexander", "nils", "martin",
  "niklas", "nicklas", "björn", "sven", "bo", "leif", "göran", "david", "henrik", "patrik", "patrick", "simon",
  "mattias", "matthias", "emil", "gustav", "gustaf", "viktor", "victor", "robert", "christer", "filip", "philip",
  "elias", "lucas", "lukas", "william", "hugo", "olle", "axel", "ali", "ahmed", "ahmad", "omar", "hassan",
  "hussein", "sebastian", "christian", "kristian", "tobias", "joakim", "joachim", "jonathan", "anton", "adam",
  "rasmus", "linus", "ludvig", "isak", "jakob", "jacob", "noah", "liam", "oliver", "theo", "leo", "melvin",
  "vincent", "albin", "kevin", "dennis", "johannes", "ulf", "rolf", "kjell", "roger", "åke", "lennart",
  "kent", "tommy", "claes", "klas", "gunnar", "ingvar", "rune", "kenneth", "stig", "roland", "arne",
  "rickard", "richard", "jesper", "mathias", "pontus", "jimmy", "robin", "samuel", "josef", "joel", "erland",
  "jens", "håkan", "conny", "janne", "pelle", "kalle", "olof", "ola", "ove", "jörgen", "lars-erik", "per-olof",
];

/** Most common surnames (SCB), including the common "-sson" names and the first non-"-son" names. */
const SURNAMES = [
  "andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "olsson", "persson", "svensson",
  "gustafsson", "pettersson", "jonsson", "jansson", "hansson", "bengtsson", "jönsson", "lindberg", "jakobsson",
  "magnusson", "olofsson", "lindström", "lindqvist", "lindgren", "berg", "axelsson", "bergström", "lundberg",
  "lind", "lundgren", "lundqvist", "mattsson", "berglund", "fredriksson", "sandberg", "henriksson", "forsberg",
  "sjöberg", "ali", "wallin", "mohammed", "engström", "eklund", "danielsson", "lundin", "håkansson", "björk",
  "bergman", "gunnarsson", "holm", "wikström", "samuelsson", "isaksson", "fransson", "bergqvist", "nordström",
  "björklund", "arvidsson", "nyström", "holmberg", "löfgren", "söderberg", "nyberg", "blomqvist", "claesson",
  "nordin", "mårtensson", "lundström", "ahmed", "viklund", "björkman", "eliasson", "pålsson", "berggren",
  "sandström", "lund", "nordlund", "ström", "åberg", "hassan", "falk", "ekström", "hermansson", "holmgren",
  "dahlberg", "hellström", "hedlund", "sundberg", "sjögren", "ek", "blom", "abrahamsson", "martinsson", "öberg",
  "andreasson", "strömberg", "månsson", "hansen", "åkesson", "dahl", "lindholm", "norberg", "holmqvist",
  "carlsson", "petersson", "karlström", "westerlund", "kero", "niemi", "johnsson", "nielsen", "jensen",
];

export const FIRST_NAMES: ReadonlySet<string> = new Set([...WOMEN, ...MEN]);
export const SURNAMES_SET: ReadonlySet<string> = new Set(SURNAMES);

/**
 * Endings that make a capitalised word a likely Swedish surname when it directly follows a first name
 * ("Anna Bergkvist"): the patronymic "-sson" and the common nature-name parts. Only used after a first
 * name, never alone.
 */
export const SURNAME_ENDINGS: readonly string[] = [
  "sson", "son", "ström", "strom", "qvist", "kvist", "berg", "gren", "lund", "holm", "dahl", "stedt", "blad",
  "sjö", "bäck", "löf",
];
