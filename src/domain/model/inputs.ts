/**
 * The model's canonical input (spec/model.md §2) and its parsing from a plain object of canonical keys
 * to raw values. Header rows and key/value blocks are mapped onto canonical keys in headers.ts first,
 * so every caller shares this one parser. Unknown keys are ignored; a known key with a bad value is a
 * ModelError.
 */
import { invalidInput, invalidValue, missingValue, unknownYear, valueTooLarge, ModelError } from "./errors";
import { calendarMonths } from "./months";
import { PARAMETER_YEARS, isParameterYear, type ParameterYear } from "./parameters";
import * as values from "./values";
import { aliasTable, type Parsed } from "./values";
import type { AllowedKey, FieldName } from "../i18n/model";

export type Organisation = "kommun" | "region" | "stat";
export type PlacementForm = "anställning" | "lärlingsanställning" | "praktik";
export type SubsidyKind = "ingen" | "nystartsjobb" | "introduktionsjobb" | "lönebidrag";
export type BenefitKind = "etableringsersättning" | "a-kassa" | "aktivitetsstöd" | "utvecklingsersättning" | "ingen";

// Module-level copies of the sentinels: under tsx (esbuild → CommonJS) every use of an imported binding
// goes through a getter, which cost about a fifth of the engine's time in the benchmark.
// The same for the parsers called per field.
const BLANK: typeof values.BLANK = values.BLANK;
const INVALID: typeof values.INVALID = values.INVALID;
const MAX_MAGNITUDE = values.MAX_MAGNITUDE;
const parseBooleanText = values.parseBoolean;
const parseChoiceText = values.parseChoice;
const parseDateSerial = values.parseDateSerial;
const parseNumberText = values.parseNumber;
const parseShareText = values.parseShare;

// Typed fast paths: a JSON input or a worksheet row mostly holds values of the right type already (a finite
// number, a boolean, a choice spelled exactly), which are taken as they are; anything else goes through
// the general parsers in values.ts, which give the same result for those values.

function parseNumber(raw: unknown): Parsed<number> {
  return typeof raw === "number" && Number.isFinite(raw) ? raw : parseNumberText(raw);
}

function parseShare(raw: unknown, factorLimit = 1): Parsed<number> {
  return typeof raw === "number" && raw >= 0 && raw <= factorLimit ? raw : parseShareText(raw, factorLimit);
}

function parseBoolean(raw: unknown): Parsed<boolean> {
  return typeof raw === "boolean" ? raw : parseBooleanText(raw);
}

function parseChoice<T extends string>(raw: unknown, aliases: ReadonlyMap<string, T>): Parsed<T> {
  if (raw === undefined) return BLANK;
  return (typeof raw === "string" ? aliases.get(raw) : undefined) ?? parseChoiceText(raw, aliases);
}

/** A validated input with defaults filled in, except those that depend on the parameter set (null). */
export interface ModelInput {
  readonly organisation: Organisation;
  readonly form: PlacementForm;
  readonly months: number;
  readonly positions: number;
  readonly scope: number;
  readonly salary: number;
  readonly subsidy: SubsidyKind;
  readonly subsidyRate: number;
  readonly productionFactor: number;
  readonly internValue: number;
  readonly age: number;
  readonly unemployedMonths: number;
  readonly newArrival: boolean;
  readonly aKassa: boolean;
  readonly priorIncome: number;
  /** null: derive from newArrival, aKassa and age (§4.1). */
  readonly benefit: BenefitKind | null;
  readonly housingBenefit: boolean;
  /** null: the parameter `bb.monthly`. */
  readonly housingBenefitAmount: number | null;
  /** null: the parameter `fs.housingCost`. */
  readonly housingCost: number | null;
  readonly supervisorSalary: number;
  readonly supervisionShare: number;
  readonly adminCost: number;
  readonly procurementCost: number;
  readonly bonus: number;
  /** null: the caller's year, else the newest. */
  readonly year: ParameterYear | null;
}

/** Raw values by canonical key, as read from JSON, a row or a key/value block. */
export type RawInput = Readonly<Record<string, unknown>>;

/** Every key the parser reads: the model inputs plus the placement dates months can be derived from. */
export const INPUT_KEYS = [
  "organisation", "form", "months", "positions", "scope", "salary", "subsidy", "subsidyRate", "productionFactor",
  "internValue", "age", "unemployedMonths", "newArrival", "aKassa", "priorIncome", "benefit", "housingBenefit",
  "housingBenefitAmount", "housingCost", "supervisorSalary", "supervisionShare", "adminCost", "procurementCost",
  "bonus", "year", "startDate", "plannedEndDate", "actualEndDate",
] as const satisfies readonly FieldName[];
export type InputKey = (typeof INPUT_KEYS)[number];

const ORGANISATIONS = aliasTable<Organisation>({
  kommun: ["municipality", "kommunen"],
  region: ["regionen", "landsting"],
  stat: ["state", "staten", "statlig myndighet", "myndighet", "government"],
});

const FORMS = aliasTable<PlacementForm>({
  anställning: ["employment", "anstallning", "job"],
  lärlingsanställning: ["apprenticeship", "lärling", "apprentice"],
  praktik: ["internship", "intern", "work placement"],
});

const SUBSIDIES = aliasTable<SubsidyKind>({
  ingen: ["none", "no", "nej", "inget"],
  nystartsjobb: ["nystart", "new start job", "new start jobs", "newstartjob"],
  introduktionsjobb: ["introduction job", "introductionjob", "intro"],
  lönebidrag: ["wage subsidy", "lönebidrag för utveckling", "wagesubsidy"],
});

const BENEFITS = aliasTable<BenefitKind>({
  etableringsersättning: ["establishment allowance", "etablering"],
  "a-kassa": ["unemployment insurance", "unemployment benefit", "akassa"],
  aktivitetsstöd: ["activity support", "activity grant"],
  utvecklingsersättning: ["development allowance", "development grant"],
  ingen: ["none", "inget", "no benefit"],
});

/** Reads one field, throwing a ModelError that names it when the raw value is invalid. */
function field<T>(key: FieldName, raw: unknown, parsed: Parsed<T>, allowed: AllowedKey): T | typeof BLANK {
  if (parsed === INVALID) throw invalidValue(key, raw, allowed);
  return parsed;
}

// The field readers take the raw value, read by the caller as a named property (`input.salary`): a load
// the engine's hot loop keeps monomorphic, where `input[key]` with a varying key would not be.

function amount(key: FieldName, raw: unknown): number | typeof BLANK {
  const value = field(key, raw, parseNumber(raw), "amount");
  if (value !== BLANK && value < 0) throw invalidValue(key, raw, "amount");
  if (value !== BLANK && value > MAX_MAGNITUDE) throw valueTooLarge(key, raw, "amount");
  return value;
}

function share(key: FieldName, raw: unknown): number | typeof BLANK {
  const value = field(key, raw, parseShare(raw), "share");
  if (value !== BLANK && value < 0) throw invalidValue(key, raw, "share");
  return value;
}

function flag(key: FieldName, raw: unknown): boolean {
  const value = field(key, raw, parseBoolean(raw), "boolean");
  return value === BLANK ? false : value;
}

function orDefault<T>(value: T | typeof BLANK, fallback: T): T {
  return value === BLANK ? fallback : value;
}

function parseYear(input: RawInput): ParameterYear | null {
  const raw = input.year;
  const value = parseNumber(raw);
  if (value === BLANK) return null;
  if (value === INVALID || !isParameterYear(value)) throw unknownYear(raw, PARAMETER_YEARS);
  return value;
}

/**
 * True for a placement row that has not started: neither months nor a start date. SYSS.EFFECTS leaves
 * such rows empty (an offered place has no period to value yet) instead of reporting missing months.
 */
export function isNotStarted(input: RawInput): boolean {
  return values.isBlank(input.months) && values.isBlank(input.startDate);
}

/**
 * Months given directly, or derived from the placement dates (end = actual end, else planned end) by the
 * team-wide calendar-month rule the template's Heltidsmånader formula also uses (months.ts).
 */
function parseMonths(input: RawInput): number {
  const raw = input.months;
  const given = field("months", raw, parseNumber(raw), "months");
  if (given !== BLANK) {
    if (!(given > 0 && given <= 120)) throw invalidValue("months", raw, "months");
    return given;
  }
  const start = field("startDate", input.startDate, parseDateSerial(input.startDate), "date");
  const actualEnd = field("actualEndDate", input.actualEndDate, parseDateSerial(input.actualEndDate), "date");
  const plannedEnd = field("plannedEndDate", input.plannedEndDate, parseDateSerial(input.plannedEndDate), "date");
  const endKey: FieldName = actualEnd !== BLANK ? "actualEndDate" : "plannedEndDate";
  const end = actualEnd !== BLANK ? actualEnd : plannedEnd;
  if (start === BLANK || end === BLANK) throw missingValue("months", "monthsOrDates");
  if (end < start) throw invalidValue(endKey, input[endKey], "endAfterStart");
  const months = calendarMonths(start, end);
  if (months > 120) throw invalidValue("months", Math.round(months * 100) / 100, "months");
  return months;
}

function isRecord(value: unknown): value is RawInput {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Validates a raw canonical object and fills in defaults. Throws ModelError on a bad value. */
export function parseInput(raw: unknown): ModelInput {
  if (!isRecord(raw)) throw invalidInput(raw);
  const input = raw;

  const form = field("form", input.form, parseChoice(input.form, FORMS), "form");
  if (form === BLANK) throw missingValue("form", "form");
  const isInternship = form === "praktik";

  const organisation = orDefault(field("organisation", input.organisation, parseChoice(input.organisation, ORGANISATIONS), "organisation"), "kommun");
  const months = parseMonths(input);

  const positionsRaw = input.positions;
  const positions = orDefault(field("positions", positionsRaw, parseNumber(positionsRaw), "positions"), 1);
  if (!(Number.isInteger(positions) && positions >= 1 && positions <= 10_000)) throw invalidValue("positions", positionsRaw, "positions");

  const scope = orDefault(field("scope", input.scope, parseShare(input.scope), "scope"), 1);
  if (!(scope > 0 && scope <= 1)) throw invalidValue("scope", input.scope, "scope");

  const salaryValue = amount("salary", input.salary);
  if (!isInternship && (salaryValue === BLANK || salaryValue <= 0)) {
    if (salaryValue === BLANK) throw missingValue("salary", "positiveSalary");
    throw invalidValue("salary", input.salary, "positiveSalary");
  }
  const salary = orDefault(salaryValue, 0);

  const subsidy = orDefault(field("subsidy", input.subsidy, parseChoice(input.subsidy, SUBSIDIES), "subsidy"), "ingen");
  if (isInternship && subsidy !== "ingen") throw invalidValue("subsidy", input.subsidy, "subsidyForInternship");

  const subsidyRateValue = share("subsidyRate", input.subsidyRate);
  if (subsidyRateValue !== BLANK && subsidyRateValue > 1) throw invalidValue("subsidyRate", input.subsidyRate, "share");
  const subsidyRate = orDefault(subsidyRateValue, 0.5);

  const factorRaw = input.productionFactor;
  const factorValue = field("productionFactor", factorRaw, parseShare(factorRaw, 1.5), "productionFactor");
  if (factorValue !== BLANK && !(factorValue >= 0 && factorValue <= 1.5)) throw invalidValue("productionFactor", factorRaw, "productionFactor");
  const productionFactor = orDefault(factorValue, form === "lärlingsanställning" ? 0.5 : 0.8);

  const internValue = orDefault(amount("internValue", input.internValue), 0);

  const ageRaw = input.age;
  const age = orDefault(field("age", ageRaw, parseNumber(ageRaw), "age"), 30);
  if (!(Number.isInteger(age) && age >= 16 && age <= 80)) throw invalidValue("age", ageRaw, "age");

  const unemployedRaw = input.unemployedMonths;
  const unemployedMonths = orDefault(field("unemployedMonths", unemployedRaw, parseNumber(unemployedRaw), "nonNegativeMonths"), 12);
  if (!(unemployedMonths >= 0)) throw invalidValue("unemployedMonths", unemployedRaw, "nonNegativeMonths");

  const supervisionShare = orDefault(share("supervisionShare", input.supervisionShare), 0);
  if (supervisionShare > 1) throw invalidValue("supervisionShare", input.supervisionShare, "share");

  const housingBenefitAmount = amount("housingBenefitAmount", input.housingBenefitAmount);
  const housingCost = amount("housingCost", input.housingCost);
  const benefit = field("benefit", input.benefit, parseChoice(input.benefit, BENEFITS), "benefit");

  return {
    organisation,
    form,
    months,
    positions,
    scope,
    salary,
    subsidy,
    subsidyRate,
    productionFactor,
    internValue,
    age,
    unemployedMonths,
    newArrival: flag("newArrival", input.newArrival),
    aKassa: flag("aKassa", input.aKassa),
    priorIncome: orDefault(amount("priorIncome", input.priorIncome), salary),
    benefit: benefit === BLANK ? null : benefit,
    housingBenefit: flag("housingBenefit", input.housingBenefit),
    housingBenefitAmount: housingBenefitAmount === BLANK ? null : housingBenefitAmount,
    housingCost: housingCost === BLANK ? null : housingCost,
    supervisorSalary: orDefault(amount("supervisorSalary", input.supervisorSalary), 0),
    supervisionShare,
    adminCost: orDefault(amount("adminCost", input.adminCost), 0),
    procurementCost: orDefault(amount("procurementCost", input.procurementCost), 0),
    bonus: orDefault(amount("bonus", input.bonus), 0),
    year: parseYear(input),
  };
}

/** parseInput as a result value, for callers that must never throw. */
export function tryParseInput(raw: unknown): { ok: true; input: ModelInput } | { ok: false; error: ModelError } {
  try {
    return { ok: true, input: parseInput(raw) };
  } catch (error) {
    if (error instanceof ModelError) return { ok: false, error };
    throw error;
  }
}
