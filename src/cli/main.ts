import { commands } from "./commands";
import type { CliIo } from "./io";

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  syss ${name.padEnd(10)} ${command.summary}`);
  return `Usage:\n${lines.join("\n")}\n`;
}

/** Dispatches `syss <command> [args]`; returns the exit code (2 for a usage error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    io.writeStdout(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.writeStderr(`syss: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return command.run(args, io);
}
