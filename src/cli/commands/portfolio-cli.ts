/**
 * What `syss merge` and `syss portfolio` share: the input error they turn into one {"error":{…}} object
 * (model-cli.ts's failWith) and the --lang lookup made before anything else is parsed.
 */
import { fill, type PortfolioLang, type PortfolioText } from "../../domain/i18n/portfolio";

export class CliInputError extends Error {
  constructor(
    readonly code: string,
    readonly field: string,
    readonly text: PortfolioText,
  ) {
    super(text.en);
  }
}

/** A CliInputError with its texts filled. */
export function textError(code: string, field: string, text: PortfolioText, values: Readonly<Record<string, string>> = {}): CliInputError {
  return new CliInputError(code, field, { sv: fill(text.sv, values), en: fill(text.en, values) });
}

/** The language, looked up first so that even an error about another argument comes in it. */
export function langOfArgs(args: readonly string[]): PortfolioLang {
  const index = args.indexOf("--lang");
  return (index >= 0 && args[index + 1] === "en") || args.includes("--lang=en") ? "en" : "sv";
}

