/**
 * Smaller hostile-input defects of issue 15, item 8: a UTF-8 BOM on stdin, deeply nested JSON, values
 * quoted at full length in messages, and many effect inputs printed in pieces (same JSON as before).
 */
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { computeEffect } from "../../src/domain/model";
import { effectValue } from "../../src/functions/effect";
import { thrownFunctionError, useCustomFunctionsShim } from "../support/custom-functions-shim";
import { memoryIo } from "../support/memory-io";

const INPUT = { age: 30, form: "anställning", months: 12, scope: 1, salary: 20_500 };

describe("CLI and function input hardening (issue 15, item 8)", () => {
  useCustomFunctionsShim();
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "syss-input-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("syss effect reads JSON with a UTF-8 byte-order mark", async () => {
    const io = memoryIo(`\uFEFF${JSON.stringify(INPUT)}`);
    expect(await main(["effect"], io)).to.equal(0);
    expect(JSON.parse(io.stdout).actors.society).to.equal(computeEffect(INPUT).actors.society);
  });

  it("deeply nested JSON: exit 2 with one line in the user's language, for effect and template", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const effect = memoryIo(deep);
    expect(await main(["effect"], effect)).to.equal(2);
    expect(JSON.parse(effect.stdout).error.message).to.equal("Kunde inte läsa JSON (stdin): nästlad i fler än 64 nivåer");
    const file = join(dir, "deep.json");
    writeFileSync(file, `{"name": ${deep}}`);
    const template = memoryIo();
    expect(await main(["template", "--out", join(dir, "x.xlsx"), "--contract", file, "--lang", "en"], template)).to.equal(2);
    expect(JSON.parse(template.stdout).error.message).to.equal("The contract file is not valid JSON: nested more than 64 levels deep");
  });

  it("a JSON syntax error is described without the engine's English text", async () => {
    const io = memoryIo('{"salary": 20000,,}');
    expect(await main(["effect"], io)).to.equal(2);
    expect(JSON.parse(io.stdout).error.message).to.match(/^Kunde inte läsa JSON \(stdin\): inte giltig JSON( \(nära tecken \d+\))?$/);
  });

  it("a 1 MB bad value is quoted as a short excerpt (CLI and custom function)", async () => {
    const huge = "x".repeat(1_000_000);
    const io = memoryIo(JSON.stringify({ ...INPUT, form: huge }));
    expect(await main(["effect"], io)).to.equal(2);
    expect(io.stdout.length).to.be.below(600);
    const error = thrownFunctionError(() => effectValue([[30, "anställning", 12, 20_500]], [["Ålder", "Sysselsättningsform", "Antal månader", "Bruttolön per månad"]], huge));
    expect(String(error.message).length).to.be.below(300);
  });

  it("a 50 000-character path is quoted as a short excerpt by every command that reads a file", async () => {
    const path = join(dir, "7".repeat(50_000));
    const calls = [
      ["doctor", path],
      ["validate", path],
      ["funnel", path],
      ["merge", path, "--into", path],
      ["merge", join(dir, "supplier.xlsx"), "--into", join(dir, "8".repeat(50_000))],
      ["clause", "--contract", path],
      ["effect", "--overrides", path],
      ["portfolio", path],
    ];
    for (const args of calls) {
      const io = memoryIo("{}");
      expect(await main(args, io), args[0]).to.equal(2);
      const lines = io.stdout.trimEnd().split("\n");
      expect(lines, args[0]).to.have.length(1);
      expect(lines[0]!.length, args[0]).to.be.below(600);
      const message = JSON.stringify(JSON.parse(lines[0]!).error);
      expect(message, args[0]).not.to.include("7".repeat(200));
    }
  });

  it("many effect inputs: written in pieces, exactly the JSON an array result always had", async () => {
    const inputs = Array.from({ length: 600 }, (_, index) => ({ ...INPUT, salary: 20_000 + index }));
    const writes: string[] = [];
    const io = memoryIo(JSON.stringify(inputs));
    const write = io.writeStdout;
    io.writeStdout = (text: string) => {
      writes.push(text);
      write(text);
    };
    expect(await main(["effect"], io)).to.equal(0);
    expect(writes.length).to.be.above(1);
    const expected = inputs.map((input) => computeEffect(input, { lang: "sv" } as never));
    expect(io.stdout).to.equal(`${JSON.stringify(JSON.parse(io.stdout), null, 2)}\n`);
    expect((JSON.parse(io.stdout) as { actors: { society: number } }[]).map((result) => result.actors.society)).to.deep.equal(expected.map((result) => result.actors.society));
    const empty = memoryIo("[]");
    expect(await main(["effect"], empty)).to.equal(0);
    expect(empty.stdout).to.equal("[]\n");
  });
});
