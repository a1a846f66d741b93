/**
 * Swedish and English texts of the ex-ante tools: sizing steps, input labels, errors and warnings,
 * sensitivity dimension names. The clause text has its own table (clauseTexts.ts beside it).
 */
import type { BilingualText } from "./model";

/** Inputs of the sizing, as a user sees them. */
export const SIZING_FIELD_LABELS = {
  contractValue: { sv: "Kontraktsvärde för hela avtalstiden (kr)", en: "Contract value for the whole period (SEK)" },
  labourShare: { sv: "Lönekostnadsandel av kontraktsvärdet", en: "Labour-cost share of the contract value" },
  requirementShare: { sv: "Andel av lönekostnaden till kravet", en: "Share of the labour cost set aside for the requirement" },
  salary: { sv: "Månadslön för en placering (kr)", en: "Monthly salary of a placement (SEK)" },
  year: { sv: "Parameterår", en: "Parameter year" },
  contractMonths: { sv: "Avtalstid (månader)", en: "Contract length (months)" },
  pools: { sv: "Kartläggning (pool per målgrupp)", en: "Mapping (pool per target group)" },
} as const satisfies Record<string, BilingualText>;

export type SizingField = keyof typeof SIZING_FIELD_LABELS;

export const SIZING_ALLOWED = {
  positiveAmount: { sv: "ett belopp större än 0", en: "an amount greater than 0" },
  share: { sv: "en andel över 0 och högst 100 % (t.ex. 0,4 eller 40 %)", en: "a share above 0 and at most 100% (e.g. 0.4 or 40%)" },
  months: { sv: "ett antal månader större än 0 och högst 240", en: "a number of months above 0 and at most 240" },
  pool: { sv: "ett heltal 0 eller större", en: "a whole number 0 or greater" },
  poolList: { sv: "en lista [{\"targetGroup\": namn, \"pool\": antal}]", en: "a list [{\"targetGroup\": name, \"pool\": count}]" },
} as const satisfies Record<string, BilingualText>;

export const SIZING_ERRORS = {
  invalid: (label: BilingualText, value: string, allowed: BilingualText): BilingualText => ({
    sv: `${label.sv}: ${value} är inte tillåtet. Ange ${allowed.sv}.`,
    en: `${label.en}: ${value} is not allowed. Enter ${allowed.en}.`,
  }),
  missing: (label: BilingualText, allowed: BilingualText): BilingualText => ({
    sv: `${label.sv} saknas. Ange ${allowed.sv}.`,
    en: `${label.en} is missing. Enter ${allowed.en}.`,
  }),
};

export const SIZING_STEP_LABELS = {
  labourCost: { sv: "Lönekostnad i avtalet", en: "Labour cost in the contract" },
  requirementBudget: { sv: "Del av lönekostnaden som avsätts för kravet", en: "Part of the labour cost set aside for the requirement" },
  monthlyCost: { sv: "Lönekostnad för en heltidsmånad (lön × (1 + avgiftssats))", en: "Wage cost of one full-time month (salary × (1 + fee rate))" },
  exactMonths: { sv: "Heltidsmånader före avrundning", en: "Full-time months before rounding" },
  commitment: { sv: "Åtagande N (avrundat nedåt till hela månader)", en: "Commitment N (rounded down to whole months)" },
} as const satisfies Record<string, BilingualText>;

export const SIZING_WARNINGS = {
  poolTooSmall: (group: string, pool: number, needed: number): BilingualText => ({
    sv: `Kartläggningen visar ${pool} personer i ${group}, färre än tre gånger de ${needed} som behövs. Kravet kan bli svårt att uppfylla.`,
    en: `The mapping shows ${pool} people in ${group}, fewer than three times the ${needed} needed. The requirement may be hard to meet.`,
  }),
  allGroups: { sv: "alla målgrupper", en: "all target groups" } satisfies BilingualText,
  zeroCommitment: {
    sv: "Budgeten räcker inte till en enda heltidsmånad: N blir 0. Öka andelen eller välj ett annat avtal.",
    en: "The budget does not cover a single full-time month: N is 0. Raise the share or choose another contract.",
  } satisfies BilingualText,
};

export const SENSITIVITY_LABELS = {
  productionFactor: { sv: "Produktionsfaktor ±20 procentenheter", en: "Production factor ±20 percentage points" },
  salary: { sv: "Lön ±10 %", en: "Salary ±10%" },
  unemployedMonths: { sv: "Tid i arbetslöshet 6 / 12 / 24 / 36 månader", en: "Months unemployed 6 / 12 / 24 / 36" },
  subsidy: { sv: "Anställningsstöd med / utan", en: "Employment subsidy on / off" },
} as const satisfies Record<string, BilingualText>;

export const SENSITIVITY_ERRORS = {
  noProfiles: {
    sv: "Förhandskalkylen har inga placeringsprofiler. Ange minst en rad.",
    en: "The ex-ante estimate has no placement profiles. Enter at least one row.",
  } satisfies BilingualText,
  profilePrefix: (index: number): BilingualText => ({ sv: `Profil ${index}: `, en: `Profile ${index}: ` }),
};
