/**
 * Personal-data detection throughput: lines per second over the mixed labelled corpus (positives and
 * negatives, short cell-like lines) and over longer free-text lines built from it, plus the `syss pii`
 * command end to end (in-process, JSON output included).
 */
import { detectPersonalData } from "../../src/domain/validation/pii";
import { piiCommand } from "../../src/cli/commands/pii";
import { buildPiiCorpus, CORPUS_REFERENCE_DATE } from "../domain/validation/pii/corpus";
import { memoryIo } from "../support/memory-io";

function measure(label: string, lines: readonly string[], rounds: number): void {
  const referenceDate = CORPUS_REFERENCE_DATE;
  let sink = 0;
  for (const line of lines) sink += detectPersonalData(line, { referenceDate }).length; // warm-up for the JIT
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const line of lines) sink += detectPersonalData(line, { referenceDate }).length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = lines.length * rounds;
  const characters = lines.reduce((sum, line) => sum + line.length, 0) * rounds;
  console.log(
    `${label.padEnd(46)} ${Math.round(count / seconds).toLocaleString("en-US").padStart(10)} lines/s ` +
      `(${count} lines, ${(characters / seconds / 1e6).toFixed(1)} M chars/s, ${sink} findings)`,
  );
}

/** Recall per type and the false-positive rate on the labelled corpus (also printed by corpus.test.ts). */
function accuracy(corpus: ReturnType<typeof buildPiiCorpus>): void {
  const referenceDate = CORPUS_REFERENCE_DATE;
  const tallies = new Map<string, { hits: number; total: number }>();
  for (const positive of corpus.positives) {
    const tally = tallies.get(positive.expected.type) ?? { hits: 0, total: 0 };
    tally.total++;
    const found = detectPersonalData(positive.text, { referenceDate });
    if (found.some((item) => item.type === positive.expected.type && item.match === positive.expected.match)) tally.hits++;
    tallies.set(positive.expected.type, tally);
  }
  for (const [type, { hits, total }] of tallies) {
    console.log(`${`recall ${type}`.padEnd(46)} ${hits}/${total} = ${((100 * hits) / total).toFixed(1)} %`);
  }
  const flagged = corpus.negatives.filter((negative) => detectPersonalData(negative.text, { referenceDate }).length > 0).length;
  console.log(`${"false positives (negatives flagged)".padEnd(46)} ${flagged}/${corpus.negatives.length} = ${((100 * flagged) / corpus.negatives.length).toFixed(2)} %`);
}

export async function run(): Promise<void> {
  const corpus = buildPiiCorpus();
  accuracy(corpus);
  const mixed = [...corpus.positives.map((p) => p.text), ...corpus.negatives.map((n) => n.text)];
  // Longer lines: six corpus entries joined as one free-text comment, like a Kommentar cell.
  const longLines: string[] = [];
  for (let i = 0; i + 6 <= mixed.length; i += 6) longLines.push(mixed.slice(i, i + 6).join(" – "));

  measure("detectPersonalData, corpus lines (short)", mixed, 100);
  measure("detectPersonalData, 6 entries per line (long)", longLines, 100);

  const stdin = `${mixed.join("\n")}\n`.repeat(20);
  const io = memoryIo(stdin);
  const started = process.hrtime.bigint();
  await piiCommand(["--reference-date", "2026-06-15"], io);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = mixed.length * 20;
  console.log(`${"syss pii in-process (split + detect + JSON)".padEnd(46)} ${Math.round(count / seconds).toLocaleString("en-US").padStart(10)} lines/s (${count} lines)`);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
