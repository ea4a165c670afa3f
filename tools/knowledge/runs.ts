/**
 * Learns under way, so a forget never races one (issue 10, stranger S17 MEDIUM 13): `fazt learn`
 * commits file by file, and a `knowledge forget --all` run meanwhile used to delete what the learn
 * had counted as learned, leaving a mixed index and a false summary. A learn registers itself in
 * `knowledge_learns` (collection, pid, start) for as long as it runs; forget refuses while a live
 * one holds the collection, naming it. A learn killed with kill -9 leaves its row behind: a row
 * whose process is gone (or, for this process's own pid, that this process is not running) is
 * stale and ignored, as staged blobs are (cartridge/blob-staging.ts).
 *
 * A stale row is also the record of a learn that stopped before it finished (stranger S21 MEDIUM
 * 10): its paths may be partly learned, or learned without the learned (LSA) search signal.
 * `fazt knowledge list` names it (`interruptedLearns`), and the next learn that covers its paths
 * finishes it, says so, and removes the row (`settleInterrupted`).
 */
import { processAlive } from '../../cartridge/blob-staging.js';
import { UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';

/** Rows this process registered and still runs: a reused pid (pid 1 in containers) is not live. */
const running = new Set<string>();
const keyOf = (cartridge: Cartridge, id: number) => `${cartridge.path}\0${id}`;

/** A learn: its process, when it started (ms since the epoch) and the absolute paths it was given. */
export interface LearnRun {
  pid: number;
  startedAt: number;
  /** Absolute paths as given (`~` expanded); empty for rows written before paths were kept. */
  paths: string[];
}

interface LearnRow {
  id: number;
  pid: number;
  startedAt: number;
  paths: string | null;
}

const rowsOf = (cartridge: Cartridge, collection: string) =>
  cartridge
    .prepare('SELECT id, pid, started_at AS startedAt, paths FROM knowledge_learns WHERE collection = ?')
    .all(collection) as LearnRow[];

const isLive = (cartridge: Cartridge, { id, pid }: LearnRow) =>
  pid === process.pid ? running.has(keyOf(cartridge, id)) : processAlive(pid);

const runOf = ({ pid, startedAt, paths }: LearnRow): LearnRun => ({
  pid,
  startedAt,
  paths: paths ? (JSON.parse(paths) as string[]) : [],
});

/**
 * Registers a learn of `paths` (absolute) into `collection` (by name: it may not exist yet) until
 * the returned function is called (in a `finally`). Must be called outside a transaction: it
 * takes the write lock for its one-row writes.
 */
export async function beginLearn(
  cartridge: Cartridge,
  collection: string,
  paths: readonly string[],
): Promise<() => Promise<void>> {
  const id = await cartridge.exclusive(() =>
    cartridge.transaction(
      () =>
        cartridge
          .prepare('INSERT INTO knowledge_learns (collection, pid, started_at, paths) VALUES (?, ?, ?, ?)')
          .run(collection, process.pid, Date.now(), JSON.stringify(paths)).lastInsertRowid as number,
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
  return rowsOf(cartridge, collection)
    .filter((row) => isLive(cartridge, row))
    .map(runOf);
}

/** Learns of `collection` that stopped before they finished (killed, or the machine went down), oldest first. */
export function interruptedLearns(cartridge: Cartridge, collection: string): LearnRun[] {
  return rowsOf(cartridge, collection)
    .filter((row) => !isLive(cartridge, row))
    .map(runOf)
    .sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * After a learn of `roots` (absolute) into `collection` finished: removes the rows of interrupted
 * learns whose every path is one of `roots` or inside one (`within`), and returns them, so the
 * summary can say it finished them. A row without paths (kept before paths were) is finished by
 * any learn of its collection. Must be called outside a transaction.
 */
export async function settleInterrupted(
  cartridge: Cartridge,
  collection: string,
  roots: readonly string[],
  within: (path: string, root: string) => boolean,
): Promise<LearnRun[]> {
  return cartridge.exclusive(() =>
    cartridge.transaction(() => {
      const settled = rowsOf(cartridge, collection).filter((row) => {
        if (isLive(cartridge, row)) return false;
        const run = runOf(row);
        return run.paths.every((path) => roots.some((root) => within(path, root)));
      });
      const remove = cartridge.prepare('DELETE FROM knowledge_learns WHERE id = ?');
      for (const row of settled) remove.run(row.id);
      return settled.map(runOf).sort((a, b) => a.startedAt - b.startedAt);
    }),
  );
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
