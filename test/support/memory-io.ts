import type { CliIo } from "../../src/cli/io";

/** An in-memory CliIo: feeds standard input and collects what a command writes. */
export function memoryIo(stdin = ""): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    readStdin: async () => stdin,
    writeStdout: (text: string) => {
      io.stdout += text;
    },
    writeStderr: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}
