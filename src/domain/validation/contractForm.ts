/**
 * Reads the Avtal form values the rules need (dates, commitment, start-rule months, accepted share,
 * parameter year) and reports unusable or missing ones. A blank start-rule month count or accepted share
 * falls back to the form's default (6 months, 75 %), which the template writes into a new workbook.
 */
import { CONTRACT_FIELD_BY_KEY, defaultRetentionDate } from "../followup/contract";
import { REQUIREMENT_TYPES, type RequirementType } from "../followup/lists";
import { requirementTypeOf } from "./counting";
import { isoToSerial, serialToIso } from "../common/dates";
import type { ContractFieldKey } from "../followup/names";
import { NEWEST_YEAR, isParameterYear, type ParameterYear } from "../model/parameters";
import { FRAGMENTS, STATUS_WORDS } from "../i18n/validation";
import type { BilingualText } from "../i18n/validation";
import { isBlankCell, readDate, readNumber, readShare, showCell } from "./cells";
import { finding, type Finding } from "./findings";
import type { ContractInput } from "./input";

export interface ContractDate {
  readonly serial: number;
  readonly iso: string;
}

export interface ContractTerms {
  readonly start: ContractDate | null;
  readonly end: ContractDate | null;
  /** N, full-time months; null when blank or unusable. */
  readonly commitment: number | null;
  readonly startDeadlineMonths: number;
  readonly approvedShare: number;
  readonly parameterYear: ParameterYear;
  /** Kravtyp as the formulas read it (blank = valfri); null when it is not a Kravtyp, and then no form counts. */
  readonly requirementType: RequirementType | null;
}

function defaultNumber(key: ContractFieldKey, fallback: number): number {
  const value = CONTRACT_FIELD_BY_KEY.get(key)?.default;
  return typeof value === "number" ? value : fallback;
}

export const DEFAULT_START_DEADLINE_MONTHS = defaultNumber("startDeadlineMonths", 6);
export const DEFAULT_APPROVED_SHARE = defaultNumber("approvedShare", 0.75);

/** The form's label of a field ("Avtalsstart"), used as the finding's column. */
export function contractLabel(key: ContractFieldKey): string {
  return CONTRACT_FIELD_BY_KEY.get(key)?.label ?? key;
}

/** The label of the field whose value cell is at `address`, or "" for other cells. */
export function contractLabelAt(contract: ContractInput, address: string): string {
  for (const [key, cell] of Object.entries(contract.fields)) {
    if (cell?.address === address) return contractLabel(key as ContractFieldKey);
  }
  return "";
}

/** The place of a form field: its value cell (or "" when the workbook lacks the field's name). */
export function contractPlace(contract: ContractInput, key: ContractFieldKey) {
  return { sheet: contract.sheet, address: contract.fields[key]?.address ?? "", column: contractLabel(key), rowId: "" };
}

const MISSING_CONSEQUENCE: Partial<Record<ContractFieldKey, BilingualText>> = {
  start: STATUS_WORDS.noStartConsequence,
  end: STATUS_WORDS.noEndConsequence,
  commitmentMonths: STATUS_WORDS.noCommitmentConsequence,
  requirementType: STATUS_WORDS.noRequirementConsequence,
};

/**
 * Retention (amendment v1.1 item 8): past "Gallras senast" – or, when it is blank, Avtalsslut + 2 years –
 * a workbook that still holds placements gets a warning. An unreadable date is reported by readContractTerms.
 */
export function retentionFindings(contract: ContractInput, terms: ContractTerms, placementCount: number, today: number): Finding[] {
  const cell = contract.fields.retentionDate;
  const read = readDate(cell?.value ?? null);
  if (read.kind === "invalid") return []; // reported with the other form values (readContractTerms)
  let due: string | null = read.kind === "date" ? serialToIso(read.serial) : defaultRetentionDate(terms.end?.iso);
  if (due === null || placementCount === 0) return [];
  if (isoToSerial(due) >= today) return [];
  const place = cell !== undefined ? contractPlace(contract, "retentionDate") : contractPlace(contract, "end");
  due = due.slice(0, 10);
  return [finding("RETENTION_PASSED", place, { due, count: String(placementCount) })];
}

export function readContractTerms(contract: ContractInput, sensitive: ReadonlySet<string>): { terms: ContractTerms; findings: Finding[] } {
  const findings: Finding[] = [];
  const shown = (key: ContractFieldKey) => {
    const cell = contract.fields[key];
    if (cell === undefined) return "";
    return sensitive.has(cell.address) ? FRAGMENTS.hiddenPersonalData : showCell(cell.value);
  };
  const missing = (key: ContractFieldKey): void => {
    const consequence = MISSING_CONSEQUENCE[key];
    if (consequence !== undefined) findings.push(finding("CONTRACT_VALUE_MISSING", contractPlace(contract, key), { consequence }));
  };
  const date = (key: ContractFieldKey): ContractDate | null => {
    const read = readDate(contract.fields[key]?.value ?? null);
    if (read.kind === "blank") missing(key);
    if (read.kind === "invalid") findings.push(finding("NOT_A_DATE", contractPlace(contract, key), { rowId: "Avtal", value: shown(key) }));
    if (read.kind !== "date") return null;
    if (read.asText) {
      const values = { rowId: "Avtal", value: shown(key), proposal: serialToIso(read.serial), consequence: FRAGMENTS.textDiffersByLocale };
      findings.push(finding("DATE_AS_TEXT", contractPlace(contract, key), values));
    }
    return { serial: read.serial, iso: serialToIso(read.serial) };
  };
  const number = (key: ContractFieldKey, share = false): number | null => {
    const read = share ? readShare(contract.fields[key]?.value ?? null) : readNumber(contract.fields[key]?.value ?? null);
    if (read.kind === "blank") missing(key);
    if (read.kind === "invalid") findings.push(finding("NOT_A_NUMBER", contractPlace(contract, key), { rowId: "Avtal", value: shown(key) }));
    return read.kind === "number" ? read.value : null;
  };
  const start = date("start");
  const end = date("end");
  const commitment = number("commitmentMonths");
  const startDeadlineMonths = number("startDeadlineMonths");
  const approvedShare = number("approvedShare", true);
  const requirementCell = contract.fields.requirementType?.value ?? null;
  const requirementType = requirementTypeOf(requirementCell);
  if (isBlankCell(requirementCell) && contract.fields.requirementType !== undefined) missing("requirementType");
  if (requirementType === null) {
    findings.push(
      finding("LIST_UNKNOWN", contractPlace(contract, "requirementType"), { rowId: "Avtal", value: shown("requirementType"), allowed: REQUIREMENT_TYPES.join(", ") }),
    );
  }
  date("retentionDate"); // only checked here; the retention rule reads it with the placements (retentionFindings)
  const year = readNumber(contract.fields.parameterYear?.value ?? null);
  const parameterYear = year.kind === "number" && isParameterYear(year.value) ? year.value : NEWEST_YEAR;
  return {
    terms: {
      start,
      end,
      commitment: commitment !== null && commitment > 0 ? commitment : null,
      startDeadlineMonths: startDeadlineMonths ?? DEFAULT_START_DEADLINE_MONTHS,
      approvedShare: approvedShare ?? DEFAULT_APPROVED_SHARE,
      parameterYear,
      requirementType,
    },
    findings,
  };
}
