import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { CartridgeError } from './errors.js';
import type { Prepare } from './statements.js';

/** Whether an error is SQLite saying another connection holds the lock (SQLITE_BUSY*). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Whether an error is SQLite refusing a write to a database opened read-only (SQLITE_READONLY*). */
export function isReadOnly(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** Another process that has the cartridge open: its pid and command line. */
export interface OpenBy {
  pid: number;
  command: string;
}

/**
 * The other processes that have `path` (or its -wal file) open, from /proc (Linux; elsewhere an
 * empty list). Only processes of this user are visible, which is every fazt the person runs.
 * Costs a scan of /proc, so it is only called once a write has already failed.
 */
export function processesWithOpen(path: string): OpenBy[] {
  const targets = new Set([resolve(path), `${resolve(path)}-wal`]);
  const found: OpenBy[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return found;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        return targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (!holds) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      // gone meanwhile
    }
    found.push({ pid: Number(pid), command: command.length > 120 ? `${command.slice(0, 119)}…` : command });
  }
  return found;
}

/**
 * The error for a write that waited `waitedMs` for the lock and did not get it: which process
 * it is (when /proc tells), and what to do. Exit code 1; code `cartridge_busy`.
 */
export function busyError(path: string, waitedMs: number, cause?: unknown): CartridgeError {
  const others = processesWithOpen(path);
  const who = others.length
    ? ` It is open in ${others.map(({ pid, command }) => `pid ${pid}${command ? ` (${command})` : ''}`).join(', ')}.`
    : '';
  return new CartridgeError(
    `Another fazt process is writing to the cartridge ${path} and kept it locked${waitedMs >= 1000 ? ` for ${Math.round(waitedMs / 1000)} s` : ''}; nothing was changed.${who} ` +
      'Wait for it to finish (a long import or backup?) and try again, or stop it.',
    { code: 'cartridge_busy', cause },
  );
}

/**
 * Milliseconds a best-effort write (a conversation turn's log, an audit row) waits for another
 * process's lock before it is skipped or queued: the answer it belongs to is never held up by it.
 */
export const BEST_EFFORT_WAIT_MS = 1_000;

/** Runs `fn` with the connection's busy timeout set to `waitMs`, then back to `restoreMs`. */
export function withBusyTimeout<T>(db: Database, waitMs: number, restoreMs: number, fn: () => T): T {
  db.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
  try {
    return fn();
  } finally {
    if (db.open) db.pragma(`busy_timeout = ${restoreMs}`);
  }
}

/** Milliseconds between tries for another process's write lock: a random 1 to `MAX_TRY_GAP_MS`. */
const MAX_TRY_GAP_MS = 4;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * BEGIN IMMEDIATE on `db`, waiting up to the connection's busy_timeout (ms; `withBusyTimeout`
 * changes it for a while) for another process's write lock by trying
 * again every 1–4 ms (jittered), then throwing SQLite's SQLITE_BUSY error. SQLite's own busy
 * handler (the connection's busy_timeout) tries again every 100 ms once it has waited about
 * 0.3 s, and so almost never lands in the short gap between another process's back-to-back
 * transactions: measured with two fazt writers in loops, the one that lost the first race wrote
 * 13 times in 12 s to the other's 1,190, and in stop 27's CI one waited out its 15 s and failed.
 * The wait blocks the thread, as SQLite's does; other statements keep SQLite's busy handler.
 */
export function beginImmediate(db: Database, prepare: Prepare): void {
  const restoreMs = prepare('PRAGMA busy_timeout').pluck().get() as number;
  const deadline = Date.now() + restoreMs;
  prepare('PRAGMA busy_timeout = 0').run();
  try {
    for (;;) {
      try {
        prepare('BEGIN IMMEDIATE').run();
        return;
      } catch (error) {
        const left = deadline - Date.now();
        if (!isBusy(error) || left <= 0) throw error;
        Atomics.wait(sleeper, 0, 0, Math.min(left, 1 + Math.random() * (MAX_TRY_GAP_MS - 1)));
      }
    }
  } finally {
    // Prepared once per timeout value (a handful): better-sqlite3's db.pragma prepares each time.
    if (db.open) prepare(`PRAGMA busy_timeout = ${restoreMs}`).run();
  }
}

/** " (pid 123)" for the other processes that have `path` open, "" when /proc does not tell. */
export function whoHasOpen(path: string): string {
  const pids = processesWithOpen(path).map(({ pid }) => pid);
  return pids.length ? ` (pid ${pids.join(', ')})` : '';
}
