import { sep } from 'node:path';
import type { Cartridge } from '../../cartridge/open.js';
import { resolveUserPath } from '../../cartridge/paths.js';
import type { SecretKind, SecretSign } from './secret-files.js';
import { camelHeads, orQuery, wordBreaks } from './text.js';
import { type BitIndex, buildBitIndex, candidates as firstPass, quantise } from './vector-index.js';

export interface Collection {
  id: number;
  name: string;
  /** `offline`, `ollama:<model>` or `openai:<model>`. */
  embedder: string;
  /** Vector dimension; 0 for an offline collection (no vectors). */
  dimension: number;
}

export interface LearnedFile {
  id: number;
  collectionId: number;
  path: string;
  type: string;
  size: number;
  sha256: string;
  modifiedAt: number;
  learnedAt: number;
  chunks: number;
  /** Learned with the lines that look like secrets, because the person asked (--include-secrets). */
  secretsIncluded?: boolean;
}

export interface ChunkInput {
  heading: string;
  text: string;
  lineStart: number;
  lineEnd: number;
  /** File lines of each of the chunk's lines when they are not `lineStart + i` (lines.ts). */
  lineMap?: string;
}

export interface Passage {
  chunkId: number;
  path: string;
  type: string;
  heading: string;
  text: string;
  lineStart: number;
  lineEnd: number;
  /** See ChunkInput.lineMap; null when line i of the text is file line `lineStart + i`. */
  lineMap: string | null;
  modifiedAt: number;
}

/** Narrows a search: files under a path prefix, of some types, modified in a time window. */
export interface SearchFilter {
  pathPrefix?: string;
  /** Only these learned files (absolute paths), as a name picked them (see scope.ts). */
  paths?: readonly string[];
  types?: readonly string[];
  /** Only files whose name ends in one of these extensions (lowercase, no dot; ASCII case-insensitive). */
  extensions?: readonly string[];
  /** Unix ms, inclusive. */
  modifiedAfter?: number;
  modifiedBefore?: number;
}

interface FileRow {
  id: number;
  collection_id: number;
  path: string;
  type: string;
  size: number;
  sha256: string;
  modified_at: number;
  learned_at: number;
  chunks: number;
  secrets_included?: number;
}

const toFile = (row: FileRow): LearnedFile => ({
  id: row.id,
  collectionId: row.collection_id,
  path: row.path,
  type: row.type,
  size: row.size,
  sha256: row.sha256,
  modifiedAt: row.modified_at,
  learnedAt: row.learned_at,
  chunks: row.chunks,
  secretsIncluded: row.secrets_included === 1,
});

export const vecTable = (collectionId: number) => `knowledge_vec_${collectionId}`;
export const bitTable = (collectionId: number) => `knowledge_bits_${collectionId}`;

/**
 * Least number of first-pass candidates the fast path re-ranks exactly; it re-ranks at least
 * 2 × the limit and one per FAST_CANDIDATES_PER vectors too, as near-ties multiply with size.
 * On the bench's clustered vectors (bench/knowledge-speed.bench.ts), against exact search:
 * at 100k, 200 candidates gave recall@10 1.0 and recall@100 0.99 (100 gave 0.99 / 0.94); at 1M,
 * 200 gave 0.86 / 0.66, 500 gave 0.995 / 0.93 and 1,000 gave 1.0 / 1.0.
 */
export const FAST_CANDIDATES = 200;
export const FAST_CANDIDATES_PER = 1000;

/** LIKE pattern for "starts with `prefix`", with LIKE's own wildcards escaped. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A path given by a person (`recipes`, `./home`, `~/docs/`) as the absolute folder or file it
 * names, the way `forget` and `learn` read it (`resolveUserPath`: `~` is home, relative is from
 * the current folder), without a trailing slash.
 */
export function userPathPrefix(prefix: string): string {
  const full = resolveUserPath(prefix);
  return full.length > 1 && full.endsWith(sep) ? full.slice(0, -1) : full;
}

/**
 * SQL (and its parameters) for "this path is the file `prefix` or lies in the folder `prefix`":
 * a folder boundary, so `/pref/home` never matches `/pref/homework/…`.
 */
function underSql(column: string, prefix: string): { sql: string; params: string[] } {
  const full = userPathPrefix(prefix);
  if (full === sep) return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [likePrefix(sep)] };
  return {
    sql: `(${column} = ? OR ${column} LIKE ? ESCAPE '\\')`,
    params: [full, likePrefix(full + sep)],
  };
}

/** Which learned files a scope (a path, or the files a name picked) allows, as SQL on `column`. */
function placeSql(column: string, scope: FileScope): { clauses: string[]; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (scope.pathPrefix) {
    const under = underSql(column, scope.pathPrefix);
    clauses.push(under.sql);
    params.push(...under.params);
  }
  if (scope.paths) {
    // One JSON parameter, however many files: SQLite caps bound parameters at 32,766.
    clauses.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(scope.paths));
  }
  return { clauses, params };
}

/** A file a learn left out because it looks like it holds secrets: never its text. */
export interface SecretSkip {
  path: string;
  kind: SecretKind;
  /** The (first) line that holds one; null when its name says it. */
  line: number | null;
  /** How many of its lines were withheld while the rest was learned; null when the whole file was left out. */
  withheld: number | null;
  skippedAt: number;
}

/** Where learned files are: a path (file or folder) and/or exactly these files. */
export interface FileScope {
  pathPrefix?: string | undefined;
  paths?: readonly string[] | undefined;
}

function filterSql(filter: SearchFilter): { sql: string; params: (string | number)[] } {
  const place = placeSql('f.path', filter);
  const clauses: string[] = place.clauses;
  const params: (string | number)[] = place.params;
  // Types and extensions together: a file of either passes ("--type markdown,csv").
  const kinds: string[] = [];
  if (filter.types?.length) {
    kinds.push(`f.type IN (${filter.types.map(() => '?').join(', ')})`);
    params.push(...filter.types);
  }
  for (const extension of filter.extensions ?? []) {
    kinds.push(`f.path LIKE ? ESCAPE '\\'`);
    params.push(`%.${extension.replace(/[\\%_]/g, (c) => `\\${c}`)}`);
  }
  if (kinds.length) clauses.push(kinds.length === 1 ? (kinds[0] as string) : `(${kinds.join(' OR ')})`);
  if (filter.modifiedAfter !== undefined) {
    clauses.push('f.modified_at >= ?');
    params.push(filter.modifiedAfter);
  }
  if (filter.modifiedBefore !== undefined) {
    clauses.push('f.modified_at <= ?');
    params.push(filter.modifiedBefore);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

/** A vector's sign bits (vector-index.ts `quantise`) as `ceil(dimension / 8)` bytes. */
export const bitBlob = (vector: Float32Array) => {
  const words = quantise(vector);
  return Buffer.from(words.buffer, 0, Math.ceil(vector.length / 8));
};

/** Float32 vector → the little-endian blob sqlite-vec reads. */
export const vectorBlob = (vector: Float32Array) =>
  Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);

/**
 * Per process: the bit index of each collection, rebuilt when its stamp (generation, embedder,
 * dimension, creation time) differs from the cartridge's: any write to the collection's vectors,
 * by this process or another, bumps the generation.
 */
const bitIndexes = new WeakMap<Cartridge, Map<number, { stamp: string; index: BitIndex }>>();

/**
 * The knowledge store over a cartridge. Writes are plain statements: callers wrap each file's
 * writes in one `cartridge.transaction` so chunk rows, FTS rows and vectors land together.
 */
export function createKnowledgeStore(cartridge: Cartridge) {
  const { prepare } = cartridge;

  const collection = (name: string): Collection | undefined =>
    prepare('SELECT id, name, embedder, dimension FROM knowledge_collections WHERE name = ?').get(name) as
      | Collection
      | undefined;

  const ensureVectorTables = (collectionId: number) => {
    cartridge.db.exec(
      `CREATE TABLE IF NOT EXISTS ${vecTable(collectionId)} (id INTEGER PRIMARY KEY, embedding BLOB NOT NULL) STRICT;
       CREATE TABLE IF NOT EXISTS ${bitTable(collectionId)} (id INTEGER PRIMARY KEY, bits BLOB NOT NULL) STRICT;`,
    );
  };

  const dropVectors = (collectionId: number) => {
    cartridge.db.exec(
      `DROP TABLE IF EXISTS ${vecTable(collectionId)}; DROP TABLE IF EXISTS ${bitTable(collectionId)};`,
    );
  };

  const deleteChunks = (fileId: number, collectionId: number, dimension: number) => {
    const ids = prepare('SELECT id FROM knowledge_chunks WHERE file_id = ?').pluck().all(fileId) as number[];
    const ftsDelete = prepare('DELETE FROM knowledge_fts WHERE rowid = ?');
    const vecDelete = dimension ? prepare(`DELETE FROM ${vecTable(collectionId)} WHERE id = ?`) : undefined;
    const bitDelete = dimension ? prepare(`DELETE FROM ${bitTable(collectionId)} WHERE id = ?`) : undefined;
    if (ids.length) bump(collectionId);
    for (const id of ids) {
      ftsDelete.run(id);
      vecDelete?.run(id);
      bitDelete?.run(id);
    }
    prepare('DELETE FROM knowledge_chunks WHERE file_id = ?').run(fileId);
  };

  /** What the cached bit index of a collection must match to be current. */
  const stampOf = (collectionId: number): string => {
    const row = prepare(
      'SELECT generation, embedder, dimension, created_at FROM knowledge_collections WHERE id = ?',
    ).get(collectionId) as
      | { generation: number; embedder: string; dimension: number; created_at: number }
      | undefined;
    return row ? `${row.generation}:${row.embedder}:${row.dimension}:${row.created_at}` : '';
  };

  const bump = (collectionId: number) =>
    prepare('UPDATE knowledge_collections SET generation = generation + 1 WHERE id = ?').run(collectionId);

  const insertVector = (collectionId: number, chunkId: number, vector: Float32Array) => {
    const blob = vectorBlob(vector);
    bump(collectionId);
    prepare(`INSERT INTO ${vecTable(collectionId)} (id, embedding) VALUES (?, ?)`).run(chunkId, blob);
    prepare(`INSERT INTO ${bitTable(collectionId)} (id, bits) VALUES (?, ?)`).run(chunkId, bitBlob(vector));
  };

  const store = {
    collection,

    /** The named collection, created (offline, no vectors) when missing. */
    ensureCollection(name: string): Collection {
      const found = collection(name);
      if (found) return found;
      prepare('INSERT OR IGNORE INTO knowledge_collections (name, created_at) VALUES (?, ?)').run(
        name,
        Date.now(),
      );
      return collection(name) as Collection;
    },

    collections(): (Collection & { files: number; chunks: number; bytes: number })[] {
      return prepare(
        `SELECT c.id, c.name, c.embedder, c.dimension, count(f.id) AS files,
                coalesce(sum(f.chunks), 0) AS chunks, coalesce(sum(f.size), 0) AS bytes
         FROM knowledge_collections c LEFT JOIN knowledge_files f ON f.collection_id = c.id
         GROUP BY c.id ORDER BY c.name`,
      ).all() as (Collection & { files: number; chunks: number; bytes: number })[];
    },

    /**
     * Switches a collection to another embedder: drops its vectors (a search never mixes two
     * models) and makes empty tables of the new dimension. The caller re-embeds every chunk.
     */
    setEmbedder(collectionId: number, embedder: string, dimension: number) {
      dropVectors(collectionId);
      bump(collectionId);
      prepare('UPDATE knowledge_collections SET embedder = ?, dimension = ? WHERE id = ?').run(
        embedder,
        dimension,
        collectionId,
      );
      if (dimension) ensureVectorTables(collectionId);
    },

    file(collectionId: number, path: string): LearnedFile | undefined {
      const row = prepare('SELECT * FROM knowledge_files WHERE collection_id = ? AND path = ?').get(
        collectionId,
        path,
      ) as FileRow | undefined;
      return row && toFile(row);
    },

    /** Learned files of a collection with this content (sha256 hex), by path. */
    filesWithHash(collectionId: number, sha256: string): LearnedFile[] {
      const rows = prepare(
        'SELECT * FROM knowledge_files WHERE collection_id = ? AND sha256 = ? ORDER BY path',
      ).all(collectionId, sha256);
      return (rows as FileRow[]).map(toFile);
    },

    /**
     * Learned files of a collection, by path; with a scope, only the file or folder its
     * `pathPrefix` names (see userPathPrefix) and/or exactly its `paths`.
     */
    files(collectionId: number, scope: FileScope = {}, limit = 1_000_000, offset = 0): LearnedFile[] {
      const place = placeSql('path', scope);
      const where = place.clauses.map((clause) => ` AND ${clause}`).join('');
      const rows = prepare(
        `SELECT * FROM knowledge_files WHERE collection_id = ?${where} ORDER BY path LIMIT ? OFFSET ?`,
      ).all(collectionId, ...place.params, limit, offset);
      return (rows as FileRow[]).map(toFile);
    },

    /** How many learned files a collection has (in `scope`, as for `files`). */
    fileCount(collectionId: number, scope: FileScope = {}): number {
      const place = placeSql('path', scope);
      const where = place.clauses.map((clause) => ` AND ${clause}`).join('');
      return prepare(`SELECT count(*) FROM knowledge_files WHERE collection_id = ?${where}`)
        .pluck()
        .get(collectionId, ...place.params) as number;
    },

    fileById(id: number): LearnedFile | undefined {
      const row = prepare('SELECT * FROM knowledge_files WHERE id = ?').get(id) as FileRow | undefined;
      return row && toFile(row);
    },

    /**
     * Records the path a learned file was learned through (the folder given to learn, or the file
     * itself when it was named on its own). A file once named keeps its own path: a later learn of
     * its folder does not make it a folder's file. No-op when the file is not learned.
     */
    setRoot(collectionId: number, path: string, root: string) {
      prepare(
        `UPDATE knowledge_files SET root = ? WHERE collection_id = ? AND path = ?
         AND root IS NOT ? AND root IS NOT path`,
      ).run(root, collectionId, path, root);
    },

    /** The path a learned file was learned through (setRoot); null when learned before it was kept. */
    rootOf(fileId: number): string | null {
      return (
        (prepare('SELECT root FROM knowledge_files WHERE id = ?').pluck().get(fileId) as string | null) ??
        null
      );
    },

    /** Marks an unchanged file as seen (its modification time may have moved). */
    touch(fileId: number, modifiedAt: number) {
      prepare('UPDATE knowledge_files SET modified_at = ? WHERE id = ?').run(modifiedAt, fileId);
    },

    /**
     * Replaces a file's chunks (rows, FTS, vectors) in the caller's transaction. `vectors` holds
     * one vector per chunk when the collection has an embedder.
     */
    writeFile(
      target: Collection,
      file: Omit<LearnedFile, 'id' | 'collectionId' | 'chunks' | 'learnedAt'>,
      chunks: readonly ChunkInput[],
      vectors?: readonly Float32Array[],
    ): number {
      const existing = store.file(target.id, file.path);
      if (existing) deleteChunks(existing.id, target.id, target.dimension);
      // Learned now: no longer a file left out as secret-holding.
      store.clearSecretSkips(target.id, [file.path]);
      const now = Date.now();
      const fileId = existing
        ? existing.id
        : Number(
            prepare(
              `INSERT INTO knowledge_files (collection_id, path, type, size, sha256, modified_at, learned_at, chunks)
               VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
            ).run(target.id, file.path, file.type, file.size, file.sha256, file.modifiedAt, now)
              .lastInsertRowid,
          );
      prepare(
        'UPDATE knowledge_files SET type = ?, size = ?, sha256 = ?, modified_at = ?, learned_at = ?, chunks = ?, secrets_included = ? WHERE id = ?',
      ).run(
        file.type,
        file.size,
        file.sha256,
        file.modifiedAt,
        now,
        chunks.length,
        file.secretsIncluded ? 1 : 0,
        fileId,
      );
      const insertChunk = prepare(
        'INSERT INTO knowledge_chunks (file_id, ordinal, heading, text, line_start, line_end, line_map) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const insertFts = prepare('INSERT INTO knowledge_fts (rowid, heading, text) VALUES (?, ?, ?)');
      if (target.dimension) ensureVectorTables(target.id);
      chunks.forEach((chunk, ordinal) => {
        const chunkId = Number(
          insertChunk.run(
            fileId,
            ordinal,
            chunk.heading,
            chunk.text,
            chunk.lineStart,
            chunk.lineEnd,
            chunk.lineMap ?? null,
          ).lastInsertRowid,
        );
        // The index's copy has Chinese, Japanese, Thai… cut into words; the chunk row keeps the text.
        // Camel-case names' last words too ("PureGym" is found by "gym"; text.ts camelHeads).
        const heads = camelHeads(chunk.text);
        insertFts.run(
          chunkId,
          wordBreaks(chunk.heading),
          `${wordBreaks(chunk.text)}${heads ? `\n${heads}` : ''}`,
        );
        const vector = vectors?.[ordinal];
        if (target.dimension && vector) insertVector(target.id, chunkId, vector);
      });
      return fileId;
    },

    /**
     * Files a learn left out because they look like they hold secrets (secret-files.ts): path,
     * kind and line only, never their text. A scope keeps those under a path (or these paths).
     */
    secretSkips(collectionId: number, scope: FileScope = {}): SecretSkip[] {
      const place = placeSql('path', scope);
      return prepare(
        `SELECT path, kind, line, withheld, skipped_at AS skippedAt FROM knowledge_secret_skips
         WHERE collection_id = ?${place.clauses.map((clause) => ` AND ${clause}`).join('')} ORDER BY path`,
      ).all(collectionId, ...place.params) as SecretSkip[];
    },

    /**
     * Keeps (or refreshes) that a learn left `path` out as secret-holding (caller's transaction):
     * the whole file, or (`withheld`) that many of its lines while the rest was learned.
     */
    skipSecret(collectionId: number, path: string, sign: SecretSign, withheld?: number) {
      prepare(
        `INSERT INTO knowledge_secret_skips (collection_id, path, kind, line, withheld, skipped_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (collection_id, path) DO UPDATE SET kind = excluded.kind, line = excluded.line, withheld = excluded.withheld, skipped_at = excluded.skipped_at`,
      ).run(collectionId, path, sign.kind, sign.line ?? null, withheld ?? null, Date.now());
    },

    /** Forgets that these paths were left out as secret-holding (learned, gone, clean, forgotten). */
    clearSecretSkips(collectionId: number, paths: readonly string[]) {
      if (paths.length === 0) return;
      prepare(
        'DELETE FROM knowledge_secret_skips WHERE collection_id = ? AND path IN (SELECT value FROM json_each(?))',
      ).run(collectionId, JSON.stringify(paths));
    },

    /** Removes a file and everything learned from it (caller's transaction). */
    removeFile(target: Collection, fileId: number) {
      deleteChunks(fileId, target.id, target.dimension);
      prepare('DELETE FROM knowledge_files WHERE id = ?').run(fileId);
    },

    /** Chunk ids and texts of a collection that have no vector yet, in id order, `limit` at a time. */
    chunksWithoutVectors(target: Collection, limit: number): { id: number; heading: string; text: string }[] {
      return prepare(
        `SELECT c.id, c.heading, c.text FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id
         WHERE f.collection_id = ? AND c.id NOT IN (SELECT id FROM ${vecTable(target.id)})
         ORDER BY c.id LIMIT ?`,
      ).all(target.id, limit) as { id: number; heading: string; text: string }[];
    },

    /** Of the chunk ids given, those that still exist and have no vector yet. */
    stillWithoutVectors(target: Collection, ids: readonly number[]): number[] {
      return prepare(
        `SELECT id FROM knowledge_chunks WHERE id IN (SELECT value FROM json_each(?))
         AND id NOT IN (SELECT id FROM ${vecTable(target.id)})`,
      )
        .pluck()
        .all(JSON.stringify(ids)) as number[];
    },

    insertVector,

    chunkCount(collectionId: number): number {
      return prepare(
        'SELECT count(*) FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id WHERE f.collection_id = ?',
      )
        .pluck()
        .get(collectionId) as number;
    },

    /**
     * How many vectors the collection holds: counted on the sign-bit table (rows of ~50 bytes),
     * not the float one (rows of 4 × dimension bytes, 1.5 GB at 1M × 384), or read off the bit
     * index when it is loaded and current.
     */
    vectorCount(target: Collection): number {
      if (!target.dimension) return 0;
      const cached = bitIndexes.get(cartridge)?.get(target.id);
      if (cached && cached.stamp === stampOf(target.id)) return cached.index.ids.length;
      return prepare(`SELECT count(*) FROM ${bitTable(target.id)}`)
        .pluck()
        .get() as number;
    },

    /**
     * BM25 over the chunks (FTS5, porter stemming; the heading trail weighted 2× the text).
     * Higher is better (FTS5's bm25() is negated). Terms are OR-ed.
     */
    bm25(
      collectionId: number,
      terms: readonly string[],
      limit: number,
      filter: SearchFilter = {},
    ): { id: number; score: number }[] {
      const match = orQuery(terms);
      if (!match) return [];
      return store.bm25Match(collectionId, match, limit, filter);
    },

    /** BM25 (as `bm25`) for a ready FTS5 MATCH expression, e.g. NEAR groups. */
    bm25Match(
      collectionId: number,
      match: string,
      limit: number,
      filter: SearchFilter = {},
    ): { id: number; score: number }[] {
      const where = filterSql(filter);
      return prepare(
        `SELECT knowledge_fts.rowid AS id, -bm25(knowledge_fts, 2.0, 1.0) AS score
         FROM knowledge_fts JOIN knowledge_chunks c ON c.id = knowledge_fts.rowid
         JOIN knowledge_files f ON f.id = c.file_id
         WHERE knowledge_fts MATCH ? AND f.collection_id = ?${where.sql}
         ORDER BY bm25(knowledge_fts, 2.0, 1.0) LIMIT ?`,
      ).all(match, collectionId, ...where.params, limit) as { id: number; score: number }[];
    },

    /** How many chunks hold each stemmed term (FTS5 vocabulary), for IDF. */
    documentFrequency(stems: readonly string[]): Map<string, number> {
      const out = new Map<string, number>();
      const get = prepare('SELECT doc FROM knowledge_fts_vocab WHERE term = ?').pluck();
      for (const term of stems) out.set(term, (get.get(term) as number | undefined) ?? 0);
      return out;
    },

    /** Indexed stems starting with `letter` and how many chunks hold each (spelling.ts). */
    vocabularyFrom(letter: string): { term: string; doc: number }[] {
      return prepare('SELECT term, doc FROM knowledge_fts_vocab WHERE term >= ? AND term < ?').all(
        letter,
        String.fromCodePoint((letter.codePointAt(0) ?? 0) + 1),
      ) as { term: string; doc: number }[];
    },

    /** Indexed stems longer than `part` that hold it inside ("atorvastatin" holds "statin"), with how many chunks hold each (spelling.ts). */
    vocabularyHolding(part: string): { term: string; doc: number }[] {
      return prepare(
        'SELECT term, doc FROM knowledge_fts_vocab WHERE instr(term, ?) > 0 AND length(term) > length(?)',
      ).all(part, part) as { term: string; doc: number }[];
    },

    /** Texts of a few chunks holding a word that begins with `term` (spelling.ts: how a stem is written). */
    textsWith(term: string): string[] {
      return prepare(
        `SELECT c.text FROM knowledge_fts JOIN knowledge_chunks c ON c.id = knowledge_fts.rowid
         WHERE knowledge_fts MATCH ? LIMIT 5`,
      )
        .pluck()
        .all(`"${term.replaceAll('"', '')}" *`) as string[];
    },

    /** Whether a chunk has the stem `term` and one of `others` (stems): a word read in the question's context. */
    together(term: string, others: readonly string[]): boolean {
      if (others.length === 0) return false;
      const quoted = (t: string) => `"${t.replaceAll('"', '')}"`;
      return (
        prepare('SELECT 1 FROM knowledge_fts WHERE knowledge_fts MATCH ? LIMIT 1').get(
          `${quoted(term)} AND (${others.map(quoted).join(' OR ')})`,
        ) !== undefined
      );
    },

    /**
     * Whether a chunk writes the words `first` and `second` one after the other, apart ("Check-out",
     * "check out"; an FTS5 phrase, so a hyphen parts them as a space does): how a compound asked as
     * one word ("checkout") is written in the documents (spelling.ts).
     */
    writesApart(first: string, second: string): boolean {
      const phrase = `"${first.replaceAll('"', '')} ${second.replaceAll('"', '')}"`;
      return (
        prepare('SELECT 1 FROM knowledge_fts WHERE knowledge_fts MATCH ? LIMIT 1').get(phrase) !== undefined
      );
    },

    totalChunks(): number {
      return prepare('SELECT count(*) FROM knowledge_chunks').pluck().get() as number;
    },

    /**
     * Nearest chunks by exact cosine: sqlite-vec's `vec_distance_cosine` over every float vector
     * (a full scan). Higher is better.
     */
    vectorExact(target: Collection, query: Float32Array, limit: number): { id: number; score: number }[] {
      if (!target.dimension) return [];
      const rows = prepare(
        `SELECT id, vec_distance_cosine(embedding, ?) AS distance FROM ${vecTable(target.id)} ORDER BY distance LIMIT ?`,
      ).all(vectorBlob(query), limit) as { id: number; distance: number }[];
      return rows.map((row) => ({ id: row.id, score: 1 - row.distance }));
    },

    /**
     * Nearest chunks by the fast path: the sign-bit first pass in memory (vector-index.ts), then
     * exact cosine over its best `candidates` (by default the most of FAST_CANDIDATES, 2 × limit
     * and one per FAST_CANDIDATES_PER vectors), read back by id from the float table. Higher is
     * better.
     */
    vectorFast(
      target: Collection,
      query: Float32Array,
      limit: number,
      candidates?: number,
    ): { id: number; score: number }[] {
      if (!target.dimension) return [];
      if (query.length !== target.dimension) {
        throw new Error(
          `The query vector has ${query.length} dimensions but the collection ${target.name} holds ${target.dimension}-dimensional vectors; embed the query with the collection's embedder (${target.embedder}).`,
        );
      }
      const index = store.bitIndex(target);
      const count =
        candidates ?? Math.max(FAST_CANDIDATES, limit * 2, Math.ceil(index.ids.length / FAST_CANDIDATES_PER));
      const ids = firstPass(index, query, count);
      const rows = prepare(
        `SELECT id, vec_distance_cosine(embedding, ?) AS distance FROM ${vecTable(target.id)}
         WHERE id IN (SELECT value FROM json_each(?)) ORDER BY distance LIMIT ?`,
      ).all(vectorBlob(query), JSON.stringify(ids), limit) as { id: number; distance: number }[];
      return rows.map((row) => ({ id: row.id, score: 1 - row.distance }));
    },

    /** The in-memory bit index of a collection, reloaded when its vectors changed. */
    bitIndex(target: Collection): BitIndex {
      const stamp = stampOf(target.id);
      let perCartridge = bitIndexes.get(cartridge);
      if (!perCartridge) {
        perCartridge = new Map();
        bitIndexes.set(cartridge, perCartridge);
      }
      const cached = perCartridge.get(target.id);
      if (cached && cached.stamp === stamp) return cached.index;
      // One row for the whole table (a Buffer per vector costs ~5× more). Both aggregates are fed
      // the same rows in the same step of one statement, so ids and bits line up with no ORDER
      // BY (which sorted every row first: 2–3× slower). Ids as a JSON array: JSON.parse is ~10×
      // faster than splitting the text and converting each number.
      const row = prepare(
        `SELECT '[' || group_concat(id) || ']' AS ids, CAST(group_concat(bits, '') AS BLOB) AS bits
         FROM ${bitTable(target.id)}`,
      ).get() as { ids: string | null; bits: Buffer | null };
      const ids = row.ids ? Int32Array.from(JSON.parse(row.ids) as number[]) : new Int32Array(0);
      const index = buildBitIndex(ids, row.bits ?? new Uint8Array(0), target.dimension);
      perCartridge.set(target.id, { stamp, index });
      return index;
    },

    /** The passages for chunk ids, in the order given, restricted by `filter`. */
    passages(ids: readonly number[], filter: SearchFilter = {}): Passage[] {
      if (ids.length === 0) return [];
      const where = filterSql(filter);
      const rows = prepare(
        `SELECT c.id AS chunkId, f.path, f.type, c.heading, c.text, c.line_start AS lineStart,
                c.line_end AS lineEnd, c.line_map AS lineMap, f.modified_at AS modifiedAt
         FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id
         WHERE c.id IN (SELECT value FROM json_each(?))${where.sql}`,
      ).all(JSON.stringify(ids), ...where.params) as Passage[];
      const byId = new Map(rows.map((row) => [row.chunkId, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** Texts of chunks by id (for pseudo-relevance feedback). */
    texts(ids: readonly number[]): Map<number, string> {
      if (ids.length === 0) return new Map();
      const rows = prepare(
        'SELECT id, heading, text FROM knowledge_chunks WHERE id IN (SELECT value FROM json_each(?))',
      ).all(JSON.stringify(ids)) as { id: number; heading: string; text: string }[];
      return new Map(rows.map((row) => [row.id, `${row.heading}\n${row.text}`]));
    },

    /**
     * The name to cite each learned path by: its base name when no other learned file (in any
     * collection) has that name, else the shortest tail of folders that tells them apart
     * ("flat/lease.md", "office/lease.md"); a path that needs all its folders is shown whole,
     * with the home folder as "~".
     */
    displayNames(paths: readonly string[]): Map<string, string> {
      const out = new Map<string, string>();
      const same = prepare(`SELECT DISTINCT path FROM knowledge_files WHERE path LIKE ? ESCAPE '\\'`).pluck();
      const home = process.env.HOME;
      for (const path of new Set(paths)) {
        const parts = path.split('/');
        const base = parts.at(-1) ?? path;
        const others = (same.all(`%/${base.replace(/[\\%_]/g, (c) => `\\${c}`)}`) as string[])
          .filter((other) => other !== path && other.endsWith(`/${base}`))
          .map((other) => other.split('/'));
        let take = 1;
        while (
          take < parts.length &&
          others.some((other) => other.slice(-take).join('/') === parts.slice(-take).join('/'))
        )
          take++;
        const name =
          take >= parts.length - 1
            ? home && path.startsWith(`${home}/`)
              ? `~${path.slice(home.length)}`
              : path
            : parts.slice(-take).join('/');
        out.set(path, name);
      }
      return out;
    },

    /** Every chunk of a file, in order. */
    fileChunks(fileId: number): {
      heading: string;
      text: string;
      lineStart: number;
      lineEnd: number;
      lineMap: string | null;
    }[] {
      return prepare(
        'SELECT heading, text, line_start AS lineStart, line_end AS lineEnd, line_map AS lineMap FROM knowledge_chunks WHERE file_id = ? ORDER BY ordinal',
      ).all(fileId) as {
        heading: string;
        text: string;
        lineStart: number;
        lineEnd: number;
        lineMap: string | null;
      }[];
    },

    /** The first line of a learned file (its first chunk's), e.g. a CSV's header; undefined when not learned. */
    firstLine(path: string): string | undefined {
      const text = prepare(
        `SELECT c.text FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id
         WHERE f.path = ? ORDER BY c.line_start LIMIT 1`,
      )
        .pluck()
        .get(path) as string | undefined;
      return text?.split('\n', 1)[0];
    },
  };
  return store;
}

export type KnowledgeStore = ReturnType<typeof createKnowledgeStore>;
