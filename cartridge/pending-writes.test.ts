import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempCartridge, tempCartridge } from '../test/helpers/cli.js';
import { openCartridge } from './open.js';

const entry = (tool: string) => ({
  caller: { kind: 'person' as const, id: 'test' },
  tool,
  input: { a: 1 },
  outcome: 'ok' as const,
  error: null,
  durationMs: 1,
  ts: Date.now(),
});

describe('audit rows that must not wait for another writer', () => {
  let temp: TempCartridge;
  beforeEach(async () => {
    temp = await tempCartridge('fazt-pending-');
    openCartridge(temp.path).close();
  });
  afterEach(() => temp.cleanup());

  const tools = () => {
    const cartridge = openCartridge(temp.path);
    try {
      return (cartridge.db.prepare('SELECT tool FROM audit ORDER BY id').all() as { tool: string }[]).map(
        (r) => r.tool,
      );
    } finally {
      cartridge.close();
    }
  };

  it('are written at once when the lock is free', () => {
    const cartridge = openCartridge(temp.path);
    expect(cartridge.audits.write(entry('now'))).toBeGreaterThan(0);
    cartridge.close();
    expect(tools()).toEqual(['now']);
  });

  it('wait in a spool beside the cartridge when the lock stays taken, and the next open writes them', () => {
    const holder = new BetterSqlite3(temp.path);
    holder.prepare('BEGIN IMMEDIATE').run();
    const cartridge = openCartridge(temp.path);
    expect(cartridge.audits.write(entry('late 1'), 0)).toBeUndefined();
    expect(cartridge.audits.write(entry('late 2'), 0)).toBeUndefined();
    expect(cartridge.audits.size).toBe(2);
    cartridge.close();
    expect(existsSync(`${temp.path}-pending.jsonl`)).toBe(true);

    // Still locked: the next process keeps them spooled rather than waiting or dropping them.
    openCartridge(temp.path).close();
    expect(existsSync(`${temp.path}-pending.jsonl`)).toBe(true);

    holder.prepare('COMMIT').run();
    holder.close();
    expect(tools()).toEqual(['late 1', 'late 2']);
    expect(existsSync(`${temp.path}-pending.jsonl`)).toBe(false);
    expect(tools()).toEqual(['late 1', 'late 2']); // written once
  });
});
