import type { Database, Statement } from 'better-sqlite3';

/** A prepared-statement cache: each SQL text is prepared once per connection, on first use. */
export type Prepare = (sql: string) => Statement;

export function statementCache(db: Database): Prepare {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
