/**
 * The calculator's form: every model input (spec/model.md §2) with its kind, group and default, and the
 * conversion of the form's text values into the model's raw input. Labels come from the model's own
 * field names (so an error message names the field as the form does); help texts from i18n/ui.
 */
import { PARAMETER_YEARS, NEWEST_YEAR, type ParameterYear, type RawInput } from "../../domain/model";
import type { UiKey } from "../../domain/i18n/ui";

export type CalcFieldKind = "choice" | "amount" | "number" | "integer" | "percent" | "boolean";
export type CalcGroup = "calculation" | "placement" | "person" | "costs";

export const CALC_INPUT_KEYS = [
  "organisation", "form", "months", "positions", "scope", "salary", "subsidy", "subsidyRate", "productionFactor",
  "internValue", "age", "unemployedMonths", "newArrival", "aKassa", "priorIncome", "benefit", "housingBenefit",
  "housingBenefitAmount", "housingCost", "supervisorSalary", "supervisionShare", "adminCost", "procurementCost", "bonus",
] as const;
export type CalcInputKey = (typeof CALC_INPUT_KEYS)[number];
export type CalcFieldKey = CalcInputKey | "year";

export interface CalcField {
  readonly key: CalcFieldKey;
  readonly kind: CalcFieldKind;
  readonly group: CalcGroup;
  /** The form's starting text ("" = empty, the model's own default applies). */
  readonly initial: string;
  /** Choice values (the model's canonical words); "" is the "derived/default" choice where allowed. */
  readonly options?: readonly string[];
  /** Empty is allowed and means "the model's default". */
  readonly optional?: boolean;
  readonly help: UiKey;
  /** A unit the number is in when it is not a percentage or kronor ("mån", "år"), named in the label too. */
  readonly unit?: UiKey;
}

function f(key: CalcFieldKey, kind: CalcFieldKind, group: CalcGroup, initial: string, extra: Partial<CalcField> = {}): CalcField {
  return { key, kind, group, initial, help: `calc.help.${key}` as UiKey, ...extra };
}

/**
 * Defaults: a typical full-time job for a year, a supervisor's tenth of a month, no procurement cost —
 * an example a procurer recognises, not the model's bare minimums.
 */
export const CALC_FIELDS: readonly CalcField[] = [
  f("year", "choice", "calculation", String(NEWEST_YEAR), { options: PARAMETER_YEARS.map(String) }),
  f("organisation", "choice", "calculation", "kommun", { options: ["kommun", "region", "stat"] }),
  f("form", "choice", "placement", "anställning", { options: ["anställning", "lärlingsanställning", "praktik"] }),
  f("months", "number", "placement", "12", { unit: "calc.unit.months" }),
  f("positions", "integer", "placement", "1"),
  f("scope", "percent", "placement", "100"),
  f("salary", "amount", "placement", "25000"),
  f("subsidy", "choice", "placement", "ingen", { options: ["ingen", "nystartsjobb", "introduktionsjobb", "lönebidrag"] }),
  f("subsidyRate", "percent", "placement", "50"),
  f("productionFactor", "percent", "placement", "", { optional: true }),
  f("internValue", "amount", "placement", "0"),
  f("age", "integer", "person", "30", { unit: "calc.unit.years" }),
  f("unemployedMonths", "number", "person", "12", { unit: "calc.unit.months" }),
  f("newArrival", "boolean", "person", "false"),
  f("aKassa", "boolean", "person", "false"),
  f("priorIncome", "amount", "person", "", { optional: true }),
  f("benefit", "choice", "person", "", {
    optional: true,
    options: ["", "etableringsersättning", "a-kassa", "aktivitetsstöd", "utvecklingsersättning", "ingen"],
  }),
  f("housingBenefit", "boolean", "person", "false"),
  f("housingBenefitAmount", "amount", "person", "", { optional: true }),
  f("housingCost", "amount", "person", "", { optional: true }),
  f("supervisorSalary", "amount", "costs", "35000"),
  f("supervisionShare", "percent", "costs", "10"),
  f("adminCost", "amount", "costs", "10000"),
  f("procurementCost", "amount", "costs", "0"),
  f("bonus", "amount", "costs", "0"),
];

export const CALC_GROUPS: readonly CalcGroup[] = ["calculation", "placement", "person", "costs"];

export type CalcFormState = Readonly<Record<CalcFieldKey, string>>;

export function initialCalcState(): CalcFormState {
  return Object.fromEntries(CALC_FIELDS.map((field) => [field.key, field.initial])) as CalcFormState;
}

export type CalcPreset = "standard" | "uhm2019";
export const CALC_PRESETS: readonly CalcPreset[] = ["standard", "uhm2019"];

/**
 * Upphandlingsmyndighetens worked example (docs/method.md, section 5), as the form's texts: a municipal
 * procurer, a year's full-time job at 20 500 kr with nystartsjobb, a new arrival 18 months unemployed,
 * parameter year 2019.
 */
const UHM_2019: Partial<Record<CalcFieldKey, string>> = {
  year: "2019", organisation: "kommun", form: "anställning", months: "12", positions: "1", scope: "100", salary: "20500",
  subsidy: "nystartsjobb", productionFactor: "80", internValue: "0", age: "30", unemployedMonths: "18", newArrival: "true",
  aKassa: "false", housingBenefit: "true", supervisorSalary: "30000", supervisionShare: "10", adminCost: "10000",
  procurementCost: "40000", bonus: "0",
};

export function presetState(preset: CalcPreset): CalcFormState {
  return preset === "standard" ? initialCalcState() : { ...initialCalcState(), ...UHM_2019 };
}

/** The preset the form holds exactly, or null once the user changed a value. */
export function presetOf(state: CalcFormState): CalcPreset | null {
  return CALC_PRESETS.find((preset) => CALC_FIELDS.every((field) => presetState(preset)[field.key] === state[field.key])) ?? null;
}

/** "20 500", "0,5" → number; undefined when the text is not a plain number. */
export function parseFormNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return undefined;
  return Number(compact);
}

/** Raw model value of one field; text that is not a number goes through as text so the model names the field. */
function rawValue(field: CalcField, text: string): unknown {
  switch (field.kind) {
    case "boolean":
      return text === "true";
    case "choice":
      return text;
    case "percent": {
      const value = parseFormNumber(text);
      // A fraction, never a bare percentage: 1 % written as 1 would otherwise read as 100 %.
      return value === undefined ? text : value / 100;
    }
    default: {
      const value = parseFormNumber(text);
      return value === undefined ? text : value;
    }
  }
}

/** The model's raw input from the form (empty optional fields left out) and the chosen parameter year. */
export function calcFormToInput(state: CalcFormState): { input: RawInput; year: ParameterYear } {
  const input: Record<string, unknown> = {};
  for (const field of CALC_FIELDS) {
    if (field.key === "year") continue;
    const text = state[field.key].trim();
    if (text === "") continue;
    input[field.key] = rawValue(field, text);
  }
  const year = Number(state.year);
  return { input, year: (PARAMETER_YEARS as readonly number[]).includes(year) ? (year as ParameterYear) : NEWEST_YEAR };
}
