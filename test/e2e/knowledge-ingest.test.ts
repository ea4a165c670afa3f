import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

interface Summary {
  new: number;
  changed: number;
  unchanged: number;
  removed: number;
  skipped: number;
  skippedReasons: Record<string, number>;
  skippedFiles: { path: string; reason: string }[];
  removedFiles: { path: string; reason: string }[];
  encodings: Record<string, number>;
  chunks: number;
  warnings: string[];
}

/** What a stranger found learning odd folders from outside (issue 10), as the real CLI sees it. */
describe('fazt learn on odd files (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-ingest-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[], cwd?: string) =>
    runCli(args, { cartridge: cart.path, ...(cwd ? { cwd } : {}) });
  const learnJson = (path: string) =>
    runCliJson<Summary>(['learn', path, '--json'], { cartridge: cart.path });

  it('learns a folder of one repetitive log the first time (few distinct terms, idf 0 terms) and answers from it', async () => {
    const dir = join(cart.dir, 'logs');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'server.log'),
      Array.from({ length: 400 }, (_, i) => `2026-11-0${1 + (i % 9)} INFO request served ok\n`).join(''),
    );
    const first = await cli(['learn', dir]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Learned 1 file: 1 new/);
    const again = await cli(['learn', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 unchanged/);
    const found = await cli(['knowledge', 'search', 'served']);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/server\.log/);
  });

  it('reads Latin-1 and Windows-1252 text as windows-1252 and text with a few bad bytes as UTF-8, keeps binaries out', async () => {
    const dir = join(cart.dir, 'encodings');
    mkdirSync(dir);
    writeFileSync(join(dir, 'menu.txt'), Buffer.from('Le café crème coûte 3 F à Noël\n', 'latin1'));
    // 0x80 is € in windows-1252 (not in Latin-1).
    writeFileSync(
      join(dir, 'price.txt'),
      Buffer.concat([Buffer.from('prix du gateau '), Buffer.from([0x80]), Buffer.from(' 12\n')]),
    );
    writeFileSync(
      join(dir, 'notes.md'),
      Buffer.concat([
        Buffer.from('# Notes\n\nnaïve résumé über straße '),
        Buffer.from([0xff]),
        Buffer.from(' fjord\n'),
      ]),
    );
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const summary = await learnJson(dir);
    expect(summary.new).toBe(3);
    expect(summary.skippedFiles).toEqual([{ path: join(dir, 'blob.txt'), reason: 'binary' }]);
    expect(summary.encodings).toEqual({ 'windows-1252': 2, 'utf-8 with bad bytes': 1 });
    const text = await cli(['learn', dir]);
    expect(text.stdout).toMatch(/unchanged/);
    const cafe = await cli(['knowledge', 'search', 'café crème']);
    expect(cafe.stdout).toContain('Le café crème coûte 3 F à Noël');
    const euro = await cli(['knowledge', 'search', 'gateau']);
    expect(euro.stdout).toContain('prix du gateau € 12');
    const fjord = await cli(['knowledge', 'search', 'fjord']);
    expect(fjord.stdout).toContain('naïve résumé über straße \uFFFD fjord');
  });

  it('removes a learned file that became binary, a FIFO, empty or Latin-1, with its reason, so no stale text answers', async () => {
    const dir = join(cart.dir, 'stale');
    mkdirSync(dir);
    const animals = ['zebra', 'walrus', 'okapi', 'heron', 'lemur'];
    for (const animal of animals)
      writeFileSync(join(dir, `${animal}.txt`), `the ${animal} sleeps in the barn\n`);
    expect((await learnJson(dir)).new).toBe(5);
    writeFileSync(join(dir, 'zebra.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 2]));
    rmSync(join(dir, 'walrus.txt'));
    execFileSync('mkfifo', [join(dir, 'walrus.txt')]);
    writeFileSync(join(dir, 'okapi.txt'), '');
    writeFileSync(join(dir, 'heron.txt'), Buffer.from('the heron pêche in the barn\n', 'latin1'));
    const summary = await learnJson(dir);
    expect(summary.removed).toBe(3);
    expect(new Set(summary.removedFiles.map((file) => `${file.path}: ${file.reason}`))).toEqual(
      new Set([
        `${join(dir, 'zebra.txt')}: binary`,
        `${join(dir, 'walrus.txt')}: not a regular file`,
        `${join(dir, 'okapi.txt')}: empty`,
      ]),
    );
    expect(summary.changed).toBe(1);
    for (const gone of ['zebra', 'walrus', 'okapi']) {
      const found = await cli(['knowledge', 'search', gone]);
      expect(found.stdout).not.toContain(`the ${gone} sleeps`);
    }
    expect((await cli(['knowledge', 'search', 'pêche'])).stdout).toContain('the heron pêche in the barn');
    const line = await cli(['learn', dir]);
    expect(line.stdout).toMatch(/0 removed; skipped/);
  });

  it('never learns the cartridge or its side files when its folder is learned', async () => {
    const dir = join(cart.dir, 'home');
    mkdirSync(dir);
    writeFileSync(join(dir, 'todo.txt'), 'buy lentils\n');
    writeFileSync(join(dir, 'other.db-wal'), 'not a log of ours but a SQLite side file\n');
    const cartridge = join(dir, 'my.db');
    const own = (args: string[]) => runCliJson<Summary>(args, { cartridge });
    const summary = await own(['learn', dir, '--json']);
    expect(summary.new).toBe(1);
    expect(summary.skippedReasons['database file']).toBeGreaterThanOrEqual(2);
    expect(summary.skippedFiles.map((file) => file.path)).toContain(join(dir, 'other.db-wal'));
  });
});
