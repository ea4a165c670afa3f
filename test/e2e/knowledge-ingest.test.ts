import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnSummary } from '../../tools/knowledge/learn-documents.js';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';

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
    runCliJson<LearnSummary>(['learn', path, '--json'], { cartridge: cart.path });

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

  it('honours the .gitignore files from the repository top down when a subfolder is learned, as git does', async () => {
    const repo = join(cart.dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'src', 'build'), { recursive: true });
    writeFileSync(join(repo, '.gitignore'), '*.secret\nsrc/build/\n');
    writeFileSync(join(repo, 'src', 'main.txt'), 'the main program\n');
    writeFileSync(join(repo, 'src', 'keys.secret'), 'password hunter2\n');
    writeFileSync(join(repo, 'src', 'build', 'out.txt'), 'generated output\n');
    const summary = await learnJson(join(repo, 'src'));
    expect(summary.new).toBe(1);
    expect(summary.skippedReasons.gitignored).toBe(2);
    expect((await cli(['knowledge', 'search', 'hunter2'])).stdout).not.toContain('keys.secret');
  });

  it('forgets a file its folder learn now leaves out (gitignored, or in a folder that became ignored), keeps files and hidden folders learned by name', async () => {
    const dir = join(cart.dir, 'kitchen');
    mkdirSync(join(dir, 'drafts'), { recursive: true });
    mkdirSync(join(dir, '.private'), { recursive: true });
    writeFileSync(join(dir, 'soup.md'), '# Soup\n\nSimmer the lentils for 25 minutes.\n');
    writeFileSync(join(dir, 'bread.md'), '# Bread\n\nProve the dough overnight.\n');
    writeFileSync(join(dir, 'drafts', 'cake.md'), '# Cake\n\nBake the sponge at 180 degrees.\n');
    writeFileSync(join(dir, 'pickles.md'), '# Pickles\n\nBrine the cucumbers for a week.\n');
    writeFileSync(join(dir, '.private', 'gifts.md'), '# Gifts\n\nA kite for the nephew.\n');
    expect((await learnJson(dir)).new).toBe(4);
    // Named on their own: a gitignored-to-be file, and a hidden folder.
    expect((await learnJson(join(dir, 'pickles.md'))).unchanged).toBe(1);
    expect((await learnJson(join(dir, '.private'))).new).toBe(1);

    writeFileSync(join(dir, '.gitignore'), 'soup.md\ndrafts/\npickles.md\n');
    writeFileSync(join(dir, 'soup.md'), '# Soup\n\nSimmer the lentils for 40 minutes.\n');
    const summary = await learnJson(dir);
    expect(summary).toMatchObject({ new: 0, changed: 0, unchanged: 1, removed: 2 });
    expect(summary.removedFiles).toEqual([
      { path: join(dir, 'drafts', 'cake.md'), reason: 'gitignored' },
      { path: join(dir, 'soup.md'), reason: 'gitignored' },
    ]);
    const list = await runCliJson<{ files: { path: string }[] }>(['knowledge', 'list', '--json'], {
      cartridge: cart.path,
    });
    const kept = list.files.map((file) => file.path).filter((path) => path.startsWith(`${dir}/`));
    expect(kept).toEqual([join(dir, '.private', 'gifts.md'), join(dir, 'bread.md'), join(dir, 'pickles.md')]);
    for (const word of ['lentils', 'sponge'])
      expect((await cli(['knowledge', 'search', word])).stdout, word).not.toMatch(/soup\.md|cake\.md/);
    expect((await cli(['knowledge', 'search', 'cucumbers'])).stdout).toContain('pickles.md');
    // Learned again: nothing more to forget, and the line says what was removed before.
    expect(await learnJson(dir)).toMatchObject({ removed: 0, unchanged: 1 });
    // No longer ignored: learned again from what the file says now.
    writeFileSync(join(dir, '.gitignore'), 'pickles.md\n');
    const back = await cli(['learn', dir]);
    expect(back.stdout).toMatch(/2 new, 0 changed, 1 unchanged, 0 removed/);
    expect((await cli(['knowledge', 'search', 'lentils'])).stdout).toContain('40 minutes');
  }, 120_000);

  it('never learns the cartridge or its side files when its folder is learned', async () => {
    const dir = join(cart.dir, 'home');
    mkdirSync(dir);
    writeFileSync(join(dir, 'todo.txt'), 'buy lentils\n');
    writeFileSync(join(dir, 'other.db'), 'stands in for a SQLite database\n');
    writeFileSync(join(dir, 'other.db-wal'), 'not a log of ours but a SQLite side file\n');
    writeFileSync(join(dir, 'travel-journal'), 'Lisbon in May: tiles and custard tarts.\n');
    const cartridge = join(dir, 'my.db');
    const own = (args: string[]) => runCliJson<LearnSummary>(args, { cartridge });
    const summary = await own(['learn', dir, '--json']);
    // todo.txt, other.db (a plain text stand-in) and travel-journal: no database beside it.
    expect(summary.new).toBe(3);
    expect(summary.skippedReasons['database file']).toBeGreaterThanOrEqual(2);
    expect(summary.skippedFiles.map((file) => file.path)).toContain(join(dir, 'other.db-wal'));
  });
});

describe('fazt knowledge paths, types and dates (real CLI)', () => {
  let cart: TempCartridge;
  beforeAll(async () => {
    cart = await tempCartridge('fazt-knowledge-paths-');
  });
  afterAll(async () => {
    await cart.cleanup();
  });
  const cli = (args: string[], cwd?: string) =>
    runCli(args, { cartridge: cart.path, ...(cwd ? { cwd } : {}) });

  it('resolves --path and the list prefix like forget, at folder boundaries, and says what is and is not learned', async () => {
    const docs = join(cart.dir, 'docs');
    mkdirSync(join(docs, 'recipes'), { recursive: true });
    mkdirSync(join(docs, 'home'), { recursive: true });
    mkdirSync(join(docs, 'homework'), { recursive: true });
    writeFileSync(join(docs, 'recipes', 'pasta.md'), '# Pasta\n\nBoil the pasta for nine minutes.\n');
    writeFileSync(join(docs, 'home', 'boiler.txt'), 'The boiler pasta code is 7781.\n');
    writeFileSync(join(docs, 'homework', 'maths.txt'), 'Homework: pasta geometry.\n');
    expect((await cli(['learn', docs])).code).toBe(0);

    const relative = await cli(['knowledge', 'search', 'pasta', '--path', 'recipes', '--json'], docs);
    const paths = (JSON.parse(relative.stdout) as { passages: { path: string }[] }).passages.map(
      (p) => p.path,
    );
    expect(paths).toEqual([join(docs, 'recipes', 'pasta.md')]);

    const home = await cli(['knowledge', 'list', './home'], docs);
    expect(home.stdout).toContain('1 learned file');
    expect(home.stdout).toContain('boiler.txt');
    expect(home.stdout).not.toContain('maths.txt');
    const slash = await cli(['knowledge', 'list', `${join(docs, 'home')}/`]);
    expect(slash.stdout).toContain('boiler.txt');
    expect(slash.stdout).not.toContain('maths.txt');
    const searchHome = await cli(['knowledge', 'search', 'pasta', '--path', join(docs, 'home'), '--json']);
    expect(
      (JSON.parse(searchHome.stdout) as { passages: { path: string }[] }).passages.map((p) => p.path),
    ).toEqual([join(docs, 'home', 'boiler.txt')]);

    const none = await cli(['knowledge', 'list', 'nowhere'], docs);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain(`No learned documents under ${join(docs, 'nowhere')}`);
    expect(none.stdout).not.toContain('No documents learned yet');
  });

  it('takes --type as a comma list or repeated, names the valid types, filters by --since/--until, and says what forget needs', async () => {
    const both = await cli(['knowledge', 'search', 'pasta', '--type', 'markdown,text', '--json']);
    expect(both.code).toBe(0);
    expect((JSON.parse(both.stdout) as { passages: unknown[] }).passages.length).toBe(3);
    const repeated = await cli([
      'knowledge',
      'search',
      'pasta',
      '--type',
      'markdown',
      '--type',
      'pdf',
      '--json',
    ]);
    expect(
      (JSON.parse(repeated.stdout) as { passages: { path: string }[] }).passages.map((p) => p.path),
    ).toEqual([join(cart.dir, 'docs', 'recipes', 'pasta.md')]);
    const wrong = await cli(['knowledge', 'search', 'pasta', '--type', 'pdf,word']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('"word"');
    expect(wrong.stderr).toContain('markdown, text, html, pdf, code');

    const future = await cli(['knowledge', 'search', 'pasta', '--since', '2999-01-01']);
    expect(future.stdout).not.toContain('pasta.md');
    const past = await cli(['knowledge', 'search', 'pasta', '--until', '2000-01-01']);
    expect(past.stdout).not.toContain('pasta.md');
    const now = await cli(['knowledge', 'search', 'pasta', '--since', '2000-01-01', '--until', '2999-12-31']);
    expect(now.stdout).toContain('pasta.md');
    const bad = await cli(['knowledge', 'search', 'pasta', '--since', 'yesterday']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('YYYY-MM-DD');

    const forget = await cli(['knowledge', 'forget', '--yes']);
    expect(forget.code).not.toBe(0);
    expect(forget.stderr).toContain('Say what to forget');
    expect(forget.stderr).not.toContain('not both');
  });
});
