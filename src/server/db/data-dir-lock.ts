import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite does not lock its directory and a second process silently corrupts it (DESIGN §8),
 * so the server holds an exclusive lock file. A lock whose process is gone is stale and taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(
      `数据目录已被另一个 Huifang 进程占用 / The data directory is in use by another Huifang process ` +
        `(pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). ` +
        `Stop that process first, or use another DATA_DIR. Lock file: ${lockFile}`,
    );
  }
}

interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // a lock naming us is a leftover from an earlier life (e.g. pid 1 in a container)
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockHolder;
  } catch {
    return undefined; // unreadable or half-written: treated as stale
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'huifang.lock');
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          const holder = readHolder(lockFile);
          if (holder?.pid === me.pid && holder.startedAt === me.startedAt)
            fs.rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockFile);
    const sameHost = holder?.hostname === os.hostname();
    if (holder && (!sameHost || isAlive(holder.pid))) throw new DataDirLockedError(lockFile, holder);
    fs.rmSync(lockFile, { force: true });
  }
  throw new Error(`Could not take the data directory lock ${lockFile}`);
}
