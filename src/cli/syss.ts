/** Entry point of the `syss` command (bundled to dist/cli/syss.js by webpack). */
import { main } from "./main";
import { reportInternalError } from "./errors";
import { processIo } from "./io";

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main() already turns every failure into one JSON object; this is the last guard against a stack trace.
    process.exitCode = reportInternalError(processIo, error);
  },
);
