/**
 * The `syss` sub-commands. Each lives in its own module under commands/; register it here.
 */
import type { CliCommand } from "./io";
import { versionCommand } from "./commands/version";

export const commands: Record<string, { run: CliCommand; summary: string }> = {
  version: { run: versionCommand, summary: "print the add-in version" },
};
