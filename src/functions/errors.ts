/**
 * The one place custom functions create their error values. Excel's runtime provides the global
 * CustomFunctions; tests install a small shim of it (test/support/custom-functions-shim.ts), so the
 * wrappers run unchanged in Node and in HyperFormula.
 */
import { ModelError } from "../domain/model";
import { FUNCTION_TEXTS } from "../domain/i18n/functions";

/** #VALUE! with a message (bad argument or input value). */
export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** #N/A with a message (something asked for does not exist, e.g. an unknown parameter key). */
export function notAvailableError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** #NUM! with a message (a number of absurd magnitude). */
export function numberError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, message);
}

/** An argument-shape problem found by the function layer itself. */
export class ArgumentError extends Error {}

/** Turns whatever a computation threw into the error value Excel shows. Never rethrows. */
export function toFunctionError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof ModelError) {
    if (error.code === "UNKNOWN_PARAMETER") return notAvailableError(error.messages.sv);
    return error.code === "VALUE_TOO_LARGE" ? numberError(error.messages.sv) : valueError(error.messages.sv);
  }
  if (error instanceof ArgumentError) return valueError(error.message);
  return valueError(FUNCTION_TEXTS.internalError(error instanceof Error ? error.message : String(error)));
}

/** Runs a function body; any failure becomes a thrown CustomFunctions.Error (Excel shows it in the cell). */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toFunctionError(error);
  }
}
