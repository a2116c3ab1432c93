/**
 * Imports running in this instance at once: each reads a whole file and holds a chunk of it, so a few at a
 * time is what one instance can carry. A slot is taken before the file is received and kept until both the
 * response has ended and the work has ended (a streamed import runs until its last line; a client that goes
 * away does not stop the work it started).
 */
export class ImportSlots {
  private running = 0;

  constructor(readonly limit: number) {}

  /** A slot, or undefined when all are taken. */
  take(): ImportSlot | undefined {
    if (this.running >= this.limit) return undefined;
    this.running++;
    return new ImportSlot(() => {
      this.running--;
    });
  }
}

export class ImportSlot {
  /** The response, and each piece of work begun under the slot. */
  private holds = 1;

  constructor(private readonly free: () => void) {}

  /** Keeps the slot until `work` settles. */
  during<T>(work: Promise<T>): Promise<T> {
    this.holds++;
    const done = () => this.release();
    work.then(done, done);
    return work;
  }

  release(): void {
    if (this.holds === 0) return;
    this.holds--;
    if (this.holds === 0) this.free();
  }
}
