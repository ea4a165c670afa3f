import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

describe('cartridge_backup', () => {
  it('writes a backup through the executor and refuses to overwrite any existing file', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const caller = { kind: 'mcp' as const, id: 'laptop' };
    await executor.execute('memory_remember', { key: 'garage code', value: '7781' }, { caller });
    const path = join(testDir(), 'b.db');

    const result = await executor.execute('cartridge_backup', { path }, { caller });
    expect(result).toMatchObject({ ok: true, output: { path, replaced: false } });
    const db = new BetterSqlite3(path, { readonly: true });
    expect(db.prepare('SELECT value FROM memory').get()).toEqual({ value: '"7781"' });
    db.close();
    const [event] = cartridge.events.query({ type: 'cartridge.backed_up' });
    expect(event).toMatchObject({ source: 'mcp:laptop', data: { path } });

    const again = await executor.execute('cartridge_backup', { path }, { caller });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!again.ok && again.error.message).toMatch(/already exists/);
    const other = join(testDir(), 'notes.txt');
    writeFileSync(other, 'keep me');
    expect(await executor.execute('cartridge_backup', { path: other }, { caller })).toMatchObject({
      ok: false,
    });
    expect(existsSync(`${other}-wal`)).toBe(false);
  });
});
