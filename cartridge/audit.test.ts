import { describe, expect, it } from 'vitest';
import { testCartridge } from '../test/helpers/runtime.js';

describe('audit store', () => {
  it('records who called what, with which input and outcome, newest first', () => {
    const { audit } = testCartridge();
    const first = audit.record({
      caller: { kind: 'person', id: 'cli' },
      tool: 'memory_remember',
      input: { key: 'a', value: 'b' },
      outcome: 'ok',
      error: null,
      durationMs: 1.5,
    });
    audit.record({
      caller: { kind: 'mcp' },
      tool: 'notes_delete',
      input: { id: 3 },
      outcome: 'needs_approval',
      error: 'needs your approval',
      durationMs: 0.2,
    });
    const [latest, earliest] = audit.list();
    expect(latest).toMatchObject({
      tool: 'notes_delete',
      caller: { kind: 'mcp' },
      outcome: 'needs_approval',
    });
    expect(latest?.caller).not.toHaveProperty('id');
    expect(earliest).toMatchObject({
      id: first,
      caller: { kind: 'person', id: 'cli' },
      input: '{"key":"a","value":"b"}',
      error: null,
      durationMs: 1.5,
    });
    expect(audit.list({ tool: 'memory_remember' })).toHaveLength(1);
    expect(audit.list({ limit: 1 })).toHaveLength(1);
    expect(audit.count()).toBe(2);
  });

  it('keeps at most 4 KiB of a large input and survives inputs JSON cannot hold', () => {
    const { audit } = testCartridge();
    const base = {
      caller: { kind: 'system' as const },
      tool: 't',
      outcome: 'ok' as const,
      error: null,
      durationMs: 0,
    };
    audit.record({ ...base, input: { entries: 'x'.repeat(100_000) } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    audit.record({ ...base, input: cyclic });
    audit.record({ ...base, input: undefined });
    const [none, unserialisable, large] = audit.list();
    expect(large?.input?.length).toBeLessThan(4200);
    expect(large?.input).toMatch(/… \(100014 chars\)$/);
    expect(unserialisable?.input).toBe('"[unserialisable input]"');
    expect(none?.input).toBeNull();
  });
});
