/**
 * One contract file summed up for the portfolio (spec/portfolio.md §2). The status, the months and the
 * finding counts are those of `validateWorkbook`, the very function `syss validate` calls, so the
 * portfolio can never disagree with the validation of the same file. The breakdowns count the rows the
 * status counts (a key cell filled, as Sam_AntalPlaceringar), and the socio-economic result runs the
 * model on each placement, as SYSS.EFFECTS does on the Samhällsekonomi sheet.
 */
import { PLACEMENT_KEY_COLUMNS } from "../followup/formulas";
import { isoToSerial } from "../common/dates";
import { ownCopy } from "../common/text";
import { PARAMETER_HEADERS, PLACEMENT_HEADERS as P, REPORT_HEADERS as R, TABLES } from "../followup/names";
import { PROCURER_ONLY_PLACEMENT_COLUMNS } from "../followup/minimisation";
import { PLACEMENTS_TABLE } from "../followup/template";
import { isDateValue } from "../followup/types";
import { ACTOR_KEYS, compileHeaders, computeParsedEffect, isBlankRow, isNotStarted, parseInput, resolveParameters, rowToRawInput, type ActorKey } from "../model";
import { defaultParameters } from "../model/parameters";
import { cellText, isBlankCell } from "../validation/cells";
import { readContractTerms } from "../validation/contractForm";
import type { ContractStatus } from "../validation/contractStatus";
import { TableView, findTable, type InputCell, type ValidationInput, type ValidationOptions } from "../validation/input";
import { validateWorkbook, type ValidationResult } from "../validation/validate";

/** A group's name when its cell is empty. */
export const NOT_GIVEN = "Ej angivet";

export interface ContractSummary {
  readonly file: string;
  readonly contractId: string;
  readonly name: string;
  readonly supplier: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly requirementType: string;
  /** Exactly what `syss validate` reports for the file. */
  readonly status: ContractStatus;
  readonly errors: number;
  readonly warnings: number;
  /** Latest Inkom datum in Rapporter (yyyy-mm-dd), or null. */
  readonly latestReport: string | null;
  readonly byTargetGroup: Readonly<Record<string, number>>;
  readonly byGender: Readonly<Record<string, number>>;
  readonly byForm: Readonly<Record<string, number>>;
  /** Ended placements (Faktiskt slutdatum given) by Avslutsorsak. */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Sum over placements per actor (kr); null when the file lacks the calculation's inputs (a supplier version). */
  readonly effects: Readonly<Record<ActorKey, number>> | null;
  /** Started placements the model could not value (a bad or missing input). */
  readonly effectsNotComputed: number;
}

function dateText(cell: InputCell): string | null {
  if (isDateValue(cell)) return cell.date;
  return null;
}

/** A contract field's text, copied: the summary outlives the parsed workbook (see ownCopy). */
function fieldText(input: ValidationInput, key: keyof ValidationInput["contract"]["fields"]): string {
  return ownCopy(cellText(input.contract.fields[key]?.value ?? null));
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The model's input cell: dates as serial numbers, as the worksheet hands them to SYSS.EFFECTS. */
function modelCell(cell: InputCell): unknown {
  return isDateValue(cell) ? isoToSerial(cell.date) : cell;
}

/** Parametrar's numeric values by key: the overrides SYSS.EFFECTS reads from the same table. */
function parameterOverrides(input: ValidationInput): Record<string, number> {
  const table = findTable(input, TABLES.parameters);
  const overrides: Record<string, number> = {};
  if (table === undefined) return overrides;
  const view = new TableView(table);
  for (let row = 0; row < view.rowCount; row++) {
    const key = cellText(view.cell(row, PARAMETER_HEADERS.key));
    const value = view.cell(row, PARAMETER_HEADERS.value);
    if (key !== "" && typeof value === "number") overrides[key] = value;
  }
  return overrides;
}

const PROCURER_ONLY_HEADERS = PLACEMENTS_TABLE.columns.filter((column) => PROCURER_ONLY_PLACEMENT_COLUMNS.has(column.key)).map((column) => column.header);

function effectsOf(input: ValidationInput, view: TableView, rows: readonly number[]): { effects: Record<ActorKey, number> | null; notComputed: number } {
  if (!PROCURER_ONLY_HEADERS.every((header) => view.has(header))) return { effects: null, notComputed: 0 };
  const { terms } = readContractTerms(input.contract, new Set());
  let parameters;
  try {
    parameters = resolveParameters(terms.parameterYear, parameterOverrides(input));
  } catch {
    // An override the model rejects shows as an error on the Samhällsekonomi sheet; the defaults value the rest here.
    parameters = defaultParameters(terms.parameterYear);
  }
  const headers = compileHeaders(view.table.headers);
  const effects = Object.fromEntries(ACTOR_KEYS.map((actor) => [actor, 0])) as Record<ActorKey, number>;
  let notComputed = 0;
  for (const index of rows) {
    const cells = (view.table.rows[index] ?? []).map(modelCell);
    if (isBlankRow(cells)) continue;
    const raw = rowToRawInput(headers, cells);
    if (isNotStarted(raw)) continue;
    try {
      const result = computeParsedEffect(parseInput(raw), parameters, terms.parameterYear);
      for (const actor of ACTOR_KEYS) effects[actor] += result.actors[actor];
    } catch {
      notComputed++;
    }
  }
  return { effects, notComputed };
}

function latestReceived(input: ValidationInput): string | null {
  const table = findTable(input, TABLES.reports);
  if (table === undefined) return null;
  const view = new TableView(table);
  let latest: string | null = null;
  for (let row = 0; row < view.rowCount; row++) {
    const date = dateText(view.cell(row, R.receivedDate));
    if (date !== null && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/** The summary from a validation already made (the pane validates once and shows both). */
export function summaryFromValidation(file: string, input: ValidationInput, result: ValidationResult): ContractSummary {
  const placements = findTable(input, TABLES.placements);
  const view = placements === undefined ? null : new TableView(placements);
  const counted: number[] = [];
  const byTargetGroup: Record<string, number> = {};
  const byGender: Record<string, number> = {};
  const byForm: Record<string, number> = {};
  const outcomes: Record<string, number> = {};
  if (view !== null) {
    for (let row = 0; row < view.rowCount; row++) {
      if (!PLACEMENT_KEY_COLUMNS.some((header) => !isBlankCell(view.cell(row, header)))) continue;
      counted.push(row);
      const group = (header: string): string => cellText(view.cell(row, header)) || NOT_GIVEN;
      increment(byTargetGroup, group(P.targetGroup));
      increment(byGender, group(P.gender));
      increment(byForm, group(P.form));
      if (!isBlankCell(view.cell(row, P.actualEndDate))) increment(outcomes, group(P.endReason));
    }
  }
  const { effects, notComputed } = view === null ? { effects: null, notComputed: 0 } : effectsOf(input, view, counted);
  const start = input.contract.fields.start?.value ?? null;
  const end = input.contract.fields.end?.value ?? null;
  return {
    file,
    contractId: fieldText(input, "contractId"),
    name: fieldText(input, "name"),
    supplier: fieldText(input, "supplier"),
    start: dateText(start),
    end: dateText(end),
    requirementType: fieldText(input, "requirementType"),
    status: result.status,
    errors: result.counts.error,
    warnings: result.counts.warning,
    latestReport: latestReceived(input),
    byTargetGroup,
    byGender,
    byForm,
    outcomes,
    effects,
    effectsNotComputed: notComputed,
  };
}

/** Validates the file's data (the same call as `syss validate`) and sums it up. */
export function summarizeContract(file: string, input: ValidationInput, options: ValidationOptions): ContractSummary {
  return summaryFromValidation(file, input, validateWorkbook(input, options));
}
