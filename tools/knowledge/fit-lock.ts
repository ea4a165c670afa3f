/**
 * One LSA refit at a time per cartridge (lsa-store.ts): a refit reads every chunk and fits an SVD
 * of their TF-IDF (~500 MB for a few thousand SciFact papers), and two `fazt learn`s into one
 * cartridge used to do it side by side, twice the memory for one useful model. A refit claims
 * the row of `knowledge_lsa_fits` for as long as it runs; another that finds a live claim waits
 * for it to end and then decides again (the first fit may have covered its chunks).
 *
 * Only the cost depends on this lock, never the model: a refit stores its model only if none
 * fitted from a later version of the chunks is there (lsa-store.ts). So a claim whose holder was
 * killed (kill -9 leaves the row) is stale and taken over, a pid reused by another program is told
 * apart by its start time (Linux), and a wait ends after MAX_WAIT_MS whatever the holder does.
 */
import { readFileSync } from 'node:fs';
import { processAlive } from '../../cartridge/blob-staging.js';
import type { Cartridge } from '../../cartridge/open.js';

/** Longest a refit waits for another before it goes ahead anyway (the models stay ordered). */
export const MAX_WAIT_MS = 20 * 60_000;
const POLL_MS = 250;

/** A refit under way in another process (or another learn of this one). */
export interface FitHolder {
  pid: number;
  collectionId: number;
  startedAt: number;
}

/** A refit that another one waited for, and how long it waited (ms). */
export interface FitWait extends FitHolder {
  waitedMs: number;
}

interface FitRow extends FitHolder {
  id: number;
  processStart: string;
}

/** Claims this process holds, by cartridge path and row id: a reused pid of ours is not live. */
const held = new Set<string>();
const keyOf = (cartridge: Cartridge, id: number) => `${cartridge.path}\0${id}`;

/** When `pid` started (clock ticks since boot, from /proc), or '' where /proc does not tell. */
export function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): starttime is the 22nd.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

const isLive = (cartridge: Cartridge, row: FitRow) => {
  if (row.pid === process.pid) return held.has(keyOf(cartridge, row.id));
  if (!processAlive(row.pid)) return false;
  const start = processStart(row.pid);
  return row.processStart === '' || start === '' || start === row.processStart;
};

/**
 * Claims the refit of `collectionId`, or names the live refit that holds the claim. Stale claims
 * (their process gone) are removed on the way. Must be called outside a transaction.
 */
async function tryClaim(
  cartridge: Cartridge,
  collectionId: number,
): Promise<{ release: () => Promise<void> } | { holder: FitHolder }> {
  const claimed = await cartridge.exclusive(() =>
    cartridge.transaction(() => {
      const rows = cartridge
        .prepare(
          'SELECT id, collection_id AS collectionId, pid, process_start AS processStart, started_at AS startedAt FROM knowledge_lsa_fits ORDER BY id',
        )
        .all() as FitRow[];
      const remove = cartridge.prepare('DELETE FROM knowledge_lsa_fits WHERE id = ?');
      for (const row of rows) {
        if (!isLive(cartridge, row)) {
          remove.run(row.id);
          continue;
        }
        return { holder: { pid: row.pid, collectionId: row.collectionId, startedAt: row.startedAt } };
      }
      const id = Number(
        cartridge
          .prepare(
            'INSERT INTO knowledge_lsa_fits (collection_id, pid, process_start, started_at) VALUES (?, ?, ?, ?)',
          )
          .run(collectionId, process.pid, processStart(process.pid), Date.now()).lastInsertRowid,
      );
      held.add(keyOf(cartridge, id));
      return { id };
    }),
  );
  if (claimed.holder) return { holder: claimed.holder };
  const id = claimed.id as number;
  const release = async () => {
    held.delete(keyOf(cartridge, id));
    await cartridge.exclusive(() =>
      cartridge.transaction(() => cartridge.prepare('DELETE FROM knowledge_lsa_fits WHERE id = ?').run(id)),
    );
  };
  return { release };
}

/**
 * Claims the cartridge's one refit for `collectionId`, waiting while another live refit holds it.
 * `waited` names that refit when there was one: it may have covered this learn's chunks, so the
 * caller decides again, holding the claim, whether its own refit is still needed. After
 * MAX_WAIT_MS it goes ahead unclaimed. `waiting` hears the holder once, when the wait begins.
 */
export async function claimFit(
  cartridge: Cartridge,
  collectionId: number,
  waiting?: (holder: FitHolder) => void,
  signal?: AbortSignal,
): Promise<{ release: () => Promise<void>; waited?: FitWait }> {
  const first = await tryClaim(cartridge, collectionId);
  if ('release' in first) return first;
  waiting?.(first.holder);
  const started = Date.now();
  for (let holder = first.holder; ; ) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    signal?.throwIfAborted();
    const next = await tryClaim(cartridge, collectionId);
    const waited = () => ({ ...holder, waitedMs: Date.now() - started });
    if ('release' in next) return { release: next.release, waited: waited() };
    holder = next.holder;
    if (Date.now() - started > MAX_WAIT_MS) return { release: async () => undefined, waited: waited() };
  }
}
