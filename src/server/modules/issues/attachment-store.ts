import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../http/errors.ts';
import { HEAD_BYTES } from './attachment-types.ts';

/** An upload written to its temporary file, counted, hashed and looked at on the way. */
export interface Received {
  tempPath: string;
  size: number;
  sha256: string;
  head: Buffer;
  /** The whole file is UTF-8 without a NUL byte. */
  text: boolean;
}

/** A file over the limit, named. */
export function tooLarge(maxBytes: number, fileName: string): AppError {
  const limit =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} MB`
      : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError('body_too_large', { limit }, [], {
    zh: `文件「${fileName}」超过大小上限 ${limit}`,
    en: `"${fileName}" is larger than the limit of ${limit}`,
  });
}

class TooLarge extends Error {}

/**
 * The files of issue attachments, each at a key the server makes up (`<issue id>/<uuid>`) under one directory.
 * An upload streams into a temporary file beside its final place and is renamed there only once its row is
 * being committed, so a failure or a refusal leaves no file half written or unaccounted for.
 */
export class AttachmentStore {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  newKey(issueId: number): string {
    return `${issueId}/${randomUUID()}`;
  }

  /** The file at a key; a key that would lead outside the directory is never opened. */
  pathOf(key: string): string {
    const full = path.resolve(this.dir, key);
    if (!full.startsWith(this.dir + path.sep))
      throw new Error(`attachment key outside the directory: ${key}`);
    return full;
  }

  /**
   * Streams the body into a temporary file, stopping (and removing it) past maxBytes. The body is left undestroyed
   * on a refusal, so that the client still reads the answer (Node discards the rest of it once that is sent).
   */
  async receive(issueId: number, fileName: string, body: Readable): Promise<Received> {
    const folder = this.pathOf(String(issueId));
    await fs.promises.mkdir(folder, { recursive: true });
    const tempPath = path.join(folder, `.${randomUUID()}.part`);
    const hash = createHash('sha256');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const heads: Buffer[] = [];
    let size = 0;
    let text = true;
    const limit = this.maxBytes;
    async function* counted() {
      for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limit) throw new TooLarge();
        hash.update(chunk);
        if (size - chunk.length < HEAD_BYTES) heads.push(chunk.subarray(0, HEAD_BYTES));
        if (text) text = plainText(decoder, chunk);
        yield chunk;
      }
    }
    // Opened before streaming: a refusal rejects the pipeline before a stream's own open would finish, and the
    // file would then appear after it was discarded.
    const file = await fs.promises.open(tempPath, 'wx', 0o640);
    try {
      await pipeline(counted, file.createWriteStream());
      if (text) text = plainText(decoder);
    } catch (error) {
      await this.discard(tempPath);
      throw error instanceof TooLarge ? tooLarge(limit, fileName) : error;
    }
    const head = Buffer.concat(heads).subarray(0, HEAD_BYTES);
    return { tempPath, size, sha256: hash.digest('hex'), head, text };
  }

  /** The received file in its place at `key`. */
  keep(received: Received, key: string): Promise<void> {
    return fs.promises.rename(received.tempPath, this.pathOf(key));
  }

  read(received: Received): Buffer {
    return fs.readFileSync(received.tempPath);
  }

  open(key: string): Promise<fs.promises.FileHandle> {
    return fs.promises.open(this.pathOf(key), 'r');
  }

  /** Removes a file if it is there. */
  async discard(file: string): Promise<void> {
    await fs.promises.rm(file, { force: true });
  }

  remove(key: string): Promise<void> {
    return this.discard(this.pathOf(key));
  }

  /**
   * Every file last written before `before`, with its key; a temporary file (an upload a crash cut off) has none.
   * Younger files are left out: an upload in progress, or one renamed into place whose row is being committed.
   */
  async filesWrittenBefore(before: Date): Promise<{ path: string; key: string | null }[]> {
    const found: { path: string; key: string | null }[] = [];
    for (const folder of await entries(this.dir)) {
      if (!folder.isDirectory() || !/^\d+$/.test(folder.name)) continue;
      for (const file of await entries(path.join(this.dir, folder.name))) {
        if (!file.isFile()) continue;
        const full = path.join(this.dir, folder.name, file.name);
        const written = await fs.promises.stat(full).then(
          (s) => s.mtime,
          () => null,
        );
        if (!written || written >= before) continue;
        found.push({ path: full, key: file.name.startsWith('.') ? null : `${folder.name}/${file.name}` });
      }
    }
    return found;
  }
}

/** A directory's entries; none when it does not exist (no attachment was ever stored). */
function entries(dir: string): Promise<fs.Dirent[]> {
  return fs.promises.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
}

/** Whether the bytes so far (and at the end, without a chunk, the whole) are UTF-8 without a NUL. */
function plainText(decoder: TextDecoder, chunk?: Buffer): boolean {
  if (chunk?.includes(0)) return false;
  try {
    decoder.decode(chunk, { stream: chunk !== undefined });
    return true;
  } catch {
    return false;
  }
}
