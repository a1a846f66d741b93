/**
 * The Parametrar tab's areas: every parameter belongs to one by its key's prefix, in the order a reader
 * meets them in the model (taxes first, then fees, subsidies, deductions, benefits, social assistance).
 * Search matches a parameter's label, key or source, ignoring case.
 */
import type { ParameterListing } from "../../domain/model";
import type { UiKey } from "../../domain/i18n/ui";
import { isIsoDate } from "../../domain/common/dates";

export type ParameterArea = "tax" | "fees" | "subsidies" | "deductions" | "benefits" | "assistance";

const AREA_PREFIXES: readonly (readonly [ParameterArea, readonly string[]])[] = [
  ["tax", ["pbb", "tax.", "indirectTax."]],
  ["fees", ["fee."]],
  ["subsidies", ["subsidy."]],
  ["deductions", ["gd.", "jsa."]],
  ["benefits", ["benefit."]],
  ["assistance", ["fs.", "bb."]],
];

export const AREA_TITLES: Readonly<Record<ParameterArea, UiKey>> = {
  tax: "params.area.tax",
  fees: "params.area.fees",
  subsidies: "params.area.subsidies",
  deductions: "params.area.deductions",
  benefits: "params.area.benefits",
  assistance: "params.area.assistance",
};

/** The area of a key; a parameter no prefix names (a new one) goes with the taxes rather than disappear. */
export function areaOf(key: string): ParameterArea {
  return AREA_PREFIXES.find(([, prefixes]) => prefixes.some((prefix) => key === prefix || key.startsWith(prefix)))?.[0] ?? "tax";
}

export function matchesSearch(row: ParameterListing, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase("sv");
  if (needle === "") return true;
  return [row.label, row.key, row.source].some((text) => text.toLocaleLowerCase("sv").includes(needle));
}

/** The rows matching the search, grouped by area in the areas' order; areas without a match are left out. */
export function groupParameters(rows: readonly ParameterListing[], query: string): { area: ParameterArea; rows: ParameterListing[] }[] {
  const matching = rows.filter((row) => matchesSearch(row, query));
  return AREA_PREFIXES.map(([area]) => ({ area, rows: matching.filter((row) => areaOf(row.key) === area) })).filter((group) => group.rows.length > 0);
}

/** The contract's start year from the Avtal sheet's Avtalsstart (yyyy-mm-dd), or null without one. */
export function contractYear(start: string | number | undefined): number | null {
  if (typeof start !== "string" || !isIsoDate(start)) return null;
  return Number(start.slice(0, 4));
}
