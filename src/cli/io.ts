/** What a CLI command may touch, passed in so tests can run commands without spawning a process. */
export interface CliIo {
  readStdin(): Promise<string>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
}

/** A command takes its arguments (after the command name) and returns the process exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export const processIo: CliIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  writeStdout: (text) => process.stdout.write(text),
  writeStderr: (text) => process.stderr.write(text),
};
