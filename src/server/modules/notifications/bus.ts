import { EventEmitter } from 'node:events';

/**
 * In-process signal that a user has something new: their open live streams look in the database at once. Other
 * instances' streams find it on their next poll (streams.ts), so the signal is a shortcut, never the only way.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

export function signalUsers(userIds: Iterable<number>): void {
  // After the caller's transaction has most likely committed; a stream that looks too early finds it next time.
  const ids = [...new Set(userIds)];
  setTimeout(() => {
    for (const id of ids) bus.emit(String(id));
  }, 100).unref();
}

export function onUserSignal(userId: number, listener: () => void): () => void {
  bus.on(String(userId), listener);
  return () => bus.off(String(userId), listener);
}
