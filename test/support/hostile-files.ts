/**
 * Hostile and huge workbook files for `syss validate` (issue 15, item 4), built from the real template
 * so that only the one hostile property differs: a table whose range claims every row of the sheet,
 * a zip bomb (a part that inflates to far more than its compressed size), a sheet with very many
 * real rows, and data validations over whole columns or the whole sheet. Used by test/hardening/hostile-files.test.ts at small sizes and by
 * test/bench/hostile-files.bench.ts at full size (peak memory).
 */
import { constants, createDeflateRaw, crc32 } from "node:zlib";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { assemble, readZip, type PackedEntry } from "../../src/xlsx/zip";
import { tableParts } from "../../src/xlsx/patch";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function templateParts(): Promise<Map<string, Uint8Array>> {
  return readZip(await writeTemplateXlsx(buildTemplatePlan()));
}

function stored(name: string, data: Uint8Array): PackedEntry {
  return { name: encoder.encode(name), method: 0, crc: crc32(data), size: data.length, data };
}

/** Deflates the chunks one by one (never all of the unpacked data in memory at once). */
async function deflatedEntry(name: string, chunks: () => Iterable<Uint8Array>): Promise<PackedEntry> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks()) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await finished;
  const data = new Uint8Array(Buffer.concat(out));
  return { name: encoder.encode(name), method: 8, crc, size, data };
}

function packed(parts: Map<string, Uint8Array>, replaced: Map<string, PackedEntry>): Uint8Array {
  const entries = [...parts].map(([name, data]) => replaced.get(name) ?? stored(name, data));
  for (const [name, entry] of replaced) if (!parts.has(name)) entries.push(entry);
  return assemble(entries);
}

/** The template with the Placeringar table's range (and its filter) claiming rows down to `lastRow`. */
export async function tableClaimingRows(lastRow = 1_048_576): Promise<Uint8Array> {
  const parts = await templateParts();
  const part = tableParts(parts).get("Placeringar");
  if (!part) throw new Error("template has no Placeringar table");
  const xml = decoder.decode(parts.get(part)).replace(/ref="([A-Z]+)1:([A-Z]+)\d+"/g, `ref="$1${1}:$2${lastRow}"`);
  parts.set(part, encoder.encode(xml));
  return packed(parts, new Map());
}

/** The template plus a part of `unpackedMegabytes` MB of zeros, deflated (≈1 MB of file per GB). */
export async function zipBomb(unpackedMegabytes = 1024): Promise<Uint8Array> {
  const parts = await templateParts();
  const megabyte = new Uint8Array(1024 * 1024);
  const bomb = await deflatedEntry("xl/media/bomb.bin", function* () {
    for (let i = 0; i < unpackedMegabytes; i++) yield megabyte;
  });
  return packed(parts, new Map([["xl/media/bomb.bin", bomb]]));
}

/** The template with `rows` real rows on the Placeringar sheet (an ID and a start date each). */
export async function manyRows(rows = 1_000_000): Promise<Uint8Array> {
  const parts = await templateParts();
  const part = [...parts.keys()].find((name) => name.startsWith("xl/worksheets/") && decoder.decode(parts.get(name)).includes("Ärende-ID")) ?? "";
  const sheet = decoder.decode(parts.get(part));
  // The template's own rows stay; the new ones follow its last row.
  const close = sheet.indexOf("</sheetData>");
  const rowNumbers = [...sheet.slice(0, close).matchAll(/<row r="(\d+)"/g)].map((match) => Number(match[1]));
  const first = Math.max(1, ...rowNumbers) + 1;
  const head = encoder.encode(sheet.slice(0, close));
  const tail = encoder.encode(sheet.slice(close));
  const entry = await deflatedEntry(part, function* () {
    yield head;
    for (let start = first; start < rows + first; start += 10_000) {
      let block = "";
      for (let row = start; row < Math.min(start + 10_000, rows + first); row++) {
        block += `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>P-${row}</t></is></c><c r="E${row}"><v>46000</v></c></row>`;
      }
      yield encoder.encode(block);
    }
    yield tail;
  });
  return packed(parts, new Map([[part, entry]]));
}

/**
 * The template with each data validation on the Placeringar sheet widened to `sqref` (e.g. whole columns
 * "A:C" as "A1:C1048576", or the whole sheet): valid, and common where a supplier set a list on a column.
 */
export async function validationsOver(sqref: string): Promise<Uint8Array> {
  const parts = await templateParts();
  const part = [...parts.keys()].find((name) => name.startsWith("xl/worksheets/") && decoder.decode(parts.get(name)).includes("Ärende-ID")) ?? "";
  const xml = decoder.decode(parts.get(part)).replace(/(<dataValidation\b[^>]*\ssqref=")[^"]*"/g, `$1${sqref}"`);
  parts.set(part, encoder.encode(xml));
  return packed(parts, new Map());
}
