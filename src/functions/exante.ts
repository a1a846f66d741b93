/**
 * SYSS.BREAKEVEN and SYSS.SENSITIVITY: the ex-ante estimate (spec/exante.md §2) over worksheet ranges.
 * The rows of a Förhandskalkyl table are one portfolio of placement profiles; blank rows and placements
 * not yet started are left out, as in SYSS.EFFECTS. Failures become CustomFunctions.Error values.
 */
import { breakEvenProductionFactor, sensitivityOf, SENSITIVITY_DIMENSIONS, type Profile } from "../domain/exante/sensitivity";
import { SENSITIVITY_LABELS } from "../domain/i18n/exante";
import { FUNCTION_TEXTS } from "../domain/i18n/functions";
import { compileHeaders, isBlankRow, isNotStarted, parseInput, rowToRawInput, type RawInput } from "../domain/model";
import { asMatrix, flatten, isOmitted } from "./arguments";
import { ArgumentError, guarded, notAvailableError } from "./errors";
import { prepareParameters, resolveActor, singleInput, type ParameterCache } from "./effect";

/** The profiles of the inputs: rows under a header row, or one key | value block when headers are omitted. */
function profilesOf(inputs: unknown, headers: unknown, parameters: ParameterCache): Profile[] {
  let raws: RawInput[];
  if (isOmitted(headers)) {
    raws = [singleInput(inputs, headers)];
  } else {
    const headerMap = compileHeaders(flatten(asMatrix(headers)));
    raws = asMatrix(inputs)
      .filter((row) => !isBlankRow(row))
      .map((row) => rowToRawInput(headerMap, row))
      .filter((raw) => !isNotStarted(raw));
  }
  if (raws.length === 0) throw new ArgumentError(FUNCTION_TEXTS.noProfiles);
  return raws.map((raw) => {
    const input = parseInput(raw);
    const year = input.year ?? parameters.defaultYear;
    return { input, year, parameters: parameters.get(year) };
  });
}

/** SYSS.BREAKEVEN: the production factor at which society's result of all the rows is 0. */
export function breakEvenValue(inputs: unknown, headers?: unknown, overrides?: unknown): number {
  return guarded(() => {
    const factor = breakEvenProductionFactor(profilesOf(inputs, headers, prepareParameters(overrides)));
    if (factor === null) throw notAvailableError(FUNCTION_TEXTS.noJobProfile);
    return factor;
  });
}

/** SYSS.SENSITIVITY: Antagande | Min | Bas | Max (kr) for one actor, one row per varied assumption. */
export function sensitivityMatrix(inputs: unknown, headers?: unknown, actor?: unknown, overrides?: unknown): unknown[][] {
  return guarded(() => {
    const actorKey = resolveActor(actor);
    const result = sensitivityOf(profilesOf(inputs, headers, prepareParameters(overrides)));
    const matrix: unknown[][] = [[...FUNCTION_TEXTS.sensitivityHeader]];
    for (const dimension of SENSITIVITY_DIMENSIONS) {
      const range = result.ranges[dimension];
      matrix.push([SENSITIVITY_LABELS[dimension].sv, range.min[actorKey], result.base[actorKey], range.max[actorKey]]);
    }
    return matrix;
  });
}
