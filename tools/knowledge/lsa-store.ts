import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import type { Cartridge } from '../../cartridge/open.js';
import { claimFit, type FitHolder, type FitWait } from './fit-lock.js';
import { CountTable, embedLsa, fitLsaWithVectors, type LsaModel, termCounts } from './lsa.js';
import { knowledgeMigrations } from './schema.js';
import { queryTerms } from './text.js';

/**
 * The learned (LSA) signal of a collection, kept in the cartridge next to its chunks:
 * `knowledge_lsa_models` (one row per collection: k, Σ and the sync counters),
 * `knowledge_lsa_terms` (one row per vocabulary term: its idf and its row of V_k, so a search
 * reads only the rows of its own words, never the whole V_k) and `knowledge_lsa_vectors` (one
 * k-float vector per chunk). Its own tables, never the model
 * embedder's: a collection with Ollama vectors keeps those apart and gets this signal as well.
 * The tables are made on first use, like the vector tables; a trigger drops a chunk's vector
 * whenever the chunk row goes (re-learned, removed or forgotten files), so a reused chunk id
 * never inherits an old vector.
 *
 * Incremental learn (`syncLsa`, called at the end of every learn): chunks with no vector are
 * folded in with the current V_k; once the chunks added plus removed since the last fit reach
 * REFIT_SHARE of the fitted count, or there is no model yet, the model is refitted from all
 * chunks (at most FIT_SAMPLE of them, evenly spaced; the rest folded in) and every vector
 * rewritten, in one transaction.
 *
 * Several learns at once (processes, or calls in one process): one refit runs at a time per
 * cartridge (fit-lock.ts), the others wait and then decide again. Each model row keeps the
 * version of the chunks it was fitted from (`corpus`, from the triggers' `chunk_version`); a refit
 * whose read is older than the stored model's writes nothing, and a fold stops when the model it
 * folds into was replaced meanwhile, so no model replaces a newer one and no chunk keeps a vector
 * of another model.
 */

/** Share of changed chunks (added + removed since the fit) that triggers a refit. */
export const REFIT_SHARE = 0.25;
/** Most chunks a fit reads (an evenly spaced sample); the others are folded in. */
export const FIT_SAMPLE = 20_000;
/** Chunks folded in per committed transaction. */
const FOLD_BATCH = 500;

interface ModelRow {
  k: number;
  sigma: Buffer;
  fitted: number;
  synced: number;
  changes: number;
  generation: number;
  corpus: number;
}

export interface LsaSync {
  mode: 'none' | 'fold' | 'refit';
  /** Chunks given a vector in this sync. */
  chunks: number;
  milliseconds: number;
  /** The refit of another learn that this sync waited for before deciding what to do. */
  waited?: FitWait;
}

/**
 * A float32 blob as floats: a view on the blob's own bytes when they are 4-byte aligned (the
 * 15 MB basis of a SciFact-sized model costs ~70 ms to copy on a cold search), else a copy.
 */
const floats = (blob: Buffer) =>
  blob.byteOffset % 4 === 0
    ? new Float32Array(blob.buffer, blob.byteOffset, blob.byteLength >> 2)
    : new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
const blobOf = (vector: Float32Array) => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);

const hasTables = (cartridge: Cartridge) =>
  Boolean(
    cartridge
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'knowledge_lsa_terms'")
      .get(),
  );

/** The whole model (every term's row): for folding chunks in at learn time, never for a search. */
function decode(cartridge: Cartridge, collectionId: number, row: ModelRow): LsaModel {
  const rows = cartridge
    .prepare('SELECT term, idf, vector FROM knowledge_lsa_terms WHERE collection_id = ? ORDER BY position')
    .raw()
    .all(collectionId) as [string, number, Buffer][];
  const basis = new Float32Array(rows.length * row.k);
  const bytes = new Uint8Array(basis.buffer);
  for (const [index, [, , vector]] of rows.entries())
    bytes.set(vector.subarray(0, row.k * 4), index * row.k * 4);
  return {
    terms: new Map(rows.map(([term], index) => [term, index])),
    idf: Float32Array.from(rows, ([, idf]) => idf),
    basis,
    sigma: floats(row.sigma),
    k: row.k,
  };
}

interface ChunkRow {
  id: number;
  heading: string;
  text: string;
}

const chunkSql = `SELECT c.id, c.heading, c.text FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id
  WHERE f.collection_id = ?`;

/** How far a sync is: chunks given their vector so far, of `total`. */
type SyncProgress = (done: number, total: number) => void;

/** The version of a collection's chunks: bumped by triggers on every chunk written or removed (schema.ts). */
const chunkVersion = (cartridge: Cartridge, collectionId: number) =>
  (cartridge
    .prepare('SELECT chunk_version FROM knowledge_collections WHERE id = ?')
    .pluck()
    .get(collectionId) as number | undefined) ?? 0;

/**
 * Refits the collection's model from its chunks and rewrites every vector, in one transaction.
 * The chunks are read in one snapshot with their version; the model is stored only if no model
 * fitted from a later version is there (another learn's refit that read more chunks committed
 * meanwhile): then nothing is written and the result is `undefined`. Chunks written since the
 * read are folded in and counted as changes, so the next sync refits once they are many.
 */
async function refit(
  cartridge: Cartridge,
  collectionId: number,
  progress?: SyncProgress,
): Promise<number | undefined> {
  let sample: CountTable | undefined = new CountTable();
  const sampled: number[] = [];
  const read: number[] = [];
  // One read transaction: the chunks and their version are of the same moment.
  const { version, total } = cartridge.db
    .transaction(() => {
      const total = cartridge
        .prepare(`SELECT count(*) FROM (${chunkSql})`)
        .pluck()
        .get(collectionId) as number;
      progress?.(0, total);
      const every = Math.max(1, Math.ceil(total / FIT_SAMPLE));
      let index = 0;
      for (const chunk of cartridge
        .prepare(`${chunkSql} ORDER BY c.id`)
        .iterate(collectionId) as Iterable<ChunkRow>) {
        read.push(chunk.id);
        if (index++ % every === 0) {
          (sample as CountTable).add(termCounts(chunk.heading, chunk.text));
          sampled.push(chunk.id);
        }
      }
      return { version: chunkVersion(cartridge, collectionId), total };
    })
    .deferred();
  // With every chunk in the sample, the fit also gives each chunk its vector from the rows it
  // already weighted (the same bits as embedLsa of the chunk): no second pass over the texts.
  const fitted = fitLsaWithVectors(sample, undefined, undefined, sampled.length === read.length);
  sample = undefined;
  const model = fitted?.model;
  return cartridge.exclusive(() =>
    cartridge.transaction(() => {
      const stored = cartridge
        .prepare('SELECT generation, corpus FROM knowledge_lsa_models WHERE collection_id = ?')
        .get(collectionId) as { generation: number; corpus: number } | undefined;
      // A model fitted from later chunks is there: this one, of fewer, must not replace it.
      if (stored && stored.corpus > version) return undefined;
      cartridge.prepare('DELETE FROM knowledge_lsa_vectors WHERE collection_id = ?').run(collectionId);
      cartridge.prepare('DELETE FROM knowledge_lsa_terms WHERE collection_id = ?').run(collectionId);
      cartridge.prepare('DELETE FROM knowledge_lsa_models WHERE collection_id = ?').run(collectionId);
      if (!model) return 0;
      const insert = cartridge.prepare(
        'INSERT INTO knowledge_lsa_vectors (id, collection_id, vector) VALUES (?, ?, ?)',
      );
      const vectors = fitted?.vectors;
      const fit = { version, previous: stored?.generation };
      if (vectors && chunkVersion(cartridge, collectionId) === version) {
        // No chunk written or removed since the read: the sample is every chunk there is.
        sampled.forEach((id, at) => {
          insert.run(id, collectionId, blobOf(vectors.subarray(at * model.k, (at + 1) * model.k)));
        });
        writeModel(
          cartridge,
          collectionId,
          model,
          { fitted: read.length, synced: sampled.length, changes: 0 },
          fit,
        );
        return sampled.length;
      }
      // A page of chunks at a time (an open iterator would block the inserts): the texts of a
      // big collection are never all in memory at once.
      const page = cartridge.prepare(`${chunkSql} AND c.id > ? ORDER BY c.id LIMIT 256`);
      const wasRead = new Set(read);
      let count = 0;
      let added = 0;
      for (let after = 0; ; ) {
        const chunks = page.all(collectionId, after) as ChunkRow[];
        if (chunks.length === 0) break;
        for (const chunk of chunks) {
          if (!wasRead.has(chunk.id)) added++;
          insert.run(chunk.id, collectionId, blobOf(embedLsa(model, termCounts(chunk.heading, chunk.text))));
        }
        count += chunks.length;
        after = (chunks.at(-1) as ChunkRow).id;
        progress?.(count, total);
      }
      // Written since the read (folded in, not fitted) plus read and gone since.
      const changes = added + (read.length - (count - added));
      writeModel(cartridge, collectionId, model, { fitted: read.length, synced: count, changes }, fit);
      return count;
    }),
  );
}

/**
 * The model's row and its terms' rows (caller's transaction): fitted from `fitted` chunks, `synced`
 * chunk vectors written, `changes` chunks written or removed since the fit read them.
 */
function writeModel(
  cartridge: Cartridge,
  collectionId: number,
  model: LsaModel,
  { fitted, synced, changes }: { fitted: number; synced: number; changes: number },
  fit: { version: number; previous: number | undefined },
): void {
  cartridge
    .prepare(
      `INSERT INTO knowledge_lsa_models (collection_id, k, terms, idf, basis, sigma, fitted, synced, changes, generation, fitted_at, corpus)
       VALUES (?, ?, '[]', X'', X'', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      collectionId,
      model.k,
      blobOf(model.sigma),
      fitted,
      synced,
      changes,
      (fit.previous ?? 0) + 1,
      Date.now(),
      fit.version,
    );
  const term = cartridge.prepare(
    'INSERT INTO knowledge_lsa_terms (collection_id, position, term, idf, vector) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [word, position] of model.terms)
    term.run(
      collectionId,
      position,
      word,
      model.idf[position] as number,
      blobOf(model.basis.subarray(position * model.k, (position + 1) * model.k)),
    );
}

/** What a sync should do now, from the model's row and the chunks without a vector. */
function plan(cartridge: Cartridge, collectionId: number, forced: boolean) {
  return cartridge.db
    .transaction(() => {
      const row = cartridge
        .prepare('SELECT * FROM knowledge_lsa_models WHERE collection_id = ?')
        .get(collectionId) as ModelRow | undefined;
      const present = cartridge
        .prepare('SELECT count(*) FROM knowledge_lsa_vectors WHERE collection_id = ?')
        .pluck()
        .get(collectionId) as number;
      const missing = cartridge
        .prepare(`SELECT count(*) FROM (${chunkSql} AND c.id NOT IN (SELECT id FROM knowledge_lsa_vectors))`)
        .pluck()
        .get(collectionId) as number;
      if (!row || forced)
        return !row && missing === 0 ? { mode: 'none' as const } : { mode: 'refit' as const };
      const changes = row.changes + Math.max(0, row.synced - present) + missing;
      if (changes >= REFIT_SHARE * Math.max(row.fitted, 1)) return { mode: 'refit' as const };
      if (missing === 0 && changes === row.changes) return { mode: 'none' as const };
      return { mode: 'fold' as const, row, missing, changes };
    })
    .deferred();
}

/**
 * Folds the chunks without a vector into the stored model, a batch per transaction. Stops with
 * `undefined` when the model changed underneath (another process refitted or folded): vectors of
 * one model are never written beside another's.
 */
async function fold(
  cartridge: Cartridge,
  collectionId: number,
  { row, missing, changes }: { row: ModelRow; missing: number; changes: number },
  progress?: SyncProgress,
): Promise<number | undefined> {
  const model = decode(cartridge, collectionId, row);
  const batch = cartridge.prepare(
    `${chunkSql} AND c.id NOT IN (SELECT id FROM knowledge_lsa_vectors) ORDER BY c.id LIMIT ${FOLD_BATCH}`,
  );
  const insert = cartridge.prepare(
    'INSERT INTO knowledge_lsa_vectors (id, collection_id, vector) VALUES (?, ?, ?)',
  );
  let generation = row.generation;
  let folded = 0;
  progress?.(0, missing);
  for (;;) {
    const added = await cartridge.exclusive(() =>
      cartridge.transaction(() => {
        const now = cartridge
          .prepare('SELECT generation FROM knowledge_lsa_models WHERE collection_id = ?')
          .pluck()
          .get(collectionId) as number | undefined;
        if (now !== generation) return undefined;
        const chunks = batch.all(collectionId) as ChunkRow[];
        for (const chunk of chunks)
          insert.run(chunk.id, collectionId, blobOf(embedLsa(model, termCounts(chunk.heading, chunk.text))));
        const synced = cartridge
          .prepare('SELECT count(*) FROM knowledge_lsa_vectors WHERE collection_id = ?')
          .pluck()
          .get(collectionId) as number;
        cartridge
          .prepare(
            'UPDATE knowledge_lsa_models SET synced = ?, changes = ?, generation = generation + 1 WHERE collection_id = ?',
          )
          .run(synced, changes, collectionId);
        generation++;
        return chunks.length;
      }),
    );
    if (added === undefined) return undefined;
    folded += added;
    progress?.(folded, missing);
    if (added < FOLD_BATCH) return folded;
  }
}

/**
 * Brings a collection's learned signal up to date after a learn: nothing to do, fold the new
 * chunks in, or refit (see the module comment). Safe to call at any time, from several processes
 * at once: one refit runs at a time per cartridge (fit-lock.ts; `waiting` hears the refit this
 * one waits for), and a model never replaces one fitted from later chunks. A kill between
 * batches leaves vectors that the next call completes. `progress` hears (chunks done, chunks to
 * do) when there is work (the CLI's progress line).
 */
export async function syncLsa(
  cartridge: Cartridge,
  collectionId: number,
  options: {
    refit?: boolean;
    progress?: SyncProgress;
    waiting?: (holder: FitHolder) => void;
    signal?: AbortSignal;
  } = {},
): Promise<LsaSync> {
  const started = performance.now();
  applyCapabilityMigrations(cartridge, { id: 'knowledge', migrations: knowledgeMigrations });
  let waited: FitWait | undefined;
  const done = (mode: LsaSync['mode'], chunks: number): LsaSync => ({
    mode,
    chunks,
    milliseconds: Math.round(performance.now() - started),
    ...(waited ? { waited } : {}),
  });
  for (;;) {
    const next = plan(cartridge, collectionId, options.refit === true && !waited);
    if (next.mode === 'none') return done('none', 0);
    if (next.mode === 'fold') {
      const folded = await fold(cartridge, collectionId, next, options.progress);
      if (folded !== undefined) return done('fold', folded);
      continue;
    }
    const claim = await claimFit(cartridge, collectionId, options.waiting, options.signal);
    try {
      // The refit waited for may have covered this learn's chunks: decide again, holding the claim.
      if (claim.waited) {
        waited = claim.waited;
        if (plan(cartridge, collectionId, options.refit === true).mode !== 'refit') continue;
      }
      const count = await refit(cartridge, collectionId, options.progress);
      if (count !== undefined) return done('refit', count);
    } finally {
      await claim.release();
    }
  }
}

interface Loaded {
  stamp: string;
  k: number;
  ids: Int32Array;
  vectors: Float32Array;
}
const loaded = new WeakMap<Cartridge, Map<number, Loaded>>();

/** The collection's chunk vectors in memory, reloaded when they changed (not the model: see queryVector). */
function load(cartridge: Cartridge, collectionId: number): Loaded | undefined {
  if (!hasTables(cartridge)) return undefined;
  const head = cartridge
    .prepare(
      `SELECT k || ':' || generation || ':' || (SELECT count(*) FROM knowledge_lsa_vectors WHERE collection_id = ?)
       FROM knowledge_lsa_models WHERE collection_id = ?`,
    )
    .pluck()
    .get(collectionId, collectionId) as string | undefined;
  if (head === undefined) return undefined;
  let perCartridge = loaded.get(cartridge);
  if (!perCartridge) {
    perCartridge = new Map();
    loaded.set(cartridge, perCartridge);
  }
  const cached = perCartridge.get(collectionId);
  if (cached?.stamp === head) return cached;
  const k = Number(head.split(':')[0]);
  const rows = cartridge
    .prepare('SELECT id, vector FROM knowledge_lsa_vectors WHERE collection_id = ? ORDER BY id')
    .raw()
    .all(collectionId) as [number, Buffer][];
  const ids = new Int32Array(rows.length);
  const vectors = new Float32Array(rows.length * k);
  // Bytes straight into the one array (no typed-array copy per row): a cold search reads them all.
  const bytes = new Uint8Array(vectors.buffer);
  const width = k * 4;
  rows.forEach(([id, vector], index) => {
    ids[index] = id;
    bytes.set(vector.subarray(0, width), index * width);
  });
  const entry = { stamp: head, k, ids, vectors };
  perCartridge.set(collectionId, entry);
  return entry;
}

/**
 * A query's LSA vector, as embedLsa makes it (Σ over its stems of (1 + ln tf)·idf times the
 * term's row of V_k, L2-normalised), from only the rows of the query's own stems; all zeros when
 * none is in the model.
 */
function queryVector(cartridge: Cartridge, collectionId: number, k: number, query: string): Float32Array {
  const counts = termCounts('', queryTerms(query).join(' '));
  const out = new Float32Array(k);
  const rows = cartridge
    .prepare(
      `SELECT term, idf, vector FROM knowledge_lsa_terms
       WHERE collection_id = ? AND term IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(collectionId, JSON.stringify([...counts.keys()])) as [string, number, Buffer][];
  // Weights normalised before summing, in float32, exactly as embedLsa does (same scores, same ties).
  const weights = rows.map(([term, idf]) => (1 + Math.log(counts.get(term) as number)) * Math.fround(idf));
  const size = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  for (const [index, [, , blob]] of rows.entries()) {
    const weight = (weights[index] as number) / size;
    const row = floats(blob);
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + weight * (row[c] as number);
  }
  let norm = 0;
  for (const value of out) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let c = 0; c < k; c++) out[c] = (out[c] as number) / norm;
  return out;
}

/**
 * The chunks nearest a query in the collection's LSA space (cosine, exact scan: n·k flops),
 * best first, at most `limit`, only those at a positive cosine (an unrelated chunk is no candidate). Empty when the collection has no model or the query shares no
 * word with it.
 */
export function lsaSearch(
  cartridge: Cartridge,
  collectionId: number,
  query: string,
  limit: number,
): { id: number; score: number }[] {
  if (limit <= 0) return [];
  const state = load(cartridge, collectionId);
  if (!state) return [];
  const { k, ids, vectors } = state;
  const q = queryVector(cartridge, collectionId, k, query);
  if (!q.some((value) => value !== 0)) return [];
  const scores = new Float32Array(ids.length);
  for (let row = 0; row < ids.length; row++) {
    let dot = 0;
    const base = row * k;
    for (let c = 0; c < k; c++) dot += (vectors[base + c] as number) * (q[c] as number);
    scores[row] = dot;
  }
  // The limit-th best positive score by a native typed-array sort, then only rows at or above it.
  const positive = scores.filter((score) => score > 0).sort();
  const threshold =
    positive.length > limit ? (positive[positive.length - limit] as number) : Number.MIN_VALUE;
  const order: number[] = [];
  for (let row = 0; row < ids.length; row++) if ((scores[row] as number) >= threshold) order.push(row);
  order.sort(
    (a, b) => (scores[b] as number) - (scores[a] as number) || (ids[a] as number) - (ids[b] as number),
  );
  order.length = Math.min(order.length, limit);
  return order.map((row) => ({ id: ids[row] as number, score: scores[row] as number }));
}
