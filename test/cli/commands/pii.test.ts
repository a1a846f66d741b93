import { expect } from "chai";
import { main } from "../../../src/cli/main";
import { expectCliError } from "../../support/cli-error";
import { memoryIo } from "../../support/memory-io";

function outputLines(stdout: string): unknown[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);
}

describe("syss pii", () => {
  it("writes one JSON line per input line with the findings of that line", async () => {
    const io = memoryIo(
      [
        "P-001;811218-9876;Anställning",
        "Ingen personuppgift här: 2024-01-31, 12 345,50 kr, org.nr 556036-0793",
        "Mejla anna@exempel.se eller ring 070-123 45 67",
        "Samordningsnummer 701063-2391",
      ].join("\n"),
    );
    expect(await main(["pii", "--reference-date", "2026-06-15"], io)).to.equal(0);
    expect(outputLines(io.stdout)).to.deep.equal([
      { line: 1, findings: [{ type: "personnummer", match: "811218-9876" }] },
      { line: 2, findings: [] },
      {
        line: 3,
        findings: [
          { type: "email", match: "anna@exempel.se" },
          { type: "phone", match: "070-123 45 67" },
        ],
      },
      { line: 4, findings: [{ type: "samordningsnummer", match: "701063-2391" }] },
    ]);
    expect(io.stderr).to.equal("");
  });

  it("reports person names and special-category / criminal-record terms in free text, and leaves everyday text clean", async () => {
    const io = memoryIo(
      [
        "Anna … sjukskriven för depression … diagnos ADHD",
        "Kontaktperson: Lars Johansson",
        "Deltagaren är dömd för rån",
        "per månad",
        "Bo",
        "Lokalvård Eva-gatan",
        "Leverantören får inte diskriminera på grund av religion eller funktionsnedsättning.",
      ].join("\n"),
    );
    expect(await main(["pii", "--reference-date", "2026-06-15"], io)).to.equal(0);
    expect(outputLines(io.stdout)).to.deep.equal([
      {
        line: 1,
        findings: [
          { type: "name", match: "Anna" },
          { type: "special-category", match: "sjukskriven" },
          { type: "special-category", match: "depression" },
          { type: "special-category", match: "diagnos" },
          { type: "special-category", match: "ADHD" },
        ],
      },
      { line: 2, findings: [{ type: "name", match: "Lars Johansson" }] },
      { line: 3, findings: [{ type: "criminal-record", match: "dömd för" }] },
      { line: 4, findings: [] },
      { line: 5, findings: [] },
      { line: 6, findings: [] },
      { line: 7, findings: [] },
    ]);
  });

  it("writes exactly the documented keys, one object per line", async () => {
    const io = memoryIo("811218-9876\n");
    expect(await main(["pii"], io)).to.equal(0);
    expect(io.stdout).to.equal('{"line":1,"findings":[{"type":"personnummer","match":"811218-9876"}]}\n');
  });

  it("numbers blank lines too, handles CRLF, and adds no line for a final line break", async () => {
    const io = memoryIo("a@exempel.se\r\n\r\nb@exempel.se\r\n");
    expect(await main(["pii"], io)).to.equal(0);
    expect(outputLines(io.stdout)).to.deep.equal([
      { line: 1, findings: [{ type: "email", match: "a@exempel.se" }] },
      { line: 2, findings: [] },
      { line: 3, findings: [{ type: "email", match: "b@exempel.se" }] },
    ]);
  });

  it("writes nothing for empty input", async () => {
    const io = memoryIo("");
    expect(await main(["pii"], io)).to.equal(0);
    expect(io.stdout).to.equal("");
  });

  it("uses the reference date for the century of 10-digit numbers and to rule out future births", async () => {
    const run = async (line: string, date: string): Promise<unknown[]> => {
      const io = memoryIo(`${line}\n`);
      expect(await main(["pii", "--reference-date", date], io)).to.equal(0);
      return outputLines(io.stdout);
    };
    const leapDay = [{ line: 1, findings: [{ type: "personnummer", match: "000229-0005" }] }];
    expect(await run("000229-0005", "2026-06-15")).to.deep.equal(leapDay); // born 2000, a leap year
    expect(await run("000229-0005", "1999-12-31")).to.deep.equal([{ line: 1, findings: [] }]); // 1900 was not
    expect(await run("20260101-0008", "2026-06-15")).to.deep.equal([
      { line: 1, findings: [{ type: "personnummer", match: "20260101-0008" }] },
    ]);
    expect(await run("20260101-0008", "2025-12-31")).to.deep.equal([{ line: 1, findings: [] }]);
  });

  it("prints its usage for --help", async () => {
    const io = memoryIo();
    expect(await main(["pii", "--help"], io)).to.equal(0);
    expect(io.stdout).to.contain("syss pii");
  });

  it("rejects unknown arguments and bad dates with exit 2 and a message, never a stack trace", async () => {
    for (const args of [["--frobnicate"], ["--reference-date"], ["--reference-date", "2026-02-30"], ["--reference-date", "15/6/2026"]]) {
      const io = memoryIo("811218-9876\n");
      expect(await main(["pii", ...args], io), args.join(" ")).to.equal(2);
      expect(expectCliError(io.stdout).code).to.equal("BAD_ARGUMENT");
      expect(io.stdout).not.to.contain("    at ");
    }
  });

  it("is listed in the syss usage", async () => {
    const io = memoryIo();
    await main(["--help"], io);
    expect(io.stdout).to.contain("syss pii");
  });
});
