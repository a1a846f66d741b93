import type { CliCommand } from "../io";
import { ADDIN_VERSION } from "../../domain/version";

export const versionCommand: CliCommand = async (_args, io) => {
  io.writeStdout(`${ADDIN_VERSION}\n`);
  return 0;
};
