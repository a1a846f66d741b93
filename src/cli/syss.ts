/** Entry point of the `syss` command (bundled to dist/cli/syss.js by webpack). */
import { main } from "./main";
import { processIo } from "./io";

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Commands turn expected failures into exit codes; this is the last guard against a stack trace.
    process.stderr.write(`syss: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
