/**
 * The SYSS custom functions. Each is one line of glue: the work happens in the domain and in the
 * small modules beside this file. custom-functions-metadata-plugin reads the JSDoc below to generate
 * functions.json and adds the CustomFunctions.associate calls itself (never add them by hand).
 * Ids are permanent once shipped: renaming one breaks every workbook that uses it.
 */
import { ADDIN_VERSION } from "../domain/version";
import { breakdownMatrix, effectValue, effectsMatrix } from "./effect";
import { paramValue, paramsMatrix } from "./params";
import { breakEvenValue, sensitivityMatrix } from "./exante";

/**
 * Returnerar versionen av SYSS-tillägget.
 * @customfunction VERSION
 * @returns Tilläggets versionsnummer, t.ex. 0.1.0.
 */
export function version(): string {
  return ADDIN_VERSION;
}

/**
 * Samhällsekonomisk effekt i kronor för en aktör (standard Samhället) av en placering.
 * @customfunction EFFECT
 * @param inputs Indata: en rad värden (med rubrikraden som andra argument) eller, utan rubriker, ett block med två kolumner: rubrik eller nyckel | värde.
 * @param [headers] Rubrikraden som hör till värdena, t.ex. Placeringar[#Rubriker]. Utelämna för blockformen.
 * @param [actor] Aktör: Individ, Kommun, Region, Stat, Arbetsgivare eller Samhället (standard).
 * @param [overrides] Egna parametervärden, t.ex. tabellen Parametrar (Nyckel och Värde).
 * @returns Effekten i kronor för aktören under placeringens tid.
 */
export function effect(inputs: unknown[][], headers?: unknown[][], actor?: unknown, overrides?: unknown[][]): number {
  return effectValue(inputs, headers, actor, overrides);
}

/**
 * Samhällsekonomisk effekt per placering: en rad per indatarad, kolumnerna Individ, Kommun, Region, Stat, Arbetsgivare, Samhället.
 * @customfunction EFFECTS
 * @param rows Indataraderna, t.ex. Placeringar[#Data].
 * @param headers Rubrikraden, t.ex. Placeringar[#Rubriker].
 * @param [overrides] Egna parametervärden, t.ex. tabellen Parametrar (Nyckel och Värde).
 * @returns Sex kolumner per rad med effekten i kronor per aktör.
 */
export function effects(rows: unknown[][], headers: unknown[][], overrides?: unknown[][]): unknown[][] {
  return effectsMatrix(rows, headers, overrides);
}

/**
 * Uppdelning av en placerings samhällsekonomiska effekt på aktörer och poster, med summa per aktör.
 * @customfunction BREAKDOWN
 * @param inputs Indata: en rad värden (med rubrikraden som andra argument) eller ett block med två kolumner: rubrik eller nyckel | värde.
 * @param [headers] Rubrikraden som hör till värdena. Utelämna för blockformen.
 * @param [overrides] Egna parametervärden, t.ex. tabellen Parametrar (Nyckel och Värde).
 * @returns Tabellen Aktör | Post | Belopp (kr).
 */
export function breakdown(inputs: unknown[][], headers?: unknown[][], overrides?: unknown[][]): unknown[][] {
  return breakdownMatrix(inputs, headers, overrides);
}

/**
 * Standardvärdet för en parameter i den samhällsekonomiska modellen.
 * @customfunction PARAM
 * @param key Parameterns nyckel, t.ex. "tax.municipal".
 * @param [year] Parameterår: 2019, 2025 eller 2026 (standard det senaste).
 * @returns Parameterns värde.
 */
export function param(key: unknown, year?: unknown): number {
  return paramValue(key, year);
}

/**
 * Alla parametrar i den samhällsekonomiska modellen för ett år, med källa och om värdet är en uppskattning.
 * @customfunction PARAMS
 * @param [year] Parameterår: 2019, 2025 eller 2026 (standard det senaste).
 * @returns Tabellen Nyckel | Beskrivning | Värde | Enhet | Källa | Uppskattning.
 */
export function params(year?: unknown): unknown[][] {
  return paramsMatrix(year);
}

/**
 * Den produktionsfaktor vid vilken samhällets resultat av placeringarna blir 0 (löst exakt ur modellen).
 * @customfunction BREAKEVEN
 * @param inputs Indata: rader med placeringsprofiler (med rubrikraden som andra argument) eller, utan rubriker, ett block med två kolumner: rubrik eller nyckel | värde.
 * @param [headers] Rubrikraden som hör till raderna, t.ex. Förhandskalkyl[#Rubriker]. Utelämna för blockformen.
 * @param [overrides] Egna parametervärden, t.ex. tabellen Parametrar (Nyckel och Värde).
 * @returns Produktionsfaktorn (andel av lönekostnaden) där samhällets resultat är 0.
 */
export function breakeven(inputs: unknown[][], headers?: unknown[][], overrides?: unknown[][]): number {
  return breakEvenValue(inputs, headers, overrides);
}

/**
 * Känslighet för en aktör: min, bas och max när produktionsfaktor, lön, tid i arbetslöshet och anställningsstöd varieras.
 * @customfunction SENSITIVITY
 * @param inputs Indata: rader med placeringsprofiler (med rubrikraden som andra argument) eller ett block med två kolumner: rubrik eller nyckel | värde.
 * @param [headers] Rubrikraden som hör till raderna. Utelämna för blockformen.
 * @param [actor] Aktör: Individ, Kommun, Region, Stat, Arbetsgivare eller Samhället (standard).
 * @param [overrides] Egna parametervärden, t.ex. tabellen Parametrar (Nyckel och Värde).
 * @returns Tabellen Antagande | Min (kr) | Bas (kr) | Max (kr).
 */
export function sensitivity(inputs: unknown[][], headers?: unknown[][], actor?: unknown, overrides?: unknown[][]): unknown[][] {
  return sensitivityMatrix(inputs, headers, actor, overrides);
}
