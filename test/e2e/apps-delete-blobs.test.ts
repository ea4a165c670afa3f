import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { pictures } from './photo-fixtures.js';

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Deleting an app frees the stored files only it used, in the same transaction, and keeps every
 * blob another owner shares: another app, a photo, a file the person imported. Through the CLI.
 */
describe('deleting an app deletes the blobs only it referenced', () => {
  let temp: TempCartridge;
  const fazt = (args: string[]) => runCli(args, { cartridge: temp.path });
  const stored = () => {
    const db = new Database(temp.path, { readonly: true });
    try {
      return new Set(
        (db.prepare('SELECT sha256 FROM blobs WHERE sha256 IS NOT NULL').all() as { sha256: string }[]).map(
          (row) => row.sha256,
        ),
      );
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    temp = await tempCartridge('fazt-apps-delete-');
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('keeps blobs shared with photos, another app or a direct import; frees its own; asks first', async () => {
    const root = await pictures(temp.dir);
    const photo = join(root, 'one.jpg');
    const site = join(temp.dir, 'site');
    const other = join(temp.dir, 'other');
    await mkdir(site);
    await mkdir(other);
    const own = `<h1>only mine ${'x'.repeat(2000)}</h1>`; // big enough to get gzip / brotli copies
    await writeFile(join(site, 'index.html'), own);
    await writeFile(join(site, 'shared.css'), 'body { color: teal }');
    await writeFile(join(other, 'shared.css'), 'body { color: teal }');
    await writeFile(join(site, 'kept.txt'), 'the person imported this too');
    await writeFile(join(temp.dir, 'kept.txt'), 'the person imported this too');
    await copyFile(photo, join(site, 'one.jpg'));

    for (const args of [
      ['photos', 'import', root],
      ['run', 'blobs_import', '--path', join(temp.dir, 'kept.txt')],
      ['run', 'apps_deploy', '--folder', site, '--name', 'site'],
      ['run', 'apps_deploy', '--folder', other, '--name', 'other'],
    ]) {
      const result = await fazt(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
    const before = stored();
    const ownId = sha(own);
    expect(before.has(ownId)).toBe(true);
    const shared = [
      sha('body { color: teal }'),
      sha('the person imported this too'),
      sha(await readFile(photo)),
    ];
    for (const id of shared) expect(before.has(id)).toBe(true);

    // Destructive: without consent nothing is deleted.
    const asked = await fazt(['run', 'apps_delete', '--name', 'site']);
    expect(asked.code).toBe(3);
    expect(stored()).toEqual(before);

    const deleted = await fazt(['run', 'apps_delete', '--name', 'site', '--yes', '--json']);
    expect(deleted.code, deleted.stderr).toBe(0);
    const output = JSON.parse(deleted.stdout) as { freed: { blobs: number; bytes: number } };
    const after = stored();
    expect(after.has(ownId)).toBe(false);
    for (const id of shared) expect(after.has(id), id).toBe(true);
    // The html and its compressed copies went; nothing else did.
    expect(output.freed.blobs).toBe(before.size - after.size);
    expect(output.freed.blobs).toBeGreaterThanOrEqual(2);
    expect([...after].every((id) => before.has(id))).toBe(true);

    // The other app still serves its shared file; deleting it now frees that blob too.
    const second = await fazt(['run', 'apps_delete', '--name', 'other', '--yes']);
    expect(second.code, second.stderr).toBe(0);
    expect(stored().has(sha('body { color: teal }'))).toBe(false);
    // The photo and the person's own import stay.
    expect(stored().has(sha(await readFile(photo)))).toBe(true);
    expect(stored().has(sha('the person imported this too'))).toBe(true);
  });

  it('the sibling: removing a photo keeps its bytes while an app serves the same picture', async () => {
    const root = await pictures(temp.dir);
    const photo = join(root, 'one.jpg');
    const site = join(temp.dir, 'site');
    await mkdir(site);
    await copyFile(photo, join(site, 'one.jpg'));
    await writeFile(join(site, 'index.html'), '<img src="one.jpg">');
    expect((await fazt(['photos', 'import', root])).code).toBe(0);
    expect((await fazt(['run', 'apps_deploy', '--folder', site, '--name', 'site'])).code).toBe(0);
    const id = sha(await readFile(photo));
    const removed = await fazt(['run', 'photos_remove', '--ids', id, '--yes', '--json']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(removed.stdout).removed).toBe(1);
    expect(stored().has(id)).toBe(true);
    // Once the app goes too, nothing names it and it is freed.
    expect((await fazt(['run', 'apps_delete', '--name', 'site', '--yes'])).code).toBe(0);
    expect(stored().has(id)).toBe(false);
  });
});
