/**
 * `syss pii [--reference-date YYYY-MM-DD] [--lang sv|en]`: reads text lines on stdin and writes one JSON line per input
 * line, `{"line": n, "findings": [{"type": …, "match": "…"}]}` (n is 1-based), for personnummer,
 * samordningsnummer, e-mail addresses, Swedish phone numbers, person names ("name") and special-category
 * ("special-category", GDPR art. 9) and criminal-record ("criminal-record", art. 10) terms. The reference date (default today, UTC)
 * decides the century of 10-digit identity numbers.
 */
import { defineCommand } from "../args";
import { CliFailure } from "../errors";
import { detectPersonalData, isRealDate, type CalendarDate } from "../../domain/validation/pii";

const USAGE = {
  sv: "Användning: syss pii [--reference-date ÅÅÅÅ-MM-DD] < rader.txt",
  en: "Usage: syss pii [--reference-date YYYY-MM-DD] < lines.txt",
};

function parseReferenceDate(value: string | undefined): CalendarDate | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!parts) return null;
  const date = { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) };
  return isRealDate(date) ? date : null;
}

/** The input split into lines; a final line break does not start an extra, empty line. */
function splitLines(input: string): string[] {
  if (input === "") return [];
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export const piiCommand = defineCommand({
  usage: USAGE,
  flags: { "reference-date": "value" },
  stdin: "text",
  texts: {
    unknownFlag: { sv: "Okänt argument '{value}'.", en: "Unknown argument '{value}'." },
    extraArgument: { sv: "Okänt argument '{value}'.", en: "Unknown argument '{value}'." },
  },
  usageOnError: true,
  run: async ({ flags }, io) => {
    const given = flags.get("reference-date");
    const referenceDate = given === undefined ? undefined : parseReferenceDate(given);
    if (referenceDate === null) {
      const text = {
        sv: `--reference-date ska vara ett riktigt datum skrivet ÅÅÅÅ-MM-DD. ${USAGE.sv}`,
        en: `--reference-date needs a real date written YYYY-MM-DD. ${USAGE.en}`,
      };
      throw new CliFailure("BAD_ARGUMENT", text, { field: "--reference-date" });
    }
    const lines = splitLines(await io.readStdin());
    const output = lines.map((text, position) => {
      const findings = detectPersonalData(text, referenceDate ? { referenceDate } : {}).map(({ type, match }) => ({ type, match }));
      return `${JSON.stringify({ line: position + 1, findings })}\n`;
    });
    io.writeStdout(output.join(""));
    return 0;
  },
});
