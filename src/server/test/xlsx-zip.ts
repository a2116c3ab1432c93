import zlib from 'node:zlib';

/**
 * Writes .xlsx files part by part, for tests that need a workbook no spreadsheet program would save: a sheet
 * of 100 MB that deflates to 100 KB, a zip whose headers lie about sizes, thousands of entries.
 */

export interface ZipPart {
  name: string;
  /** The part's bytes, or text (UTF-8), or segments of text with runs of a repeated piece. */
  data: Buffer | string | Segment[];
  /** Claim this uncompressed size in the headers instead of the real one. */
  declaredSize?: number;
}

/** Text, or a piece repeated many times (written without ever holding the whole run). */
export type Segment = string | { repeat: string; times: number };

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * Deflates the part; a repeated run a megabyte at a time, so that a part of gigabytes never sits in memory.
 * A raw deflate stream may hold any number of blocks: each piece is deflated on its own and sync-flushed
 * (byte-aligned, not final), and an empty final block ends the stream.
 */
function deflated(data: ZipPart['data']): { compressed: Buffer; size: number; crc: number } {
  if (typeof data === 'string' || Buffer.isBuffer(data)) {
    const raw = Buffer.from(data);
    return { compressed: zlib.deflateRawSync(raw), size: raw.length, crc: zlib.crc32(raw) };
  }
  const parts: Buffer[] = [];
  let size = 0;
  let crc = 0;
  const flushed = (raw: Buffer) => zlib.deflateRawSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const add = (raw: Buffer, compressed = flushed(raw)) => {
    size += raw.length;
    crc = zlib.crc32(raw, crc);
    parts.push(compressed);
  };
  for (const segment of data) {
    if (typeof segment === 'string') {
      add(Buffer.from(segment));
      continue;
    }
    const perBlock = Math.max(1, Math.floor(1_048_576 / Buffer.byteLength(segment.repeat)));
    const block = Buffer.from(segment.repeat.repeat(perBlock));
    const blockDeflated = flushed(block);
    let left = segment.times;
    for (; left >= perBlock; left -= perBlock) add(block, blockDeflated);
    add(Buffer.from(segment.repeat.repeat(left)));
  }
  parts.push(zlib.deflateRawSync(Buffer.alloc(0)));
  return { compressed: Buffer.concat(parts), size, crc };
}

const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

/**
 * A zip of the parts in the order given (deflated, sizes in the local headers, a central directory). With
 * `zip64`, the central directory gives sizes and offsets in zip64 fields, as some writers do for every file.
 */
export function zipParts(parts: ZipPart[], options: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const { compressed, size, crc } = deflated(part.data);
    const declared = part.declaredSize ?? size;
    const header = (sizes: Buffer[], extraLength: number) =>
      Buffer.concat([
        u16(20), // version needed
        u16(0x0800), // flags: UTF-8 names
        u16(8), // deflate
        u16(0),
        u16(0x21), // time, date
        u32(crc),
        ...sizes,
        u16(name.length),
        u16(extraLength),
      ]);
    const sizes = [u32(compressed.length), u32(Math.min(declared, 0xffffffff))];
    const local = Buffer.concat([u32(0x04034b50), header(sizes, 0), name]);
    locals.push(local, compressed);
    const extra = options.zip64
      ? Buffer.concat([u16(0x0001), u16(24), u64(declared), u64(compressed.length), u64(offset)])
      : Buffer.alloc(0);
    const central = options.zip64 ? [u32(0xffffffff), u32(0xffffffff)] : sizes;
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(45),
        header(central, extra.length),
        u16(0), // comment
        u16(0), // disk
        u16(0), // internal attributes
        u32(0), // external attributes
        u32(options.zip64 ? 0xffffffff : offset),
        name,
        extra,
      ]),
    );
    offset += local.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const zip64End = options.zip64
    ? [
        Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0)]),
        Buffer.concat([u64(parts.length), u64(parts.length), u64(directory.length), u64(offset)]),
        Buffer.concat([u32(0x07064b50), u32(0), u64(offset + directory.length), u32(1)]),
      ]
    : [];
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(options.zip64 ? 0xffff : parts.length),
    u16(options.zip64 ? 0xffff : parts.length),
    u32(directory.length),
    u32(options.zip64 ? 0xffffffff : offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, ...zip64End, end]);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const columnName = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** `<row>` XML for cells given as text (inline strings) or as shared-string indexes (`{ s: 3 }`). */
export function rowXml(line: number, cells: (string | { s: number })[]): string {
  const xml = cells.map((cell, i) => {
    const ref = `${columnName(i)}${line}`;
    return typeof cell === 'string'
      ? `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`
      : `<c r="${ref}" t="s"><v>${cell.s}</v></c>`;
  });
  return `<row r="${line}">${xml.join('')}</row>`;
}

export const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_END = '</sheetData></worksheet>';
export const STRINGS_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
export const STRINGS_END = '</sst>';

/**
 * The parts of a one-sheet workbook around the given sheet (and shared strings, if any), in the order Excel
 * writes them: the sheet before the shared strings.
 */
export function workbookParts(sheet: ZipPart['data'], sharedStrings?: ZipPart['data']): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '</Relationships>',
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...(sharedStrings === undefined ? [] : [{ name: 'xl/sharedStrings.xml', data: sharedStrings }]),
  ];
}
