/** `syss params [--year Y] [--lang sv|en]`: prints a year's parameters as [{key,label,unit,value,source,estimate}]. */
import type { CliCommand } from "../io";
import { isModelError, listParameters, resolveYear } from "../../domain/model";
import { FlagError, failWith, flagError, fromModelError, langOf, parseFlags, parseLang } from "./model-cli";

export const paramsCommand: CliCommand = async (args, io) => {
  const lang = langOf(args);
  try {
    const flags = parseFlags(args, ["year", "lang"]);
    parseLang(flags.get("lang"));
    const year = resolveYear(flags.get("year"));
    io.writeStdout(`${JSON.stringify(listParameters(year, lang), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof FlagError) return failWith(io, flagError(error, lang));
    if (isModelError(error)) return failWith(io, fromModelError(error, lang));
    throw error;
  }
};
