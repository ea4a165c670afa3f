import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const caller = { kind: 'person' as const, id: 'test' };

describe('blobs_import and blobs_info', () => {
  it('imports a file by path through the executor, logs blob.stored with it, and describes it', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const data = randomBytes(2_500_000);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const file = join(testDir(), 'scan.pdf');
    writeFileSync(file, data);

    const first = await executor.execute('blobs_import', { path: file }, { caller });
    expect(first).toMatchObject({ ok: true, output: { sha256, size: data.length, existed: false } });
    expect(first.ok && first.text).toBe(`Stored scan.pdf (2.4 MiB) as blob ${sha256}.`);
    const again = await executor.execute('blobs_import', { path: file }, { caller });
    expect(again).toMatchObject({ ok: true, output: { sha256, existed: true } });
    expect(again.ok && again.text).toMatch(/^Already stored scan\.pdf/);

    const stored = cartridge.events.query({ type: 'blob.stored' });
    expect(stored.map((event) => event.data)).toEqual([
      { sha256, size: data.length, existed: true },
      { sha256, size: data.length, existed: false },
    ]);
    expect(stored[0]?.source).toBe('tool:blobs_import');
    expect(cartridge.audit.list({ tool: 'blobs_import' }).map((entry) => entry.outcome)).toEqual([
      'ok',
      'ok',
    ]);

    const info = await executor.execute('blobs_info', { sha256: sha256.toUpperCase() }, { caller });
    expect(info).toMatchObject({ ok: true, output: { found: true, blob: { sha256, size: data.length } } });
  });

  it('answers a missing file, a folder or a bad blob id with an invalid_input result, storing nothing', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const dir = testDir();
    mkdirSync(join(dir, 'folder'));

    const missing = await executor.execute('blobs_import', { path: join(dir, 'nope.bin') }, { caller });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!missing.ok && missing.error.message).toMatch(/Cannot read .*nope\.bin.*Check the path/);
    const folder = await executor.execute('blobs_import', { path: join(dir, 'folder') }, { caller });
    expect(!folder.ok && folder.error.message).toMatch(/not a regular file/);
    const empty = await executor.execute('blobs_import', { path: '  ' }, { caller });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const badId = await executor.execute('blobs_info', { sha256: 'abc' }, { caller });
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await executor.execute('blobs_info', { sha256: 'a'.repeat(64) }, { caller });
    expect(unknown).toMatchObject({ ok: true, output: { found: false, blob: null } });
    expect(unknown.ok && unknown.text).toMatch(/There is no blob a{64}/);

    expect(cartridge.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 0 });
    expect(cartridge.events.query({ type: 'blob.stored' })).toEqual([]);
  });

  it('cancelled midway stores nothing', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const file = join(testDir(), 'big.bin');
    writeFileSync(file, randomBytes(8 * 1024 * 1024));
    const controller = new AbortController();
    const running = executor.execute('blobs_import', { path: file }, { caller, signal: controller.signal });
    while ((cartridge.prepare('SELECT count(*) AS n FROM blob_chunks').get() as { n: number }).n === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    controller.abort();
    expect(await running).toMatchObject({ ok: false, error: { code: 'aborted' } });
    expect(cartridge.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 0 });
    expect(cartridge.prepare('SELECT count(*) AS n FROM blob_chunks').get()).toEqual({ n: 0 });
  });
});
