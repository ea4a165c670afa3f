/**
 * Learns under way, so a forget never races one (issue 10, stranger S17 MEDIUM 13): `fazt learn`
 * commits file by file, and a `knowledge forget --all` run meanwhile used to delete what the learn
 * had counted as learned, leaving a mixed index and a false summary. A learn registers itself in
 * `knowledge_learns` (collection, pid, start) for as long as it runs; forget refuses while a live
 * one holds the collection, naming it. A learn killed with kill -9 leaves its row behind: a row
 * whose process is gone (or, for this process's own pid, that this process is not running) is
 * stale and ignored, as staged blobs are (cartridge/blob-staging.ts).
 */
import { processAlive } from '../../cartridge/blob-staging.js';
import { UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';

/** Rows this process registered and still runs: a reused pid (pid 1 in containers) is not live. */
const running = new Set<string>();
const keyOf = (cartridge: Cartridge, id: number) => `${cartridge.path}\0${id}`;

/** A live learn: its process and when it started (ms since the epoch). */
export interface LearnRun {
  pid: number;
  startedAt: number;
}

/**
 * Registers a learn of `collection` (by name: it may not exist yet) until the returned function is called (in a `finally`).
 * Must be called outside a transaction: it takes the write lock for its one-row writes.
 */
export async function beginLearn(cartridge: Cartridge, collection: string): Promise<() => Promise<void>> {
  const id = await cartridge.exclusive(() =>
    cartridge.transaction(
      () =>
        cartridge
          .prepare('INSERT INTO knowledge_learns (collection, pid, started_at) VALUES (?, ?, ?)')
          .run(collection, process.pid, Date.now()).lastInsertRowid as number,
    ),
  );
  running.add(keyOf(cartridge, Number(id)));
  return async () => {
    running.delete(keyOf(cartridge, Number(id)));
    await cartridge.exclusive(() =>
      cartridge.transaction(() => cartridge.prepare('DELETE FROM knowledge_learns WHERE id = ?').run(id)),
    );
  };
}

/** The live learns of `collection` (stale rows of killed learns left out). */
export function learnsRunning(cartridge: Cartridge, collection: string): LearnRun[] {
  const rows = cartridge
    .prepare('SELECT id, pid, started_at AS startedAt FROM knowledge_learns WHERE collection = ?')
    .all(collection) as { id: number; pid: number; startedAt: number }[];
  return rows
    .filter(({ id, pid }) => (pid === process.pid ? running.has(keyOf(cartridge, id)) : processAlive(pid)))
    .map(({ pid, startedAt }) => ({ pid, startedAt }));
}

/**
 * Throws UsageError when a learn of `collection` is under way: forgetting now would delete what
 * it has just learned and leave its summary untrue. Names the process and when it started.
 */
export function refuseWhileLearning(cartridge: Cartridge, collection: string): void {
  const [run, ...more] = learnsRunning(cartridge, collection);
  if (!run) return;
  const since = new Date(run.startedAt).toLocaleTimeString('en-GB');
  throw new UsageError(
    `A learn of collection "${collection}" is still running (process ${run.pid}, since ${since}${more.length ? `, and ${more.length} more` : ''}), so nothing was forgotten. Wait for it to finish (or stop it) and forget again.`,
  );
}
