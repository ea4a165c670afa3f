import type { Prepare } from './statements.js';

/** Who asked for a tool call. */
export interface Caller {
  kind: 'person' | 'agent' | 'mcp' | 'skill' | 'system';
  /** Token name for mcp, skill name for skill, conversation id for agent. */
  id?: string;
}

export type AuditOutcome = 'ok' | 'error' | 'denied' | 'needs_approval' | 'invalid_input';

export interface AuditEntry {
  id: number;
  ts: number;
  caller: Caller;
  tool: string;
  input: string | null;
  outcome: AuditOutcome;
  error: string | null;
  durationMs: number;
}

export interface AuditStore {
  record(entry: Omit<AuditEntry, 'id' | 'ts' | 'input'> & { input: unknown; ts?: number }): number;
  list(options?: { tool?: string; limit?: number }): AuditEntry[];
  count(): number;
}

/** Inputs are stored for the record, but never more than this much of them. */
const MAX_AUDIT_INPUT = 4096;

function describeInput(input: unknown): string | null {
  if (input === undefined) return null;
  let json: string;
  try {
    json = JSON.stringify(input) ?? 'null';
  } catch {
    json = '"[unserialisable input]"';
  }
  return json.length > MAX_AUDIT_INPUT ? `${json.slice(0, MAX_AUDIT_INPUT)}… (${json.length} chars)` : json;
}

interface AuditRow {
  id: number;
  ts: number;
  caller_kind: Caller['kind'];
  caller_id: string | null;
  tool: string;
  input: string | null;
  outcome: AuditOutcome;
  error: string | null;
  duration_ms: number;
}

/** One row per tool call: who, what, with which input, how it ended, how long it took. */
export function createAuditStore(prepare: Prepare): AuditStore {
  return {
    record({ caller, tool, input, outcome, error, durationMs, ts = Date.now() }) {
      const { lastInsertRowid } = prepare(
        `INSERT INTO audit (ts, caller_kind, caller_id, tool, input, outcome, error, duration_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(ts, caller.kind, caller.id ?? null, tool, describeInput(input), outcome, error, durationMs);
      return Number(lastInsertRowid);
    },

    list({ tool, limit = 100 } = {}) {
      const rows = (
        tool
          ? prepare('SELECT * FROM audit WHERE tool = ? ORDER BY id DESC LIMIT ?').all(tool, limit)
          : prepare('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit)
      ) as AuditRow[];
      return rows.map((row) => ({
        id: row.id,
        ts: row.ts,
        caller: row.caller_id ? { kind: row.caller_kind, id: row.caller_id } : { kind: row.caller_kind },
        tool: row.tool,
        input: row.input,
        outcome: row.outcome,
        error: row.error,
        durationMs: row.duration_ms,
      }));
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    },
  };
}
