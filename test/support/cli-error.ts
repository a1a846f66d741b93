import { expect } from "chai";

export interface CliErrorObject {
  readonly code: string;
  readonly field?: string;
  readonly message: string;
}

/**
 * The CLI error contract (docs/cli.md): stdout is exactly one line holding one JSON object whose only key
 * is "error", with a code and a message, and no stack trace. Returns the error for further assertions.
 */
export function expectCliError(stdout: string): CliErrorObject {
  expect(stdout.endsWith("\n"), stdout).to.equal(true);
  expect(stdout.trimEnd().split("\n"), stdout).to.have.length(1);
  const parsed = JSON.parse(stdout) as { error: CliErrorObject };
  expect(Object.keys(parsed)).to.deep.equal(["error"]);
  expect(parsed.error.code).to.be.a("string").and.match(/^[A-Z][A-Z_]*$/);
  expect(parsed.error.message).to.be.a("string").and.not.equal("");
  expect(stdout).not.to.match(/\bat .+:\d+:\d+/);
  return parsed.error;
}
