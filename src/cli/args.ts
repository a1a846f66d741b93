/**
 * The one command-line parser of `syss`, and the wrapper that gives every command the one error contract
 * (errors.ts, docs/cli.md). How a command declares itself:
 *
 *   export const fooCommand = defineCommand({
 *     usage: { sv: "Användning: syss foo --in FIL.json [--year ÅR] [--lang sv|en]", en: "Usage: syss foo …" },
 *     flags: { in: "file", year: "value", out: "out", totals: "switch" }, // names without "--"
 *     positionals: { name: "FILE", min: 1, max: 1 },                       // optional; none by default
 *     stdin: "json",                                                       // optional: what stdin holds
 *     run: async ({ flags, positionals, lang }, io) => {
 *       // flags.get("in") is the string given (or "" for a switch that is set), undefined when absent.
 *       // Bad input: throw new CliFailure("SOME_CODE", { sv, en }, { field: "--in" }) — or let a domain
 *       // error (ModelError, ExanteError, ContractError, WorkbookReadError) escape: both become the one
 *       // {"error":{…}} object on stdout with exit 2. Do not write errors yourself.
 *       io.writeStdout(…);
 *       return 0;
 *     },
 *   });
 *
 * and is registered in commands.ts as `foo: { run: fooCommand, summary: "…" }`. What every command gets:
 * `--name value` and `--name=value`; `--lang sv|en` (scanned first, so even an error about an earlier
 * argument is in the user's language); `--help`/`-h` (the usage on stdout, exit 0); an unknown flag, a
 * flag without its value, a flag given twice or a stray argument is BAD_ARGUMENT. Flag kinds: "value"
 * (any text), "file" (a path the command reads), "out" (a path it writes), "switch" (no value). The kinds
 * "file" and "out" behave like "value" here; test/cli/contract.test.ts uses them to feed every command a
 * missing file. Start-up: keep the command module light and `await import()` ExcelJS-based modules
 * (src/xlsx) inside `run`, so `syss version` and the JSON commands start fast (issue 19).
 */
import { excerpt } from "../domain/common/text";
import { CliFailure, reportFailure, type BilingualText, type Lang } from "./errors";
import type { CliCommand, CliIo } from "./io";

export type FlagKind = "value" | "file" | "out" | "switch";

/** The parser's own problems; a command may word them its own way (`texts`), with {value} and {allowed}. */
export type ArgumentProblem = "unknownFlag" | "extraArgument" | "missingValue" | "repeatedFlag" | "badLang";

export interface CommandSpec {
  readonly usage: BilingualText;
  /** Flag names without the leading "--". `lang` is always accepted and need not be listed. */
  readonly flags: Readonly<Record<string, FlagKind>>;
  /** Arguments that are not flags (e.g. FILE.xlsx); none when absent. */
  readonly positionals?: { readonly name: string; readonly min: number; readonly max: number };
  /** What the command reads on stdin, for the docs and the contract test ("json": a JSON document). */
  readonly stdin?: "json" | "text";
  /** Wording of the parser's problems where the command has always had its own. */
  readonly texts?: Partial<Readonly<Record<ArgumentProblem, BilingualText>>>;
  /** Append the usage line to every argument problem (as `syss template` always has). */
  readonly usageOnError?: boolean;
}

export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
  readonly lang: Lang;
}

/** A command made by defineCommand: a CliCommand that also carries its declaration (for main and tests). */
export type DeclaredCommand = CliCommand & { readonly spec: CommandSpec };

const DEFAULT_TEXTS: Readonly<Record<ArgumentProblem, BilingualText>> = {
  unknownFlag: { sv: "Okänt argument {value}. Tillåtna flaggor: {allowed}.", en: "Unknown argument {value}. Allowed flags: {allowed}." },
  extraArgument: { sv: "Okänt argument {value}. Tillåtna flaggor: {allowed}.", en: "Unknown argument {value}. Allowed flags: {allowed}." },
  missingValue: { sv: "Flaggan {value} saknar värde.", en: "The flag {value} needs a value." },
  repeatedFlag: { sv: "Flaggan {value} är angiven flera gånger.", en: "The flag {value} is given more than once." },
  badLang: { sv: 'Okänt språk "{value}". Tillåtet: sv eller en.', en: 'Unknown language "{value}". Allowed: sv or en.' },
};

/** An argument quoted back in a message: a pasted 1 MB value must not come back whole. */
const shown = (value: string): string => excerpt(value);

function fillIn(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The --lang flag, scanned before anything else so every later message is already in the right language. */
export function langOf(args: readonly string[]): Lang {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--lang=en" || (arg === "--lang" && args[index + 1] === "en")) return "en";
  }
  return "sv";
}

function allowedFlags(spec: CommandSpec): string {
  return [...Object.keys(spec.flags), ...("lang" in spec.flags ? [] : ["lang"])].map((name) => `--${name}`).join(", ");
}

/** A usage error of this command: its message (with the usage appended where the command wants it), exit 2. */
export function usageFailure(spec: CommandSpec, text: BilingualText, field: string): CliFailure {
  const withUsage = (lang: Lang): string => (spec.usageOnError ? `${text[lang]} ${spec.usage[lang]}` : text[lang]);
  return new CliFailure("BAD_ARGUMENT", { sv: withUsage("sv"), en: withUsage("en") }, { field });
}

function problem(spec: CommandSpec, kind: ArgumentProblem, value: string, field: string): CliFailure {
  const text = spec.texts?.[kind] ?? DEFAULT_TEXTS[kind];
  const values = { value: shown(value), allowed: allowedFlags(spec) };
  return usageFailure(spec, { sv: fillIn(text.sv, values), en: fillIn(text.en, values) }, field);
}

/** Parses a command line against the command's declaration; any problem is a CliFailure (BAD_ARGUMENT). */
export function parseArgs(args: readonly string[], spec: CommandSpec): ParsedArgs {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  const maxPositionals = spec.positionals?.max ?? 0;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith("--") || arg === "--") {
      if (positionals.length >= maxPositionals) throw problem(spec, "extraArgument", arg, shown(arg));
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const kind: FlagKind | undefined = name === "lang" ? "value" : Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (kind === undefined) throw problem(spec, "unknownFlag", arg, shown(arg));
    const flag = `--${name}`;
    let value: string | undefined;
    if (kind === "switch") {
      if (equals >= 0) throw problem(spec, "unknownFlag", arg, flag);
      value = "";
    } else if (equals >= 0) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[index + 1];
      // The next flag is not this flag's value: `--out --year 2025` is a missing value, not a file named "--year".
      if (next !== undefined && !next.startsWith("--")) {
        value = next;
        index++;
      }
    }
    if (value === undefined || (kind !== "switch" && value === "")) throw problem(spec, "missingValue", flag, flag);
    if (flags.has(name)) throw problem(spec, "repeatedFlag", flag, flag);
    flags.set(name, value);
  }
  const lang = flags.get("lang");
  if (lang !== undefined && lang !== "sv" && lang !== "en") throw problem(spec, "badLang", lang, "--lang");
  const minPositionals = spec.positionals?.min ?? 0;
  if (positionals.length < minPositionals) throw usageFailure({ ...spec, usageOnError: false }, spec.usage, spec.positionals?.name ?? "");
  return { flags, positionals, lang: lang === "en" ? "en" : "sv" };
}

/**
 * A command from its declaration: parses the arguments, prints the usage for --help, and turns every
 * expected failure into the one JSON error object (errors.ts). Anything else propagates to main()
 * (exit 70, also one JSON object).
 */
export function defineCommand(spec: CommandSpec & { run: (args: ParsedArgs, io: CliIo) => Promise<number> }): DeclaredCommand {
  const { run, ...declaration } = spec;
  const command = async (args: string[], io: CliIo): Promise<number> => {
    const lang = langOf(args);
    if (args.includes("--help") || args.includes("-h")) {
      io.writeStdout(`${declaration.usage[lang]}\n`);
      return 0;
    }
    try {
      return await run(parseArgs(args, declaration), io);
    } catch (error) {
      return reportFailure(io, error, lang);
    }
  };
  return Object.assign(command, { spec: declaration });
}
