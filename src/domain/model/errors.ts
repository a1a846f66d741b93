/**
 * The model's one error type. Every bad input or parameter becomes a ModelError naming the field, the
 * value given and the allowed range in Swedish and English, so adapters (CLI, custom functions, task
 * pane) can show it without knowing the rule behind it.
 */
import {
  ALLOWED,
  ERROR_TEXTS,
  FIELD_LABELS,
  PARAMETER_ALLOWED,
  describeValue,
  type AllowedKey,
  type BilingualText,
  type FieldName,
} from "../i18n/model";
import { UserError } from "../common/errors";

export type ModelErrorCode =
  | "INVALID_INPUT" // the input is not an object / row at all
  | "MISSING_VALUE" // a required field is absent
  | "INVALID_VALUE" // a known field has a value outside its range
  | "UNKNOWN_PARAMETER" // an override names a parameter the year does not have
  | "INVALID_PARAMETER" // an override value outside the parameter's range
  | "UNKNOWN_YEAR" // a parameter year that has no parameter set
  | "VALUE_TOO_LARGE"; // a number of absurd magnitude (over MAX_MAGNITUDE): #NUM! in a cell

export class ModelError extends UserError<ModelErrorCode> {
  /** The canonical input key or parameter key the error is about. */
  readonly field: string;
  /** The raw value given (undefined when missing). */
  readonly value: unknown;
  readonly allowed: BilingualText;

  constructor(code: ModelErrorCode, field: string, value: unknown, allowed: BilingualText, messages: BilingualText) {
    super(code, messages, { field, value, allowed });
    this.name = "ModelError";
    this.field = field;
    this.value = value;
    this.allowed = allowed;
  }
}

export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError;
}

export function invalidValue(field: FieldName, value: unknown, allowedKey: AllowedKey): ModelError {
  const allowed = ALLOWED[allowedKey];
  return new ModelError("INVALID_VALUE", field, value, allowed, ERROR_TEXTS.invalidValue(FIELD_LABELS[field], describeValue(value), allowed));
}

/** A value within the field's kind but of absurd magnitude; the same message as invalidValue, its own code. */
export function valueTooLarge(field: FieldName, value: unknown, allowedKey: AllowedKey): ModelError {
  const allowed = ALLOWED[allowedKey];
  return new ModelError("VALUE_TOO_LARGE", field, value, allowed, ERROR_TEXTS.invalidValue(FIELD_LABELS[field], describeValue(value), allowed));
}

export function missingValue(field: FieldName, allowedKey: AllowedKey): ModelError {
  const allowed = ALLOWED[allowedKey];
  return new ModelError("MISSING_VALUE", field, undefined, allowed, ERROR_TEXTS.missingValue(FIELD_LABELS[field], allowed));
}

export function invalidInput(value: unknown): ModelError {
  const allowed = ALLOWED.inputObject;
  return new ModelError("INVALID_INPUT", "input", value, allowed, ERROR_TEXTS.invalidValue(FIELD_LABELS.input, describeValue(value), allowed));
}

export function unknownParameter(key: string, year: number): ModelError {
  return new ModelError("UNKNOWN_PARAMETER", key, undefined, { sv: "en nyckel ur SYSS.PARAMS", en: "a key listed by SYSS.PARAMS" },
    ERROR_TEXTS.unknownParameter(key, year));
}

export function invalidParameter(key: string, value: unknown, allowedKey: keyof typeof PARAMETER_ALLOWED): ModelError {
  const allowed = PARAMETER_ALLOWED[allowedKey];
  return new ModelError("INVALID_PARAMETER", key, value, allowed, ERROR_TEXTS.invalidParameter(key, describeValue(value), allowed));
}

export function unknownYear(value: unknown, years: readonly number[]): ModelError {
  const allowed = { sv: years.join(", "), en: years.join(", ") };
  return new ModelError("UNKNOWN_YEAR", "year", value, allowed, ERROR_TEXTS.unknownYear(describeValue(value), years));
}
