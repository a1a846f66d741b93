/**
 * The parameter table of docs/method.md as Markdown rows, generated from the parameter data. The doc is
 * a committed file; test/domain/model/method-doc.test.ts checks that it still holds exactly these rows.
 */
import { PARAMETER_DEFINITIONS, PARAMETER_YEARS, type ParameterDefinition } from "../../src/domain/model";

function swedishNumber(value: number): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : whole;
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

function cell(definition: ParameterDefinition, year: (typeof PARAMETER_YEARS)[number]): string {
  const value = definition.values[year];
  if (value === null) return "–";
  return `${swedishNumber(value)}${definition.estimate[year] ? " *uppsk.*" : ""}`;
}

export function parameterTableRows(): string[] {
  return PARAMETER_DEFINITIONS.map(
    (definition) =>
      `| \`${definition.key}\` | ${definition.labelSv} | ${cell(definition, 2019)} | ${cell(definition, 2025)} | ${cell(definition, 2026)} | ${definition.unit.sv} | ${definition.source} |`,
  );
}

export const PARAMETER_TABLE_HEADER = [
  "| Nyckel | Beskrivning | 2019 | 2025 | 2026 | Enhet | Källa / anmärkning |",
  "|---|---|---|---|---|---|---|",
];
