import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTestPhoto, writePhoto } from '../../tools/photos/test-images.js';
import { CLI, collect, NODE, runCli, runCliJson, spawnCli, useTempCartridge } from '../helpers/cli.js';

interface ImportJson {
  found: number;
  added: number;
  existing: number;
  skippedCount: number;
  skipped: { path: string; reason: string }[];
  removed: number;
  albums: number;
  photos: number;
}

/** Reads the cartridge without fazt: counts, and whether every photo's blobs and files hold together. */
function inspect(path: string) {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      photos: count('SELECT count(*) AS n FROM photos_items'),
      files: count('SELECT count(*) AS n FROM photos_files'),
      // A photo row never names a blob that is not there; a file row never names a missing photo.
      brokenPhotos: count(
        `SELECT count(*) AS n FROM photos_items i WHERE
           NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = i.sha256) OR
           NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = i.thumb_sha256) OR
           NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = i.web_sha256)`,
      ),
      orphanFiles: count(
        'SELECT count(*) AS n FROM photos_files f WHERE NOT EXISTS (SELECT 1 FROM photos_items i WHERE i.sha256 = f.sha256)',
      ),
    };
  } finally {
    db.close();
  }
}

describe('fazt photos (the real CLI)', () => {
  const cart = useTempCartridge('fazt-photos-e2e-');

  it('imports a folder, says what it did, and a second run adds nothing', async () => {
    const { dir, path } = cart();
    const root = join(dir, 'Fotos ✨');
    writePhoto(
      join(root, '2024', 'a.jpg'),
      await makeTestPhoto({ color: '#123', taken: '2024:01:02 03:04:05' }),
    );
    writePhoto(join(root, '2024', 'b.png'), await makeTestPhoto({ color: '#456', format: 'png' }));
    writePhoto(join(root, 'dupe.jpg'), await makeTestPhoto({ color: '#123', taken: '2024:01:02 03:04:05' }));
    writePhoto(join(root, 'broken.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]));

    const first = await runCli(['photos', 'import', root], { cartridge: path });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Imported 2 new photos \(1 already there, 1 skipped\)\. You have 2 photos in 4 albums\./,
    );
    expect(first.stdout).toContain('broken.jpg');
    // Not a terminal: no progress line on stderr.
    expect(first.stderr).toBe('');

    const again = await runCliJson<ImportJson>(['photos', 'import', root, '--json'], { cartridge: path });
    expect(again).toMatchObject({ found: 4, added: 0, existing: 3, skippedCount: 1, removed: 0, photos: 2 });

    const summary = await runCliJson<{ photos: number; folderAlbums: number; monthAlbums: number }>(
      ['photos', '--json'],
      { cartridge: path },
    );
    expect(summary).toMatchObject({ photos: 2, folderAlbums: 2 });
    const text = await runCli(['photos'], { cartridge: path });
    expect(text.stdout).toMatch(/^You have 2 photos/);

    const albums = await runCliJson<{ albums: { title: string }[] }>(['run', 'photos_albums', '--json'], {
      cartridge: path,
    });
    expect(albums.albums.map((album) => album.title)).toContain('Fotos ✨');

    // A file name with a terminal escape sequence and a newline is printed escaped, never raw.
    writePhoto(join(root, 'evil\u001b[2J\nname.jpg'), Buffer.from('not a photo'));
    const hostile = await runCli(['photos', 'import', root], { cartridge: path });
    expect(hostile.stdout).toContain('evil\\x1b[2J\\nname.jpg: not an image');
    expect(hostile.stdout).not.toContain('\u001b');

    const missing = await runCli(['photos', 'import', join(dir, 'nowhere')], { cartridge: path });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read the folder .*nowhere.*Check the path/);
  }, 120_000);

  it('kill -9 in the middle of an import leaves a consistent cartridge, and a re-run finishes the job', async () => {
    const { dir, path } = cart();
    const root = join(dir, 'many');
    const total = 24;
    for (let index = 0; index < total; index++) {
      writePhoto(
        join(root, `folder-${index % 3}`, `photo-${index}.jpg`),
        await makeTestPhoto({
          width: 1600,
          height: 1200,
          noise: index % 2 === 0,
          color: `#${(index * 9 + 16).toString(16)}8040`,
        }),
      );
    }
    const child = spawnCli(['photos', 'import', root], { cartridge: path });
    child.stdin?.end();
    const done = collect(child, 120_000);
    // Kill once a few photos are committed, well before the end.
    for (let tries = 0; tries < 600; tries++) {
      await sleep(50);
      try {
        if (inspect(path).photos >= 3) break;
      } catch {
        // the tables are not there yet
      }
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');

    const after = inspect(path);
    expect(after.integrity).toBe('ok');
    expect(after.photos).toBeGreaterThanOrEqual(3);
    expect(after.photos).toBeLessThan(total);
    expect(after.brokenPhotos).toBe(0);
    expect(after.orphanFiles).toBe(0);

    const resumed = await runCliJson<ImportJson>(['photos', 'import', root, '--json'], { cartridge: path });
    expect(resumed.added + resumed.existing).toBe(total);
    expect(resumed.existing).toBeGreaterThanOrEqual(after.files);
    expect(resumed).toMatchObject({ photos: total, skippedCount: 0 });
    expect(inspect(path)).toMatchObject({ integrity: 'ok', photos: total, files: total, brokenPhotos: 0 });
  }, 180_000);

  it('two imports of the same folder at once store every photo once', async () => {
    const { dir, path } = cart();
    const root = join(dir, 'shared');
    for (let index = 0; index < 8; index++) {
      writePhoto(
        join(root, `p${index}.jpg`),
        await makeTestPhoto({ color: `#${(index * 20 + 16).toString(16)}2040` }),
      );
    }
    await runCli(['photos'], { cartridge: path });
    const [one, two] = await Promise.all([
      runCliJson<ImportJson>(['photos', 'import', root, '--json'], { cartridge: path }),
      runCliJson<ImportJson>(['photos', 'import', root, '--json'], { cartridge: path }),
    ]);
    expect(one.added + two.added).toBe(8);
    expect(one.added + one.existing).toBe(8);
    expect(two.added + two.existing).toBe(8);
    expect(inspect(path)).toMatchObject({ integrity: 'ok', photos: 8, files: 8, brokenPhotos: 0 });
  }, 120_000);

  // util-linux `script` gives the CLI a real terminal (a pty), as a person running it has.
  it.skipIf(!existsSync('/usr/bin/script'))(
    'shows one rewriting progress line on a terminal',
    async () => {
      const { dir, path } = cart();
      const root = join(dir, 'tty');
      for (let index = 0; index < 3; index++) {
        writePhoto(
          join(root, `${index}.png`),
          await makeTestPhoto({ format: 'png', color: `#${index}${index}0` }),
        );
      }
      const log = join(dir, 'typescript');
      const command = [NODE, CLI, '--cartridge', path, 'photos', 'import', root]
        .map((part) => `'${part}'`)
        .join(' ');
      execFileSync('/usr/bin/script', ['-qc', command, log], { stdio: 'ignore', timeout: 60_000 });
      const screen = readFileSync(log, 'utf8');
      expect(screen).toContain('\r\u001b[Kimporting 0/3');
      expect(screen).toContain('importing 3/3 · 3 new · 0 already there · 0 skipped');
      expect(screen).toContain('\r\u001b[KImported 3 new photos');
    },
    60_000,
  );
});
