import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import type { Cartridge } from '../../cartridge/open.js';
import { contentWords, words } from '../../cartridge/text-similarity.js';
import type { CapabilityMigration } from '../capability.js';
import type { Note, NoteHit } from './schemas.js';

export interface NotesStore {
  add(text: string): Note;
  get(id: number): Note | undefined;
  list(options?: { limit?: number; offset?: number }): Note[];
  /**
   * Full-text search (FTS5, ranked by BM25) over the query's content words: every word must match;
   * if nothing does, any word may. Stop words and "note"/"about" are not looked for.
   */
  search(query: string, options?: { limit?: number }): NoteHit[];
  delete(id: number): Note | undefined;
  count(): number;
}

interface NoteRow {
  id: number;
  text: string;
  created_at: number;
  updated_at: number;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  text: row.text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * The words to look for: content words ("boiler" from "the note about the boiler"; a plural is
 * its stem, matched as a prefix), or every word when the query is only stop words ("to do").
 */
function queryWords(query: string): string[] {
  const content = contentWords(query).filter((word) => !META_WORDS.has(word));
  return content.length > 0 ? content : words(query);
}

/** Words that name a note itself, not what it says ("the note about the boiler"). */
const META_WORDS = new Set(['note', 'memo', 'about', 'regarding', 'mentioning', 'concerning']);

/** Quotes each word so nothing a person types can be read as FTS5 syntax. */
function ftsQuery(query: string, operator: 'AND' | 'OR'): string {
  return queryWords(query)
    .map((word) => `"${word.replaceAll('"', '""')}"*`)
    .join(` ${operator} `);
}

/**
 * The notes capability's own steps on the `notes` table (created by the core migration v1).
 *
 * 1. Note numbers are never reused: fazt tells people "say delete note 3", so a number once given
 *    must never name another note later. The table is rebuilt with `AUTOINCREMENT` (ids, texts
 *    and dates kept; the FTS index is keyed by id, so it stays valid and is rebuilt anyway), and
 *    its sequence starts past the highest number ever given: the highest id left, or in a
 *    `note.added` event (deleted notes before this step). Run again, it changes nothing.
 */
export const notesMigrations: readonly CapabilityMigration[] = [
  {
    version: 1,
    description: 'note numbers are never reused (AUTOINCREMENT, started past every number ever given)',
    up(db) {
      const table = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'notes'")
        .get() as { sql: string } | undefined;
      if (table && !/AUTOINCREMENT/i.test(table.sql)) {
        db.exec(`
          CREATE TABLE notes_renumbered (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
          ) STRICT;
          INSERT INTO notes_renumbered (id, text, created_at, updated_at)
            SELECT id, text, created_at, updated_at FROM notes;
          DROP TABLE notes;
          ALTER TABLE notes_renumbered RENAME TO notes;
          CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
          END;
          CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
          END;
          CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
          END;
          INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
        `);
      }
      const given = db
        .prepare(
          `SELECT max(
             coalesce((SELECT max(id) FROM notes), 0),
             coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'notes'), 0),
             coalesce((SELECT max(CAST(json_extract(data, '$.id') AS INTEGER)) FROM events WHERE type = 'note.added'), 0)
           ) AS n`,
        )
        .get() as { n: number };
      db.prepare("DELETE FROM sqlite_sequence WHERE name = 'notes'").run();
      db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('notes', ?)").run(given.n);
    },
  },
];

/**
 * Short free-text notes with an FTS5 index kept in step by triggers, in the `notes` tables
 * (created by the cartridge's core migration v1; `notesMigrations` are applied before a note is
 * added, so a number is never given twice). Cheap to make per call: statements are cached.
 */
export function createNotesStore(cartridge: Cartridge): NotesStore {
  const { prepare } = cartridge;
  const get = (id: number): Note | undefined => {
    const row = prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
    return row && toNote(row);
  };
  const match = (expression: string, limit: number): NoteHit[] => {
    const rows = prepare(
      `SELECT notes.*, snippet(notes_fts, 0, '«', '»', '…', 16) AS snippet, bm25(notes_fts) AS rank
       FROM notes_fts JOIN notes ON notes.id = notes_fts.rowid
       WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(expression, limit) as (NoteRow & { snippet: string; rank: number })[];
    return rows.map((row) => ({
      ...toNote(row),
      snippet: row.snippet,
      score: Math.round(-row.rank * 1000) / 1000,
    }));
  };

  return {
    get,

    add(text) {
      applyCapabilityMigrations(cartridge, { id: 'notes', migrations: notesMigrations });
      const now = Date.now();
      const { lastInsertRowid } = prepare(
        'INSERT INTO notes (text, created_at, updated_at) VALUES (?, ?, ?)',
      ).run(text, now, now);
      return get(Number(lastInsertRowid))!;
    },

    list({ limit = 50, offset = 0 } = {}) {
      const rows = prepare('SELECT * FROM notes ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?').all(
        limit,
        offset,
      ) as NoteRow[];
      return rows.map(toNote);
    },

    search(query, { limit = 20 } = {}) {
      if (words(query).length === 0) {
        // "🍕", "C#", "???": no word to look for, so the text as typed, anywhere in a note.
        const needle = query.trim();
        if (!needle) return [];
        const rows = prepare(
          'SELECT * FROM notes WHERE instr(text, ?) > 0 ORDER BY created_at DESC, id DESC LIMIT ?',
        ).all(needle, limit) as NoteRow[];
        return rows.map((row) => ({
          ...toNote(row),
          snippet: row.text.replace(needle, () => `«${needle}»`),
          score: 1,
        }));
      }
      const all = match(ftsQuery(query, 'AND'), limit);
      return all.length > 0 ? all : match(ftsQuery(query, 'OR'), limit);
    },

    delete(id) {
      const note = get(id);
      if (note) prepare('DELETE FROM notes WHERE id = ?').run(id);
      return note;
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
    },
  };
}
