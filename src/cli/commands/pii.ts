/**
 * `syss pii [--reference-date YYYY-MM-DD]`: reads text lines on stdin and writes one JSON line per input
 * line, `{"line": n, "findings": [{"type": …, "match": "…"}]}` (n is 1-based), for personnummer,
 * samordningsnummer, e-mail addresses, Swedish phone numbers, person names ("name") and special-category
 * ("special-category", GDPR art. 9) and criminal-record ("criminal-record", art. 10) terms. The reference date (default today, UTC)
 * decides the century of 10-digit identity numbers.
 */
import type { CliCommand, CliIo } from "../io";
import { excerpt } from "../../domain/common/text";
import { detectPersonalData, isRealDate, type CalendarDate } from "../../domain/validation/pii";

const USAGE = "Usage: syss pii [--reference-date YYYY-MM-DD] < lines.txt\n";

function parseReferenceDate(value: string | undefined): CalendarDate | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!parts) return null;
  const date = { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) };
  return isRealDate(date) ? date : null;
}

function usageError(io: CliIo, message: string): number {
  // One line, like every other command's input error: the message, then how to call the command.
  io.writeStderr(`syss pii: ${message}. ${USAGE}`);
  return 2;
}

/** The input split into lines; a final line break does not start an extra, empty line. */
function splitLines(input: string): string[] {
  if (input === "") return [];
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export const piiCommand: CliCommand = async (args, io) => {
  let referenceDate: CalendarDate | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") {
      io.writeStdout(USAGE);
      return 0;
    }
    if (arg === "--reference-date") {
      const parsed = parseReferenceDate(args[++i]);
      if (!parsed) return usageError(io, "--reference-date needs a real date written YYYY-MM-DD");
      referenceDate = parsed;
      continue;
    }
    return usageError(io, `unknown argument '${excerpt(arg ?? "")}'`);
  }

  const lines = splitLines(await io.readStdin());
  const output = lines.map((text, position) => {
    const findings = detectPersonalData(text, referenceDate ? { referenceDate } : {}).map(({ type, match }) => ({ type, match }));
    return `${JSON.stringify({ line: position + 1, findings })}\n`;
  });
  io.writeStdout(output.join(""));
  return 0;
};
