/**
 * A small stand-in for Excel's CustomFunctions runtime global (Error class and ErrorCode), so the
 * custom-function wrappers run in Node and inside HyperFormula exactly as in Excel.
 */

export class CustomFunctionsErrorShim {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

type GlobalWithCustomFunctions = { CustomFunctions?: unknown };

/** Installs the shim as the global CustomFunctions; returns a function that restores what was there. */
export function installCustomFunctionsShim(): () => void {
  const holder = globalThis as GlobalWithCustomFunctions;
  const previous = holder.CustomFunctions;
  holder.CustomFunctions = { Error: CustomFunctionsErrorShim, ErrorCode: ERROR_CODES };
  return () => {
    if (previous === undefined) delete holder.CustomFunctions;
    else holder.CustomFunctions = previous;
  };
}

/** Mocha hooks: the shim for one describe block. */
export function useCustomFunctionsShim(): void {
  let restore: (() => void) | undefined;
  before(() => {
    restore = installCustomFunctionsShim();
  });
  after(() => restore?.());
}

/** Runs a function expected to throw a custom-function error and returns it. */
export function thrownFunctionError(action: () => unknown): CustomFunctionsErrorShim {
  try {
    action();
  } catch (error) {
    if (error instanceof CustomFunctionsErrorShim) return error;
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error("expected a CustomFunctions.Error, but the function returned");
}
