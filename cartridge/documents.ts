import { randomUUID } from 'node:crypto';
import { UsageError } from './errors.js';
import type { Prepare } from './statements.js';

export interface Document<T = unknown> {
  collection: string;
  id: string;
  data: T;
  createdAt: number;
  updatedAt: number;
}

export interface DocumentQuery {
  /** Equality on JSON paths: `{ "author.name": "Ada", "year": 1843 }`. */
  where?: Record<string, string | number | boolean | null>;
  /** A JSON path to sort by, with an optional leading `-` for descending. */
  orderBy?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentStore {
  put<T>(collection: string, data: T, id?: string): Document<T>;
  get<T = unknown>(collection: string, id: string): Document<T> | undefined;
  query<T = unknown>(collection: string, query?: DocumentQuery): Document<T>[];
  delete(collection: string, id: string): boolean;
  collections(): { collection: string; count: number }[];
  count(): number;
}

interface DocumentRow {
  collection: string;
  id: string;
  data: string;
  created_at: number;
  updated_at: number;
}

const toDocument = <T>(row: DocumentRow): Document<T> => ({
  collection: row.collection,
  id: row.id,
  data: JSON.parse(row.data) as T,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** `author.name` → `$.author.name`; only plain segments are allowed, so paths never carry SQL. */
function jsonPath(path: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/.test(path)) {
    throw new UsageError(`"${path}" is not a field path. Use dotted names like "author.name" or "tags[0]".`);
  }
  return `$.${path}`;
}

/** JSON documents in named collections, queried with SQLite's JSON functions. */
export function createDocumentStore(prepare: Prepare): DocumentStore {
  const get = <T>(collection: string, id: string): Document<T> | undefined => {
    const row = prepare('SELECT * FROM documents WHERE collection = ? AND id = ?').get(collection, id) as
      | DocumentRow
      | undefined;
    return row && toDocument<T>(row);
  };

  return {
    get,

    put(collection, data, id = randomUUID()) {
      const now = Date.now();
      prepare(
        `INSERT INTO documents (collection, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(collection, id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ).run(collection, id, JSON.stringify(data), now, now);
      return get(collection, id)!;
    },

    query(collection, { where = {}, orderBy, limit = 100, offset = 0 } = {}) {
      const clauses = ['collection = ?'];
      const params: (string | number | null)[] = [collection];
      for (const [path, value] of Object.entries(where)) {
        if (value === null) {
          clauses.push("json_type(data, ?) IS 'null'");
          params.push(jsonPath(path));
        } else {
          clauses.push('json_extract(data, ?) = ?');
          params.push(jsonPath(path), typeof value === 'boolean' ? Number(value) : value);
        }
      }
      let order = 'created_at, id';
      if (orderBy) {
        const descending = orderBy.startsWith('-');
        order = `json_extract(data, ?) ${descending ? 'DESC' : 'ASC'}, id`;
        params.push(jsonPath(descending ? orderBy.slice(1) : orderBy));
      }
      const sql = `SELECT * FROM documents WHERE ${clauses.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
      return (prepare(sql).all(...params, limit, offset) as DocumentRow[]).map((row) => toDocument(row));
    },

    delete(collection, id) {
      return prepare('DELETE FROM documents WHERE collection = ? AND id = ?').run(collection, id).changes > 0;
    },

    collections() {
      return prepare(
        'SELECT collection, count(*) AS count FROM documents GROUP BY collection ORDER BY collection',
      ).all() as { collection: string; count: number }[];
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    },
  };
}
