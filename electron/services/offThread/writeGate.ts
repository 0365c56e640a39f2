/**
 * Writes wait their turn. A write running on a worker thread holds SQLite's write lock for seconds;
 * a second write on the request thread would block that thread inside SQLite's busy wait (and the
 * window with it) or fail with "database is locked". Queued here instead, it waits without
 * blocking, and reads keep being answered from WAL snapshots meanwhile.
 */

export interface WriteGate {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createWriteGate(): WriteGate {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const result = tail.then(work, work);
      // The next write waits for this one whatever its outcome.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
