/** Public API of the SYSS socio-economic model (spec/model.md). */
export { computeEffect, computeParsedEffect, tryComputeEffect, actorLabel, ACTOR_KEYS, MODEL_VERSION } from "./engine";
export type { ActorKey, ItemActor, EffectItem, EffectWarning, EffectResult, EffectOptions, EffectOutcome, WarningCode } from "./engine";
export { computeEffectTotals, computeTotals } from "./totals";
export type { ActorTotals, EffectTotals, TotalsOptions } from "./totals";
export { FastParameters, fastParameters } from "./fastParameters";
export { ModelError, isModelError } from "./errors";
export type { ModelErrorCode } from "./errors";
export { parseInput, tryParseInput, isNotStarted, INPUT_KEYS } from "./inputs";
export { calendarMonths, datedifMonths, edate } from "./months";
export type { ModelInput, RawInput, InputKey, Organisation, PlacementForm, SubsidyKind, BenefitKind } from "./inputs";
export { compileHeaders, rowToRawInput, fromHeaderRow, fromKeyValueBlock, headerKey, normaliseHeader, isBlankRow, HEADER_ALIASES } from "./headers";
export type { HeaderMap } from "./headers";
export { resolveParameters, resolveYear, parameterYearOfKeys } from "./overrides";
export type { ParameterOverrides } from "./overrides";
export {
  PARAMETER_DEFINITIONS,
  PARAMETER_YEARS,
  NEWEST_YEAR,
  defaultParameters,
  findParameterDefinition,
  isParameterYear,
  listParameters,
} from "./parameters";
export type { ParameterDefinition, ParameterKey, ParameterValues, ParameterYear, ParameterListing } from "./parameters";
export { isBlank } from "./values";
