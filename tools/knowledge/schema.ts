import type { CapabilityMigration } from '../capability.js';
import { encodeLineMap } from './lines.js';
import { decodedChunk } from './mail-body.js';
import { FOLDED_GLOB } from './match-form.js';
import { wordBreaks } from './text.js';
import { quantise } from './vector-index.js';

/**
 * The knowledge tables. A collection holds learned files; each file is cut into chunks; each
 * chunk's text is in `knowledge_fts` (rowid = chunk id) and, when the collection has an
 * embedder, its vector is in the per-collection tables `knowledge_vec_<collection id>` (float32
 * blobs by chunk id: exact cosine with sqlite-vec's vec_distance_cosine, and the re-rank) and
 * `knowledge_bits_<collection id>` (the same vectors' sign bits, `ceil(D / 8)`-byte blobs by
 * chunk id: the fast first pass, vector-index.ts), created when the embedder is first used.
 * Plain blobs rather than vec0 tables: re-ranking 200 candidates by rowid from a float vec0 table
 * read whole vec0 chunks and took ~0.8 s on disk, from a plain table ~1–40 ms; loading 100k sign
 * bits from a vec0 `bit[384]` table took ~1.1 s, from a plain table 0.2–0.3 s (one group_concat;
 * measured here under a load average of ~11 on 2 cores).
 */
/**
 * Re-indexes the chunks whose text or heading matches the GLOB `pattern` as `wordBreaks` cuts
 * them now: the same rows come out however often it runs. In pages of 500, since better-sqlite3
 * runs no write while a read is being iterated.
 */
function reindexMatching(
  db: Parameters<CapabilityMigration['up']>[0],
  pattern: string,
  rewrite?: (row: ChunkRow) => ChunkRow | undefined,
): void {
  const page = db.prepare(
    `SELECT c.id, c.file_id AS fileId, f.path, c.heading, c.text, c.line_start AS lineStart,
            c.line_end AS lineEnd, c.line_map AS lineMap
     FROM knowledge_chunks c JOIN knowledge_files f ON f.id = c.file_id WHERE c.id > ?
     AND (c.text GLOB ? OR c.heading GLOB ?)
     ORDER BY c.id LIMIT 500`,
  );
  const remove = db.prepare('DELETE FROM knowledge_fts WHERE rowid = ?');
  const insert = db.prepare('INSERT INTO knowledge_fts (rowid, heading, text) VALUES (?, ?, ?)');
  const update = db.prepare('UPDATE knowledge_chunks SET text = ?, line_end = ?, line_map = ? WHERE id = ?');
  // A chunk rewritten changes its collection's chunks, as a chunk written does (version 11; only
  // then prepared: versions 6 and 12 run before that column is there).
  const changed =
    rewrite &&
    db.prepare(
      `UPDATE knowledge_collections SET chunk_version = chunk_version + 1
       WHERE id = (SELECT collection_id FROM knowledge_files WHERE id = ?)`,
    );
  for (let after = -1; ; ) {
    const rows = page.all(after, pattern, pattern) as ChunkRow[];
    if (rows.length === 0) break;
    for (const found of rows) {
      const rewritten = rewrite ? rewrite(found) : found;
      if (!rewritten) continue;
      const row = rewritten;
      if (changed) {
        update.run(row.text, row.lineEnd, row.lineMap, row.id);
        changed.run(row.fileId);
      }
      remove.run(row.id);
      insert.run(row.id, wordBreaks(row.heading), wordBreaks(row.text));
    }
    after = (rows.at(-1) as { id: number }).id;
  }
}

interface ChunkRow {
  id: number;
  fileId: number;
  path: string;
  heading: string;
  text: string;
  lineStart: number;
  lineEnd: number;
  lineMap: string | null;
}

/**
 * An e-mail chunk learned before bodies were decoded (version 14) with its body decoded
 * (mail-body.ts), its lines mapped to the file's; undefined for any other chunk. A chunk of the
 * body alone is decoded when its mail's one encoding is quoted-printable (`encodingOf`).
 */
function decodedMailChunk(row: ChunkRow, encodingOf: (fileId: number) => string[]): ChunkRow | undefined {
  if (!/\.eml$/iu.test(row.path) || row.lineMap !== null) return undefined;
  const encodings = encodingOf(row.fileId);
  const quotedPrintable = encodings.length > 0 && encodings.every((e) => e === 'quoted-printable');
  const decoded = decodedChunk(row.text, quotedPrintable);
  if (!decoded?.lines) return undefined;
  const lines = decoded.lines.map((line) => row.lineStart + line - 1);
  const count = decoded.text.split('\n').length;
  return {
    ...row,
    text: decoded.text,
    lineEnd: Math.max(row.lineEnd, ...lines),
    lineMap: encodeLineMap(lines, 0, count - 1),
  };
}

export const knowledgeMigrations: readonly CapabilityMigration[] = [
  {
    version: 1,
    description: 'knowledge: collections, files, chunks, full-text index',
    up(db) {
      db.exec(`
        CREATE TABLE knowledge_collections (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          embedder TEXT NOT NULL DEFAULT 'offline',
          dimension INTEGER NOT NULL DEFAULT 0,
          generation INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE knowledge_files (
          id INTEGER PRIMARY KEY,
          collection_id INTEGER NOT NULL REFERENCES knowledge_collections(id),
          path TEXT NOT NULL,
          type TEXT NOT NULL,
          size INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          modified_at INTEGER NOT NULL,
          learned_at INTEGER NOT NULL,
          chunks INTEGER NOT NULL,
          UNIQUE (collection_id, path)
        ) STRICT;
        CREATE TABLE knowledge_chunks (
          id INTEGER PRIMARY KEY,
          file_id INTEGER NOT NULL REFERENCES knowledge_files(id) ON DELETE CASCADE,
          ordinal INTEGER NOT NULL,
          heading TEXT NOT NULL,
          text TEXT NOT NULL,
          line_start INTEGER NOT NULL,
          line_end INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX knowledge_chunks_file ON knowledge_chunks(file_id, ordinal);
        CREATE VIRTUAL TABLE knowledge_fts USING fts5(
          heading, text, tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE knowledge_fts_vocab USING fts5vocab(knowledge_fts, 'row');
      `);
    },
  },
  {
    version: 2,
    description: 'knowledge: sign bits in plain tables (knowledge_bits_N) instead of vec0 (knowledge_vbit_N)',
    up(db) {
      const collections = db
        .prepare('SELECT id, dimension FROM knowledge_collections WHERE dimension > 0')
        .all() as { id: number; dimension: number }[];
      for (const { id, dimension } of collections) {
        const exists = (name: string) =>
          db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(name) !== undefined;
        if (!exists(`knowledge_vec_${id}`)) continue;
        db.exec(
          `CREATE TABLE IF NOT EXISTS knowledge_bits_${id} (id INTEGER PRIMARY KEY, bits BLOB NOT NULL) STRICT`,
        );
        const insert = db.prepare(`INSERT OR REPLACE INTO knowledge_bits_${id} (id, bits) VALUES (?, ?)`);
        const bytes = Math.ceil(dimension / 8);
        // In pages: better-sqlite3 runs no write while a read is being iterated.
        const page = db.prepare(
          `SELECT id, embedding FROM knowledge_vec_${id} WHERE id > ? ORDER BY id LIMIT 1000`,
        );
        for (let after = -1; ; ) {
          const rows = page.all(after) as { id: number; embedding: Buffer }[];
          if (rows.length === 0) break;
          for (const row of rows) {
            const floats = new Float32Array(row.embedding.byteLength / 4);
            new Uint8Array(floats.buffer).set(row.embedding);
            insert.run(row.id, Buffer.from(quantise(floats).buffer, 0, bytes));
          }
          after = (rows.at(-1) as { id: number }).id;
        }
        db.exec(`DROP TABLE IF EXISTS knowledge_vbit_${id}`);
        db.exec(`UPDATE knowledge_collections SET generation = generation + 1 WHERE id = ${id}`);
      }
    },
  },
  {
    version: 3,
    description:
      'knowledge: the learned LSA signal (a model per collection, a vector per chunk, dropped with its chunk)',
    up(db) {
      db.exec(`
    CREATE TABLE knowledge_lsa_models (
      collection_id INTEGER PRIMARY KEY REFERENCES knowledge_collections(id) ON DELETE CASCADE,
      k INTEGER NOT NULL,
      terms TEXT NOT NULL,
      idf BLOB NOT NULL,
      basis BLOB NOT NULL,
      sigma BLOB NOT NULL,
      fitted INTEGER NOT NULL,
      synced INTEGER NOT NULL,
      changes INTEGER NOT NULL,
      generation INTEGER NOT NULL,
      fitted_at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE knowledge_lsa_vectors (
      id INTEGER PRIMARY KEY,
      collection_id INTEGER NOT NULL,
      vector BLOB NOT NULL
    ) STRICT;
    CREATE INDEX knowledge_lsa_vectors_collection ON knowledge_lsa_vectors(collection_id);
    CREATE TRIGGER knowledge_lsa_chunk_deleted AFTER DELETE ON knowledge_chunks BEGIN
      DELETE FROM knowledge_lsa_vectors WHERE id = old.id;
    END;
  `);
    },
  },
  {
    version: 4,
    description:
      'knowledge: the file lines of each line of a chunk whose text is extracted (HTML), so citations name lines of the file',
    up(db) {
      db.exec(`
    ALTER TABLE knowledge_chunks ADD COLUMN line_map TEXT;
    -- HTML learned before cited lines of its extracted text: learned again by the next learn.
    UPDATE knowledge_files SET sha256 = '' WHERE type = 'html';
  `);
    },
  },
  {
    version: 5,
    description:
      "knowledge: the LSA model's V_k as one row per term, so a search reads only its own words' rows",
    up(db) {
      // A search used to read the whole V_k blob (15 MB for SciFact, up to 60k terms × 256 floats)
      // to embed a query of a few words; a term's row is its idf and its k floats.
      db.exec(`
    CREATE TABLE knowledge_lsa_terms (
      collection_id INTEGER NOT NULL REFERENCES knowledge_collections(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      term TEXT NOT NULL,
      idf REAL NOT NULL,
      vector BLOB NOT NULL,
      PRIMARY KEY (collection_id, position)
    ) STRICT;
    CREATE UNIQUE INDEX knowledge_lsa_terms_term ON knowledge_lsa_terms(collection_id, term);
  `);
      const insert = db.prepare(
        'INSERT INTO knowledge_lsa_terms (collection_id, position, term, idf, vector) VALUES (?, ?, ?, ?, ?)',
      );
      const models = db.prepare('SELECT collection_id AS id, k, terms, idf, basis FROM knowledge_lsa_models');
      for (const model of models.all() as {
        id: number;
        k: number;
        terms: string;
        idf: Buffer;
        basis: Buffer;
      }[]) {
        const width = model.k * 4;
        for (const [position, term] of (JSON.parse(model.terms) as string[]).entries())
          insert.run(
            model.id,
            position,
            term,
            model.idf.readFloatLE(position * 4),
            model.basis.subarray(position * width, (position + 1) * width),
          );
      }
      // The terms, idf and basis columns stay (empty) for older code reading the row; the rows are the model.
      db.exec("UPDATE knowledge_lsa_models SET terms = '[]', idf = X'', basis = X''");
    },
  },
  {
    version: 6,
    description:
      'knowledge: Chinese, Japanese, Thai… text in the full-text index cut into words, so a word of it can be searched',
    up(db) {
      // The index's copy of a chunk is now wordBreaks(text) (text.ts); chunks learned before hold
      // a run of such a script as one token. Re-indexes the chunks that have one: the same rows
      // come out however often this runs. In pages: better-sqlite3 runs no write while a read is
      // being iterated. GLOB narrows to chunks with a character of those scripts' main blocks
      // (CJK, kana, Thai to Myanmar); wordBreaks leaves any other text as it is.
      const spaceless =
        '*[\u0E00-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}]*';
      reindexMatching(db, spaceless);
    },
  },
  {
    version: 7,
    description:
      'knowledge: the path each learned file was learned through (a folder, or the file named on its own)',
    up(db) {
      // A folder learn forgets the files under it that it now leaves out (hidden, gitignored),
      // unless they were learned through that left-out path or below it (named on their own, or a
      // hidden folder named on its own). Rows learned before: unknown (NULL, as if learned through
      // a folder above), except a hidden path, which a folder walk never took in, so it was named.
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('knowledge_files');
      if (columns.includes('root')) return;
      db.exec(`
    ALTER TABLE knowledge_files ADD COLUMN root TEXT;
    UPDATE knowledge_files SET root = path WHERE path GLOB '*/.*';
  `);
    },
  },
  {
    version: 8,
    description:
      'knowledge: learned files by content hash (a learned file that moved is found by its content)',
    up(db) {
      db.exec('CREATE INDEX IF NOT EXISTS knowledge_files_sha256 ON knowledge_files(collection_id, sha256)');
    },
  },
  {
    version: 9,
    description: 'knowledge: learns under way, by process, so a forget never races a learn (runs.ts)',
    up(db) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS knowledge_learns (
          id INTEGER PRIMARY KEY,
          collection TEXT NOT NULL,
          pid INTEGER NOT NULL,
          started_at INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 10,
    description:
      'knowledge: the paths of each learn, so one that stopped before finishing can be named and finished (runs.ts)',
    up(db) {
      // Rows kept before: no paths (NULL), named as "an earlier learn" (runs.ts).
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('knowledge_learns');
      if (columns.includes('paths')) return;
      db.exec('ALTER TABLE knowledge_learns ADD COLUMN paths TEXT');
    },
  },
  {
    version: 11,
    description:
      "knowledge: a version of each collection's chunks and the one each LSA model was fitted from, and the refit under way (lsa-store.ts)",
    up(db) {
      // Two learns at once used to refit the LSA model twice side by side (~500 MB each), and the
      // one that read fewer chunks could commit last and replace the newer model. The version is
      // bumped by triggers on every chunk written, changed or removed, so no writer can forget it;
      // a model is stored only if no model fitted from a later version is there (lsa-store.ts).
      const has = (table: string, column: string) =>
        (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).includes(column);
      if (!has('knowledge_collections', 'chunk_version'))
        db.exec('ALTER TABLE knowledge_collections ADD COLUMN chunk_version INTEGER NOT NULL DEFAULT 0');
      if (!has('knowledge_lsa_models', 'corpus'))
        db.exec('ALTER TABLE knowledge_lsa_models ADD COLUMN corpus INTEGER NOT NULL DEFAULT 0');
      db.exec(`
        CREATE TRIGGER IF NOT EXISTS knowledge_chunk_added AFTER INSERT ON knowledge_chunks BEGIN
          UPDATE knowledge_collections SET chunk_version = chunk_version + 1
          WHERE id = (SELECT collection_id FROM knowledge_files WHERE id = new.file_id);
        END;
        CREATE TRIGGER IF NOT EXISTS knowledge_chunk_changed AFTER UPDATE OF file_id, heading, text ON knowledge_chunks BEGIN
          UPDATE knowledge_collections SET chunk_version = chunk_version + 1
          WHERE id IN (SELECT collection_id FROM knowledge_files WHERE id IN (old.file_id, new.file_id));
        END;
        CREATE TRIGGER IF NOT EXISTS knowledge_chunk_removed AFTER DELETE ON knowledge_chunks BEGIN
          UPDATE knowledge_collections SET chunk_version = chunk_version + 1
          WHERE id = (SELECT collection_id FROM knowledge_files WHERE id = old.file_id);
        END;
        CREATE TRIGGER IF NOT EXISTS knowledge_file_removed AFTER DELETE ON knowledge_files BEGIN
          UPDATE knowledge_collections SET chunk_version = chunk_version + 1 WHERE id = old.collection_id;
        END;
        CREATE TABLE IF NOT EXISTS knowledge_lsa_fits (
          id INTEGER PRIMARY KEY,
          collection_id INTEGER NOT NULL,
          pid INTEGER NOT NULL,
          process_start TEXT NOT NULL,
          started_at INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 12,
    description:
      'knowledge: full-width forms and Arabic vowel marks folded in the full-text index, as questions are (match-form.ts)',
    up(db) {
      // The index's copy of a chunk is now wordBreaks(text), which folds them (text.ts); chunks
      // learned before hold "ＨＸ２２８１７" as its own token and "الكِتَاب" cut at each mark. Re-indexes
      // only the chunks with such a character, in pages, as version 6 does.
      reindexMatching(db, FOLDED_GLOB);
    },
  },
  {
    version: 13,
    description:
      'knowledge: the full-text index keeps combining marks inside a word, so Hindi and the other Indic scripts are searched by whole words',
    up(db) {
      // unicode61 ends a token at a combining mark by default, and Devanagari writes its vowel
      // signs and virama as marks: "क्या" was indexed as "क" and "य", "का", "की" and "के" all as
      // "क". The marks are token characters now (categories 'L* N* Co M*'; Latin accents are still
      // folded by remove_diacritics). Rebuilds the index with that tokenizer, once: a cartridge
      // whose index already has it is left as it is. In pages, as version 6 does.
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'knowledge_fts'").pluck().get() as
        | string
        | undefined;
      if (sql?.includes('categories')) return;
      db.exec(`
        DROP TABLE IF EXISTS knowledge_fts_vocab;
        DROP TABLE IF EXISTS knowledge_fts;
        CREATE VIRTUAL TABLE knowledge_fts USING fts5(
          heading, text, tokenize="porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
        );
        CREATE VIRTUAL TABLE knowledge_fts_vocab USING fts5vocab(knowledge_fts, 'row');
      `);
      const page = db.prepare(
        'SELECT id, heading, text FROM knowledge_chunks WHERE id > ? ORDER BY id LIMIT 500',
      );
      const insert = db.prepare('INSERT INTO knowledge_fts (rowid, heading, text) VALUES (?, ?, ?)');
      for (let after = -1; ; ) {
        const rows = page.all(after) as { id: number; heading: string; text: string }[];
        if (rows.length === 0) break;
        for (const row of rows) insert.run(row.id, wordBreaks(row.heading), wordBreaks(row.text));
        after = (rows.at(-1) as { id: number }).id;
      }
    },
  },
  {
    version: 14,
    description:
      "knowledge: e-mails learned before their quoted-printable bodies were decoded ('=C2=A3142 … ea= ch') are decoded and re-indexed (mail-body.ts)",
    up(db) {
      // The learner decodes an .eml body now (prepare.ts); chunks learned before hold its escapes
      // and soft line breaks. Each such chunk of an .eml is decoded in place, by its own headers
      // or by its mail's one encoding, with the file lines each decoded line came from, and
      // re-indexed; the file's hash is unchanged, so a later learn keeps it. A decoded chunk no
      // longer matches (no "=XX" nor "=" at a line's end is left), so this runs once.
      const headers = db.prepare(
        `SELECT text FROM knowledge_chunks WHERE file_id = ? AND text GLOB '*[Cc]ontent-[Tt]ransfer-[Ee]ncoding:*'`,
      );
      const encodingOf = (fileId: number): string[] =>
        (headers.pluck().all(fileId) as string[]).flatMap((text) =>
          [...text.matchAll(/^content-transfer-encoding:\s*(\S+)/gimu)].map((m) =>
            (m[1] as string).toLowerCase(),
          ),
        );
      reindexMatching(db, '*=[0-9A-F\n]*', (row) => decodedMailChunk(row, encodingOf));
    },
  },
  {
    version: 15,
    description:
      'knowledge: files a learn left out because they look like they hold secrets (path, kind, line; never their text), so an answer can say they were not searched',
    up(db) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS knowledge_secret_skips (
          collection_id INTEGER NOT NULL REFERENCES knowledge_collections(id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          kind TEXT NOT NULL,
          line INTEGER,
          skipped_at INTEGER NOT NULL,
          PRIMARY KEY (collection_id, path)
        ) STRICT;
      `);
    },
  },
  {
    version: 16,
    description:
      "knowledge: a learn withholds a file's secret lines and learns the rest (how many lines are kept in knowledge_secret_skips.withheld; NULL when the whole file was left out), and remembers which files were learned with their secrets (asked for with --include-secrets)",
    up(db) {
      const has = (table: string, column: string) =>
        (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).includes(column);
      if (!has('knowledge_secret_skips', 'withheld'))
        db.exec('ALTER TABLE knowledge_secret_skips ADD COLUMN withheld INTEGER');
      if (!has('knowledge_files', 'secrets_included'))
        db.exec('ALTER TABLE knowledge_files ADD COLUMN secrets_included INTEGER NOT NULL DEFAULT 0');
    },
  },
];
