import { appendFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { isBusy } from './busy.js';

/**
 * Small writes that must not make a read wait: the audit row and `tool.called` event of a read
 * while another process holds the write lock. They are tried at once with a short wait; if the
 * lock is still taken they are queued, retried in the background every `retryMs`, tried once
 * more when the cartridge closes, and if even then the lock is held, appended to a spool file
 * beside the cartridge (`<path>-pending.jsonl`, fsync'd by appendFileSync's close) that the next
 * fazt to open the cartridge writes in. So a record is late at worst, never lost.
 *
 * A record is plain JSON handed to `apply` inside a write transaction; `apply` must not throw
 * for a record it wrote before (spool replays are at-least-once: a crash between the commit and
 * the spool's removal repeats them).
 */
export interface PendingWrites<R> {
  /** Writes `record` now if the lock is free within `waitMs` (what `apply` returned), else queues it (undefined). */
  write(record: R, waitMs?: number): number | undefined;
  /** Records waiting. */
  readonly size: number;
  /** Tries the queue once (waiting up to `waitMs`), spools what is left; stops the retries. */
  close(waitMs?: number): void;
}

export function createPendingWrites<R>(options: {
  db: Database;
  path: string;
  busyTimeoutMs: number;
  apply(record: R): number;
  retryMs?: number;
}): PendingWrites<R> {
  const { db, path, busyTimeoutMs, apply, retryMs = 250 } = options;
  const spool = `${path}-pending.jsonl`;
  const queue: R[] = [];
  let timer: NodeJS.Timeout | undefined;

  /** Runs `fn` in one write transaction if the lock comes within `waitMs`; false if it does not. */
  const attempt = (fn: () => void, waitMs: number): boolean => {
    if (!db.open) return false;
    if (db.inTransaction) {
      fn(); // joins the caller's transaction, as cartridge.transaction does
      return true;
    }
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
    try {
      db.transaction(fn).immediate();
      return true;
    } catch (error) {
      if (isBusy(error)) return false;
      throw error;
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    }
  };

  let last: number | undefined;
  const flush = (waitMs: number): boolean => {
    if (queue.length === 0) return true;
    const batch = queue.slice();
    const applyAll = () => {
      for (const record of batch) last = apply(record);
    };
    if (!attempt(applyAll, waitMs)) return false;
    queue.splice(0, batch.length);
    return true;
  };

  const schedule = () => {
    if (timer || queue.length === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      try {
        if (!flush(10)) schedule();
      } catch {
        schedule();
      }
    }, retryMs);
    timer.unref();
  };

  // What an earlier process could not write: taken over under a name of our own first, so two
  // processes opening at once do not both replay it.
  if (existsSync(spool)) {
    const mine = `${spool}.${process.pid}`;
    try {
      renameSync(spool, mine);
      const records = readFileSync(mine, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as R];
          } catch {
            return []; // a line cut by a crash mid-append
          }
        });
      queue.push(...records);
      if (flush(50)) rmSync(mine, { force: true });
      else {
        queue.splice(0, records.length);
        appendFileSync(spool, readFileSync(mine));
        rmSync(mine, { force: true });
      }
    } catch {
      // Another process took it first, or it vanished: theirs to replay.
    }
  }

  return {
    write(record, waitMs = 50) {
      queue.push(record);
      if (flush(waitMs)) return last;
      schedule();
      return undefined;
    },
    get size() {
      return queue.length;
    },
    close(waitMs = 200) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      let written = false;
      try {
        written = flush(waitMs);
      } catch {
        written = false;
      }
      if (!written && queue.length) {
        appendFileSync(spool, queue.map((record) => `${JSON.stringify(record)}\n`).join(''), { mode: 0o600 });
        queue.length = 0;
      }
    },
  };
}
