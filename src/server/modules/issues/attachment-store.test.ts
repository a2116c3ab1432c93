import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttachmentStore } from './attachment-store.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-store-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('AttachmentStore.receive', () => {
  it('leaves no temporary file behind a refusal, even when the disk is slow to open it', async () => {
    // A busy disk: files open late (as on a loaded server, where CI once found one left over).
    const open = fs.open;
    vi.spyOn(fs, 'open').mockImplementation(((...args: Parameters<typeof fs.open>) => {
      setTimeout(() => Reflect.apply(open, fs, args), 50);
    }) as typeof fs.open);
    const store = new AttachmentStore(dir, 1024);
    const refused = store.receive(7, '大文件.pdf', Readable.from([Buffer.from('%PDF-'), Buffer.alloc(2048)]));
    await expect(refused).rejects.toMatchObject({ code: 'body_too_large' });
    await sleep(200);
    expect(fs.readdirSync(path.join(dir, '7'))).toEqual([]);
  });

  it('keeps a file within the limit whole', async () => {
    const store = new AttachmentStore(dir, 1024);
    const received = await store.receive(
      7,
      '小文件.txt',
      Readable.from([Buffer.from('你好'), Buffer.from('，世界')]),
    );
    expect(fs.readFileSync(received.tempPath, 'utf8')).toBe('你好，世界');
    expect(received).toMatchObject({ size: 15, text: true });
  });
});
