/**
 * SYSS.EFFECT, SYSS.EFFECTS and SYSS.BREAKDOWN: the model engine over worksheet ranges. Plain matrices
 * in, numbers or matrices out; failures become CustomFunctions.Error values (errors.ts).
 */
import {
  ACTOR_KEYS,
  NEWEST_YEAR,
  actorLabel,
  compileHeaders,
  computeParsedEffect,
  computeTotals,
  fastParameters,
  fromKeyValueBlock,
  isBlank,
  isBlankRow,
  isNotStarted,
  normaliseHeader,
  parseInput,
  resolveParameters,
  rowToRawInput,
  type ActorKey,
  type ActorTotals,
  type EffectResult,
  type FastParameters,
  type ParameterValues,
  type ParameterYear,
  type RawInput,
} from "../domain/model";
import { ACTOR_LABELS } from "../domain/i18n/model";
import { FUNCTION_TEXTS } from "../domain/i18n/functions";
import { asMatrix, flatten, isOmitted, scalar } from "./arguments";
import { ArgumentError, guarded, toFunctionError } from "./errors";
import { readOverrides, type OverridesArgument } from "./overrides";

/** Parameter sets resolved once per function call and year (overrides apply to each). */
export class ParameterCache {
  private readonly sets = new Map<ParameterYear, ParameterValues>();
  /** The same sets in the totals engine's fast form, per year. */
  private readonly fastSets: (FastParameters | undefined)[] = [];
  constructor(private readonly argument: OverridesArgument) {}

  get defaultYear(): ParameterYear {
    return this.argument.year ?? NEWEST_YEAR;
  }

  get(year: ParameterYear): ParameterValues {
    let set = this.sets.get(year);
    if (set === undefined) {
      set = resolveParameters(year, this.argument.overrides);
      this.sets.set(year, set);
    }
    return set;
  }

  /** The year's set for the totals-only engine, built once per call and year. */
  fast(year: ParameterYear): FastParameters {
    let set = this.fastSets[year];
    if (set === undefined) {
      set = fastParameters(this.get(year));
      this.fastSets[year] = set;
    }
    return set;
  }
}

export function prepareParameters(overrides: unknown): ParameterCache {
  const cache = new ParameterCache(readOverrides(overrides));
  cache.get(cache.defaultYear); // a bad override fails the whole call, not row by row
  return cache;
}

/** The input's own year (a Parameterår column or row) wins; then the overrides' year; then the newest. */
function evaluate(raw: RawInput, parameters: ParameterCache): EffectResult {
  const input = parseInput(raw);
  const year = input.year ?? parameters.defaultYear;
  return computeParsedEffect(input, parameters.get(year), year, "sv");
}

/** evaluate's actor totals only, by the totals-only engine (no line items, no warnings). */
function evaluateTotals(raw: RawInput, parameters: ParameterCache): ActorTotals {
  const input = parseInput(raw);
  return computeTotals(input, parameters.fast(input.year ?? parameters.defaultYear));
}

const ACTOR_ALIASES: ReadonlyMap<string, ActorKey> = new Map(
  ACTOR_KEYS.flatMap((key) => [key, ACTOR_LABELS[key].sv, ACTOR_LABELS[key].en].map((name) => [normaliseHeader(name), key] as const)),
);

export function resolveActor(argument: unknown): ActorKey {
  const value = scalar(argument);
  if (isBlank(value)) return "society";
  const actor = typeof value === "string" ? ACTOR_ALIASES.get(normaliseHeader(value)) : undefined;
  if (actor === undefined) throw new ArgumentError(FUNCTION_TEXTS.unknownActor(typeof value === "string" ? `"${value}"` : String(value)));
  return actor;
}

/** One input: a value row under a header row, or (headers omitted) a label-or-key | value block. */
export function singleInput(inputs: unknown, headers: unknown): RawInput {
  const block = asMatrix(inputs);
  if (isOmitted(headers)) {
    if (block.every((row) => row.length < 2)) throw new ArgumentError(FUNCTION_TEXTS.keyValueShape);
    return fromKeyValueBlock(block);
  }
  const headerCells = flatten(asMatrix(headers));
  const valueCells = flatten(block);
  if (headerCells.length !== valueCells.length) throw new ArgumentError(FUNCTION_TEXTS.headersMismatch(headerCells.length, valueCells.length));
  return rowToRawInput(compileHeaders(headerCells), valueCells);
}

/** SYSS.EFFECT: one input's result for one actor (default Samhället), in kr. */
export function effectValue(inputs: unknown, headers?: unknown, actor?: unknown, overrides?: unknown): number {
  return guarded(() => {
    const actorKey = resolveActor(actor);
    return evaluateTotals(singleInput(inputs, headers), prepareParameters(overrides))[actorKey];
  });
}

/** The six actor columns of SYSS.EFFECTS, in order. */
export const EFFECTS_COLUMNS: readonly ActorKey[] = ACTOR_KEYS;

/**
 * SYSS.EFFECTS: one result row per input row, six columns (Individ … Samhället). An empty input row, or
 * a placement not yet started (no months and no start date), gives empty strings; a row with a bad value
 * gives #VALUE! in its cells while the others compute.
 */
export function effectsMatrix(rows: unknown, headers: unknown, overrides?: unknown): unknown[][] {
  return guarded(() => {
    if (isOmitted(headers)) throw new ArgumentError(FUNCTION_TEXTS.headersRequired);
    const headerMap = compileHeaders(flatten(asMatrix(headers)));
    const parameters = prepareParameters(overrides);
    const width = EFFECTS_COLUMNS.length;
    return asMatrix(rows).map((row) => {
      if (isBlankRow(row)) return new Array<unknown>(width).fill("");
      const raw = rowToRawInput(headerMap, row);
      // A placement that is offered but not started has no period yet: nothing to value, not an error.
      if (isNotStarted(raw)) return new Array<unknown>(width).fill("");
      try {
        const actors = evaluateTotals(raw, parameters);
        return [actors.individual, actors.municipality, actors.region, actors.state, actors.employer, actors.society];
      } catch (error) {
        const cellError = toFunctionError(error);
        return new Array<unknown>(width).fill(cellError);
      }
    });
  });
}

/** SYSS.BREAKDOWN: a header row, one row per line item (Aktör | Post | Belopp), then a total row per actor. */
export function breakdownMatrix(inputs: unknown, headers?: unknown, overrides?: unknown): unknown[][] {
  return guarded(() => {
    const result = evaluate(singleInput(inputs, headers), prepareParameters(overrides));
    const matrix: unknown[][] = [[...FUNCTION_TEXTS.breakdownHeader]];
    for (const item of result.items) matrix.push([actorLabel(item.actor), item.label, item.amount]);
    for (const actor of ACTOR_KEYS) matrix.push([actorLabel(actor), FUNCTION_TEXTS.breakdownTotal, result.actors[actor]]);
    return matrix;
  });
}

/** Rows SYSS.BREAKDOWN returns: header + 24 items (the procurer's two items appear once) + 6 totals. */
export const BREAKDOWN_ROWS = 1 + 24 + ACTOR_KEYS.length;
