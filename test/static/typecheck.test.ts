import { expect } from "chai";
import { runNodeTool } from "../support/run-tool";

describe("static checks", () => {
  it("type-checks the whole project with tsc --noEmit (strict)", function () {
    const { status, output } = runNodeTool("typescript/bin/tsc", ["--noEmit", "-p", "tsconfig.json"]);
    expect(status, output).to.equal(0);
  });

  it("passes eslint (typescript-eslint, Office add-in rules, layering)", function () {
    const { status, output } = runNodeTool("eslint/bin/eslint.js", ["src", "test"]);
    expect(status, output).to.equal(0);
  });
});
