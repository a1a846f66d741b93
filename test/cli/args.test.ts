/** The one flag parser (src/cli/args.ts): what every command accepts and refuses. */
import { expect } from "chai";
import { defineCommand, langOf, parseArgs, type CommandSpec } from "../../src/cli/args";
import { CliFailure } from "../../src/cli/errors";
import { expectCliError } from "../support/cli-error";
import { memoryIo } from "../support/memory-io";

const SPEC: CommandSpec = {
  usage: { sv: "Användning: syss prov FIL [--year ÅR] [--in FIL.json] [--fast]", en: "Usage: syss prov FILE [--year YEAR] [--in FILE.json] [--fast]" },
  flags: { year: "value", in: "file", fast: "switch" },
  positionals: { name: "FILE", min: 1, max: 1 },
};

function failure(args: string[], spec: CommandSpec = SPEC): CliFailure {
  try {
    parseArgs(args, spec);
  } catch (error) {
    if (error instanceof CliFailure) return error;
    throw error;
  }
  throw new Error(`parsed: ${args.join(" ")}`);
}

describe("the syss flag parser", () => {
  it("reads --name value, --name=value, switches, the FILE argument and --lang", () => {
    const parsed = parseArgs(["a.xlsx", "--year", "2025", "--in=x.json", "--fast", "--lang=en"], SPEC);
    expect([...parsed.flags]).to.deep.equal([["year", "2025"], ["in", "x.json"], ["fast", ""], ["lang", "en"]]);
    expect(parsed.positionals).to.deep.equal(["a.xlsx"]);
    expect(parsed.lang).to.equal("en");
    expect(parseArgs(["a.xlsx", "--year", "-5"], SPEC).flags.get("year")).to.equal("-5");
    expect(parseArgs(["a.xlsx"], SPEC).lang).to.equal("sv");
  });

  it("refuses an unknown flag, a missing value, a repeated flag, a stray argument, a missing FILE and a bad --lang", () => {
    const cases: [string[], string, RegExp][] = [
      [["a.xlsx", "--bogus"], "--bogus", /^Okänt argument --bogus\. Tillåtna flaggor: --year, --in, --fast, --lang\.$/],
      [["a.xlsx", "--year"], "--year", /^Flaggan --year saknar värde\.$/],
      [["a.xlsx", "--in", "--fast"], "--in", /^Flaggan --in saknar värde\.$/],
      [["a.xlsx", "--year="], "--year", /saknar värde/],
      [["a.xlsx", "--fast=1"], "--fast", /^Okänt argument --fast=1\./],
      [["a.xlsx", "--year", "1", "--year", "2"], "--year", /^Flaggan --year är angiven flera gånger\.$/],
      [["a.xlsx", "b.xlsx"], "b.xlsx", /^Okänt argument b\.xlsx\./],
      [[], "FILE", /^Användning: syss prov FIL/],
      [["a.xlsx", "--lang", "fi"], "--lang", /^Okänt språk "fi"\. Tillåtet: sv eller en\.$/],
    ];
    for (const [args, field, message] of cases) {
      const error = failure(args);
      expect(error.code, args.join(" ")).to.equal("BAD_ARGUMENT");
      expect(error.exitCode).to.equal(2);
      expect(error.details.field, args.join(" ")).to.equal(field);
      expect(error.messages.sv, args.join(" ")).to.match(message);
    }
  });

  it("a command's own wording and the usage appended where it asks for it; long arguments are cut", () => {
    const spec: CommandSpec = { ...SPEC, texts: { unknownFlag: { sv: "okänd flagga {value}.", en: "unknown flag {value}." } }, usageOnError: true };
    expect(failure(["a.xlsx", "--x"], spec).messages.en).to.equal(`unknown flag --x. ${SPEC.usage.en}`);
    expect(failure(["a.xlsx", `--${"x".repeat(10_000)}`]).messages.sv.length).to.be.below(300);
  });

  it("--lang is found first, in either form, so every message comes in it", () => {
    expect(langOf(["--bogus", "--lang", "en"])).to.equal("en");
    expect(langOf(["--lang=en"])).to.equal("en");
    expect(langOf(["--lang", "sv"])).to.equal("sv");
  });

  it("a declared command prints --help, and every failure as one JSON object with its exit code", async () => {
    const command = defineCommand({
      ...SPEC,
      run: async ({ flags }) => {
        if (flags.has("fast")) throw new CliFailure("REFUSED", { sv: "Vägrar.", en: "Refused." }, {}, 1);
        return 0;
      },
    });
    const help = memoryIo();
    expect(await command(["--help", "--lang", "en"], help)).to.equal(0);
    expect(help.stdout).to.equal(`${SPEC.usage.en}\n`);
    const bad = memoryIo();
    expect(await command(["--lang", "en", "a.xlsx", "--bogus"], bad)).to.equal(2);
    expect(expectCliError(bad.stdout)).to.deep.equal({ code: "BAD_ARGUMENT", field: "--bogus", message: "Unknown argument --bogus. Allowed flags: --year, --in, --fast, --lang." });
    const refused = memoryIo();
    expect(await command(["a.xlsx", "--fast"], refused)).to.equal(1);
    expect(expectCliError(refused.stdout)).to.deep.equal({ code: "REFUSED", message: "Vägrar." });
    expect(command.spec.flags).to.deep.equal(SPEC.flags);
  });
});
