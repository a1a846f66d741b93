/** SYSS.PARAM and SYSS.PARAMS: a year's model parameters as worksheet values. */
import { defaultParameters, findParameterDefinition, isBlank, listParameters, resolveYear } from "../domain/model";
import { FUNCTION_TEXTS } from "../domain/i18n/functions";
import { unknownParameter } from "../domain/model/errors";
import { scalar } from "./arguments";
import { ArgumentError, guarded } from "./errors";

/** SYSS.PARAM: one parameter's default value for a year (default the newest). */
export function paramValue(key: unknown, year?: unknown): number {
  return guarded(() => {
    const keyText = scalar(key);
    if (isBlank(keyText) || typeof keyText !== "string") throw new ArgumentError(FUNCTION_TEXTS.parameterKeyMissing);
    const resolvedYear = resolveYear(scalar(year));
    const trimmed = keyText.trim();
    const value = findParameterDefinition(trimmed) === undefined ? undefined : (defaultParameters(resolvedYear) as Readonly<Record<string, number | undefined>>)[trimmed];
    if (value === undefined) throw unknownParameter(trimmed, resolvedYear);
    return value;
  });
}

/** SYSS.PARAMS: Nyckel | Beskrivning | Värde | Enhet | Källa | Uppskattning, header row first. */
export function paramsMatrix(year?: unknown): unknown[][] {
  return guarded(() => {
    const rows = listParameters(resolveYear(scalar(year)), "sv");
    return [
      [...FUNCTION_TEXTS.paramsHeader],
      ...rows.map((row) => [row.key, row.label, row.value, row.unit, row.source, row.estimate ? FUNCTION_TEXTS.yes : FUNCTION_TEXTS.no]),
    ];
  });
}
