/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: a `code` the caller can branch on, a message, and the
 * name Office gives them. Batch errors surface from `context.sync()`, not from the call that queued the work.
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "NotImplemented";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string };

  constructor(code: FakeErrorCode, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(objectName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' of ${objectName} is not available. Before reading it, call load() on the object and then context.sync().`,
  );
}
