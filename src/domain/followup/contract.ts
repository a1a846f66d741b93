/**
 * The contract (Avtal) fields and the parsing of a contract JSON object into checked values.
 * Bad input is a ContractError naming the field, with a Swedish and an English message.
 */
import { CONTRACT_ERRORS, fill, type ContractErrorCode, type FollowupLang } from "../i18n/followup";
import { ORGANISATION_TYPES, REPORTING_INTERVALS, REQUIREMENT_TYPES } from "./lists";
import { CONTRACT_NAMES, type ContractFieldKey } from "./names";
import { isIsoDate } from "./dates";
import { NEWEST_YEAR, PARAMETER_YEARS, type ParameterYear } from "../model/parameters";

export type ContractFieldType = "text" | "orgNumber" | "date" | "enum" | "integer" | "number" | "share" | "amount";

export interface ContractField {
  readonly key: ContractFieldKey;
  readonly label: string;
  readonly labelEn: string;
  /** The label cut to fit Excel's 32-character data-validation titles (excelLimits.ts); only where the label is longer. */
  readonly shortLabel?: string;
  readonly help: string;
  /** Workbook-scoped name of the value cell on the Avtal sheet. */
  readonly name: string;
  readonly type: ContractFieldType;
  readonly options?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly default?: string | number;
}

/** Parameter years the model has (the model's own list); the contract's Parameterår must be one of them. */
export const CONTRACT_PARAMETER_YEARS: readonly ParameterYear[] = PARAMETER_YEARS;

function field(key: ContractFieldKey, rest: Omit<ContractField, "key" | "name">): ContractField {
  return { key, name: CONTRACT_NAMES[key], ...rest };
}

/** The Avtal form, top to bottom. */
export const CONTRACT_FIELDS: readonly ContractField[] = [
  field("name", { label: "Avtalsnamn", labelEn: "Contract name", help: "Avtalets namn som det står i avtalet.", type: "text" }),
  field("contractId", { label: "Avtals-ID/diarienummer", labelEn: "Contract ID / reference number", help: "Diarienummer eller avtals-ID.", type: "text" }),
  field("procurer", { label: "Upphandlande organisation", labelEn: "Procuring organisation", help: "Den organisation som har upphandlat.", type: "text" }),
  field("organisationType", {
    label: "Organisationstyp", labelEn: "Organisation type",
    help: "kommun, region eller stat – avgör vem som bär upphandlingskostnad och bonus i kalkylen.",
    type: "enum", options: ORGANISATION_TYPES, default: "kommun",
  }),
  field("supplier", { label: "Leverantör", labelEn: "Supplier", help: "Leverantörens namn.", type: "text" }),
  field("supplierOrgNumber", {
    label: "Leverantörens organisationsnummer", labelEn: "Supplier's organisation number", shortLabel: "Leverantörens org.nr",
    help: "Formen NNNNNN-NNNN; sista siffran är en kontrollsiffra.", type: "orgNumber",
  }),
  field("start", { label: "Avtalsstart", labelEn: "Contract start", help: "Första dagen avtalet gäller (ÅÅÅÅ-MM-DD).", type: "date" }),
  field("end", { label: "Avtalsslut", labelEn: "Contract end", help: "Sista dagen avtalet gäller (ÅÅÅÅ-MM-DD).", type: "date" }),
  field("requirementType", {
    label: "Kravtyp", labelEn: "Type of requirement",
    help: "Vilken sysselsättningsform kravet gäller: anställning, praktik, lärlingsanställning eller valfri.",
    type: "enum", options: REQUIREMENT_TYPES, default: "anställning",
  }),
  field("commitmentMonths", {
    label: "Åtagande i heltidsmånader (N)", labelEn: "Commitment in full-time months (N)",
    help: "Placeringarna ska sammanlagt uppgå till minst så många heltidsmånader.", type: "number", min: 0, max: 100_000,
  }),
  field("startDeadlineMonths", {
    label: "Senaste första start, månader efter avtalsstart", labelEn: "Latest first start, months after contract start",
    shortLabel: "Senaste första start (månader)",
    help: "Startregeln: inom så många månader ska minst en placering ha startat eller erbjudits.",
    type: "integer", min: 0, max: 120, default: 6,
  }),
  field("approvedShare", {
    label: "Godkänd andel vid förtida avslut", labelEn: "Accepted share on early termination",
    help: "75 %-regeln: vid förtida avslut räcker denna andel av heltidsmånaderna.", type: "share", min: 0, max: 1, default: 0.75,
  }),
  field("reportingInterval", {
    label: "Rapporteringsintervall", labelEn: "Reporting interval",
    help: "Hur ofta leverantören rapporterar; styr raderna på bladet Rapporter.",
    type: "enum", options: REPORTING_INTERVALS, default: "kvartal",
  }),
  field("matchingOrganisation", {
    label: "Matchningsansvarig (organisation)", labelEn: "Matching organisation",
    help: "Kommunens arbetsmarknadsenhet eller Arbetsförmedlingen.", type: "text",
  }),
  field("procurementCost", {
    label: "Upphandlingskostnad (kr)", labelEn: "Procurement cost (SEK)",
    help: "Merkostnad för att ställa och följa upp kravet, för hela avtalet.", type: "amount", min: 0, default: 0,
  }),
  field("bonusPerPlace", {
    label: "Bonus per extra plats (kr)", labelEn: "Bonus per extra place (SEK)",
    help: "Bonusklausul: belopp per extra plats utöver åtagandet (0 = ingen bonus).", type: "amount", min: 0, default: 0,
  }),
  field("maxBonusPlaces", {
    label: "Max antal bonusplatser", labelEn: "Maximum bonus places",
    help: "Högst så många extra platser ger bonus.", type: "integer", min: 0, max: 10_000, default: 0,
  }),
  field("parameterYear", {
    label: "Parameterår", labelEn: "Parameter year",
    help: "Vilket års parametrar den samhällsekonomiska kalkylen använder.",
    type: "integer", options: CONTRACT_PARAMETER_YEARS.map(String), default: NEWEST_YEAR,
  }),
  // Sanctions of the clause (spec/exante.md §3); no default: the clause names them until they are set.
  // Last in the form, so the value cells of workbooks made before them keep their rows.
  field("penaltyPerMissingMonth", {
    label: "Vite per saknad heltidsmånad (kr)", labelEn: "Penalty per missing full-time month (SEK)",
    shortLabel: "Vite per saknad heltidsmånad",
    help: "Vite för varje heltidsmånad som saknas mot åtagandet när rättelse inte skett.", type: "amount", min: 0,
  }),
  field("penaltyPerMissingReport", {
    label: "Vite för utebliven rapport (kr)", labelEn: "Penalty for a missing report (SEK)",
    help: "Vite för varje rapport som inte lämnats trots påminnelse.", type: "amount", min: 0,
  }),
  field("retentionDate", {
    label: "Gallras senast", labelEn: "Delete by",
    help: "Dag då placeringarnas uppgifter ska vara raderade eller anonymiserade. Förval: avtalsslut + 2 år; ändra efter er gallringsplan.",
    type: "date",
  }),
];

/** Years after Avtalsslut that "Gallras senast" defaults to (amendment v1.1 item 8). */
export const RETENTION_YEARS_AFTER_END = 2;

/** Avtalsslut + RETENTION_YEARS_AFTER_END years (29 February → 28 February); null without a valid end. */
export function defaultRetentionDate(end: string | number | null | undefined): string | null {
  if (typeof end !== "string" || !isIsoDate(end)) return null;
  const [year, month, day] = end.split("-").map(Number) as [number, number, number];
  const target = year + RETENTION_YEARS_AFTER_END;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

export const CONTRACT_FIELD_BY_KEY: ReadonlyMap<ContractFieldKey, ContractField> = new Map(
  CONTRACT_FIELDS.map((f) => [f.key, f]),
);

/** A parsed contract: every field optional (an empty template has none), values checked. */
export type ContractValues = { readonly [K in ContractFieldKey]?: string | number };

export interface TargetGroup {
  readonly name: string;
  readonly description?: string;
  readonly expectedPlaces?: number;
}

export interface Contract {
  readonly values: ContractValues;
  /** null when the JSON gave none (the template then offers example groups). */
  readonly targetGroups: readonly TargetGroup[] | null;
}

/** A bad value in contract input. `field` is the JSON key; messages are complete sentences. */
export class ContractError extends Error {
  readonly field: string;
  readonly code: ContractErrorCode;
  readonly messageSv: string;
  readonly messageEn: string;

  constructor(code: ContractErrorCode, field: string, value: unknown, allowed = "") {
    const shown = describeValue(value);
    const texts = CONTRACT_ERRORS[code];
    const messageSv = fill(texts.sv, { field, value: shown, allowed });
    super(messageSv);
    this.name = "ContractError";
    this.code = code;
    this.field = field;
    this.messageSv = messageSv;
    this.messageEn = fill(texts.en, { field, value: shown, allowed });
  }

  inLanguage(lang: FollowupLang): string {
    return lang === "en" ? this.messageEn : this.messageSv;
  }
}

export function isContractError(error: unknown): error is ContractError {
  return error instanceof ContractError;
}

function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "inget värde";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Swedish organisation number NNNNNN-NNNN with a valid Luhn check digit. */
export function checkOrgNumber(raw: string): "ok" | "format" | "checksum" {
  const match = /^(\d{6})-?(\d{4})$/.exec(raw.trim());
  if (!match) return "format";
  return luhnValid(match[1] + match[2]) ? "ok" : "checksum";
}

/** Luhn (mod 10) check over a digit string, the last digit being the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Counting from the right, every second digit (starting with the one left of the check digit) is doubled.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Normalises an org number to NNNNNN-NNNN (the form the workbook stores). */
export function formatOrgNumber(raw: string): string {
  const digits = raw.replace(/\D/g, "");
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

function parseFieldValue(spec: ContractField, raw: unknown): string | number {
  const name = spec.key;
  switch (spec.type) {
    case "text":
      if (typeof raw !== "string") throw new ContractError("notText", name, raw);
      return raw.trim();
    case "orgNumber": {
      if (typeof raw !== "string") throw new ContractError("notText", name, raw);
      const check = checkOrgNumber(raw);
      if (check === "format") throw new ContractError("orgNumberFormat", name, raw);
      if (check === "checksum") throw new ContractError("orgNumberChecksum", name, raw);
      return formatOrgNumber(raw);
    }
    case "date":
      if (typeof raw !== "string" || !isIsoDate(raw)) throw new ContractError("notDate", name, raw);
      return raw;
    case "enum": {
      const options = spec.options ?? [];
      const found = typeof raw === "string" ? options.find((option) => option === raw.trim().toLowerCase()) : undefined;
      if (found === undefined) throw new ContractError("notInList", name, raw, options.join(", "));
      return found;
    }
    case "integer":
    case "number":
    case "share":
    case "amount": {
      const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw.replace(",", ".")) : raw;
      if (typeof value !== "number" || !Number.isFinite(value)) throw new ContractError("notNumber", name, raw);
      if (spec.type === "integer" && !Number.isInteger(value)) throw new ContractError("notInteger", name, raw);
      if (spec.options && !spec.options.includes(String(value))) throw new ContractError("notInList", name, raw, spec.options.join(", "));
      const min = spec.min ?? -Infinity;
      const max = spec.max ?? Infinity;
      // A commitment of zero months is no commitment: N must be positive.
      const tooLow = spec.key === "commitmentMonths" ? value <= 0 : value < min;
      if (tooLow || value > max) {
        const allowed = spec.key === "commitmentMonths" ? `(0, ${max}]` : `[${min}, ${Number.isFinite(max) ? max : "∞"}]`;
        throw new ContractError("outOfRange", name, raw, allowed);
      }
      return value;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseTargetGroups(raw: unknown): TargetGroup[] {
  if (!Array.isArray(raw)) throw new ContractError("notArray", "targetGroups", raw);
  return raw.map((item, index) => {
    const where = `targetGroups[${index}]`;
    if (typeof item === "string" && item.trim() !== "") return { name: item.trim() };
    if (!isRecord(item) || typeof item.name !== "string" || item.name.trim() === "") {
      throw new ContractError("notText", `${where}.name`, isRecord(item) ? item.name : item);
    }
    const group: { name: string; description?: string; expectedPlaces?: number } = { name: item.name.trim() };
    if (item.description !== undefined) {
      if (typeof item.description !== "string") throw new ContractError("notText", `${where}.description`, item.description);
      group.description = item.description;
    }
    if (item.expectedPlaces !== undefined) {
      const places = item.expectedPlaces;
      if (typeof places !== "number" || !Number.isInteger(places) || places < 0) {
        throw new ContractError("outOfRange", `${where}.expectedPlaces`, places, "[0, ∞)");
      }
      group.expectedPlaces = places;
    }
    return group;
  });
}

/**
 * Parses a contract JSON object (keys = CONTRACT_FIELDS keys, plus optional `targetGroups`).
 * Unknown keys are left for other readers (e.g. `placements`); null or missing fields stay empty.
 */
export function parseContract(raw: unknown): Contract {
  if (!isRecord(raw)) throw new ContractError("notObject", "", raw);
  const values: Partial<Record<ContractFieldKey, string | number>> = {};
  for (const spec of CONTRACT_FIELDS) {
    const value = raw[spec.key];
    if (value === undefined || value === null || value === "") continue;
    values[spec.key] = parseFieldValue(spec, value);
  }
  if (typeof values.start === "string" && typeof values.end === "string" && values.end < values.start) {
    throw new ContractError("endBeforeStart", "end", values.end);
  }
  const targetGroups = raw.targetGroups === undefined || raw.targetGroups === null ? null : parseTargetGroups(raw.targetGroups);
  return { values, targetGroups };
}

/** The value the Avtal form shows: the contract's, else the field default, else empty. */
export function contractValueOrDefault(contract: Contract | undefined, key: ContractFieldKey): string | number | null {
  const given = contract?.values[key];
  if (given !== undefined) return given;
  if (key === "retentionDate") return defaultRetentionDate(contract?.values.end);
  return CONTRACT_FIELD_BY_KEY.get(key)?.default ?? null;
}
