import { afterEach, describe, expect, it } from 'vitest';
import { openCartridge } from '../../cartridge/open.js';
import { makeCartridge, runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';
import { holdLock } from '../helpers/lock.js';

/** Tool names in the audit table, oldest first. */
function audited(path: string): string[] {
  const cartridge = openCartridge(path);
  try {
    return (cartridge.db.prepare('SELECT tool FROM audit ORDER BY id').all() as { tool: string }[]).map(
      (row) => row.tool,
    );
  } finally {
    cartridge.close();
  }
}

describe('while another process holds a write transaction', () => {
  const cart = useTempCartridge('fazt-lock-');
  let holder: Awaited<ReturnType<typeof holdLock>> | undefined;
  afterEach(async () => {
    if (holder?.child.exitCode === null) await holder.release();
    holder = undefined;
  });

  it('reads do not wait for it, and their audit rows are written once it is gone', async () => {
    await runCliJson(['run', 'notes_add', '--text', 'water the ferns', '--json'], { cartridge: cart().path });
    await runCliJson(['run', 'memory_remember', '--key', 'door', '--value', '1234', '--json'], {
      cartridge: cart().path,
    });
    holder = await holdLock(cart().path);
    // The holder never lets go during these calls: each one finishing at all proves it did not
    // wait for the lock (a wait would end in "database is locked" after the busy timeout).
    const env = { FAZT_LOCK_TIMEOUT_MS: '600000' };
    const timeoutMs = 20_000;
    const list = await runCli(['run', 'notes_list'], { cartridge: cart().path, env, timeoutMs });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('water the ferns');
    const recall = await runCli(['run', 'memory_recall', '--key', 'door'], {
      cartridge: cart().path,
      env,
      timeoutMs,
    });
    expect(recall.code, recall.stderr).toBe(0);
    expect(recall.stdout).toContain('1234');
    const facts = await runCli(['run', 'memory_list', '--json'], { cartridge: cart().path, env, timeoutMs });
    expect(facts.code, facts.stderr).toBe(0);
    const status = await runCli(['status'], { cartridge: cart().path, env, timeoutMs });
    expect(status.code, status.stderr).toBe(0);
    const search = await runCli(['run', 'notes_search', '--query', 'ferns'], {
      cartridge: cart().path,
      env,
      timeoutMs,
    });
    expect(search.code, search.stderr).toBe(0);

    await holder.release();
    // Whatever could not be written then was kept and is written by the next fazt to open it.
    expect(audited(cart().path)).toEqual(
      expect.arrayContaining([
        'notes_add',
        'memory_remember',
        'notes_list',
        'memory_recall',
        'memory_list',
        'notes_search',
      ]),
    );
    expect(audited(cart().path).filter((tool) => tool === 'notes_list')).toHaveLength(1);
  });

  it('a write that cannot get the lock says another fazt process is busy, which one, and what to do', async () => {
    expect((await makeCartridge(cart().path)).code).toBe(0);
    holder = await holdLock(cart().path);
    const result = await runCli(['run', 'notes_add', '--text', 'hello'], {
      cartridge: cart().path,
      env: { FAZT_LOCK_TIMEOUT_MS: '300' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/unexpected error|database is locked/);
    expect(result.stderr).toMatch(/Another fazt process is writing to the cartridge .*nothing was changed/);
    expect(result.stderr).toContain(`pid ${holder.child.pid}`);
    expect(result.stderr).toMatch(/Wait for it to finish .* try again/);
    const json = await runCli(['run', 'notes_add', '--text', 'hello', '--json'], {
      cartridge: cart().path,
      env: { FAZT_LOCK_TIMEOUT_MS: '300' },
    });
    expect(JSON.parse(json.stdout).error.message).toMatch(/Another fazt process/);
    await holder.release();
    const notes = await runCliJson<{ total: number }>(['run', 'notes_list', '--json'], {
      cartridge: cart().path,
    });
    expect(notes.total).toBe(0);
    expect(audited(cart().path).filter((tool) => tool === 'notes_add')).toHaveLength(2);
  });
});
