/**
 * A minimal ZIP reader/writer for *stored* (uncompressed) entries, enough to post-process the .xlsx that
 * ExcelJS writes with `compression: "STORE"`: read every part, change a few XML parts, write them back.
 * Plain TypeScript (no node:zlib), so it runs in the task pane too.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

let crcTable: Uint32Array | undefined;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

export function crc32(data: Uint8Array): number {
  return (crc32Update(0xffffffff, data) ^ 0xffffffff) >>> 0;
}

/** The running (not yet finalised) CRC-32 after `data`, for an entry that arrives in chunks. */
function crc32Update(running: number, data: Uint8Array): number {
  const t = table();
  let crc = running;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

/** An entry as the archive holds it: its data stored (method 0) or deflated (method 8). */
export interface RawEntry {
  readonly name: string;
  readonly method: number;
  readonly data: Uint8Array;
}

/** Walks the central directory; entry data is returned as stored in the archive (maybe compressed). */
export function rawEntries(bytes: Uint8Array): RawEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError("no end of central directory");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new ZipFormatError("bad central directory entry");
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${name}`);
    const localName = view.getUint16(localOffset + 26, true);
    const localExtra = view.getUint16(localOffset + 28, true);
    const dataStart = localOffset + 30 + localName + localExtra;
    entries.push({ name, method, data: bytes.subarray(dataStart, dataStart + size) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads a zip whose entries are all stored; returns name → bytes in the archive's order. */
export function readStoredZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  for (const entry of rawEntries(bytes)) {
    if (entry.method !== 0) throw new ZipFormatError(`entry ${entry.name} is compressed (method ${entry.method})`);
    entries.set(entry.name, entry.data.slice());
  }
  return entries;
}

/**
 * The package holds more than a reader accepts once unpacked (a zip bomb, or simply a huge file): thrown
 * as soon as the count passes the limit, before the rest is inflated, so memory stays bounded.
 */
export class ZipTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`unpacked size over ${limitBytes} bytes`);
    this.name = "ZipTooLargeError";
  }
}

/** The chunks as one array. */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Everything a stream yields, as one array; with a budget, stops (and throws) once it is spent. */
async function collect(stream: ReadableStream<Uint8Array>, budget?: { left: number; readonly limit: number }): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    if (budget) {
      budget.left -= value.length;
      if (budget.left < 0) {
        await reader.cancel();
        throw new ZipTooLargeError(budget.limit);
      }
    }
  }
  return concatChunks(chunks);
}

/** Runs bytes through a platform (de)compression stream. ReadableStream only: test DOMs (jsdom) replace Blob/Response. */
async function throughStream(data: Uint8Array, transform: CompressionStream | DecompressionStream, budget?: { left: number; readonly limit: number }): Promise<Uint8Array> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(data));
      controller.close();
    },
  });
  return collect(source.pipeThrough(transform) as ReadableStream<Uint8Array>, budget);
}

/**
 * An entry's unpacked bytes chunk by chunk, for a part too large to hold unpacked (a worksheet of 100 000
 * rows). The caller decides how much it reads; stopping early cancels the inflation.
 */
export async function* inflatedChunks(entry: RawEntry): AsyncGenerator<Uint8Array> {
  if (entry.method === 0) {
    yield entry.data;
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError(`entry ${entry.name} uses unsupported compression method ${entry.method}`);
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(entry.data));
      controller.close();
    },
  });
  const reader = (source.pipeThrough(new DecompressionStream("deflate-raw")) as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Reads any ordinary zip (stored or deflated entries), e.g. an .xlsx saved by Excel. With `maxBytes`, the
 * unpacked parts together may hold at most that many bytes: counted while inflating (the sizes a zip
 * declares can lie), so a 1 MB zip bomb stops after `maxBytes`, not after a gigabyte.
 */
export async function readZip(bytes: Uint8Array, maxBytes?: number): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>();
  const budget = maxBytes === undefined ? undefined : { left: maxBytes, limit: maxBytes };
  for (const entry of rawEntries(bytes)) {
    if (entry.method === 0) {
      if (budget) {
        budget.left -= entry.data.length;
        if (budget.left < 0) throw new ZipTooLargeError(budget.limit);
      }
      entries.set(entry.name, entry.data.slice());
    } else if (entry.method === 8) entries.set(entry.name, await throughStream(entry.data, new DecompressionStream("deflate-raw"), budget));
    else throw new ZipFormatError(`entry ${entry.name} uses unsupported compression method ${entry.method}`);
  }
  return entries;
}

export interface PackedEntry {
  readonly name: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/** Fixed DOS date (2026-01-01 00:00), so the same plan always gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** A zip of entries already packed (data stored or deflated, crc and size of the unpacked data). */
export function assemble(entries: readonly PackedEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = new Uint8Array(30 + entry.name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, entry.method, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, entry.name.length, true);
    local.set(entry.name, 30);
    const header = new Uint8Array(46 + entry.name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, CENTRAL_HEADER, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, entry.name.length, true);
    cv.setUint32(42, offset, true);
    header.set(entry.name, 46);
    parts.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concatChunks([...parts, ...central, end]);
}

/** Writes entries uncompressed (for in-memory hand-overs, e.g. to ExcelJS). */
export function writeStoredZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  return assemble([...entries].map(([name, data]) => ({ name: encoder.encode(name), method: 0, crc: crc32(data), size: data.length, data })));
}

/**
 * An entry too large to hold unpacked (a sheet of 100 000 table rows is half a gigabyte of XML): its bytes
 * are produced chunk by chunk while it is compressed, so only the compressed form is ever kept whole.
 */
export interface ChunkedEntry {
  readonly chunks: () => Iterable<Uint8Array<ArrayBuffer>>;
}

/** The classic zip's sizes are 32-bit; SYSS does not write ZIP64. */
const MAX_ENTRY_BYTES = 0xffffffff;

export class ZipEntryTooLargeError extends Error {
  constructor(readonly entry: string) {
    super(`zip entry ${entry} is over 4 GB unpacked`);
    this.name = "ZipEntryTooLargeError";
  }
}

/**
 * Deflates a chunked entry as it is produced, CRC and size counted on the way. Each chunk is written only
 * once the compressor has taken the previous one (a piped stream would let the producer run ahead and the
 * compressor queue the whole entry unpacked).
 */
async function deflateChunks(name: string, entry: ChunkedEntry): Promise<{ crc: number; size: number; data: Uint8Array }> {
  const compressor = new CompressionStream("deflate-raw");
  const compressed = collect(compressor.readable as ReadableStream<Uint8Array>);
  const writer = compressor.writable.getWriter();
  let crc = 0xffffffff;
  let size = 0;
  try {
    for (const chunk of entry.chunks()) {
      crc = crc32Update(crc, chunk);
      size += chunk.length;
      if (size > MAX_ENTRY_BYTES) throw new ZipEntryTooLargeError(name);
      await writer.write(chunk);
    }
    await writer.close();
  } catch (error) {
    await writer.abort(error);
    await compressed.catch(() => undefined);
    throw error;
  }
  return { crc: (crc ^ 0xffffffff) >>> 0, size, data: await compressed };
}

/**
 * Writes entries DEFLATE-compressed with the platform's CompressionStream (Node 20, current browsers),
 * keeping an entry stored when compressing does not make it smaller or the platform cannot compress.
 * A chunked entry is always deflated (it is XML, which always shrinks).
 */
export async function writeZip(entries: ReadonlyMap<string, Uint8Array | ChunkedEntry>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const canCompress = typeof CompressionStream === "function";
  const packed: PackedEntry[] = [];
  for (const [name, entry] of entries) {
    if (!(entry instanceof Uint8Array) && canCompress) {
      const { crc, size, data } = await deflateChunks(name, entry);
      packed.push({ name: encoder.encode(name), method: 8, crc, size, data });
      continue;
    }
    // Without a CompressionStream a chunked entry is joined and stored.
    const data = entry instanceof Uint8Array ? entry : concatChunks([...entry.chunks()]);
    const compressed = canCompress && data.length > 0 ? await throughStream(data, new CompressionStream("deflate-raw")) : null;
    const useCompressed = compressed !== null && compressed.length < data.length;
    packed.push({
      name: encoder.encode(name),
      method: useCompressed ? 8 : 0,
      crc: crc32(data),
      size: data.length,
      data: useCompressed ? compressed : data,
    });
  }
  return assemble(packed);
}
