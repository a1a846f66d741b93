/** `syss version [--lang sv|en]`: the add-in version. Loads nothing else, so it shows the CLI's start-up time. */
import { defineCommand } from "../args";
import { ADDIN_VERSION } from "../../domain/version";

export const versionCommand = defineCommand({
  usage: { sv: "Användning: syss version", en: "Usage: syss version" },
  flags: {},
  run: async (_args, io) => {
    io.writeStdout(`${ADDIN_VERSION}\n`);
    return 0;
  },
});
