import { CartridgeError } from './errors.js';
import { eventSchema } from './event-types.js';
import type { Prepare } from './statements.js';

export interface FaztEvent {
  id: number;
  type: string;
  source: string;
  data: unknown;
  /** Unix milliseconds. */
  ts: number;
}

export interface EventQuery {
  /** An exact type (`memory.remembered`) or a prefix ending in `.*` (`memory.*`). */
  type?: string;
  since?: number;
  until?: number;
  /** Leaves out the `tool.called` record of calls to these tools (by name). */
  skipCallsOf?: readonly string[];
  /** Newest first; at most this many (default 100). */
  limit?: number;
}

export interface EventStore {
  append(event: { type: string; source: string; data: unknown; ts?: number }): FaztEvent;
  query(query?: EventQuery): FaztEvent[];
  count(): number;
}

interface EventRow {
  id: number;
  type: string;
  source: string;
  data: string;
  ts: number;
}

/** The append-only spine. Data is validated against the schema registered for its type. */
export function createEventStore(prepare: Prepare): EventStore {
  return {
    append({ type, source, data, ts = Date.now() }) {
      const schema = eventSchema(type);
      if (!schema) {
        throw new CartridgeError(`Unknown event type "${type}". Register it with defineEventType first.`, {
          code: 'event_type_unknown',
        });
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        throw new CartridgeError(`Event "${type}" has invalid data: ${parsed.error.issues[0]?.message}.`, {
          code: 'event_invalid',
        });
      }
      const json = JSON.stringify(parsed.data ?? null);
      const { lastInsertRowid } = prepare(
        'INSERT INTO events (type, source, data, ts) VALUES (?, ?, ?, ?)',
      ).run(type, source, json, ts);
      return { id: Number(lastInsertRowid), type, source, data: parsed.data, ts };
    },

    query({ type, since, until, skipCallsOf, limit = 100 } = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (type?.endsWith('.*')) {
        where.push("type >= ? AND type < ? || '\uffff'");
        const prefix = type.slice(0, -1);
        params.push(prefix, prefix);
      } else if (type) {
        where.push('type = ?');
        params.push(type);
      }
      if (since !== undefined) {
        where.push('ts >= ?');
        params.push(since);
      }
      if (until !== undefined) {
        where.push('ts <= ?');
        params.push(until);
      }
      if (skipCallsOf?.length) {
        where.push(
          `NOT (type = 'tool.called' AND json_extract(data, '$.tool') IN (${skipCallsOf.map(() => '?').join(', ')}))`,
        );
        params.push(...skipCallsOf);
      }
      const sql = `SELECT id, type, source, data, ts FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ts DESC, id DESC LIMIT ?`;
      const rows = prepare(sql).all(...params, limit) as EventRow[];
      return rows.map((row) => ({ ...row, data: JSON.parse(row.data) as unknown }));
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    },
  };
}
