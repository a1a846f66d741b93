/**
 * The supplier version as a copy of the CURRENT workbook: its Avtal values, target groups and Placeringar
 * rows (as read through the port) turned back into the contract and rows a template plan takes. Values
 * the workbook lacks come from the pane's form. Calculated columns are left to their formulas.
 */
import { CONTRACT_FIELDS, parseContract, type Contract } from "../../domain/followup/contract";
import { serialToIso } from "../../domain/common/dates";
import { TABLES, TARGET_GROUP_HEADERS } from "../../domain/followup/names";
import { headerIndex } from "../../domain/followup/formerHeaders";
import { DATE_FORMAT, PLACEMENTS_TABLE } from "../../domain/followup/template";
import type { CellValue } from "../../domain/followup/types";
import { isDateValue } from "../../domain/followup/types";
import type { InputCell, TableInput, ValidationInput } from "../../domain/validation";

function isBlank(cell: InputCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A date cell as yyyy-mm-dd: Excel serials and date values converted, text kept as typed. */
function dateText(cell: InputCell): InputCell {
  if (typeof cell === "number") return serialToIso(cell);
  if (isDateValue(cell)) return cell.date;
  return cell;
}

function table(input: ValidationInput, name: string): TableInput | undefined {
  return input.tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
}

/** The contract JSON the workbook holds, over the form's JSON (the workbook wins where it has a value). */
export function workbookContract(input: ValidationInput, formJson: Readonly<Record<string, unknown>>): Contract {
  const json: Record<string, unknown> = { ...formJson };
  for (const field of CONTRACT_FIELDS) {
    const cell = input.contract.fields[field.key]?.value;
    if (isBlank(cell)) continue;
    json[field.key] = field.type === "date" ? dateText(cell!) : isDateValue(cell) ? cell.date : cell;
  }
  const groups = table(input, TABLES.targetGroups);
  if (groups) {
    const column = groups.headers.indexOf(TARGET_GROUP_HEADERS.name);
    const names = groups.rows.map((row) => row[column]).filter((cell): cell is string => typeof cell === "string" && cell.trim() !== "");
    if (names.length > 0) json.targetGroups = names;
  }
  return parseContract(json);
}

/** The workbook's Placeringar rows in template column order: input columns only, dates as date values. */
export function workbookPlacements(input: ValidationInput): CellValue[][] {
  const placements = table(input, TABLES.placements);
  if (!placements) return [];
  const sourceIndex = PLACEMENTS_TABLE.columns.map((column) => headerIndex(placements.headers, column.header));
  return placements.rows
    .filter((row) => row.some((cell) => !isBlank(cell)))
    .map((row) =>
      PLACEMENTS_TABLE.columns.map((column, index): CellValue => {
        const at = sourceIndex[index]!;
        if (column.formula || at < 0) return null;
        const cell = row[at];
        if (isBlank(cell)) return null;
        if (column.numberFormat === DATE_FORMAT && typeof cell === "number") return { date: serialToIso(cell) };
        return cell ?? null;
      }),
    )
    .filter((row) => row.some((cell) => cell !== null));
}
