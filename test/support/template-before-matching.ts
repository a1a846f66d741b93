/**
 * A template plan as versions before 1.3.0 wrote it: without the matching sheets (issue 16) and without
 * Placeringar's two outcome columns. Tests that build an older workbook start from this, so the upgrade they
 * check also adds the matching workspace, as it does for a real 1.2.0 workbook.
 */
import { MATCHING_SHEETS } from "../../src/domain/matching/sheets";
import { MATCHING_NAMES } from "../../src/domain/matching/template";
import { PLACEMENT_OUTCOME_COLUMNS } from "../../src/domain/matching/sheets";
import { TABLES } from "../../src/domain/followup/names";
import type { TablePlan, TemplatePlan } from "../../src/domain/followup/types";
import { columnLetter, formatRect, parseRect } from "../../src/excel/host/a1";

const matchingSheets = new Set<string>(Object.values(MATCHING_SHEETS));
const matchingNames = new Set(MATCHING_NAMES.map((name) => name.name));
const outcomeHeaders = new Set<string>(Object.values(PLACEMENT_OUTCOME_COLUMNS).map((column) => column.sv));

export function planBeforeMatching(plan: TemplatePlan, version = "1.2.0"): TemplatePlan {
  const placements = plan.tables.find((table) => table.spec.name === TABLES.placements)!;
  const keptIndexes = placements.spec.columns.flatMap((column, index) => (outcomeHeaders.has(column.header) ? [] : [index]));
  const rect = parseRect(placements.range);
  const oldPlacements: TablePlan = {
    spec: { ...placements.spec, columns: keptIndexes.map((index) => placements.spec.columns[index]!) },
    rows: placements.rows.map((row) => keptIndexes.map((index) => row[index] ?? null)),
    range: formatRect({ ...rect, columns: keptIndexes.length }),
  };
  // Rules on the dropped outcome columns (the last ones of the table) go too.
  const lastKept = columnLetter(rect.left + keptIndexes.length - 1);
  const onDroppedColumn = (sheet: string, range: string): boolean =>
    sheet === placements.spec.sheet && parseRect(range).left > parseRect(`${lastKept}1`).left;
  const kept = (item: { sheet: string }): boolean => !matchingSheets.has(item.sheet);
  return {
    ...plan,
    version,
    marker: { ...plan.marker, version },
    sheets: plan.sheets.filter((sheet) => !matchingSheets.has(sheet.name)),
    tables: plan.tables.filter((table) => !matchingSheets.has(table.spec.sheet)).map((table) => (table === placements ? oldPlacements : table)),
    cells: plan.cells.filter(kept),
    validations: plan.validations.filter((v) => kept(v) && !onDroppedColumn(v.sheet, v.range)),
    numberFormats: plan.numberFormats.filter((f) => kept(f) && !onDroppedColumn(f.sheet, f.range)),
    conditionalFormats: plan.conditionalFormats.filter(kept),
    names: plan.names
      .filter((name) => !matchingNames.has(name.name) && ![...matchingSheets].some((sheet) => name.refersTo.includes(`'${sheet}'!`) || name.refersTo.includes(`=${sheet}!`)))
      .map((name) => (name.name === plan.marker.definedName ? { ...name, refersTo: `="${version}"` } : name)),
  };
}
