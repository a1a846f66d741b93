/**
 * The CLI error contract (docs/cli.md) for EVERY registered command, each run as its own process the way a
 * user runs it (test/support/cli-process.ts): bad input gives exit 2, stdout holds exactly one parseable {"error":{code,message,…}}
 * object and nothing else, stderr stays empty. The cases come from the command registry and each command's
 * declaration (src/cli/args.ts), so a command added to src/cli/commands.ts is covered without touching
 * this file: every command gets an unknown flag and a bad --lang; commands declared with defineCommand also
 * get each value flag without its value, each file flag and FILE argument naming a missing and a corrupt
 * file, and malformed JSON on stdin where they read JSON.
 */
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DeclaredCommand } from "../../src/cli/args";
import { commands } from "../../src/cli/commands";
import { main } from "../../src/cli/main";
import { expectCliError } from "../support/cli-error";
import { cliBundle, runCli as syss } from "../support/cli-process";
import { memoryIo } from "../support/memory-io";

interface BadInput {
  readonly label: string;
  readonly args: readonly string[];
  readonly stdin: string;
}

/** The bad inputs of one command, derived from its declaration where it has one. */
function badInputs(command: DeclaredCommand | undefined, files: { missing: string; corrupt: string }): BadInput[] {
  const cases: BadInput[] = [
    { label: "an unknown flag", args: ["--no-such-flag"], stdin: "" },
    { label: "an unknown language", args: ["--lang", "xx"], stdin: "" },
  ];
  const spec = command?.spec;
  if (spec === undefined) return cases;
  for (const [name, kind] of Object.entries(spec.flags)) {
    if (kind === "switch") continue;
    cases.push({ label: `--${name} without its value`, args: [`--${name}`], stdin: "" });
    if (kind === "file") {
      cases.push({ label: `--${name} naming a missing file`, args: [`--${name}`, files.missing], stdin: "" });
      cases.push({ label: `--${name} naming a corrupt file`, args: [`--${name}`, files.corrupt], stdin: "" });
    }
  }
  if ((spec.positionals?.min ?? 0) > 0) {
    cases.push({ label: "no FILE argument", args: [], stdin: "" });
    cases.push({ label: "a missing FILE", args: [files.missing], stdin: "" });
    cases.push({ label: "a corrupt FILE", args: [files.corrupt], stdin: "" });
  }
  if (spec.stdin === "json") cases.push({ label: "malformed JSON on stdin", args: [], stdin: '{"months": 12,' });
  return cases;
}

describe("every syss command keeps the error contract (one process per bad input)", function () {
  // One node process per case, on a machine that may be shared: a safety net, not a limit.
  let dir: string;
  let files: { missing: string; corrupt: string };
  before(() => {
    cliBundle();
    dir = mkdtempSync(join(tmpdir(), "syss-contract-"));
    const corrupt = join(dir, "trasig.xlsx");
    // Neither a workbook nor JSON: a truncated zip header followed by text.
    writeFileSync(corrupt, "PK\u0003\u0004 inte en arbetsbok {");
    files = { missing: join(dir, "finns-inte.xlsx"), corrupt };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("the registry lists commands, and each is declared with the one parser", () => {
    expect(Object.keys(commands).length).to.be.greaterThan(5);
    for (const [name, entry] of Object.entries(commands)) {
      expect((entry.run as Partial<DeclaredCommand>).spec, `${name} uses defineCommand (src/cli/args.ts)`).to.be.an("object");
    }
  });

  for (const [name, entry] of Object.entries(commands)) {
    it(`syss ${name}: every bad input is exit 2 and exactly one JSON error object on stdout`, async () => {
      const cases = badInputs(entry.run as Partial<DeclaredCommand> as DeclaredCommand, files);
      for (const { label, args, stdin } of cases) {
        const outcome = await syss([name, ...args], stdin);
        const where = `syss ${name} (${label}): ${outcome.stdout}${outcome.stderr}`;
        expect(outcome.status, where).to.equal(2);
        expect(outcome.stderr, where).to.equal("");
        expectCliError(outcome.stdout);
      }
    });
  }

  it("no command and an unknown command: exit 2 and one JSON error object, as a process", async () => {
    for (const args of [[], ["frobnicate"]]) {
      const outcome = await syss(args, "");
      expect(outcome.status, args.join(" ")).to.equal(2);
      expect(outcome.stderr).to.equal("");
      expect(expectCliError(outcome.stdout).code).to.be.oneOf(["MISSING_COMMAND", "UNKNOWN_COMMAND"]);
    }
  });

  it("a fault of SYSS itself: exit 70, still one JSON error object and no stack trace", async () => {
    const registry = commands as Record<string, (typeof commands)[string]>;
    registry.broken = { run: async () => Promise.reject(new TypeError("x is undefined")), summary: "a command that fails" };
    try {
      const io = memoryIo();
      expect(await main(["broken"], io)).to.equal(70);
      const error = expectCliError(io.stdout);
      expect(error.code).to.equal("INTERNAL");
      expect(io.stderr).to.equal("");
    } finally {
      delete registry.broken;
    }
  });
});
