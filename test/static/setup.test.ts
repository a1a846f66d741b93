/** The project's set-up promises: what CI installs, what the README tells a newcomer. */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../support/build";
import { missingProgramsMessage, requiredSystemPrograms } from "../support/system-programs";

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");

describe("project set-up", () => {
  it(".ci/run installs every system program the tests need, then runs npm ci and npm test", () => {
    const ci = read(".ci/run");
    for (const program of requiredSystemPrograms) expect(ci).to.contain(program.debianPackage);
    expect(ci.indexOf("npm ci")).to.be.greaterThan(ci.indexOf("apt-get install"));
    expect(ci.trimEnd().endsWith("npm test")).to.equal(true);
  });

  it("npm test names the one command that installs a missing program", () => {
    const message = missingProgramsMessage(requiredSystemPrograms, (file) => file !== "/usr/bin/soffice");
    expect(message).to.contain("/usr/bin/soffice");
    expect(message).to.contain("sudo apt-get install -y libreoffice-calc-nogui");
    expect(message).to.not.contain("chromium");
    expect(missingProgramsMessage(requiredSystemPrograms, () => true)).to.equal(undefined);
  });

  it("a missing hunspell or Swedish dictionary stops npm test with the apt command (issue 20)", () => {
    const message = missingProgramsMessage(requiredSystemPrograms, (file) => !file.includes("hunspell"));
    expect(message).to.contain("/usr/bin/hunspell").and.contain("/usr/share/hunspell/sv_SE.dic");
    expect(message).to.contain("sudo apt-get install -y hunspell hunspell-sv");
  });

  it("the README gives exactly the two set-up commands", () => {
    const readme = read("README.md");
    expect(readme).to.contain("npm ci && npm start");
    expect(readme).to.contain("npm test");
  });

  it("pins TypeScript 5.9.3 and @types/node 20", () => {
    const pkg = JSON.parse(read("package.json")) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.typescript).to.equal("5.9.3");
    expect(pkg.devDependencies["@types/node"]).to.match(/^\^?20\./);
  });

  it("the version the sources fall back to is package.json's", async () => {
    const pkg = JSON.parse(read("package.json")) as { version: string };
    const { ADDIN_VERSION } = await import("../../src/domain/version");
    expect(ADDIN_VERSION).to.equal(pkg.version);
  });
});
