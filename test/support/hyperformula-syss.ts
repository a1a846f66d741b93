/**
 * The SYSS custom-function wrappers registered as a HyperFormula function plugin, so tests can
 * evaluate real formulas (ranges, omitted arguments, spilled arrays) the way Excel calls them. The
 * wrappers run unchanged; only values are translated: HyperFormula ranges → plain matrices, and
 * CustomFunctions.Error (the shim) → HyperFormula CellError.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { listParameters, resolveYear } from "../../src/domain/model";
import { BREAKDOWN_ROWS, EFFECTS_COLUMNS, breakdownMatrix, effectValue, effectsMatrix } from "../../src/functions/effect";
import { paramValue, paramsMatrix } from "../../src/functions/params";
import { breakEvenValue, sensitivityMatrix } from "../../src/functions/exante";
import { CustomFunctionsErrorShim } from "./custom-functions-shim";

type RunFunctionArgs = Parameters<FunctionPlugin["runFunction"]>;
type Invocation = { readonly args: RunFunctionArgs[0] };
type State = RunFunctionArgs[1];
type Result = ReturnType<FunctionPlugin["runFunction"]>;

/** A HyperFormula argument value as Excel would hand it to a custom function. */
function excelValue(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(excelValue));
  if (value === EmptyValue || value === undefined) return null;
  return value;
}

function cellError(error: CustomFunctionsErrorShim): CellError {
  return new CellError(error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, error.message);
}

function hfCell(value: unknown): number | string | boolean | CellError {
  if (value instanceof CustomFunctionsErrorShim) return cellError(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return "";
}

function scalarResult(compute: () => number): number | CellError {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CustomFunctionsErrorShim) return cellError(error);
    throw error;
  }
}

function matrixResult(compute: () => unknown[][]): SimpleRangeValue | CellError {
  try {
    return SimpleRangeValue.onlyValues(compute().map((row) => row.map(hfCell)));
  } catch (error) {
    if (error instanceof CustomFunctionsErrorShim) return cellError(error);
    throw error;
  }
}

const required = { argumentType: FunctionArgumentType.ANY };
const optional = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

export class SyssFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "SYSS.EFFECT": { method: "effect", parameters: [required, optional, optional, optional], vectorizationForbidden: true },
    "SYSS.EFFECTS": { method: "effects", sizeOfResultArrayMethod: "effectsSize", parameters: [required, required, optional], vectorizationForbidden: true },
    "SYSS.BREAKDOWN": { method: "breakdown", sizeOfResultArrayMethod: "breakdownSize", parameters: [required, optional, optional], vectorizationForbidden: true },
    "SYSS.PARAM": { method: "param", parameters: [required, optional], vectorizationForbidden: true },
    "SYSS.PARAMS": { method: "params", sizeOfResultArrayMethod: "paramsSize", parameters: [optional], vectorizationForbidden: true },
    "SYSS.BREAKEVEN": { method: "breakeven", parameters: [required, optional, optional], vectorizationForbidden: true },
    "SYSS.SENSITIVITY": { method: "sensitivity", sizeOfResultArrayMethod: "sensitivitySize", parameters: [required, optional, optional, optional], vectorizationForbidden: true },
  };

  breakeven(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.BREAKEVEN"), (...args: unknown[]) =>
      scalarResult(() => breakEvenValue(excelValue(args[0]), excelValue(args[1]), excelValue(args[2]))),
    );
  }

  sensitivity(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.SENSITIVITY"), (...args: unknown[]) =>
      matrixResult(() => sensitivityMatrix(excelValue(args[0]), excelValue(args[1]), excelValue(args[2]), excelValue(args[3]))),
    );
  }

  /** Header + one row per varied assumption, four columns. */
  sensitivitySize(): ArraySize {
    return new ArraySize(4, 5);
  }

  effect(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.EFFECT"), (...args: unknown[]) =>
      scalarResult(() => effectValue(excelValue(args[0]), excelValue(args[1]), excelValue(args[2]), excelValue(args[3]))),
    );
  }

  effects(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.EFFECTS"), (...args: unknown[]) =>
      matrixResult(() => effectsMatrix(excelValue(args[0]), excelValue(args[1]), excelValue(args[2]))),
    );
  }

  effectsSize(ast: Invocation, state: State): ArraySize {
    const rows = ast.args[0];
    return rows === undefined ? ArraySize.error() : new ArraySize(EFFECTS_COLUMNS.length, this.arraySizeForAst(rows, state).height);
  }

  breakdown(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.BREAKDOWN"), (...args: unknown[]) =>
      matrixResult(() => breakdownMatrix(excelValue(args[0]), excelValue(args[1]), excelValue(args[2]))),
    );
  }

  breakdownSize(): ArraySize {
    return new ArraySize(3, BREAKDOWN_ROWS);
  }

  param(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.PARAM"), (...args: unknown[]) =>
      scalarResult(() => paramValue(excelValue(args[0]), excelValue(args[1]))),
    );
  }

  params(ast: Invocation, state: State): Result {
    return this.runFunction(ast.args, state, this.metadata("SYSS.PARAMS"), (...args: unknown[]) => matrixResult(() => paramsMatrix(excelValue(args[0]))));
  }

  /** The size must be known before evaluation: read a literal year argument (else the newest year). */
  paramsSize(ast: Invocation): ArraySize {
    const yearAst = ast.args[0] as { type?: string; value?: unknown } | undefined;
    const year = yearAst?.type === "NUMBER" ? yearAst.value : undefined;
    try {
      return new ArraySize(6, 1 + listParameters(resolveYear(year)).length);
    } catch {
      return new ArraySize(1, 1);
    }
  }
}

const FUNCTION_NAMES = Object.keys(SyssFunctionPlugin.implementedFunctions);

/** Registers the plugin once (HyperFormula keeps plugins globally). */
export function registerSyssFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("SYSS.EFFECT")) return;
  const translations = Object.fromEntries(FUNCTION_NAMES.map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(SyssFunctionPlugin, { enGB: translations });
}
