/**
 * The model's parameter sets (spec/model.md §3) as data. Every number the engine uses lives here, with
 * its Swedish and English label, unit, source and whether the value is our own estimate.
 * Values are keyed by year (`{ 2019: …, 2025: …, 2026: … }`), so a row reads as the spec's table does;
 * `null` means the parameter does not exist in that year (e.g. the 2026 youth fee).
 *
 * The years themselves come from one row: the price base amount (prisbasbelopp), which every year must
 * have. Adding a year means adding it there; the type checker then asks for it in every other row that
 * is keyed by year, and PARAMETER_YEARS (used by the contract form, the CLI and the task pane) follows.
 */

/** Prisbasbelopp per year: the row that defines which years the model has. */
const PRICE_BASE_AMOUNT = { 2019: 46_500, 2025: 58_800, 2026: 59_200 } as const;

export type ParameterYear = keyof typeof PRICE_BASE_AMOUNT;

/** Every parameter year, oldest first (taken from the prisbasbelopp row). */
export const PARAMETER_YEARS: readonly ParameterYear[] = Object.freeze(
  (Object.keys(PRICE_BASE_AMOUNT).map(Number) as ParameterYear[]).sort((a, b) => a - b),
);
export const NEWEST_YEAR: ParameterYear = PARAMETER_YEARS[PARAMETER_YEARS.length - 1] as ParameterYear;

/** What kind of number a parameter is; decides the allowed range of an override. */
export type ParameterKind = "share" | "amount" | "positiveAmount" | "pbbMultiple" | "multiplier" | "age" | "months" | "days";

export interface ParameterUnit {
  readonly sv: string;
  readonly en: string;
}

const UNIT = {
  kr: { sv: "kr", en: "SEK" },
  krPerYear: { sv: "kr/år", en: "SEK/year" },
  krPerMonth: { sv: "kr/mån", en: "SEK/month" },
  krPerDay: { sv: "kr/dag", en: "SEK/day" },
  share: { sv: "andel", en: "share" },
  pbb: { sv: "× pbb", en: "× price base amount" },
  timesFee: { sv: "× avgift", en: "× fee" },
  years: { sv: "år", en: "years" },
  months: { sv: "månader", en: "months" },
  days: { sv: "dagar", en: "days" },
} as const satisfies Record<string, ParameterUnit>;

type PerYear<T> = { readonly [Y in ParameterYear]: T };

export interface ParameterDefinition {
  readonly key: string;
  readonly labelSv: string;
  readonly labelEn: string;
  readonly unit: ParameterUnit;
  readonly kind: ParameterKind;
  readonly values: PerYear<number | null>;
  readonly estimate: PerYear<boolean>;
  readonly source: string;
}

/** The same value in every year. */
function same<T>(value: T): PerYear<T> {
  return perYear(() => value);
}

function perYear<T>(valueOf: (year: ParameterYear) => T): PerYear<T> {
  const values = {} as Record<ParameterYear, T>;
  for (const year of PARAMETER_YEARS) values[year] = valueOf(year);
  return values;
}

const NOT_ESTIMATED = same(false);

function define<K extends string>(
  key: K,
  labelSv: string,
  labelEn: string,
  unit: ParameterUnit,
  kind: ParameterKind,
  values: PerYear<number | null>,
  source: string,
  estimate: PerYear<boolean> = NOT_ESTIMATED,
): ParameterDefinition & { readonly key: K } {
  return { key, labelSv, labelEn, unit, kind, values, estimate, source };
}

export const PARAMETER_DEFINITIONS = [
  define("pbb", "Prisbasbelopp", "Price base amount", UNIT.kr, "positiveAmount", PRICE_BASE_AMOUNT, "Prisbasbelopp (SCB / regeringen)"),

  define("tax.municipal", "Kommunal skattesats (genomsnitt)", "Municipal tax rate (average)", UNIT.share, "share", { 2019: 0.207, 2025: 0.2072, 2026: 0.2069 },
    "SCB, genomsnittlig kommunal del av skattesatsen; 2025/2026 uppdelning av SCB:s totaler 32,41 % / 32,38 % är uppskattad",
    { 2019: false, 2025: true, 2026: true }),
  define("tax.regional", "Regional skattesats (genomsnitt)", "Regional tax rate (average)", UNIT.share, "share", { 2019: 0.1149, 2025: 0.1169, 2026: 0.1169 },
    "SCB, genomsnittlig regional del av skattesatsen (se ovan)", { 2019: false, 2025: true, 2026: true }),
  define("tax.state", "Statlig inkomstskatt", "State income tax rate", UNIT.share, "share", same(0.2), "Statlig inkomstskatt (inkomstskattelagen)"),
  define("tax.stateThreshold", "Skiktgräns för statlig skatt", "State tax threshold", UNIT.krPerYear, "amount", { 2019: 490_700, 2025: 625_800, 2026: 643_000 },
    "Skiktgräns, beskattningsbar förvärvsinkomst (Skatteverket)"),

  define("fee.standard", "Arbetsgivaravgift, full", "Employer fee, full rate", UNIT.share, "share", same(0.3142), "Arbetsgivaravgifter, full nivå (socialavgiftslagen)"),
  define("fee.older", "Arbetsgivaravgift, äldre", "Employer fee, older employees", UNIT.share, "share", same(0.1021), "Ålderspensionsavgift för äldre anställda (socialavgiftslagen)"),
  define("fee.olderAge", "Ålder för nedsatt avgift för äldre", "Age for the older-employee fee", UNIT.years, "age", { 2019: 66, 2025: 66, 2026: 67 }, "Ålder vid årets ingång (socialavgiftslagen)"),
  define("fee.youth", "Arbetsgivaravgift, unga", "Employer fee, young employees", UNIT.share, "share", { 2019: null, 2025: null, 2026: 0.2081 },
    "Tillfälligt nedsatt avgift för unga från 1 april 2026; modellen tillämpar den på hela placeringen"),
  define("fee.youthMinAge", "Lägsta ålder för nedsatt avgift för unga", "Minimum age for the youth fee", UNIT.years, "age", { 2019: null, 2025: null, 2026: 18 }, "Tillfälligt nedsatt avgift för unga 2026"),
  define("fee.youthMaxAge", "Högsta ålder för nedsatt avgift för unga", "Maximum age for the youth fee", UNIT.years, "age", { 2019: null, 2025: null, 2026: 22 }, "Tillfälligt nedsatt avgift för unga 2026"),
  define("fee.youthCap", "Lönetak för nedsatt avgift för unga", "Pay cap for the youth fee", UNIT.krPerMonth, "amount", { 2019: null, 2025: null, 2026: 25_000 }, "Tillfälligt nedsatt avgift för unga 2026"),

  define("subsidy.wageCap", "Lönetak för nystartsjobb och introduktionsjobb", "Wage cap, new start and introduction jobs", UNIT.krPerMonth, "amount", same(20_000),
    "Arbetsförmedlingen, lönekostnadstak vid heltid"),
  define("subsidy.nsj.base", "Nystartsjobb, multipel (under 24 mån arbetslöshet)", "New start job multiple (< 24 months unemployed)", UNIT.timesFee, "multiplier", same(1),
    "Förordning (2018:43) om stöd för nystartsjobb"),
  define("subsidy.nsj.long", "Nystartsjobb, multipel (24–35 mån)", "New start job multiple (24–35 months)", UNIT.timesFee, "multiplier", same(2), "Förordning (2018:43) om stöd för nystartsjobb"),
  define("subsidy.nsj.veryLong", "Nystartsjobb, multipel (36 mån eller mer)", "New start job multiple (≥ 36 months)", UNIT.timesFee, "multiplier", same(2.5), "Förordning (2018:43) om stöd för nystartsjobb"),
  define("subsidy.nsj.newArrival", "Nystartsjobb, multipel för nyanlända", "New start job multiple, new arrivals", UNIT.timesFee, "multiplier", same(2.5),
    "Förordning (2018:43) om stöd för nystartsjobb; 2019 antas lika med 2017 års regler", { 2019: true, 2025: false, 2026: false }),
  define("subsidy.nsj.maxMonthsYoung", "Nystartsjobb, längsta tid under 25 år", "New start job, maximum months under 25", UNIT.months, "months", same(12), "Förordning (2018:43) om stöd för nystartsjobb"),
  define("subsidy.nsj.maxMonths", "Nystartsjobb, längsta tid från 25 år", "New start job, maximum months from 25", UNIT.months, "months", same(24), "Förordning (2018:43) om stöd för nystartsjobb"),
  define("subsidy.intro.rate", "Introduktionsjobb, andel av lönekostnaden", "Introduction job, share of wage cost", UNIT.share, "share", same(0.8),
    "Förordning (2018:42) om särskilt anställningsstöd (introduktionsjobb)"),
  define("subsidy.intro.maxMonths", "Introduktionsjobb, längsta tid", "Introduction job, maximum months", UNIT.months, "months", same(24), "Förordning (2018:42) om särskilt anställningsstöd (introduktionsjobb)"),
  define("subsidy.lb.cap", "Lönebidrag, lönetak", "Wage subsidy, wage cap", UNIT.krPerMonth, "amount", { 2019: 19_100, 2025: 20_000, 2026: 20_000 },
    "Arbetsförmedlingen, bidragsgrundande lönekostnad", { 2019: false, 2025: true, 2026: true }),

  define("gd.base", "Grundavdrag, lägsta nivå", "Basic allowance, lowest level", UNIT.pbb, "pbbMultiple", same(0.423), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.max", "Grundavdrag, högsta nivå", "Basic allowance, highest level", UNIT.pbb, "pbbMultiple", same(0.77), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.min", "Grundavdrag vid hög inkomst", "Basic allowance at high income", UNIT.pbb, "pbbMultiple", same(0.293), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.limit1", "Grundavdrag, gräns 1", "Basic allowance, limit 1", UNIT.pbb, "pbbMultiple", same(0.99), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.limit2", "Grundavdrag, gräns 2", "Basic allowance, limit 2", UNIT.pbb, "pbbMultiple", same(2.72), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.limit3", "Grundavdrag, gräns 3", "Basic allowance, limit 3", UNIT.pbb, "pbbMultiple", same(3.11), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.limit4", "Grundavdrag, gräns 4", "Basic allowance, limit 4", UNIT.pbb, "pbbMultiple", same(7.88), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.rise", "Grundavdrag, ökning mellan gräns 1 och 2", "Basic allowance, rise between limits 1 and 2", UNIT.share, "share", same(0.2), "Inkomstskattelagen 63 kap. 3 §"),
  define("gd.fall", "Grundavdrag, minskning mellan gräns 3 och 4", "Basic allowance, fall between limits 3 and 4", UNIT.share, "share", same(0.1), "Inkomstskattelagen 63 kap. 3 §"),

  define("jsa.limit1", "Jobbskatteavdrag, gräns 1", "Earned income tax credit, limit 1", UNIT.pbb, "pbbMultiple", same(0.91), "Inkomstskattelagen 67 kap. 7 §"),
  define("jsa.rate1", "Jobbskatteavdrag, andel mellan gräns 1 och A", "Earned income tax credit, rate between limit 1 and A", UNIT.share, "share", { 2019: 0.332, 2025: 0.3874, 2026: 0.3874 },
    "Inkomstskattelagen 67 kap. 7 §, lydelse respektive år"),
  define("jsa.bandA", "Jobbskatteavdrag, gräns A", "Earned income tax credit, limit A", UNIT.pbb, "pbbMultiple", { 2019: 2.72, 2025: 3.24, 2026: 3.24 }, "Inkomstskattelagen 67 kap. 7 §, lydelse respektive år"),
  define("jsa.base2", "Jobbskatteavdrag, nivå vid gräns A", "Earned income tax credit, level at limit A", UNIT.pbb, "pbbMultiple", { 2019: 1.511, 2025: 1.813, 2026: 1.813 },
    "Inkomstskattelagen 67 kap. 7 §, lydelse respektive år"),
  define("jsa.rate2", "Jobbskatteavdrag, andel mellan gräns A och B", "Earned income tax credit, rate between limits A and B", UNIT.share, "share", { 2019: 0.111, 2025: 0.199, 2026: 0.251 },
    "Inkomstskattelagen 67 kap. 7 §, lydelse respektive år"),
  define("jsa.bandB", "Jobbskatteavdrag, gräns B", "Earned income tax credit, limit B", UNIT.pbb, "pbbMultiple", { 2019: 7.08, 2025: 8.08, 2026: 8.08 }, "Inkomstskattelagen 67 kap. 7 §, lydelse respektive år"),
  define("jsa.max", "Jobbskatteavdrag, högsta nivå", "Earned income tax credit, top level", UNIT.pbb, "pbbMultiple", { 2019: 1.995, 2025: 2.776, 2026: 3.027 },
    "Inkomstskattelagen 67 kap. 7 §, lydelse respektive år; 2025 uppskattad", { 2019: false, 2025: true, 2026: false }),
  define("jsa.phaseOutStart", "Jobbskatteavdrag, avtrappning från", "Earned income tax credit, phase-out start", UNIT.pbb, "pbbMultiple", { 2019: 13.48, 2025: null, 2026: null },
    "Inkomstskattelagen 67 kap. 7 §, lydelse 2019 (avtrappningen är slopad från 2020)"),
  define("jsa.phaseOutRate", "Jobbskatteavdrag, avtrappningstakt", "Earned income tax credit, phase-out rate", UNIT.share, "share", { 2019: 0.03, 2025: null, 2026: null },
    "Inkomstskattelagen 67 kap. 7 §, lydelse 2019"),

  define("benefit.daysPerMonth", "Ersättningsdagar per månad", "Benefit days per month", UNIT.days, "days", same(21.67), "5 dagar i veckan"),
  define("benefit.etablering.daily", "Etableringsersättning per dag", "Establishment allowance per day", UNIT.krPerDay, "amount", same(308),
    "Förordning (2017:819) om ersättning till deltagare i arbetsmarknadspolitiska insatser, 2 kap. 13 §; heltid, skattefri"),
  define("benefit.akassa.replacement", "A-kassa, ersättningsgrad", "Unemployment insurance, replacement rate", UNIT.share, "share", same(0.8), "Lag (1997:238) om arbetslöshetsförsäkring"),
  define("benefit.akassa.ceiling", "A-kassa, inkomsttak", "Unemployment insurance, income ceiling", UNIT.krPerMonth, "amount", { 2019: 24_650, 2025: 34_000, 2026: 34_000 },
    "IAF / a-kassorna; 2019: 910 kr/dag ÷ 0,8 × 21,67"),
  define("benefit.akassa.basicDaily", "A-kassa, grundbelopp per dag", "Unemployment insurance, basic amount per day", UNIT.krPerDay, "amount", { 2019: 365, 2025: 510, 2026: 510 },
    "Förordning (1997:835) om arbetslöshetsförsäkring; heltid", { 2019: false, 2025: true, 2026: true }),
  define("benefit.aktivitetsstod.daily", "Aktivitetsstöd per dag, lägsta nivå", "Activity support per day, lowest level", UNIT.krPerDay, "amount", { 2019: 223, 2025: 365, 2026: 365 },
    "Förordning (2017:819) om ersättning till deltagare i arbetsmarknadspolitiska insatser; skattepliktigt"),
  define("benefit.utveckling.daily", "Utvecklingsersättning per dag", "Development allowance per day", UNIT.krPerDay, "amount", { 2019: 145, 2025: 166, 2026: 166 },
    "Förordning (2017:819); under 25 år utan a-kassa, skattefri", same(true)),

  define("fs.norm", "Riksnorm för försörjningsstöd, ensamstående", "National norm for social assistance, single adult", UNIT.krPerMonth, "amount", { 2019: 4_080, 2025: 5_180, 2026: 5_220 },
    "Socialstyrelsen, riksnormen", { 2019: false, 2025: true, 2026: false }),
  define("fs.housingCost", "Skälig boendekostnad", "Reasonable housing cost", UNIT.krPerMonth, "amount", { 2019: 5_500, 2025: 6_700, 2026: 6_900 },
    "Egen uppskattning, ensamstående vuxen", same(true)),

  define("bb.monthly", "Bostadsbidrag per månad under arbetslöshet", "Housing benefit per month while unemployed", UNIT.krPerMonth, "amount", { 2019: 2_500, 2025: 3_000, 2026: 3_000 },
    "Egen uppskattning (Försäkringskassan)", same(true)),
  // The limit for a single parent: a person of 29 or more (the reference person is 30) can only have
  // bostadsbidrag with children. 135 000 kr from 1 March 2018 (Försäkringskassan); Försäkringskassan said in
  // 2025 that the limit has long stood still; no published 2026 figure was found, hence the estimate flag.
  define("bb.threshold", "Bostadsbidrag, inkomstgräns (ensamstående med barn)", "Housing benefit, income threshold (single parent)", UNIT.krPerYear, "amount",
    { 2019: 135_000, 2025: 135_000, 2026: 135_000 },
    "Försäkringskassan: ensamstående får tjäna 135 000 kr/år utan att bidraget minskar (från 1 mars 2018; oförändrat 2025); socialförsäkringsbalken 97 kap. 15 §",
    { 2019: false, 2025: false, 2026: true }),
  define("bb.taper", "Bostadsbidrag, avtrappning", "Housing benefit, reduction rate", UNIT.share, "share", same(0.2), "Socialförsäkringsbalken 97 kap."),

  define("indirectTax.rate", "Indirekta skatter på ändrad disponibel inkomst", "Indirect taxes on a change in disposable income", UNIT.share, "share", same(0.18),
    "Egen uppskattning (moms och punktskatter på konsumtion)", same(true)),
] as const satisfies readonly ParameterDefinition[];

export type ParameterKey = (typeof PARAMETER_DEFINITIONS)[number]["key"];

/** Parameters that exist only in some years; the engine checks for them. */
export type OptionalParameterKey =
  | "fee.youth"
  | "fee.youthMinAge"
  | "fee.youthMaxAge"
  | "fee.youthCap"
  | "jsa.phaseOutStart"
  | "jsa.phaseOutRate";
export type CoreParameterKey = Exclude<ParameterKey, OptionalParameterKey>;

/** One year's parameter values, possibly overridden. */
export type ParameterValues = Readonly<Record<CoreParameterKey, number> & Partial<Record<OptionalParameterKey, number>>>;

const DEFINITION_BY_KEY: ReadonlyMap<string, ParameterDefinition> = new Map(
  PARAMETER_DEFINITIONS.map((definition) => [definition.key, definition]),
);

export function findParameterDefinition(key: string): ParameterDefinition | undefined {
  return DEFINITION_BY_KEY.get(key);
}

const YEAR_SET: ReadonlySet<unknown> = new Set(PARAMETER_YEARS);

export function isParameterYear(value: unknown): value is ParameterYear {
  return YEAR_SET.has(value);
}

function buildDefaults(year: ParameterYear): ParameterValues {
  const values: Record<string, number> = {};
  for (const definition of PARAMETER_DEFINITIONS) {
    const value = definition.values[year];
    if (value !== null) values[definition.key] = value;
  }
  // Every core key has a number in every year (checked by test/domain/model/parameters.test.ts).
  return Object.freeze(values) as ParameterValues;
}

const DEFAULTS: PerYear<ParameterValues> = perYear(buildDefaults);

/** The unmodified parameter set of a year (frozen; shared between calls). */
export function defaultParameters(year: ParameterYear): ParameterValues {
  return DEFAULTS[year];
}

/** One row of a year's parameter listing (SYSS.PARAMS, `syss params`, the Parametrar sheet). */
export interface ParameterListing {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly source: string;
  readonly estimate: boolean;
}

export function listParameters(year: ParameterYear, lang: "sv" | "en" = "sv"): ParameterListing[] {
  const rows: ParameterListing[] = [];
  for (const definition of PARAMETER_DEFINITIONS) {
    const value = definition.values[year];
    if (value === null) continue;
    rows.push({
      key: definition.key,
      label: lang === "en" ? definition.labelEn : definition.labelSv,
      unit: definition.unit[lang],
      value,
      source: definition.source,
      estimate: definition.estimate[year],
    });
  }
  return rows;
}
