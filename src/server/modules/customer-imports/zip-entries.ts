import zlib from 'node:zlib';

/**
 * A workbook's zip, read from its central directory: the parts are found by name and unzipped one at a time,
 * only those needed, each counted as it inflates. (ExcelJS's streaming reader unzips every part in file order
 * and writes each sheet that comes before the shared strings — as in files Excel saves — to a temporary file,
 * unbounded.)
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The size the zip claims; the bytes are counted as they inflate whatever it claims. */
  size: number;
  localOffset: number;
}

/** The file is not a zip this reader accepts (damaged, encrypted, an unknown compression). */
export class NotAZip extends Error {}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new NotAZip(what);
}

function uint64(file: Buffer, at: number): number {
  check(at + 8 <= file.length, 'truncated zip64 field');
  const value = file.readBigUInt64LE(at);
  check(value <= BigInt(Number.MAX_SAFE_INTEGER), 'zip64 field out of range');
  return Number(value);
}

function endOfDirectory(file: Buffer): { entries: number; offset: number } {
  const last = file.length - 22;
  let at = -1;
  for (let i = last; i >= Math.max(0, last - MAX_COMMENT); i--) {
    if (file.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  check(at >= 0, 'no end of central directory');
  let entries = file.readUInt16LE(at + 10);
  let offset = file.readUInt32LE(at + 16);
  if (entries === 0xffff || offset === 0xffffffff) {
    const locator = at - 20;
    check(locator >= 0 && file.readUInt32LE(locator) === EOCD64_LOCATOR, 'no zip64 locator');
    const record = uint64(file, locator + 8);
    check(record + 56 <= file.length && file.readUInt32LE(record) === EOCD64, 'no zip64 end record');
    entries = uint64(file, record + 32);
    offset = uint64(file, record + 48);
  }
  return { entries, offset };
}

/** Sizes and offset a central entry gives as 0xFFFFFFFF are in its zip64 extra field, in this order. */
function zip64Values(
  file: Buffer,
  extra: number,
  extraEnd: number,
  wanted: boolean[],
): (number | undefined)[] {
  const values: (number | undefined)[] = [];
  for (let at = extra; at + 4 <= extraEnd; ) {
    const id = file.readUInt16LE(at);
    const size = file.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const want of wanted) {
        if (want) {
          check(field + 8 <= at + 4 + size, 'short zip64 extra field');
          values.push(uint64(file, field));
          field += 8;
        } else values.push(undefined);
      }
      return values;
    }
    at += 4 + size;
  }
  check(!wanted.some(Boolean), 'missing zip64 extra field');
  return wanted.map(() => undefined);
}

/**
 * The entries of the zip by name (the first of a repeated name), refusing before anything else is read when
 * there are more than `maxEntries` (`tooMany` gives the error).
 */
export function zipEntries(file: Buffer, maxEntries: number, tooMany: () => Error): Map<string, ZipEntry> {
  check(file.length >= 22, 'too short for a zip');
  const end = endOfDirectory(file);
  if (end.entries > maxEntries) throw tooMany();
  const entries = new Map<string, ZipEntry>();
  let at = end.offset;
  for (let i = 0; i < end.entries; i++) {
    check(at + 46 <= file.length && file.readUInt32LE(at) === CENTRAL, 'bad central directory entry');
    const flags = file.readUInt16LE(at + 8);
    const method = file.readUInt16LE(at + 10);
    let compressedSize = file.readUInt32LE(at + 20);
    let size = file.readUInt32LE(at + 24);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    let localOffset = file.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    check(nameEnd + extraLength + commentLength <= file.length, 'central directory entry past the end');
    const name = file.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, nameEnd);
    const [size64, compressed64, offset64] = zip64Values(file, nameEnd, nameEnd + extraLength, [
      size === 0xffffffff,
      compressedSize === 0xffffffff,
      localOffset === 0xffffffff,
    ]);
    size = size64 ?? size;
    compressedSize = compressed64 ?? compressedSize;
    localOffset = offset64 ?? localOffset;
    check((flags & 0x1) === 0, 'encrypted entry');
    if (!entries.has(name)) entries.set(name, { name, method, compressedSize, size, localOffset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header. */
function compressedData(file: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  check(at + 30 <= file.length && file.readUInt32LE(at) === LOCAL, 'bad local header');
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  check(start + entry.compressedSize <= file.length, 'entry data past the end');
  return file.subarray(start, start + entry.compressedSize);
}

const CHUNK = 64 * 1024;

/**
 * The entry's bytes as they inflate, `chunk` bytes at a time; `count` is told the size of each chunk before
 * it is passed on (it throws to stop). Inflating waits for the reader: nothing is unzipped ahead of use.
 */
export async function* unzipped(
  file: Buffer,
  entry: ZipEntry,
  count: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const data = compressedData(file, entry);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) {
      const chunk = data.subarray(at, at + CHUNK);
      count(chunk.length);
      yield chunk;
    }
    return;
  }
  check(entry.method === 8, `compression method ${entry.method}`);
  const inflate = zlib.createInflateRaw({ chunkSize: CHUNK });
  inflate.end(data);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      count(chunk.length);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof Error && 'errno' in error ? new NotAZip(`inflate: ${error.message}`) : error;
  } finally {
    inflate.destroy();
  }
}
