/**
 * Swedish and English texts of the socio-economic model: actor and line-item labels, input field
 * names, allowed ranges, error and warning messages. Swedish is the default language.
 */
import { excerpt, type BilingualText } from "../common/text";

export type { Lang as ModelLang } from "../common/text";
export type { BilingualText } from "../common/text";

export const ACTOR_LABELS = {
  individual: { sv: "Individ", en: "Individual" },
  municipality: { sv: "Kommun", en: "Municipality" },
  region: { sv: "Region", en: "Region" },
  state: { sv: "Stat", en: "State" },
  employer: { sv: "Arbetsgivare", en: "Employer" },
  society: { sv: "Samhället", en: "Society" },
} as const satisfies Record<string, BilingualText>;

export const ITEM_LABELS = {
  workIncome: { sv: "Arbetsinkomst (bruttolön)", en: "Work income (gross pay)" },
  benefit: { sv: "Förändrad ersättning (a-kassa, aktivitetsstöd m.m.)", en: "Change in benefit (unemployment benefit etc.)" },
  socialAssistance: { sv: "Förändrat försörjningsstöd", en: "Change in social assistance" },
  housingBenefit: { sv: "Förändrat bostadsbidrag", en: "Change in housing benefit" },
  incomeTax: { sv: "Förändrad inkomstskatt", en: "Change in income tax" },
  indirectTax: { sv: "Indirekta skatter på ändrad konsumtion", en: "Indirect taxes on changed consumption" },
  municipalTax: { sv: "Kommunalskatt", en: "Municipal income tax" },
  regionalTax: { sv: "Regionskatt", en: "Regional income tax" },
  stateIncomeTax: { sv: "Statlig inkomstskatt", en: "State income tax" },
  jobTaxCredit: { sv: "Jobbskatteavdrag", en: "Earned income tax credit" },
  employerFees: { sv: "Arbetsgivaravgifter", en: "Employer social security fees" },
  subsidy: { sv: "Anställningsstöd", en: "Employment subsidy" },
  productionValue: { sv: "Produktionsvärde", en: "Value of production" },
  wageCost: { sv: "Lönekostnad (lön och avgifter)", en: "Wage cost (pay and fees)" },
  supervisionCost: { sv: "Handledning", en: "Supervision" },
  adminCost: { sv: "Administration", en: "Administration" },
  procurementCost: { sv: "Upphandlingskostnad", en: "Procurement cost" },
  bonus: { sv: "Bonus", en: "Bonus" },
} as const satisfies Record<string, BilingualText>;

export type ItemKey = keyof typeof ITEM_LABELS;

/** Field names as a user sees them (the template's Swedish headers). */
export const FIELD_LABELS = {
  organisation: { sv: "Upphandlande organisation", en: "Procuring organisation" },
  form: { sv: "Sysselsättningsform", en: "Form of placement" },
  months: { sv: "Antal månader", en: "Months" },
  positions: { sv: "Antal tjänster", en: "Positions" },
  scope: { sv: "Omfattning", en: "Scope" },
  salary: { sv: "Bruttolön per månad", en: "Gross monthly salary" },
  subsidy: { sv: "Anställningsstöd", en: "Employment subsidy" },
  subsidyRate: { sv: "Stödnivå", en: "Subsidy rate" },
  productionFactor: { sv: "Produktionsfaktor", en: "Production factor" },
  internValue: { sv: "Produktionsvärde praktikant", en: "Intern production value" },
  age: { sv: "Ålder", en: "Age" },
  unemployedMonths: { sv: "Tid i arbetslöshet", en: "Months unemployed" },
  newArrival: { sv: "Nyanländ", en: "New arrival" },
  aKassa: { sv: "A-kassa", en: "Unemployment insurance" },
  priorIncome: { sv: "Tidigare inkomst", en: "Prior income" },
  benefit: { sv: "Ersättning före", en: "Benefit before" },
  housingBenefit: { sv: "Bostadsbidrag", en: "Housing benefit" },
  housingBenefitAmount: { sv: "Bostadsbidrag belopp", en: "Housing benefit amount" },
  housingCost: { sv: "Boendekostnad", en: "Housing cost" },
  supervisorSalary: { sv: "Handledarens bruttolön", en: "Supervisor salary" },
  supervisionShare: { sv: "Tid för handledning", en: "Supervision share" },
  adminCost: { sv: "Administrationskostnad", en: "Administration cost" },
  procurementCost: { sv: "Upphandlingskostnad", en: "Procurement cost" },
  bonus: { sv: "Bonus", en: "Bonus" },
  year: { sv: "Parameterår", en: "Parameter year" },
  startDate: { sv: "Startdatum", en: "Start date" },
  plannedEndDate: { sv: "Planerat slutdatum", en: "Planned end date" },
  actualEndDate: { sv: "Faktiskt slutdatum", en: "Actual end date" },
  input: { sv: "Indata", en: "Input" },
  overrides: { sv: "Parametervärden", en: "Parameter overrides" },
} as const satisfies Record<string, BilingualText>;

export type FieldName = keyof typeof FIELD_LABELS;

/** Descriptions of allowed values, used inside error messages. */
export const ALLOWED = {
  organisation: { sv: "kommun, region eller stat", en: "kommun, region or stat (municipality, region, state)" },
  form: {
    sv: "anställning, lärlingsanställning eller praktik",
    en: "anställning, lärlingsanställning or praktik (employment, apprenticeship, internship)",
  },
  months: { sv: "ett tal större än 0 och högst 120", en: "a number greater than 0 and at most 120" },
  positions: { sv: "ett heltal från 1 till 10 000", en: "a whole number from 1 to 10,000" },
  scope: {
    sv: "en andel större än 0 och högst 1 (eller procent större än 0 och högst 100)",
    en: "a share greater than 0 and at most 1 (or a percentage greater than 0 and at most 100)",
  },
  share: {
    sv: "en andel från 0 till 1 (eller procent upp till 100)",
    en: "a share from 0 to 1 (or a percentage up to 100)",
  },
  productionFactor: {
    sv: "en faktor från 0 till 1,5 (eller procent upp till 150)",
    en: "a factor from 0 to 1.5 (or a percentage up to 150)",
  },
  amount: { sv: "ett belopp i kronor från 0 till 1 000 000 000", en: "an amount in kronor from 0 to 1,000,000,000" },
  positiveSalary: {
    sv: "ett belopp i kronor större än 0 och högst 1 000 000 000 (krävs för anställning och lärlingsanställning)",
    en: "an amount in kronor greater than 0 and at most 1,000,000,000 (required for employment and apprenticeship)",
  },
  subsidy: {
    sv: "ingen, nystartsjobb, introduktionsjobb eller lönebidrag",
    en: "ingen, nystartsjobb, introduktionsjobb or lönebidrag (none, new start job, introduction job, wage subsidy)",
  },
  subsidyForInternship: { sv: "ingen (praktik har inget anställningsstöd)", en: "ingen (an internship has no employment subsidy)" },
  age: { sv: "ett heltal från 16 till 80", en: "a whole number from 16 to 80" },
  nonNegativeMonths: { sv: "antal månader, 0 eller mer", en: "a number of months, 0 or more" },
  boolean: {
    sv: "ja/nej, sant/falskt, TRUE/FALSE, 1/0 eller j/n",
    en: "yes/no, TRUE/FALSE, 1/0, ja/nej or j/n",
  },
  benefit: {
    sv: "etableringsersättning, a-kassa, aktivitetsstöd, utvecklingsersättning eller ingen",
    en: "etableringsersättning, a-kassa, aktivitetsstöd, utvecklingsersättning or ingen",
  },
  date: {
    sv: "ett datum (Excel-datum eller ÅÅÅÅ-MM-DD)",
    en: "a date (an Excel date or YYYY-MM-DD)",
  },
  endAfterStart: { sv: "ett datum som inte är före startdatum", en: "a date not before the start date" },
  monthsOrDates: {
    sv: "Antal månader, eller Startdatum och Planerat slutdatum",
    en: "Months, or a start date and a planned end date",
  },
  inputObject: { sv: "ett objekt med fält och värden", en: "an object of fields and values" },
} as const satisfies Record<string, BilingualText>;

export type AllowedKey = keyof typeof ALLOWED;

/** Formats a raw value for a message: strings quoted, other values as JSON-ish text. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `"${excerpt(value)}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "(tomt)";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "(ogiltigt datum)" : value.toISOString().slice(0, 10);
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    // Circular structures, BigInt and objects without a prototype cannot be shown; say what kind it was.
    return `(${typeof value})`;
  }
}

export const ERROR_TEXTS = {
  invalidValue: (field: BilingualText, value: string, allowed: BilingualText): BilingualText => ({
    sv: `Ogiltigt värde för ${field.sv}: ${value}. Tillåtet: ${allowed.sv}.`,
    en: `Invalid value for ${field.en}: ${value}. Allowed: ${allowed.en}.`,
  }),
  missingValue: (field: BilingualText, allowed: BilingualText): BilingualText => ({
    sv: `${field.sv} saknas. Ange ${allowed.sv}.`,
    en: `${field.en} is missing. Enter ${allowed.en}.`,
  }),
  unknownParameter: (key: string, year: number): BilingualText => ({
    sv: `Okänd parameter "${excerpt(key)}" för parameterår ${year}. Se SYSS.PARAMS för giltiga nycklar.`,
    en: `Unknown parameter "${excerpt(key)}" for parameter year ${year}. See SYSS.PARAMS for valid keys.`,
  }),
  invalidParameter: (key: string, value: string, allowed: BilingualText): BilingualText => ({
    sv: `Ogiltigt värde för parametern ${excerpt(key)}: ${value}. Tillåtet: ${allowed.sv}.`,
    en: `Invalid value for parameter ${excerpt(key)}: ${value}. Allowed: ${allowed.en}.`,
  }),
  unknownYear: (value: string, years: readonly number[]): BilingualText => ({
    sv: `Parameterår ${value} finns inte. Tillgängliga år: ${years.join(", ")}.`,
    en: `Parameter year ${value} is not available. Available years: ${years.join(", ")}.`,
  }),
} as const;

/** Allowed ranges of parameter overrides, by the parameter's kind. */
export const PARAMETER_ALLOWED = {
  share: { sv: "en andel från 0 till 1", en: "a share from 0 to 1" },
  amount: { sv: "ett belopp från 0 till 1 000 000 000", en: "an amount from 0 to 1,000,000,000" },
  positiveAmount: { sv: "ett belopp större än 0 och högst 1 000 000 000", en: "an amount greater than 0 and at most 1,000,000,000" },
  pbbMultiple: { sv: "ett antal prisbasbelopp från 0 till 1 000 000 000", en: "a number of price base amounts from 0 to 1,000,000,000" },
  multiplier: { sv: "en multipel från 0 till 1 000 000 000", en: "a multiplier from 0 to 1,000,000,000" },
  age: { sv: "en ålder i hela år från 0 till 120", en: "an age in whole years from 0 to 120" },
  months: { sv: "antal månader från 0 till 1 000 000 000", en: "a number of months from 0 to 1,000,000,000" },
  days: { sv: "antal dagar större än 0 och högst 31", en: "a number of days greater than 0 and at most 31" },
} as const satisfies Record<string, BilingualText>;

export const WARNING_TEXTS = {
  introNotEligible: {
    sv: "Personen uppfyller troligen inte villkoren för introduktionsjobb: stödet kräver att personen har fyllt 20 år.",
    en: "The person is probably not eligible for an introduction job: the subsidy requires the person to be 20 or older.",
  },
  nsjNotEligible: {
    sv: "Personen uppfyller troligen inte villkoren för nystartsjobb (ålder under 20, eller för kort tid i arbetslöshet: under 6 månader för 20–24 år, under 12 månader från 25 år).",
    en: "The person is probably not eligible for a new start job (age under 20, or too short unemployment: under 6 months at 20–24, under 12 months from 25).",
  },
  subsidyMonthsCapped: (paidMonths: number, months: number): BilingualText => ({
    sv: `Anställningsstödet betalas högst ${formatNumber(paidMonths)} av placeringens ${formatNumber(months)} månader.`,
    en: `The employment subsidy is paid for at most ${formatNumber(paidMonths)} of the placement's ${formatNumber(months)} months.`,
  }),
  housingBenefitAge: {
    sv: "Bostadsbidrag från 29 år lämnas bara till hushåll med barn; kontrollera uppgiften.",
    en: "From age 29 only households with children receive housing benefit; check the input.",
  },
  lowSalary: {
    sv: "Bruttolönen är lägre än 60 % av 20 000 kr × omfattningen; kontrollera att lönen avser hela månaden.",
    en: "The gross salary is below 60 % of 20,000 kr × scope; check that it is the monthly pay.",
  },
  salaryIgnoredForInternship: {
    sv: "Praktik har ingen lön i modellen; angiven bruttolön används inte.",
    en: "An internship has no pay in the model; the salary given is not used.",
  },
  internValueMissing: {
    sv: "Praktik utan produktionsvärde: modellen räknar då ingen produktion, bara handledning och administration, så samhällets resultat blir negativt. Ange Produktionsvärde per månad (kr) om praktikantens arbete har ett värde.",
    en: "Internship without a production value: the model then counts no output, only supervision and administration, so society's result is negative. Give the production value per month if the intern's work has a value.",
  },
} as const;

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
