import type { CapabilityMigration } from '../capability.js';

/**
 * The knowledge tables. A collection holds learned files; each file is cut into chunks; each
 * chunk's text is in `knowledge_fts` (rowid = chunk id) and, when the collection has an
 * embedder, its vector is in the per-collection tables `knowledge_vec_<collection id>` (float32
 * blobs by chunk id: exact cosine with sqlite-vec's vec_distance_cosine, and the re-rank) and
 * the sqlite-vec vec0 table `knowledge_vbit_<collection id>` (`bit[D]` sign bits, the fast
 * first pass), created when the embedder is first used (their dimension is the embedder's).
 * Plain blobs rather than a float vec0 table: re-ranking 200 candidates by rowid from vec0 read
 * whole vec0 chunks and took ~0.8 s on disk, from a plain table ~1–40 ms (measured here).
 */
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
];
