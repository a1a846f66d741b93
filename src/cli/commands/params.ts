/** `syss params [--year Y] [--lang sv|en]`: prints a year's parameters as [{key,label,unit,value,source,estimate}]. */
import { defineCommand } from "../args";
import { listParameters, resolveYear } from "../../domain/model";

export const paramsCommand = defineCommand({
  usage: { sv: "Användning: syss params [--year ÅR] [--lang sv|en]", en: "Usage: syss params [--year YEAR] [--lang sv|en]" },
  flags: { year: "value" },
  run: async ({ flags, lang }, io) => {
    const year = resolveYear(flags.get("year"));
    io.writeStdout(`${JSON.stringify(listParameters(year, lang), null, 2)}\n`);
    return 0;
  },
});
