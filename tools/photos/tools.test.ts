import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import { type ImportProgress, onImportProgress } from './progress.js';
import { makeTestPhoto, writePhoto } from './test-images.js';

describe('the photos tools, through the executor', () => {
  const caller = { kind: 'person' as const, id: 'test' };

  async function setup() {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const root = join(testDir('fazt-photos-tools-'), 'Pics');
    for (let index = 0; index < 5; index++) {
      writePhoto(
        join(root, index < 2 ? 'a' : 'b', `${index}.jpg`),
        await makeTestPhoto({
          color: `#${(index * 40 + 16).toString(16)}3060`,
          taken: `2023:0${index + 1}:01 12:00:00`,
        }),
      );
    }
    return { cartridge, executor, root };
  }

  it('photos_import reports progress to listeners, answers in a sentence, and emits one event', async () => {
    const { cartridge, executor, root } = await setup();
    const seen: ImportProgress[] = [];
    const stop = onImportProgress((progress) => seen.push(progress));
    const result = await executor.execute('photos_import', { folder: root }, { caller });
    stop();
    expect(result.ok).toBe(true);
    expect(result.ok && result.text).toBe(
      'Imported 5 new photos (0 already there, 0 skipped). You have 5 photos in 7 albums.',
    );
    expect(seen[0]).toMatchObject({ done: 0, total: 5 });
    expect(seen.at(-1)).toMatchObject({ done: 5, total: 5, added: 5 });
    expect(cartridge.events.query({ type: 'photos.imported' })).toHaveLength(1);

    const summary = await executor.execute('photos_summary', {}, { caller });
    expect(summary.ok && summary.text).toMatch(
      /^You have 5 photos \(.* MiB\) in 2 folder albums and 5 months, taken 2023-01-01 to 2023-05-01\./,
    );
    const list = await executor.execute('photos_list', { limit: 2 }, { caller });
    expect(list).toMatchObject({ ok: true, output: { total: 5 } });
    const next = list.ok ? (list.output as { nextCursor: string }).nextCursor : '';
    const second = await executor.execute('photos_list', { limit: 2, cursor: next }, { caller });
    expect(second.ok && (second.output as { photos: unknown[] }).photos).toHaveLength(2);
    const badAlbum = await executor.execute('photos_list', { album: 'f-nope' }, { caller });
    expect(badAlbum).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!badAlbum.ok && badAlbum.error.message).toMatch(/no album "f-nope".*"list my photo albums"/);
  }, 60_000);

  it('photos_remove needs consent, removes by id prefix or every photo gone from disk, and frees the blobs', async () => {
    const { cartridge, executor, root } = await setup();
    await executor.execute('photos_import', { folder: root }, { caller });
    expect(cartridge.blobs.count()).toBe(15);

    const unapproved = await executor.execute('photos_remove', { goneFromDisk: true }, { caller });
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'needs_approval' } });
    const nothing = await executor.execute('photos_remove', {}, { caller, approved: true });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const list = await executor.execute('photos_list', {}, { caller });
    const ids = list.ok ? (list.output as { photos: { id: string }[] }).photos.map((photo) => photo.id) : [];
    const one = await executor.execute(
      'photos_remove',
      { ids: [ids[0]!.slice(0, 12).toUpperCase()] },
      { caller, approved: true },
    );
    expect(one).toMatchObject({ ok: true, output: { removed: 1, ids: [ids[0]] } });
    expect(cartridge.blobs.count()).toBe(12);
    const missing = await executor.execute(
      'photos_remove',
      { ids: ['0'.repeat(12)] },
      { caller, approved: true },
    );
    expect(!missing.ok && missing.error.message).toMatch(/no photo 000000000000.*nothing was removed/);

    // The newest photo (removed above) was in b; a holds the two oldest.
    await rm(join(root, 'a'), { recursive: true });
    const again = await executor.execute('photos_import', { folder: root }, { caller });
    // The photo removed by id is still on disk in b: importing again brings it back.
    expect(again).toMatchObject({ ok: true, output: { removed: 2, added: 1, photos: 5 } });
    const gone = await executor.execute('photos_remove', { goneFromDisk: true }, { caller, approved: true });
    expect(gone.ok && (gone.output as { removed: number }).removed).toBe(2);
    expect(cartridge.blobs.count()).toBe(9);
    expect(cartridge.events.query({ type: 'photos.removed' })).toHaveLength(2);
  }, 60_000);

  it('refuses a folder name that is empty, holds NUL bytes or is huge, before touching the disk', async () => {
    const { executor } = await setup();
    for (const folder of ['', '   ', 'a\u0000b', 'x'.repeat(5000)]) {
      const result = await executor.execute('photos_import', { folder }, { caller });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('a cancelled import keeps the photos committed so far, and the next run finishes', async () => {
    const { cartridge, executor, root } = await setup();
    const controller = new AbortController();
    const stop = onImportProgress((progress) => {
      if (progress.done >= 2) controller.abort();
    });
    const cancelled = await executor.execute(
      'photos_import',
      { folder: root },
      { caller, signal: controller.signal },
    );
    stop();
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'aborted' } });
    const kept = (cartridge.prepare('SELECT count(*) AS n FROM photos_items').get() as { n: number }).n;
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThan(5);
    const finished = await executor.execute('photos_import', { folder: root }, { caller });
    expect(finished).toMatchObject({ ok: true, output: { added: 5 - kept, existing: kept, photos: 5 } });
  }, 60_000);
});
