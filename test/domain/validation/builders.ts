/**
 * Test data for the validation: a ValidationInput laid out like the template (same headers, same
 * addresses), with placement and report rows given by column key and dates as ISO text.
 */
import { isIsoDate, isoToSerial } from "../../../src/domain/common/dates";
import { SHEETS, TABLES, PARAMETER_HEADERS, TARGET_GROUP_HEADERS, type ContractFieldKey, type PlacementColumnKey, type ReportColumnKey } from "../../../src/domain/followup/names";
import { PLACEMENTS_TABLE, REPORTS_TABLE, contractValueCell } from "../../../src/domain/followup/template";
import { CONTRACT_FIELDS } from "../../../src/domain/followup/contract";
import type { InputCell, TableInput, ValidationInput } from "../../../src/domain/validation/input";

export const DATE_KEYS: ReadonlySet<string> = new Set(["offeredDate", "startDate", "plannedEndDate", "actualEndDate", "periodFrom", "periodTo", "dueDate", "receivedDate", "reviewDate", "deadline", "start", "end", "retentionDate"]);

/** ISO text in a date column becomes an Excel serial (what Excel stores); other values stay. */
function cellFor(key: string, value: InputCell | undefined): InputCell {
  if (value === undefined) return null;
  if (typeof value === "string" && DATE_KEYS.has(key) && isIsoDate(value)) return isoToSerial(value);
  return value;
}

export type PlacementData = Partial<Record<PlacementColumnKey, InputCell>>;
export type ReportData = Partial<Record<ReportColumnKey, InputCell>>;
export type ContractData = Partial<Record<ContractFieldKey, InputCell>>;

/** A complete, valid placement; tests override the fields they break. */
export function goodPlacement(overrides: PlacementData = {}): PlacementData {
  return {
    caseId: "P-001",
    targetGroup: "Långtidsarbetslös",
    gender: "Kvinna",
    age: 34,
    form: "anställning",
    employmentType: "Tidsbegränsad",
    offeredDate: "2025-02-01",
    startDate: "2025-03-01",
    plannedEndDate: "2026-03-31",
    endReason: "Pågår",
    scope: 1,
    salary: 24_000,
    subsidy: "ingen",
    unemployedMonths: 18,
    newArrival: "Nej",
    aKassa: "Nej",
    housingBenefit: "Nej",
    supervisorSalary: 32_000,
    supervisionShare: 0.1,
    ...overrides,
  };
}

export const DEFAULT_CONTRACT: ContractData = {
  name: "Städtjänster 2025",
  start: "2025-01-01",
  end: "2026-12-31",
  // Every form counts (the rules' tests use praktik rows); Kravtyp's own tests set it.
  requirementType: "valfri",
  commitmentMonths: 12,
  startDeadlineMonths: 6,
  approvedShare: 0.75,
  parameterYear: 2026,
};

function tableInput(name: string, sheet: string, headers: readonly string[], keys: readonly string[], rows: readonly Record<string, InputCell | undefined>[]): TableInput {
  return {
    name,
    sheet,
    headers,
    firstDataRow: 2,
    firstColumn: 0,
    rows: rows.map((row) => keys.map((key) => cellFor(key, row[key]))),
  };
}

export interface WorkbookData {
  contract?: ContractData;
  placements?: readonly PlacementData[];
  reports?: readonly ReportData[];
  targetGroups?: readonly string[];
  parameters?: readonly { key: string; value: InputCell }[];
  contractNotes?: readonly { address: string; value: InputCell }[];
}

export function workbook(data: WorkbookData = {}): ValidationInput {
  const contract = { ...DEFAULT_CONTRACT, ...(data.contract ?? {}) };
  const fields: Record<string, { address: string; value: InputCell }> = {};
  for (const field of CONTRACT_FIELDS) fields[field.key] = { address: contractValueCell(field.key), value: cellFor(field.key, contract[field.key]) };
  const placementKeys = PLACEMENTS_TABLE.columns.map((column) => column.key);
  const reportKeys = REPORTS_TABLE.columns.map((column) => column.key);
  const groups = data.targetGroups ?? ["Långtidsarbetslös", "Ung vuxen 18–24 år", "Nyanländ", "Försörjningsstöd"];
  return {
    contract: { sheet: SHEETS.contract, fields, otherCells: data.contractNotes ?? [] },
    tables: [
      {
        name: TABLES.targetGroups,
        sheet: SHEETS.contract,
        headers: [TARGET_GROUP_HEADERS.name, TARGET_GROUP_HEADERS.description],
        firstDataRow: 31,
        firstColumn: 0,
        rows: groups.map((group) => [group, ""]),
      },
      tableInput(TABLES.placements, SHEETS.placements, PLACEMENTS_TABLE.columns.map((column) => column.header), placementKeys, data.placements ?? []),
      tableInput(TABLES.reports, SHEETS.reports, REPORTS_TABLE.columns.map((column) => column.header), reportKeys, data.reports ?? []),
      {
        name: TABLES.parameters,
        sheet: SHEETS.parameters,
        headers: [PARAMETER_HEADERS.key, PARAMETER_HEADERS.value],
        firstDataRow: 2,
        firstColumn: 0,
        rows: (data.parameters ?? []).map((row) => [row.key, row.value]),
      },
    ],
  };
}
