import { langOf } from "./args";
import { commands } from "./commands";
import { EXIT_BAD_INPUT, errorLine, reportFailure, reportInternalError } from "./errors";
import type { CliIo } from "./io";

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  syss ${name.padEnd(10)} ${command.summary}`);
  return `Usage:\n${lines.join("\n")}\n`;
}

/**
 * Dispatches `syss <command> [args]`; returns the exit code. Every failure is one JSON error object on
 * stdout (errors.ts): a missing or unknown command is exit 2, a known error a command let escape is
 * reported as its own code, anything else is a fault of SYSS (exit 70).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h") {
    io.writeStdout(usage());
    return 0;
  }
  if (name === undefined) {
    io.writeStdout(errorLine("MISSING_COMMAND", usage().trimEnd()));
    return EXIT_BAD_INPUT;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    io.writeStdout(errorLine("UNKNOWN_COMMAND", `syss: unknown command '${name.slice(0, 60)}'\n${usage().trimEnd()}`, { field: name.slice(0, 60) }));
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    try {
      return reportFailure(io, error, langOf(args));
    } catch {
      return reportInternalError(io, error);
    }
  }
}
