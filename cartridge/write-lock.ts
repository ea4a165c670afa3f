/**
 * An in-process mutex for writes. better-sqlite3 has one connection per process, so an
 * async tool that holds a transaction open across an `await` must not let another tool's
 * statements slip into it: every write transaction runs under this lock.
 */
export type WriteLock = <T>(fn: () => T | Promise<T>) => Promise<T>;

export function createWriteLock(): WriteLock {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
