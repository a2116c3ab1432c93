import { AppError, type Localized } from '../../http/errors.ts';
import { NotAZip, zipEntries } from '../customer-imports/zip-entries.ts';

/**
 * What an issue may have attached, told by the file's first bytes and not by its name alone: images, PDF, Office
 * documents and plain text. The name's extension must agree with what the bytes are, so a program renamed
 * 回复.pdf is refused, and the type stored (and sent back on download) is the one the bytes showed.
 */
export interface FileKind {
  contentType: string;
  extensions: readonly string[];
  label: Localized;
}

const kind = (contentType: string, extensions: string[], zh: string, en = zh): FileKind => ({
  contentType,
  extensions,
  label: { zh, en },
});

const IMAGE = {
  png: kind('image/png', ['png'], 'PNG 图片', 'a PNG image'),
  jpeg: kind('image/jpeg', ['jpg', 'jpeg'], 'JPEG 图片', 'a JPEG image'),
  gif: kind('image/gif', ['gif'], 'GIF 图片', 'a GIF image'),
  webp: kind('image/webp', ['webp'], 'WebP 图片', 'a WebP image'),
};
const PDF = kind('application/pdf', ['pdf'], 'PDF 文档', 'a PDF document');
const OOXML = 'application/vnd.openxmlformats-officedocument';
/** Office Open XML files are zips; the folder of their main part tells Word, Excel and PowerPoint apart. */
const ZIPPED: Record<string, { kind: FileKind; folder: string }> = {
  docx: {
    kind: kind(`${OOXML}.wordprocessingml.document`, ['docx'], 'Word 文档', 'a Word document'),
    folder: 'word/',
  },
  xlsx: {
    kind: kind(`${OOXML}.spreadsheetml.sheet`, ['xlsx'], 'Excel 表格', 'an Excel workbook'),
    folder: 'xl/',
  },
  pptx: {
    kind: kind(`${OOXML}.presentationml.presentation`, ['pptx'], 'PowerPoint 演示文稿', 'a PowerPoint file'),
    folder: 'ppt/',
  },
};
/** Word, Excel and PowerPoint 97–2003 share one container (OLE); its extension names which it is. */
const OLE: Record<string, FileKind> = {
  doc: kind('application/msword', ['doc'], 'Word 97–2003 文档', 'a Word 97–2003 document'),
  xls: kind('application/vnd.ms-excel', ['xls'], 'Excel 97–2003 表格', 'an Excel 97–2003 workbook'),
  ppt: kind('application/vnd.ms-powerpoint', ['ppt'], 'PowerPoint 97–2003 文件', 'a PowerPoint 97–2003 file'),
};
const TEXT: Record<string, FileKind> = {
  txt: kind('text/plain; charset=utf-8', ['txt'], '文本文件', 'a text file'),
  csv: kind('text/csv; charset=utf-8', ['csv'], 'CSV 文件', 'a CSV file'),
};

/** The extensions accepted, for the upload control and the error message. */
export const ATTACHMENT_EXTENSIONS = [
  ...Object.values(IMAGE).flatMap((k) => k.extensions),
  'pdf',
  ...Object.keys(ZIPPED),
  ...Object.keys(OLE),
  ...Object.keys(TEXT),
];

const ALLOWED: Localized = {
  zh: '图片（PNG、JPEG、GIF、WebP）、PDF、Word/Excel/PowerPoint（docx、xlsx、pptx、doc、xls、ppt）、UTF-8 文本（txt、csv）',
  en: 'images (PNG, JPEG, GIF, WebP), PDF, Word/Excel/PowerPoint (docx, xlsx, pptx, doc, xls, ppt), UTF-8 text (txt, csv)',
};

const startsWith = (head: Buffer, bytes: number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

type Family = FileKind | 'zip' | 'ole' | null;

/** What the first bytes say the file is. */
function familyOf(head: Buffer): Family {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return IMAGE.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return IMAGE.jpeg;
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return IMAGE.gif;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return IMAGE.webp;
  if (startsWith(head, ascii('%PDF-'))) return PDF;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return null;
}

/** The first bytes a type check needs. */
export const HEAD_BYTES = 16;

export const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

export function unsupported(fileName: string): AppError {
  return new AppError('unsupported_media_type', {}, [], {
    zh: `不支持文件「${fileName}」的类型。允许的类型：${ALLOWED.zh}`,
    en: `The type of "${fileName}" is not allowed. Allowed: ${ALLOWED.en}`,
  });
}

function mismatch(fileName: string, found: FileKind): AppError {
  const ext = extensionOf(fileName);
  return new AppError('unsupported_media_type', {}, [], {
    zh: `文件「${fileName}」的内容是${found.label.zh}，与扩展名 .${ext} 不符，请改正扩展名后重新上传`,
    en: `"${fileName}" is ${found.label.en}, which does not match its extension .${ext}; rename it and upload again`,
  });
}

/** An Office Open XML zip: its content types and its main part's folder are there. */
function officeKind(fileName: string, file: () => Buffer): FileKind {
  const zipped = ZIPPED[extensionOf(fileName)];
  if (!zipped) throw unsupported(fileName);
  try {
    const names = [...zipEntries(file(), 10_000, () => new NotAZip('too many entries')).keys()];
    if (names.includes('[Content_Types].xml') && names.some((n) => n.startsWith(zipped.folder)))
      return zipped.kind;
  } catch (error) {
    if (!(error instanceof NotAZip)) throw error;
  }
  throw unsupported(fileName);
}

/**
 * The kind of an uploaded file, from its first bytes (`head`), whether the whole of it was UTF-8 text without a
 * NUL (`text`), and, for a zip, its bytes (`file`, read only then); refused with words naming the file.
 */
export function kindOf(fileName: string, head: Buffer, text: boolean, file: () => Buffer): FileKind {
  const family = familyOf(head);
  const ext = extensionOf(fileName);
  if (family === 'zip') return officeKind(fileName, file);
  if (family === 'ole') {
    const legacy = OLE[ext];
    if (!legacy) throw unsupported(fileName);
    return legacy;
  }
  if (family) {
    if (!family.extensions.includes(ext)) throw mismatch(fileName, family);
    return family;
  }
  const plain = TEXT[ext];
  if (text && plain) return plain;
  throw unsupported(fileName);
}
