/**
 * The Avtal form in the pane: text state per contract field, its defaults, and the conversion into the
 * contract JSON that src/domain/followup parses (so the pane and `syss template --contract` accept the
 * same thing). Shares are typed as percentages in the form and stored as fractions.
 */
import { CONTRACT_FIELDS, parseContract, isContractError, type Contract, type ContractField } from "../../domain/followup/contract";
import type { ContractFieldKey } from "../../domain/followup/names";
import { TaskpaneError } from "../shell/errors";

/** A contract field the form cannot accept; `field` lets the view mark the input. */
export class ContractFormError extends TaskpaneError {
  readonly field: string;

  constructor(field: string, detail: { sv: string; en: string }, cause: unknown) {
    super("error.contractInvalid", detail, { cause });
    this.field = field;
  }
}

export interface ContractFormState {
  readonly values: Readonly<Record<ContractFieldKey, string>>;
  /** One target group per line. */
  readonly targetGroups: string;
}

function initialText(field: ContractField): string {
  if (field.default === undefined) return "";
  if (field.type === "share" && typeof field.default === "number") return String(Math.round(field.default * 1000) / 10);
  return String(field.default);
}

export function initialContractForm(): ContractFormState {
  const values = Object.fromEntries(CONTRACT_FIELDS.map((field) => [field.key, initialText(field)])) as Record<ContractFieldKey, string>;
  return { values, targetGroups: "" };
}

/** The form showing a parsed contract (e.g. the one in the workbook), defaults where it has no value. */
export function contractFormFrom(contract: Contract): ContractFormState {
  const initial = initialContractForm();
  const values = { ...initial.values };
  for (const field of CONTRACT_FIELDS) {
    const value = contract.values[field.key];
    if (value === undefined) continue;
    values[field.key] = field.type === "share" && typeof value === "number" ? String(Math.round(value * 1000) / 10) : String(value);
  }
  return { values, targetGroups: (contract.targetGroups ?? []).map((group) => group.name).join("\n") };
}

function jsonValue(field: ContractField, text: string): string | number {
  if (field.type === "share") {
    const value = Number(text.replace(",", ".").replace(/\s|%/g, ""));
    // Typed as a percentage; the contract parser checks the range and reports the field if it is not a number.
    return Number.isFinite(value) ? value / 100 : text;
  }
  if (field.type === "integer" || field.type === "number" || field.type === "amount") {
    const value = Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));
    return Number.isFinite(value) ? value : text;
  }
  return text;
}

/** The form as contract JSON (blank fields left out). */
export function contractJson(state: ContractFormState): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const field of CONTRACT_FIELDS) {
    const text = state.values[field.key].trim();
    if (text !== "") json[field.key] = jsonValue(field, text);
  }
  const groups = state.targetGroups
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (groups.length > 0) json.targetGroups = groups;
  return json;
}

/** Parses the form; a bad field becomes a TaskpaneError carrying the contract parser's bilingual message. */
export function contractFromForm(state: ContractFormState): Contract {
  try {
    return parseContract(contractJson(state));
  } catch (error) {
    if (isContractError(error)) {
      // The parser names the JSON key; the pane names the field as the form shows it.
      const field = CONTRACT_FIELDS.find((candidate) => candidate.key === error.field);
      const named = (message: string, label: string | undefined) =>
        label && message.startsWith(`${error.field}:`) ? `${label}:${message.slice(error.field.length + 1)}` : message;
      throw new ContractFormError(error.field, { sv: named(error.messageSv, field?.label), en: named(error.messageEn, field?.labelEn) }, error);
    }
    throw error;
  }
}
